import { InvalidCursorError } from '../../core/errors';
import type { Page } from '../../core/page';

/** A keyset position: the sort-key values of the last row of a page. */
export function encodePosition(values: readonly string[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodePosition(token: string, arity: number): string[] {
  try {
    const values: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (Array.isArray(values) && values.length === arity && values.every((v) => typeof v === 'string')) {
      return values;
    }
  } catch {
    // fall through: a position we did not write
  }
  throw new InvalidCursorError();
}

/** Rows were fetched with limit + 1, so a surplus row proves something is left. */
export function toPage<Item>(rows: Item[], limit: number, key: (item: Item) => string[]): Page<Item> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last !== undefined ? encodePosition(key(last)) : null };
}
