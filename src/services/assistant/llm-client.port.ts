/**
 * What the assistant's agent loop needs from a language model, in terms that
 * fit every provider: Bedrock Converse, OpenAI chat completions, and the
 * offline builtin one. Adapters translate to and from their wire formats.
 */

/** A tool as offered to a model: its input is described by a JSON schema. */
export interface ToolSpec {
  name: string;
  description: string;
  input_schema: Record<string, unknown>;
}

export type AssistantPart = { type: 'text'; text: string } | { type: 'tool_call'; id: string; name: string; input: unknown };

export interface ToolResultPart {
  type: 'tool_result';
  id: string;
  name: string;
  /** The tool's data, or `{ error }` when it refused or its arguments were bad. */
  result: unknown;
  is_error: boolean;
}

export type LlmMessage = { role: 'user'; content: ({ type: 'text'; text: string } | ToolResultPart)[] } | { role: 'assistant'; content: AssistantPart[] };

/** Facts every provider may use: nothing here is outside what the caller may see. */
export interface ConversationContext {
  today: string;
  time_zone: string;
  role: 'admin' | 'manager' | 'employee';
  employee_id: string | null;
  team_id: string | null;
  /** The first day attendance is recorded (unknown: absent): a period before it has no records and no rate. */
  tracking_start?: string;
  /** Teams are readable by every role. */
  teams: { team_id: string; team_name: string }[];
}

export interface LlmRequest {
  system: string;
  messages: LlmMessage[];
  tools: ToolSpec[];
  context: ConversationContext;
}

export interface LlmUsage {
  input_tokens: number;
  output_tokens: number;
}

export interface LlmReply {
  content: AssistantPart[];
  usage: LlmUsage;
  /** A provider that classifies questions itself (the builtin one) names the intent it found. */
  intent?: string;
  /** How a provider that reads questions itself (the builtin one) read this one: `data.parsed`. */
  parsed?: Record<string, unknown>;
}

export interface LlmClient {
  readonly provider: 'builtin' | 'bedrock' | 'openai';
  /** @throws UpstreamError when the model service fails, UpstreamTimeoutError when it is too slow */
  complete(request: LlmRequest): Promise<LlmReply>;
  /**
   * The questions a message asks, each written out to be asked alone, or null when it asks one. A model reads
   * several questions in one message itself; a reader that answers one question at a time says where they part.
   */
  asksIn?(question: string, context: ConversationContext): string[] | null;
}
