import { randomUUID } from 'node:crypto';
import { createServer, IncomingMessage, ServerResponse, STATUS_CODES, type Server, type ServerOptions } from 'node:http';
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
 * Node's request and response classes, subclassed, whose prototypes inherit
 * from the app's own and then become them (app.request and app.response,
 * which Express sets on every request it handles). So the objects are born
 * with the prototype Express gives them, and its Object.setPrototypeOf
 * changes nothing; and, being instances of real subclasses, V8 sizes them for
 * every property Node's constructors add. Plain functions calling Node's
 * constructors gave objects too small for those, which V8 turned into slow
 * dictionaries before Express saw them; Node's own code then ran several
 * times slower on every request, and the server's CPU for a
 * GET /employees/{id} was 8-17 % higher (two sets of interleaved runs against
 * this build, from /proc/<pid>/stat).
 */
function expressBorn(app: Express): ServerOptions<typeof IncomingMessage, typeof ServerResponse<IncomingMessage>> {
  class Request extends IncomingMessage {}
  class Response extends ServerResponse {}
  Object.setPrototypeOf(Request.prototype, app.request);
  Object.setPrototypeOf(Response.prototype, app.response);
  app.request = Request.prototype as unknown as Express['request'];
  app.response = Response.prototype as unknown as Express['response'];
  return { IncomingMessage: Request, ServerResponse: Response };
}

/**
 * The Node server for the app. Node refuses some requests before Express sees
 * them — a URL or headers over its header limit (431), a request it cannot
 * parse (400) — and by default answers with a bare status line; this answers
 * in the API's error format instead, with a request id like every response.
 */
export function createHttpServer(app: Express): Server {
  const server = createServer(expressBorn(app), app);
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
