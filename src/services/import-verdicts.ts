import type { FieldIssue, RowFailure } from '../core/errors';

/** A CSV row after the edge has checked its fields; `errors` when it did not pass. */
export interface ImportRow<T> {
  row: number;
  value?: T;
  errors?: FieldIssue[];
}

/** Collects each row's problems, then says which rows may be written. */
export class Verdicts {
  private readonly failures = new Map<number, FieldIssue[]>();

  fail(row: number, field: string, message: string): void {
    this.failures.set(row, [...(this.failures.get(row) ?? []), { field, message }]);
  }

  failAll(row: number, errors: FieldIssue[]): void {
    for (const e of errors) this.fail(row, e.field, e.message);
  }

  ok(row: number): boolean {
    return !this.failures.has(row);
  }

  get failed(): RowFailure[] {
    return [...this.failures.entries()].sort(([a], [b]) => a - b).map(([row, errors]) => ({ row, errors }));
  }
}

/** Refuses a key seen on an earlier row: the later rows fail, the first stands. */
export function firstOccurrence<T>(rows: ImportRow<T>[], verdicts: Verdicts, key: (value: T) => string | undefined, field: string): void {
  const seen = new Map<string, number>();
  for (const { row, value } of rows) {
    if (!value) continue;
    const k = key(value);
    if (k === undefined) continue;
    const first = seen.get(k);
    if (first !== undefined) verdicts.fail(row, field, `repeats row ${first}`);
    else seen.set(k, row);
  }
}
