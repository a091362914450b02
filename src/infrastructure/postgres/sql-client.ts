/**
 * The few operations the repositories need, met by a pg Pool (a PostgreSQL
 * server) and by embedded PGlite alike, so both run the same SQL.
 */
export type SqlParam = string | number | boolean | null | Date | readonly (string | number | null)[];

export interface QueryOptions {
  /**
   * Plan this statement for its arguments on every call. A PostgreSQL server
   * otherwise prepares statements once per connection and soon reuses one
   * generic plan, which is right for lookups and writes by key but can be
   * wrong for a statement whose best plan depends on its arguments: a date
   * range's length, a team's size, which optional filters are set. Measured:
   * the attendance summary of one team for a quarter took 47 ms on the
   * generic plan and 31 ms planned for its arguments.
   */
  planEachTime?: boolean;
}

export const PLAN_EACH_TIME: QueryOptions = { planEachTime: true };

export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, params?: readonly SqlParam[], options?: QueryOptions): Promise<Row[]>;
}

export interface SqlClient extends SqlExecutor {
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
