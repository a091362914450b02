/** One answer as the agent loop gives it, before the provider is named. */
interface Answer {
  answer: string;
  intent: string;
  data: Record<string, unknown>;
}

/**
 * The answers to a message's several questions as one: each answer in turn, each question's data and reading kept
 * beside it under `parts`, and `data.parsed` saying how each part was read (what none of them applied, all together).
 */
const unusedOf = (parsed: unknown): string[] => {
  const unused = typeof parsed === 'object' && parsed !== null ? (parsed as { unused?: unknown }).unused : undefined;
  return Array.isArray(unused) ? unused.filter((w): w is string => typeof w === 'string') : [];
};

export function several(asks: readonly string[], answers: readonly Answer[]): Answer {
  const readings: unknown[] = answers.map((a) => a.data.parsed ?? null);
  const intents = new Set(answers.map((a) => a.intent));
  return {
    answer: answers.map((a) => a.answer).join(' '),
    intent: intents.size === 1 ? answers[0]!.intent : 'several_questions',
    data: {
      parts: answers.map((a, i) => ({ question: asks[i], answer: a.answer, intent: a.intent, data: a.data })),
      parsed: {
        ...(typeof readings[0] === 'object' && readings[0]),
        unused: [...new Set(readings.flatMap(unusedOf))],
        parts: readings,
      },
    },
  };
}
