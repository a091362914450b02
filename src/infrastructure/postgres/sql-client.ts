/**
 * The few operations the repositories need, met by a pg Pool (a PostgreSQL
 * server) and by embedded PGlite alike, so both run the same SQL.
 */
export type SqlParam = string | number | boolean | null | Date | readonly (string | number | null)[];

export interface SqlExecutor {
  query<Row = Record<string, unknown>>(text: string, params?: readonly SqlParam[]): Promise<Row[]>;
}

export interface SqlClient extends SqlExecutor {
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
