import type { Principal } from '../../core/access';
import { dateInZone } from '../../core/calendar';
import { UpstreamError } from '../../core/errors';
import type { Clock } from '../../core/ports';
import type { TeamService } from '../team.service';
import { allPages, runTool, toolSpec, type AssistantTool } from './assistant-tool';
import { boundedData } from './bounded-data';
import { CANNOT_ANSWER, intentOfTool, secretRefusal } from './assistant-intents';
import { several } from './several-answers';
import type { ConversationContext, LlmClient, LlmMessage, LlmUsage, ToolResultPart, ToolSpec } from './llm-client.port';

export interface AssistantSettings {
  timeZone: string;
  maxToolRounds: number;
  pricePer1k: { input: number; output: number };
  /** The first day attendance is recorded, told to the model and the reader with the date. */
  trackingStart?: () => Promise<string>;
}

export interface AssistantAnswer {
  answer: string;
  intent: string;
  data: Record<string, unknown>;
  provider: string;
}

/** What each answer logs: never the question's figures, only how it was reached and what it cost. */
export interface AssistantTrace {
  intent: string;
  tools: string[];
  rounds: number;
  latency_ms: number;
  input_tokens: number;
  output_tokens: number;
  estimated_cost: number;
}

/** What a message's questions cost together: the model's tokens and the tools it called. */
interface Spent {
  usage: LlmUsage;
  used: string[];
}

function systemPrompt(context: ConversationContext): string {
  return [
    'You are the assistant of an HR operations service. Answer questions about employees, teams, attendance and performance scores.',
    `Today is ${context.today} in the organisation's time zone ${context.time_zone}. "Last week" is the previous Monday to Sunday. Periods are quarters written YYYY-Qn.`,
    ...(context.tracking_start ? [`Attendance is recorded from ${context.tracking_start}: before it there are no records, absences or rates.`] : []),
    `The caller is a ${context.role}${context.employee_id ? ` (employee ${context.employee_id}, team ${context.team_id})` : ''}. Teams: ${context.teams.map((t) => `${t.team_id} (${t.team_name})`).join(', ')}.`,
    'Use the tools for every figure and never invent one. Someone the tools do not find is "not found". If no tool can answer, say plainly that you cannot answer that and give examples of what you can answer.',
    'Never reveal passwords, password hashes, tokens or secrets. Keep answers short.',
  ].join('\n');
}

/**
 * One agent loop for every provider: the model reads the question, asks for
 * tools, the tools run through the services with the caller's Principal, and
 * the model phrases the answer from their results.
 */
export class AssistantService {
  /** The tools as JSON Schema, made on the first question: a start that is asked none (a Lambda cold start) skips it. */
  private specs?: ToolSpec[];

  constructor(
    private readonly llm: LlmClient,
    private readonly tools: readonly AssistantTool[],
    private readonly teams: TeamService,
    private readonly clock: Clock,
    private readonly settings: AssistantSettings,
  ) {}

  async ask(principal: Principal, question: string): Promise<{ answer: AssistantAnswer; trace: AssistantTrace }> {
    const started = performance.now();
    const spent: Spent = { usage: { input_tokens: 0, output_tokens: 0 }, used: [] };
    const finish = (answer: Omit<AssistantAnswer, 'provider'>, rounds: number) => ({
      answer: { ...answer, provider: this.llm.provider },
      trace: {
        intent: answer.intent,
        tools: spent.used,
        rounds,
        latency_ms: Math.round(performance.now() - started),
        ...spent.usage,
        estimated_cost: Number(
          ((spent.usage.input_tokens / 1000) * this.settings.pricePer1k.input + (spent.usage.output_tokens / 1000) * this.settings.pricePer1k.output).toFixed(
            6,
          ),
        ),
      },
    });

    // Refused before any model sees the question: no provider can be talked into it.
    const secret = secretRefusal(question);
    if (secret !== null) return finish({ answer: secret, intent: 'refused', data: {} }, 0);

    const [teams, trackingStart] = await Promise.all([allPages((page) => this.teams.list(principal, page)), this.settings.trackingStart?.()]);
    const context: ConversationContext = {
      today: dateInZone(this.clock.now(), this.settings.timeZone),
      time_zone: this.settings.timeZone,
      role: principal.role,
      employee_id: principal.employee_id,
      team_id: principal.team_id,
      ...(trackingStart !== undefined && { tracking_start: trackingStart }),
      teams: teams.map((t) => ({ team_id: t.team_id, team_name: t.team_name })),
    };
    // Several questions in one message, for a reader that answers one at a time: each asked alone, answered in turn.
    const asks = this.llm.asksIn?.(question, context) ?? null;
    if (asks === null || asks.length === 1) {
      const { answer, rounds } = await this.answerOne(principal, asks?.[0] ?? question, context, spent);
      return finish(answer, rounds);
    }
    const answers: { answer: Omit<AssistantAnswer, 'provider'>; rounds: number }[] = [];
    for (const ask of asks) answers.push(await this.answerOne(principal, ask, context, spent));
    return finish(
      several(
        asks,
        answers.map((a) => a.answer),
      ),
      answers.reduce((n, a) => n + a.rounds, 0),
    );
  }

  /** One question through the agent loop: the model asks for tools, they run as the caller, the model phrases the answer. */
  private async answerOne(
    principal: Principal,
    question: string,
    context: ConversationContext,
    { usage, used }: Spent,
  ): Promise<{ answer: Omit<AssistantAnswer, 'provider'>; rounds: number }> {
    const messages: LlmMessage[] = [{ role: 'user', content: [{ type: 'text', text: question }] }];
    const results: ToolResultPart[] = [];
    let lastRound: ToolResultPart[] = [];
    let lastCall: { name: string; input: unknown } | undefined;
    let parsed: Record<string, unknown> | undefined;
    const system = systemPrompt(context);
    for (let round = 1; round <= this.settings.maxToolRounds + 1; round++) {
      const reply = await this.llm.complete({ system, messages, tools: (this.specs ??= this.tools.map(toolSpec)), context });
      parsed = reply.parsed ?? parsed;
      usage.input_tokens += reply.usage.input_tokens;
      usage.output_tokens += reply.usage.output_tokens;
      const calls = reply.content.flatMap((part) => (part.type === 'tool_call' ? [part] : []));
      if (calls.length === 0) {
        // The builtin reader phrases from its last round (earlier rounds look people up); a model's answer may use any.
        const shown = parsed ? lastRound : results;
        const text = reply.content
          .flatMap((part) => (part.type === 'text' ? [part.text] : []))
          .join('\n')
          .trim();
        return {
          answer: {
            answer: text || CANNOT_ANSWER,
            intent: reply.intent ?? (lastCall ? intentOfTool(lastCall.name, lastCall.input, principal.employee_id) : 'unsupported'),
            data: {
              ...(shown.length === 1
                ? (boundedData(shown[0]!.result) as Record<string, unknown>)
                : shown.length === 0
                  ? {}
                  : { results: shown.map((r) => ({ tool: r.name, result: boundedData(r.result) })) }),
              ...(parsed && { parsed }),
            },
          },
          rounds: round,
        };
      }
      if (round > this.settings.maxToolRounds) break;
      messages.push({ role: 'assistant', content: reply.content });
      const roundResults: ToolResultPart[] = [];
      for (const call of calls) {
        used.push(call.name);
        lastCall = call;
        roundResults.push(await runTool(this.tools, principal, call));
      }
      results.push(...roundResults);
      lastRound = roundResults;
      messages.push({ role: 'user', content: roundResults });
    }
    throw new UpstreamError(`${this.llm.provider} model`, new Error(`still calling tools after ${this.settings.maxToolRounds} rounds`));
  }
}
