import { randomUUID } from 'node:crypto';
import { createServer, STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Express } from 'express';

const MESSAGES: Record<number, string> = {
  400: 'The request could not be parsed as HTTP',
  408: 'The request took too long to arrive',
  431: 'The request line or headers are too large',
};

function statusOf(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

/**
 * The Node server for the app. Node refuses some requests before Express sees
 * them — a URL or headers over its header limit (431), a request it cannot
 * parse (400) — and by default answers with a bare status line; this answers
 * in the API's error format instead, with a request id like every response.
 */
export function createHttpServer(app: Express): Server {
  const server = createServer(app);
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    // Nobody is listening for an answer on a connection that reset or already closed.
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const status = statusOf(error.code);
    const body = JSON.stringify({ error: STATUS_CODES[status], message: MESSAGES[status] });
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
        'Content-Type: application/json; charset=utf-8\r\n' +
        `Content-Length: ${Buffer.byteLength(body)}\r\n` +
        `X-Request-Id: ${randomUUID()}\r\n` +
        'Connection: close\r\n\r\n' +
        body,
    );
  });
  return server;
}
