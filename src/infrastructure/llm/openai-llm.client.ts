import { UpstreamError, UpstreamTimeoutError } from '../../core/errors';
import type { AssistantPart, LlmClient, LlmMessage, LlmReply, LlmRequest } from '../../services/assistant/llm-client.port';

export interface OpenAiSettings {
  baseUrl: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

interface ChatMessage {
  role: 'system' | 'user' | 'assistant' | 'tool';
  content: string | null;
  tool_calls?: { id: string; type: 'function'; function: { name: string; arguments: string } }[];
  tool_call_id?: string;
}

interface ChatResponse {
  choices?: { message?: { content?: string | null; tool_calls?: { id: string; function: { name: string; arguments: string } }[] } }[];
  usage?: { prompt_tokens?: number; completion_tokens?: number };
}

function toChat(message: LlmMessage): ChatMessage[] {
  if (message.role === 'assistant') {
    const text = message.content.flatMap((part) => (part.type === 'text' ? [part.text] : [])).join('\n');
    const calls = message.content.flatMap((part) =>
      part.type === 'tool_call' ? [{ id: part.id, type: 'function' as const, function: { name: part.name, arguments: JSON.stringify(part.input ?? {}) } }] : [],
    );
    return [{ role: 'assistant', content: text || null, ...(calls.length > 0 && { tool_calls: calls }) }];
  }
  return message.content.map((part): ChatMessage =>
    part.type === 'text' ? { role: 'user', content: part.text } : { role: 'tool', tool_call_id: part.id, content: JSON.stringify(part.result) },
  );
}

/** Arguments arrive as a JSON string; one that does not parse goes to the tool as is, whose validation tells the model. */
function parseArguments(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

/** Any OpenAI-compatible chat completions endpoint with tools (OpenAI, Gemini's compatible API, local model servers). */
export class OpenAiLlmClient implements LlmClient {
  readonly provider = 'openai';

  constructor(private readonly settings: OpenAiSettings) {}

  async complete(request: LlmRequest): Promise<LlmReply> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.settings.timeoutMs);
    let body: ChatResponse;
    try {
      const response = await fetch(`${this.settings.baseUrl.replace(/\/+$/, '')}/chat/completions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(this.settings.apiKey !== undefined && { authorization: `Bearer ${this.settings.apiKey}` }) },
        body: JSON.stringify({
          model: this.settings.model,
          temperature: 0,
          messages: [{ role: 'system', content: request.system }, ...request.messages.flatMap(toChat)],
          tools: request.tools.map((tool) => ({
            type: 'function',
            function: { name: tool.name, description: tool.description, parameters: tool.input_schema },
          })),
        }),
        signal: controller.signal,
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`);
      body = (await response.json()) as ChatResponse;
    } catch (error) {
      if (controller.signal.aborted) throw new UpstreamTimeoutError('OpenAI-compatible model', this.settings.timeoutMs);
      throw new UpstreamError('OpenAI-compatible model', error);
    } finally {
      clearTimeout(timer);
    }
    const message = body.choices?.[0]?.message;
    if (!message) throw new UpstreamError('OpenAI-compatible model', new Error('the answer has no choices'));
    const content: AssistantPart[] = [
      ...(message.content ? [{ type: 'text' as const, text: message.content }] : []),
      ...(message.tool_calls ?? []).map((call): AssistantPart => ({
        type: 'tool_call',
        id: call.id,
        name: call.function.name,
        input: parseArguments(call.function.arguments),
      })),
    ];
    return { content, usage: { input_tokens: body.usage?.prompt_tokens ?? 0, output_tokens: body.usage?.completion_tokens ?? 0 } };
  }
}
