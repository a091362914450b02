import { InvalidCursorError } from './errors';

/**
 * Pages are walked with an adapter-defined position token, never an offset:
 * a PostgreSQL keyset position or a DynamoDB LastEvaluatedKey, both opaque here.
 */
export interface PageRequest {
  limit: number;
  after?: string;
}

export interface Page<T> {
  items: T[];
  /** Position after the last item; null only when nothing is left. */
  next: string | null;
}

export const emptyPage = <T>(): Page<T> => ({ items: [], next: null });

/** Every item of a paged read, page after page: for a question about a whole scope, not its first page. */
export async function allPages<T>(fetch: (page: PageRequest) => Promise<Page<T>>): Promise<T[]> {
  const items: T[] = [];
  let after: string | undefined;
  do {
    const page = await fetch({ limit: 500, ...(after !== undefined && { after }) });
    items.push(...page.items);
    after = page.next ?? undefined;
  } while (after !== undefined);
  return items;
}

/**
 * A position a service composes around its repositories' (which page of them,
 * how far into it): JSON, read back only when `isValid` accepts it. The HTTP
 * edge signs every cursor, so this is a check of our own writing, not of a client's.
 */
export function writePosition(position: object): string {
  return JSON.stringify(position);
}

export function readPosition<T>(after: string, isValid: (value: unknown) => value is T): T {
  let value: unknown;
  try {
    value = JSON.parse(after);
  } catch {
    throw new InvalidCursorError();
  }
  if (!isValid(value)) throw new InvalidCursorError();
  return value;
}
