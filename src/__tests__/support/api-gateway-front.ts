import { once } from 'node:events';
import { createServer, type IncomingMessage } from 'node:http';
import type { BundleResponse, RunningBundle } from './built-bundle';

export interface ApiGatewayFront {
  /** Where a client (a browser) sends its requests: http://host:port, the API at the root as HTTP API's $default stage. */
  url: string;
  close(): Promise<void>;
}

/**
 * An HTTP API (payload 2.0) event of a real HTTP request, as API Gateway
 * makes one: header names lower-cased and repeated values joined by commas,
 * cookies apart, the query string raw, and the body base64-encoded.
 */
function eventOf(req: IncomingMessage, body: Buffer, sourceIp: string) {
  const url = new URL(req.url ?? '/', 'http://front');
  const headers: Record<string, string> = {};
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i]!.toLowerCase();
    if (name === 'cookie') continue;
    headers[name] = headers[name] === undefined ? req.rawHeaders[i + 1]! : `${headers[name]},${req.rawHeaders[i + 1]!}`;
  }
  const method = req.method ?? 'GET';
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    ...(req.headers.cookie && { cookies: req.headers.cookie.split('; ') }),
    headers,
    requestContext: {
      http: { method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp, userAgent: headers['user-agent'] ?? '' },
      requestId: `front-${Date.now()}`,
      stage: '$default',
      timeEpoch: Date.now(),
    },
    ...(body.length > 0 ? { body: body.toString('base64'), isBase64Encoded: true } : { isBase64Encoded: false }),
  };
}

function bodyOf(answer: BundleResponse): Buffer {
  return Buffer.from(answer.body ?? '', answer.isBase64Encoded ? 'base64' : 'utf8');
}

/**
 * API Gateway's side for a bundle run by startBundle(): real HTTP requests
 * become events, the handler's answers become HTTP responses. For clients
 * that need a page and its assets at their exact paths (Swagger UI at
 * /docs/), which serverless-offline's emulator does not keep (it strips the
 * trailing slash).
 */
export async function apiGatewayFront(bundle: RunningBundle, host = '127.0.0.1'): Promise<ApiGatewayFront> {
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      bundle.invoke(eventOf(req, Buffer.concat(chunks), req.socket.remoteAddress ?? '127.0.0.1')).then(
        (answer) => {
          const cookies = (answer as BundleResponse & { cookies?: string[] }).cookies;
          res.writeHead(answer.statusCode, { ...answer.headers, ...(cookies && { 'set-cookie': cookies }) });
          res.end(bodyOf(answer));
        },
        (error: unknown) => {
          // API Gateway's own answer when the function fails.
          res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Internal Server Error', error: String(error) }));
        },
      );
    });
  });
  server.listen(0, host);
  await once(server, 'listening');
  return {
    url: `http://${host}:${(server.address() as { port: number }).port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
