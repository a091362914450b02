import { AppError, ImportRejectedError, PartialWriteError, type FieldIssue, type ImportReport, type RowFailure } from '../core/errors';

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

/**
 * The end of every bulk import, the same for each kind: all-or-nothing
 * refuses the file when any row failed; otherwise the rows to write are
 * written, and a write cut short (only where no transaction holds it all)
 * says which rows landed. `rowsToWrite[i]` is the row of the write's item i.
 */
export async function finishImport(
  verdicts: Verdicts,
  mode: 'all' | 'partial',
  counts: { created: number; updated: number },
  rowsToWrite: number[],
  write: () => Promise<void>,
): Promise<ImportReport> {
  const failed = verdicts.failed;
  if (failed.length > 0 && mode === 'all') throw new ImportRejectedError({ created: 0, updated: 0, failed });
  if (rowsToWrite.length > 0) {
    try {
      await write();
    } catch (error) {
      if (error instanceof PartialWriteError) {
        const writtenRows = error.written.map((i) => rowsToWrite[i]!);
        throw new AppError('unavailable', error.code, error.message, undefined, { written_rows: writtenRows, failed });
      }
      throw error;
    }
  }
  return { ...counts, failed };
}
