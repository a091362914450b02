import type { ConversationContext, LlmClient, LlmReply, LlmRequest } from './llm-client.port';
import { phraseAnswer } from './answer.phraser';
import { parseQuestion, type ParsedQuestion } from './question.parser';

const NO_TOKENS = { input_tokens: 0, output_tokens: 0 };

/**
 * The offline, deterministic provider, speaking the same turn protocol as a
 * model: the first turn picks a tool from the recognised intent; the next
 * phrases the tool's result. It never sees anything the tools did not return.
 */
export class BuiltinLlmClient implements LlmClient {
  readonly provider = 'builtin';

  /**
   * Each question's parse, kept for its conversation's second turn (the
   * agent loop passes one context object to every turn of a question), so
   * the question is parsed once: parsing was a tenth of the server's CPU for
   * a cached-figure question (--cpu-prof).
   */
  private readonly parses = new WeakMap<ConversationContext, { question: string; parsed: ParsedQuestion }>();

  complete(request: LlmRequest): Promise<LlmReply> {
    const first = request.messages[0];
    const question = first?.role === 'user' ? first.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(' ') : '';
    const parsed = this.parse(question, request.context);
    const last = request.messages.at(-1);
    const result = last?.role === 'user' ? last.content.find((part) => part.type === 'tool_result') : undefined;
    if (!result && parsed.call && !parsed.limitation) {
      return Promise.resolve({ content: [{ type: 'tool_call', id: 'builtin-1', name: parsed.call.name, input: parsed.call.input }], usage: NO_TOKENS, intent: parsed.intent });
    }
    return Promise.resolve({ content: [{ type: 'text', text: phraseAnswer(parsed, result?.type === 'tool_result' ? result : undefined) }], usage: NO_TOKENS, intent: parsed.intent });
  }

  private parse(question: string, context: ConversationContext): ParsedQuestion {
    const known = this.parses.get(context);
    if (known?.question === question) return known.parsed;
    const parsed = parseQuestion(question, context);
    this.parses.set(context, { question, parsed });
    return parsed;
  }
}
