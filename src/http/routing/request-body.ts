import express, { type Request, type RequestHandler, type Response } from 'express';
import { UnsupportedMediaTypeError } from '../../core/errors';
import { asClientError } from '../client-errors';
import type { z } from '../schemas/zod';
import type { BodyType, RouteBody } from './route-definition';

export const MEDIA_TYPES: Record<BodyType, string> = { json: 'application/json', form: 'application/x-www-form-urlencoded', csv: 'text/csv', multipart: 'multipart/form-data' };

/**
 * Whether a request carries a body, by its framing headers. Read from
 * req.headers, not through req.get: serverless-http fills in a missing
 * Content-Length as the number 0, which a comparison with '0' would take
 * for a body (and a bodiless POST would then be a 415 on Lambda only).
 */
export function hasBody(req: Request): boolean {
  if (req.headers['transfer-encoding'] !== undefined) return true;
  const length: unknown = req.headers['content-length'];
  return length !== undefined && Number(length) !== 0;
}

export type BodyParsers = Record<'json' | 'form', RequestHandler>;

/** One set per router: the media type is checked before parsing, so the parsers accept whatever arrives. */
export function bodyParsers(limit: string): BodyParsers {
  return {
    json: express.json({ limit, type: () => true, strict: false }),
    form: express.urlencoded({ limit, type: () => true, extended: false }),
  };
}

/** Runs body-parser, whose failures (bad JSON, too large, a charset it cannot read) become the API's errors. */
function parse(parser: RequestHandler, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => {
    void parser(req, res, (error?: unknown) => {
      const refusal = error === undefined ? undefined : asClientError(error);
      if (refusal === undefined) resolve();
      else reject(refusal instanceof Error ? refusal : new Error('The body could not be read', { cause: refusal }));
    });
  });
}

/**
 * Reads a route's body into req.body: 415 for a media type the route does not
 * take, else parsed as its type says. A streamed body is left on the request
 * for the handler to read as it arrives.
 */
export function bodyReader(body: RouteBody<z.ZodType> | undefined, parsers: BodyParsers): (req: Request, res: Response) => Promise<void> {
  if (!body) return () => Promise.resolve();
  const types = body.types ?? ['json'];
  const refusal = `Send the body as ${types.map((t) => MEDIA_TYPES[t]).join(' or ')}`;
  return async (req, res) => {
    if (!hasBody(req)) return;
    const type = types.find((t) => req.is(MEDIA_TYPES[t]));
    if (!type) throw new UnsupportedMediaTypeError(refusal);
    if (!body.streamed) await parse(parsers[type as 'json' | 'form'], req, res);
  };
}
