import { InvalidCursorError } from '../core/errors';

/**
 * A repository's page position as it leaves the adapter: JSON in base64url.
 * Callers treat it as opaque (the HTTP edge signs it before a client sees
 * it), so each adapter says what a valid one holds and nothing else is read.
 */
export function encodePosition(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The position a token holds, when `isValid` accepts it; anything else is an InvalidCursorError. */
export function decodePosition<T>(token: string, isValid: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!isValid(value)) throw new InvalidCursorError();
  return value;
}

/** Accepts exactly `arity` strings, each matching `pattern` when one is given. */
export function stringsOf(arity: number, pattern?: RegExp): (value: unknown) => value is string[] {
  return (value): value is string[] =>
    Array.isArray(value) && value.length === arity && value.every((v) => typeof v === 'string' && (pattern === undefined || pattern.test(v)));
}
