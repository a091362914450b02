import type { LlmClient, LlmReply, LlmRequest } from './llm-client.port';
import { phraseAnswer } from './answer.phraser';
import { parseQuestion } from './question.parser';

const NO_TOKENS = { input_tokens: 0, output_tokens: 0 };

/**
 * The offline, deterministic provider, speaking the same turn protocol as a
 * model: the first turn picks a tool from the recognised intent; the next
 * phrases the tool's result. It never sees anything the tools did not return.
 */
export class BuiltinLlmClient implements LlmClient {
  readonly provider = 'builtin';

  complete(request: LlmRequest): Promise<LlmReply> {
    const first = request.messages[0];
    const question = first?.role === 'user' ? first.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join(' ') : '';
    const parsed = parseQuestion(question, request.context);
    const last = request.messages.at(-1);
    const result = last?.role === 'user' ? last.content.find((part) => part.type === 'tool_result') : undefined;
    if (!result && parsed.call && !parsed.limitation) {
      return Promise.resolve({ content: [{ type: 'tool_call', id: 'builtin-1', name: parsed.call.name, input: parsed.call.input }], usage: NO_TOKENS, intent: parsed.intent });
    }
    return Promise.resolve({ content: [{ type: 'text', text: phraseAnswer(parsed, result?.type === 'tool_result' ? result : undefined) }], usage: NO_TOKENS, intent: parsed.intent });
  }
}
