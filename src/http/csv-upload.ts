import { finished } from 'node:stream/promises';
import { PassThrough, type Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import busboy from 'busboy';
import type { Request, Response } from 'express';
import { AppError, BadRequestError, PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../core/errors';

const tooLarge = (max: number) => new PayloadTooLargeError(`The file is larger than ${max} bytes, the most imported at once`);
const unsupportedCharset = () => new UnsupportedMediaTypeError('The CSV uses an unsupported charset');

/** The CSV's bytes: the body itself (text/csv), or the field "file" of a multipart body, with the promise of the request's end. */
function bodyOf(req: Request): Promise<{ body: Readable; done: () => Promise<unknown> }> {
  if (!req.is('multipart/form-data')) return Promise.resolve({ body: req, done: () => finished(req) });
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fields: 10 } });
    } catch {
      reject(new BadRequestError('The multipart body is malformed'));
      return;
    }
    const done = new Promise((settle) => parser.once('close', settle).once('error', settle));
    parser.on('file', (name, file) => {
      if (name === 'file') resolve({ body: file, done: () => done });
      else file.resume();
    });
    parser.on('error', () => reject(new BadRequestError('The multipart body is malformed')));
    parser.on('close', () => reject(ValidationError.field('file', 'A CSV file in the field "file" is required')));
    req.pipe(parser);
  });
}

/**
 * Reads an import's CSV as text, a chunk at a time as it arrives, and hands
 * it to `consume`. Past `maxBytes` it is 413. Whatever `consume` decides
 * early, the rest of the body is read (and dropped) before the answer, as
 * Express's own body parsers do; if that rest is over the limit, the answer
 * is the 413, which comes before any other in the API's order of checks.
 * The bytes read are left in res.locals.requestBytes, for the bound on the
 * size of an error answer.
 */
export async function readCsvUpload<T>(req: Request, res: Response, maxBytes: number, consume: (text: AsyncIterable<string>) => Promise<T>): Promise<T> {
  let bytes = 0;
  const count = (chunk: Buffer) => {
    bytes += chunk.length;
    res.locals.requestBytes = bytes;
  };
  const declared = Number(req.get('content-length'));
  if (!req.is('multipart/form-data') && declared > maxBytes) {
    req.resume();
    throw tooLarge(maxBytes);
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(req.is('multipart/form-data') ? 'utf-8' : ((req.headers['content-type'] ?? '').match(/charset="?([\w-]+)/i)?.[1] ?? 'utf-8'));
  } catch {
    req.resume();
    throw unsupportedCharset();
  }
  const { body, done } = await bodyOf(req);
  body.on('data', count);
  // Taken off the connection as it arrives, up to the limit (what a buffering body parser held), while the parser works at its own pace.
  const arrived = body.pipe(new PassThrough({ highWaterMark: maxBytes }));
  async function* text(): AsyncGenerator<string> {
    try {
      for await (const chunk of arrived as AsyncIterable<Buffer>) {
        if (bytes > maxBytes) throw tooLarge(maxBytes);
        yield decoder.decode(chunk, { stream: true });
      }
    } catch (error) {
      // A multipart body that breaks off, or a client that goes away: the stream's own error is no answer.
      throw error instanceof AppError ? error : new BadRequestError('The request body could not be read to its end');
    }
    if (bytes > maxBytes) throw tooLarge(maxBytes);
    yield decoder.decode();
  }
  try {
    return await consume(text());
  } catch (error) {
    body.unpipe(arrived);
    body.resume();
    await done().catch(() => undefined);
    throw bytes > maxBytes ? tooLarge(maxBytes) : error;
  }
}
