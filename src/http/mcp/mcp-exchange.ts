import type { Request as ExpressRequest, Response } from 'express';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import type { Principal } from '../../core/access';
import { setNewest } from '../../core/bounded-map';
import { callerInfo } from './mcp-server';

/** What the SDK reads of a request: content negotiation and the protocol version. */
const FORWARDED_HEADERS = ['accept', 'content-type', 'mcp-protocol-version'];

/** A request body as read: its JSON when it parsed, else its text for the SDK to refuse in JSON-RPC terms. */
export type McpBody = { parsed: unknown } | { text: string };

/** Distinct URL and header combinations kept; clients send one or two, and the bound keeps made-up ones from growing it. */
const KEPT_REQUESTS = 16;
const bodiless = new Map<string, Request>();

/**
 * The request as the SDK reads it. Without a body (the parsed JSON goes
 * beside it) a web Request holds only the URL and the forwarded headers,
 * nothing of the caller, and the SDK only reads it, so one made for the
 * same URL and headers serves every request that has them, rather than
 * one made for each call (docs/PERFORMANCE.md).
 */
function sdkRequest(req: ExpressRequest, body: McpBody): Request {
  const values = FORWARDED_HEADERS.map((name) => req.get(name));
  const make = (text?: string) => {
    const headers = new Headers();
    FORWARDED_HEADERS.forEach((name, i) => {
      if (values[i] !== undefined) headers.set(name, values[i]);
    });
    // The URL only names the request to the SDK; a fixed origin keeps a client's Host header out of it.
    return new Request(`http://mcp.invalid${req.originalUrl}`, { method: 'POST', headers, ...(text !== undefined && { body: text }) });
  };
  if ('text' in body) return make(body.text);
  const key = JSON.stringify([req.originalUrl, ...values]);
  let request = bodiless.get(key);
  if (request === undefined) {
    request = make();
    setNewest(bodiless, key, request, KEPT_REQUESTS);
  }
  return request;
}

/**
 * One POST /mcp through the SDK's web-standard transport, stateless with a
 * JSON answer, bridged to Express by hand rather than by the SDK's Node
 * wrapper: the same few lines then serve the Node server and Lambda
 * (serverless-http's responses are not sockets), and the answer goes out as
 * every other answer of the app does, with its default headers. The
 * transport is the request's own, as the SDK's stateless mode requires; the
 * caller goes with the request, for the tools to run as.
 */
export async function exchange(server: McpServer, caller: Principal, req: ExpressRequest, res: Response, body: McpBody): Promise<void> {
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  try {
    const request = sdkRequest(req, body);
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
