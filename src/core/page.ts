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
