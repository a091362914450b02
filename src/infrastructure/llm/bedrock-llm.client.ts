import { NodeHttpHandler } from '@smithy/node-http-handler';
import { BedrockRuntimeClient, ConverseCommand, type ContentBlock, type Message, type Tool, type ToolUseBlock } from '@aws-sdk/client-bedrock-runtime';
import { UpstreamError, UpstreamTimeoutError } from '../../core/errors';
import type { AssistantPart, LlmClient, LlmMessage, LlmReply, LlmRequest } from '../../services/assistant/llm-client.port';

/** The SDK's JSON document type, without depending on @smithy/types directly. */
type DocumentType = NonNullable<ToolUseBlock['input']>;

export interface BedrockSettings {
  modelId: string;
  region: string;
  /** A VPC or local endpoint; unset: the region's public one. */
  endpoint?: string;
  timeoutMs: number;
}

function toBedrock(message: LlmMessage): Message {
  if (message.role === 'assistant') {
    return {
      role: 'assistant',
      content: message.content.map((part): ContentBlock =>
        part.type === 'text' ? { text: part.text } : { toolUse: { toolUseId: part.id, name: part.name, input: part.input as DocumentType } },
      ),
    };
  }
  return {
    role: 'user',
    content: message.content.map((part): ContentBlock =>
      part.type === 'text'
        ? { text: part.text }
        : { toolResult: { toolUseId: part.id, content: [{ json: part.result as DocumentType }], status: part.is_error ? 'error' : 'success' } },
    ),
  };
}

/** Amazon Bedrock's Converse API with tool use; credentials come the SDK's usual way (the Lambda role, or the environment). */
export class BedrockLlmClient implements LlmClient {
  readonly provider = 'bedrock';
  private readonly client: BedrockRuntimeClient;

  constructor(private readonly settings: BedrockSettings) {
    this.client = new BedrockRuntimeClient({
      region: settings.region,
      ...(settings.endpoint !== undefined && { endpoint: settings.endpoint }),
      // Converse is one request and one response: HTTP/1.1 reaches Bedrock, VPC endpoints and proxies alike,
      // where the client's default HTTP/2 handler (there for bidirectional streams) does not.
      requestHandler: new NodeHttpHandler(),
    });
  }

  async complete(request: LlmRequest): Promise<LlmReply> {
    const tools: Tool[] = request.tools.map((tool) => ({
      toolSpec: { name: tool.name, description: tool.description, inputSchema: { json: tool.input_schema as DocumentType } },
    }));
    const controller = new AbortController();
    // One deadline over the SDK's retries too: the caller waits LLM_TIMEOUT_MS at most.
    const timer = setTimeout(() => controller.abort(), this.settings.timeoutMs);
    try {
      const output = await this.client.send(
        new ConverseCommand({
          modelId: this.settings.modelId,
          system: [{ text: request.system }],
          messages: request.messages.map(toBedrock),
          toolConfig: { tools },
          inferenceConfig: { maxTokens: 1024, temperature: 0 },
        }),
        { abortSignal: controller.signal },
      );
      const content = (output.output?.message?.content ?? []).flatMap((block): AssistantPart[] => {
        if (block.text !== undefined) return [{ type: 'text', text: block.text }];
        if (block.toolUse) return [{ type: 'tool_call', id: block.toolUse.toolUseId ?? '', name: block.toolUse.name ?? '', input: block.toolUse.input }];
        return [];
      });
      return { content, usage: { input_tokens: output.usage?.inputTokens ?? 0, output_tokens: output.usage?.outputTokens ?? 0 } };
    } catch (error) {
      if (controller.signal.aborted) throw new UpstreamTimeoutError('Bedrock model', this.settings.timeoutMs);
      throw new UpstreamError('Bedrock model', error);
    } finally {
      clearTimeout(timer);
    }
  }
}
