import type { Request, Response } from 'express';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Principal } from '../../core/access';
import { callerInfo } from './mcp-server';

/** What the SDK reads of a request: content negotiation and the protocol version. */
const FORWARDED_HEADERS = ['accept', 'content-type', 'mcp-protocol-version'];

/** A request body as read: its JSON when it parsed, else its text for the SDK to refuse in JSON-RPC terms. */
export type McpBody = { parsed: unknown } | { text: string };

/**
 * One POST /mcp through the SDK's web-standard transport, stateless with a
 * JSON answer, bridged to Express by hand rather than by the SDK's Node
 * wrapper: the same few lines then serve the Node server and Lambda
 * (serverless-http's responses are not sockets), and the answer goes out as
 * every other answer of the app does, with its default headers. The
 * transport is the request's own, as the SDK's stateless mode requires; the
 * caller goes with the request, for the tools to run as.
 */
export async function exchange(server: McpServer, caller: Principal, req: Request, res: Response, body: McpBody): Promise<void> {
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    const headers = new Headers();
    for (const name of FORWARDED_HEADERS) {
      const value = req.get(name);
      if (value !== undefined) headers.set(name, value);
    }
    // The URL only names the request to the SDK; a fixed origin keeps a client's Host header out of it.
    const request = new Request(`http://mcp.invalid${req.originalUrl}`, { method: 'POST', headers, ...('text' in body && { body: body.text }) });
    const response = await transport.handleRequest(request, { authInfo: callerInfo(caller), ...('parsed' in body && { parsedBody: body.parsed }) });
    const text = await response.text();
    const fields: string[] = [];
    response.headers.forEach((value, name) => {
      if (name !== 'content-length') fields.push(name, value);
    });
    if (text !== '') fields.push('Content-Length', String(Buffer.byteLength(text)));
    res.writeHead(response.status, fields);
    res.end(text);
  } finally {
    await server.close();
  }
}
