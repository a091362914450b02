import { STATUS_CODES } from 'node:http';
import type { ResponseConfig } from '@asteasolutions/zod-to-openapi';
import { UNLIMITED_PATHS } from './rate-limit';
import { ErrorBody } from './schemas/common.schemas';
import { z } from './schemas/zod';

/** What a route declares that decides which answers, besides its own, it can give. */
export interface ResponseSource {
  path: string;
  auth: 'required' | 'optional' | 'none';
  params?: unknown;
  query?: z.ZodObject<z.ZodRawShape>;
  body?: unknown;
  responses: Record<number, { description: string; schema?: z.ZodType; /** Also answered as CSV (text/csv), chosen by the request. */ csv?: boolean }>;
  /** Derived statuses the route never gives, because its own error handler answers those cases otherwise (the token endpoint's 400s). */
  withholds?: readonly number[];
}

const RetryAfter = z.object({ 'Retry-After': z.string().openapi({ description: 'Seconds until the window ends.', example: '30' }) });

/**
 * The errors a route gives because of what it declares, each with the reason
 * the checks in front of every handler (api-router.ts, app.ts) give it.
 * A route's own description of a status (its 409s, its 404's wording) wins.
 */
function derivedErrors(route: ResponseSource): Map<number, string> {
  const errors = new Map<number, string>();
  const add = (status: number, when: boolean, description: string) => {
    if (when) errors.set(status, description);
  };
  const unparseable = [
    ...(route.body !== undefined ? ['the body cannot be parsed (malformed JSON, form or multipart)'] : []),
    ...(route.query !== undefined && 'cursor' in route.query.shape ? ['the cursor is forged, or belongs to another route or filters'] : []),
  ];
  add(400, unparseable.length > 0, unparseable.join('; or '));
  add(401, route.auth === 'required', 'No bearer token, or one that is invalid, expired or ended');
  add(403, route.auth === 'required', "The caller's role may never do this, or the target is outside the caller's scope");
  add(404, route.params !== undefined, "No such resource (or, for reads, not in the caller's scope)");
  add(413, route.body !== undefined, 'The body is too large');
  add(415, route.body !== undefined, 'The body is not of a media type listed here');
  add(
    422,
    route.params !== undefined || route.query !== undefined || route.body !== undefined,
    'Well-formed but invalid path, query or body; `details` names each field',
  );
  add(429, !UNLIMITED_PATHS.includes(route.path), 'Too many requests from this client address this minute');
  add(503, true, 'The database is unavailable; try again shortly');
  for (const status of route.withholds ?? []) errors.delete(status);
  return errors;
}

/**
 * Every answer an operation can give, documented with its body, so that a
 * generated client's error branch is typed by the error format rather than
 * unknown: the route's own, the errors its declaration implies, and a
 * `default` in the error format for the rest (500 among them).
 */
export function documentedResponses(route: ResponseSource): Record<string, ResponseConfig> {
  const responses: Record<string, ResponseConfig> = {};
  for (const [status, reason] of derivedErrors(route))
    responses[status] = errorResponse(`${STATUS_CODES[status]}: ${reason}`, status === 429 ? RetryAfter : undefined);
  for (const [status, response] of Object.entries(route.responses)) {
    const schema = response.schema ?? (Number(status) >= 400 ? ErrorBody : undefined);
    responses[status] = {
      ...responses[status],
      description: response.description,
      ...(schema && {
        content: {
          'application/json': { schema },
          ...(response.csv && { 'text/csv': { schema: z.string().openapi({ description: 'RFC 4180, CRLF line ends, a header row of the JSON keys.' }) } }),
        },
      }),
    };
  }
  responses.default = errorResponse('Any other error, in the same format (a 500 carries no internals)');
  return responses;
}

function errorResponse(description: string, headers?: ResponseConfig['headers']): ResponseConfig {
  return { description, ...(headers && { headers }), content: { 'application/json': { schema: ErrorBody } } };
}
