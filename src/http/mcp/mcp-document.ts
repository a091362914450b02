import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { documentedResponses } from '../openapi-responses';
import { z } from '../schemas/zod';

const Id = z.union([z.string(), z.number()]);

const JsonRpcMessage = z
  .object({
    jsonrpc: z.literal('2.0'),
    id: Id.optional().openapi({ description: 'Absent on notifications.' }),
    method: z.string().openapi({ example: 'tools/call' }),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .openapi('JsonRpcRequest', {
    example: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_employee', arguments: { employee_id: 'DEV-001' } } },
  });

const JsonRpcResponse = z
  .object({
    jsonrpc: z.literal('2.0'),
    id: Id.nullable(),
    result: z.record(z.string(), z.unknown()).optional(),
    error: z.object({ code: z.number().int(), message: z.string(), data: z.unknown().optional() }).optional(),
  })
  .openapi('JsonRpcResponse', {
    description: 'A result, or a JSON-RPC error (such as an unknown method). A tool that refuses answers a result with isError: true.',
  });

const JsonRpcError = z
  .object({
    jsonrpc: z.literal('2.0'),
    id: Id.nullable(),
    error: z.object({ code: z.number().int(), message: z.string(), data: z.unknown().optional() }),
  })
  .openapi('JsonRpcError', { description: "The SDK's own answer to a message it cannot take: not JSON-RPC, a wrong Accept or Content-Type." });

const protocolError = (description: string) => ({ description, schema: JsonRpcError });

/**
 * POST /mcp in the OpenAPI document, for what HTTP can say of it: the MCP
 * messages themselves are the protocol's, listed by tools/list. Marked
 * x-mcp, as its protocol errors are JSON-RPC bodies rather than the error format.
 */
export function documentMcp(registry: OpenAPIRegistry, security: Record<string, string[]>[]): void {
  const route = {
    path: '/mcp',
    auth: 'required' as const,
    body: JsonRpcMessage,
    responses: {
      200: { description: 'The JSON-RPC answer (an array for a batch)', schema: z.union([JsonRpcResponse, z.array(JsonRpcResponse)]) },
      202: { description: 'Notifications only: accepted, nothing to answer' },
      400: protocolError('Not JSON, or not a JSON-RPC message'),
      406: protocolError('The Accept header does not list both application/json and text/event-stream'),
      415: protocolError('The body is not application/json'),
      429: { description: "Too many tool calls from this login this minute (the assistant's budget, shared with /chat)" },
    },
    withholds: [422],
  };
  registry.registerPath({
    method: 'post',
    path: '/mcp',
    operationId: 'postMcp',
    summary: 'Model Context Protocol (Streamable HTTP, stateless, JSON answers)',
    description:
      "For AI clients: initialize, tools/list (the caller's role's tools) and tools/call, each tool running through the same services and scope as the REST routes. " +
      "GET and DELETE are 405: there is no session and no stream. Tool calls share the assistant's per-login limit.",
    tags: ['MCP'],
    security,
    request: { body: { required: true, content: { 'application/json': { schema: z.union([JsonRpcMessage, z.array(JsonRpcMessage)]) } } } },
    responses: documentedResponses(route),
    'x-mcp': true,
  });
}
