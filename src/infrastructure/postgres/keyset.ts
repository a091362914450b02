import type { Page } from '../../core/page';
import { decodePosition as decodeToken, encodePosition, stringsOf } from '../page-position';

/** A keyset position: the sort-key values of the last row of a page, `arity` strings. */
export function decodePosition(token: string, arity: number): string[] {
  return decodeToken(token, stringsOf(arity));
}

/** Rows were fetched with limit + 1, so a surplus row proves something is left. */
export function toPage<Item>(rows: Item[], limit: number, key: (item: Item) => string[]): Page<Item> {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, next: rows.length > limit && last !== undefined ? encodePosition(key(last)) : null };
}
