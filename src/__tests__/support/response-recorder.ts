import type { Express, Response } from 'express';

export interface RecordedResponse {
  method: string;
  /** As the client asked for it, query included (not as a mounted router rewrote it). */
  url: string;
  status: number;
  body: string;
  /** The Content-Type header as sent, '' when none. */
  contentType: string;
}

type Chunk = string | Buffer | Uint8Array;
type Write = (this: Response, chunk: Chunk, ...rest: unknown[]) => boolean;
type End = (this: Response, chunk?: Chunk | (() => void), ...rest: unknown[]) => Response;

const BODY = Symbol('recorded body');
type Recording = Response & { [BODY]?: Buffer[] };

const asBuffer = (chunk: Chunk) => (typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));

/**
 * Every response the app sends, as the client receives it, whichever way the
 * test reaches the app (supertest, a listening server): recorded on the
 * app's own response prototype, as the app itself sets its default headers.
 */
export function recordResponses(app: Express): RecordedResponse[] {
  const recorded: RecordedResponse[] = [];
  const proto = app.response as Recording;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- Node's own, always called on a response
  const write = proto.write as Write;
  // eslint-disable-next-line @typescript-eslint/unbound-method -- Node's own, always called on a response
  const end = proto.end as End;
  proto.write = function (this: Recording, chunk: Chunk, ...rest: unknown[]) {
    (this[BODY] ??= []).push(asBuffer(chunk));
    return write.call(this, chunk, ...rest);
  } as Response['write'];
  proto.end = function (this: Recording, chunk?: Chunk | (() => void), ...rest: unknown[]) {
    const chunks = this[BODY] ?? [];
    if (chunk !== undefined && typeof chunk !== 'function') chunks.push(asBuffer(chunk));
    const contentType = this.getHeader('content-type');
    recorded.push({
      method: this.req.method,
      url: this.req.originalUrl,
      status: this.statusCode,
      body: Buffer.concat(chunks).toString('utf8'),
      contentType: typeof contentType === 'string' ? contentType : '',
    });
    return end.call(this, chunk, ...rest);
  } as Response['end'];
  return recorded;
}
