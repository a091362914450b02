import { STATUS_CODES } from 'node:http';
import type request from 'supertest';

/** Never in any response: a password hash, or a stack trace. */
const SECRETS: [string, RegExp][] = [
  ['a bcrypt hash', /\$2[aby]\$\d\d\$/],
  ['a stack trace', /\n\s+at .+:\d+:\d+/],
  ['a stack frame', /\bat (Object|Module|async|process)\.|node:internal|node_modules/],
];

/**
 * Keys, not text: a stored team may fairly be named "password_hash" by an
 * earlier hostile request, and the OpenAPI document rightly has "password" fields.
 */
function hashKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(hashKeys);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => [...(/password_?hash|^hash$/i.test(key) ? [key] : []), ...hashKeys(item)]);
}

const OAUTH_ERRORS = ['invalid_request', 'invalid_grant', 'unsupported_grant_type'];

/** Never in an error response: the database's or the driver's own words, or the name of an internal error class. */
const INTERNALS: [string, RegExp][] = [
  ['SQL text', /\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM)\s/i],
  ['a PostgreSQL error', /syntax error at|violates \w+ constraint|relation "|column "|invalid input syntax|duplicate key value/i],
  ['a DynamoDB error', /ValidationException|ConditionalCheckFailed|TransactionCanceled|ExpressionAttribute|KeyConditionExpression|ResourceNotFoundException/],
  ['an internal error class', /\b(TypeError|ReferenceError|RangeError|SyntaxError|URIError|ZodError|DatabaseError|PGlite)\b/],
  ['a file path', /\/src\/|\.ts:\d+/],
];

function withoutEchoes(text: string, sent: string[]): string {
  // Longest first, so a payload is not half-removed by a shorter one inside it.
  const echoes = sent
    .flatMap((value) => [value, JSON.stringify(value).slice(1, -1)])
    .filter((value) => value.length > 0)
    .sort((a, b) => b.length - a.length);
  return echoes.reduce((remaining, echo) => remaining.split(echo).join(''), text);
}

export interface Verdict {
  ok: boolean;
  problem?: string;
}

/**
 * What every response owes a hostile client: no 5xx, the error format on any
 * status ≥ 400, and nothing internal. `sent` are the strings of the request, which an
 * answer may fairly repeat (a validation message naming the value, a created record).
 */
export function judge(response: request.Response, sent: string[] = []): Verdict {
  const text = response.text ?? '';
  const headers = JSON.stringify(response.headers);
  if (response.status >= 500) return { ok: false, problem: `status ${response.status}: ${text}` };
  for (const [what, pattern] of SECRETS) {
    if (pattern.test(withoutEchoes(text, sent)) || pattern.test(headers)) return { ok: false, problem: `${what} in ${response.status}: ${text.slice(0, 500)}` };
  }
  const leakedKeys = hashKeys(response.body);
  if (leakedKeys.length > 0) return { ok: false, problem: `${leakedKeys.join(', ')} in ${response.status}: ${text.slice(0, 500)}` };
  if (response.status < 400) return { ok: true };
  const body = response.body as { error?: unknown; message?: unknown; error_description?: unknown } | undefined;
  // The token endpoint's 400s are RFC 6749 §5.2 errors: a code in place of the status text.
  const oauth = response.status === 400 && OAUTH_ERRORS.includes(body?.error as string) && typeof body?.error_description === 'string';
  if ((body?.error !== STATUS_CODES[response.status] && !oauth) || typeof body?.message !== 'string') {
    return { ok: false, problem: `${response.status} not in the error format: ${text.slice(0, 500)}` };
  }
  const own = withoutEchoes(text, sent);
  for (const [what, pattern] of INTERNALS) {
    if (pattern.test(own)) return { ok: false, problem: `${what} in ${response.status}: ${text.slice(0, 500)}` };
  }
  return { ok: true };
}

/** As a jest assertion, so a failure shows the problem rather than `false`. */
export function expectWellBehaved(response: request.Response, sent: string[] = []): void {
  const verdict = judge(response, sent);
  if (!verdict.ok) throw new Error(verdict.problem);
}
