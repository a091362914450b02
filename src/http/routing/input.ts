import express, { type Request, type RequestHandler, type Response } from 'express';
import { UnsupportedMediaTypeError, ValidationError, type FieldIssue } from '../../core/errors';
import { asClientError } from '../client-errors';
import type { z } from '../schemas/zod';
import { issuesOf } from './input-issues';
import type { AnyRoute, BodyType, RouteBody } from './route-definition';

/**
 * A route's input: its body read (present or not, in a media type the route
 * takes, parsed), then its path, query and body validated by its schemas.
 */

export const MEDIA_TYPES: Record<BodyType, string> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  csv: 'text/csv',
  multipart: 'multipart/form-data',
};

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

interface Place {
  key: string;
  parent?: Place;
}

function fieldOf(place: Place | undefined): string {
  const keys: string[] = [];
  for (let at = place; at; at = at.parent) keys.unshift(at.key);
  return keys.join('.');
}

/**
 * PostgreSQL text cannot hold U+0000, so no backend may accept it: refused here,
 * once for every route, wherever it hides in the input. Walked with a stack of
 * its own, not by recursion: a JSON body nested tens of thousands deep fits in
 * the body limit and would otherwise overflow the call stack (a 500).
 */
export function nulCharacterIssues(value: unknown): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const pending: [unknown, Place | undefined][] = [[value, undefined]];
  while (pending.length > 0) {
    const [item, place] = pending.pop()!;
    if (typeof item === 'string') {
      if (item.includes('\u0000')) issues.push({ field: fieldOf(place), message: 'must not contain NUL characters' });
    } else if (typeof item === 'object' && item !== null) {
      // Reversed onto the stack, so issues come out in the order of the input.
      const children = Object.entries(item).reverse();
      for (const [key, child] of children) pending.push([child, { key, parent: place }]);
    }
  }
  return issues;
}

/** A route's input as its schemas made it. */
export interface RouteInput {
  params: unknown;
  query: unknown;
  body: unknown;
}

/** The path, query and body by the route's schemas, every problem of all three in one 422. */
export function validated(route: AnyRoute, req: Request): RouteInput {
  const issues: FieldIssue[] = [];
  const check = (schema: z.ZodType | undefined, value: unknown, root: string): unknown => {
    if (!schema) return undefined;
    const nul = nulCharacterIssues(value);
    if (nul.length > 0) {
      issues.push(...nul.map((issue) => ({ ...issue, field: issue.field || root })));
      return undefined;
    }
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    issues.push(...issuesOf(result.error, root));
    return undefined;
  };
  const params = check(route.params, req.params, 'path');
  const query = check(route.query, req.query ?? {}, 'query');
  let body: unknown;
  if (route.body) {
    const raw: unknown = !hasBody(req) ? undefined : route.body.streamed ? req : req.body;
    if (raw === undefined && !route.body.optional) issues.push({ field: 'body', message: 'A request body is required' });
    else if (!route.body.streamed) body = check(route.body.schema, raw ?? {}, 'body');
  }
  if (issues.length > 0) throw new ValidationError('Request validation failed', issues);
  return { params, query, body };
}
