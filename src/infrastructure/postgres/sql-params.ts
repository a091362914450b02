import type { SqlParam } from './sql-client';

/**
 * A statement's parameters, numbered as they are bound: `bind(value)` keeps
 * the value and returns its placeholder ($1, $2, …), so a statement built
 * from optional parts never numbers them by hand. `fixed` are $1… in order,
 * for the parts every variant of the statement has.
 */
export function sqlParams(...fixed: SqlParam[]): { params: SqlParam[]; bind: (value: SqlParam) => string } {
  const params = [...fixed];
  return { params, bind: (value) => `$${params.push(value)}` };
}
