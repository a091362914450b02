import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

export const MCP_USER_AGENT = 'workforce-tests/1.0 (mcp)';

/** The SDK's own client over its Streamable HTTP transport, with a static bearer token, as an MCP host would connect. */
export async function connectMcp(baseUrl: string, token: string, fetch?: FetchLike): Promise<Client> {
  const client = new Client({ name: 'workforce-tests', version: '1.0.0' });
  const transport = new StreamableHTTPClientTransport(new URL(`${baseUrl}/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${token}`, 'User-Agent': MCP_USER_AGENT } },
    ...(fetch && { fetch }),
  });
  await client.connect(transport);
  return client;
}

export async function callTool(client: Client, name: string, args: Record<string, unknown> = {}): Promise<CallToolResult> {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

/** A tool's refusal: its text is the REST error format's body. */
export function errorOf(result: CallToolResult): { error: string; message: string; code?: string } {
  expect(result.isError).toBe(true);
  expect(result.structuredContent).toBeUndefined();
  const [content] = result.content;
  if (content?.type !== 'text') throw new Error(`expected a text error, got ${JSON.stringify(result)}`);
  return JSON.parse(content.text) as { error: string; message: string; code?: string };
}

/** A tool's answer: the structured content, which the text repeats. */
export function structuredOf<T = Record<string, unknown>>(result: CallToolResult): T {
  if (result.isError) throw new Error(`the tool refused: ${JSON.stringify(result.content)}`);
  const [content] = result.content;
  expect(content?.type === 'text' && JSON.parse(content.text)).toEqual(result.structuredContent);
  return result.structuredContent as T;
}
