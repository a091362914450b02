import { CANNOT_ANSWER } from './assistant-intents';
import { withYesOrNo } from './answers/yes-no';
import { withinCohort } from './answers/hired-cohort';
import { compose } from './answers/compose';
import { isPlan, type Person, type Plan, type Step } from './answers/plan';
import type { ConversationContext, LlmClient, LlmMessage, LlmReply, LlmRequest, ToolResultPart } from './llm-client.port';
import { readQuestion, type Reading } from './reading/reading';
import { peopleCountLine, type CountLine } from './reading/people-count-line';
import { withCountLine } from './answers/count-line';
import { peopleShare, type PeopleShare } from './reading/people-share';
import { withPeopleShare } from './answers/people-share';
import { beforeTracking, fromTracking } from './answers/before-tracking';
import { readPastLeadIn } from './reading/lead-in-sentences';
import { parsedOf } from './reading/parsed';
import { failureText, resolvePeople } from './answers/resolve';
import { holidayLookup, holidayPeriod } from './answers/holiday-date';
import { twoQuestions } from './answers/two-questions';
import { asksIn } from './reading/several-asks';

const NO_TOKENS = { input_tokens: 0, output_tokens: 0 };

/** Where a question's conversation stands between turns. */
interface Conversation {
  question: string;
  /** The question without a lead-in sentence that constrains nothing. */
  asked: string;
  /** A line on how many people ("more than 10 people"), held against the people answered. */
  countLine: CountLine | null;
  /** A share of people ("what % of staff"), counted then held against those who could have been counted. */
  share: PeopleShare | null;
  reading: Reading;
  /** After the names are looked up: the people, or a reply (not found, which one?). */
  people?: Person[];
  step?: Step;
  /** The lookups' calls, when the question named people. */
  lookups?: string;
}

const callsKey = (calls: readonly { name: string; input: Record<string, unknown> }[]) => JSON.stringify(calls.map((c) => [c.name, c.input]));

function resultsOf(messages: LlmMessage[]): ToolResultPart[][] {
  return messages.flatMap((m) =>
    m.role === 'user' && m.content.some((p) => p.type === 'tool_result') ? [m.content.filter((p): p is ToolResultPart => p.type === 'tool_result')] : [],
  );
}

/**
 * The offline, deterministic provider, speaking the same turn protocol as a
 * model: it reads the question in parts (reading/), looks up the people it
 * names, composes the calls that answer it (answers/), and phrases their
 * results. It never sees anything the tools did not return.
 */
export class BuiltinLlmClient implements LlmClient {
  readonly provider = 'builtin';

  /** Each question's state, kept for its conversation's next turn (the agent loop passes one context object to every turn). */
  private readonly conversations = new WeakMap<ConversationContext, Conversation>();

  asksIn(question: string, context: ConversationContext): string[] | null {
    return asksIn(question, context);
  }

  complete(request: LlmRequest): Promise<LlmReply> {
    const first = request.messages[0];
    const question = first?.role === 'user' ? first.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(' ') : '';
    let state = this.conversations.get(request.context);
    if (state?.question !== question) {
      const past = readPastLeadIn(question, request.context);
      // "Did more than 10 people score below 70": the people asked about, then their count against the line.
      const countLine = peopleCountLine(past.text);
      const share = countLine ? null : peopleShare(past.text);
      const rest = countLine?.rest ?? share?.rest;
      const { text, reading } = rest !== undefined ? { text: rest, reading: readQuestion(rest, request.context) } : past;
      state = { question, asked: text, reading, countLine, share };
      this.conversations.set(request.context, state);
    }
    const rounds = resultsOf(request.messages);
    // Two questions typed as one are answered side by side, each as if asked alone.
    if (state.step === undefined && rounds.length === 0) {
      const two = twoQuestions(state.asked, state.reading, request.context);
      if (two !== null) Object.assign(state, { reading: two.reading, people: [], step: two.step });
    }
    if (state.step !== undefined && state.people !== undefined && rounds.length === 0 && isPlan(state.step))
      return Promise.resolve(this.calls(state, state.step.calls, state.step.intent));
    // A question refused for its words anyway needs nobody looked up.
    const refused = state.reading.unused.length > 0 || state.reading.notHeld !== null;
    const lookups = !refused && (state.reading.names.length > 0 || state.reading.employee_ids.length > 0);
    // A holiday used as a date is looked up in the calendar beside the names, in the same first round.
    const holiday = state.people === undefined && !refused ? holidayLookup(state.reading, request.context) : null;
    if ((lookups || holiday !== null) && rounds.length === 0) {
      const calls = [
        ...(lookups && state.reading.names.length > 0 ? [{ name: 'find_people', input: { names: state.reading.names } }] : []),
        ...(lookups ? state.reading.employee_ids.map((employee_id) => ({ name: 'find_employee', input: { employee_id } })) : []),
        ...(holiday ? [holiday] : []),
      ];
      state.lookups = callsKey(calls);
      return Promise.resolve(this.calls(state, calls, lookups ? 'employee_lookup' : 'holidays'));
    }
    if (state.people === undefined) {
      if (holiday !== null) {
        const found = rounds[0]!.find((r) => r.name === 'holidays')!;
        const measure = state.reading.measures[0] ?? 'holidays';
        if (found.is_error) return Promise.resolve(this.text(state, 'holidays', failureText(found, state.reading, 'holidays', request.context), measure));
        const period = holidayPeriod(state.reading, found.result, request.context);
        if ('text' in period) return Promise.resolve(this.text(state, 'unsupported', period.text, measure));
        state.reading = { ...state.reading, range: period.range };
      }
      const resolved = lookups
        ? resolvePeople(
            state.reading,
            rounds[0]!.filter((r) => r.name !== 'holidays'),
          )
        : { people: [] };
      if ('text' in resolved) return Promise.resolve(this.text(state, resolved.intent, resolved.text, 'person'));
      state.people = resolved.people;
      const question = { reading: state.reading, people: resolved.people, employee_ids: resolved.people.map((p) => p.employee_id), context: request.context };
      const composed = withYesOrNo(question, withinCohort(question, beforeTracking(question, fromTracking(question, compose(question), compose))));
      state.step = withPeopleShare(state.share, withCountLine(state.countLine, composed), request.context.today);
      const step = state.step;
      if (!isPlan(step)) return Promise.resolve(this.text(state, step.intent, step.text || CANNOT_ANSWER, step.measure));
      // A person's facts read by key what the lookup just read: its results answer, without asking again.
      if (step.calls.length > 0 && callsKey(step.calls) === state.lookups && rounds[0]!.every((r) => !r.is_error))
        return Promise.resolve(this.text(state, step.intent, step.phrase(rounds[0]!.map((r) => r.result)), step.measure));
      if (step.calls.length > 0) return Promise.resolve(this.calls(state, step.calls, step.intent));
      return Promise.resolve(this.text(state, step.intent, step.phrase([]), step.measure));
    }
    const step = state.step as Plan;
    const last = rounds.at(-1)!;
    const failed = last.find((r) => r.is_error);
    if (failed) return Promise.resolve(this.text(state, step.intent, failureText(failed, state.reading, step.measure, request.context), step.measure));
    return Promise.resolve(this.text(state, step.intent, step.phrase(last.map((r) => r.result)), step.measure));
  }

  private calls(state: Conversation, calls: { name: string; input: Record<string, unknown> }[], intent: string): LlmReply {
    return {
      content: calls.map((call, i) => ({ type: 'tool_call', id: `builtin-${i + 1}`, name: call.name, input: call.input })),
      usage: NO_TOKENS,
      intent,
      parsed: parsedOf(state.reading, state.people ?? [], state.step),
    };
  }

  private text(state: Conversation, intent: string, text: string, measure: string): LlmReply {
    return { content: [{ type: 'text', text }], usage: NO_TOKENS, intent, parsed: parsedOf(state.reading, state.people ?? [], state.step, measure) };
  }
}
