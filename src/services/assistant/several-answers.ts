import type { Intent } from './assistant-intents';

/** One answer as the agent loop gives it, before the provider is named. */
interface Answer {
  answer: string;
  intent: string;
  data: Record<string, unknown>;
}

const REFUSED = new Set(['unsupported', 'refused']);

const unusedOf = (parsed: unknown): string[] => {
  const unused = typeof parsed === 'object' && parsed !== null ? (parsed as { unused?: unknown }).unused : undefined;
  return Array.isArray(unused) ? unused.filter((w): w is string => typeof w === 'string') : [];
};

/**
 * The answers to a message's several questions as one: each answer in turn, each question's data and reading kept
 * beside it under `parts`, and `data.parsed` saying how each part was read (what none of them applied, all together).
 */
export function several(asks: readonly string[], all: readonly Answer[]): Answer {
  // A question refused is the message's answer: figures beside a refusal would read as the whole message answered.
  const refused = all.filter((a) => REFUSED.has(a.intent) || /^I can't answer that\b/.test(a.answer));
  const answers = refused.length > 0 ? refused : all;
  const readings: unknown[] = answers.map((a) => a.data.parsed ?? null);
  const intents = new Set(answers.map((a) => a.intent));
  return {
    answer: answers.map((a) => a.answer).join(' '),
    intent: intents.size === 1 ? answers[0]!.intent : ('several_questions' satisfies Intent),
    data: {
      parts: answers.map((a) => ({ question: asks[all.indexOf(a)], answer: a.answer, intent: a.intent, data: a.data })),
      parsed: {
        ...(typeof readings[0] === 'object' && readings[0]),
        unused: [...new Set(readings.flatMap(unusedOf))],
        parts: readings,
      },
    },
  };
}
