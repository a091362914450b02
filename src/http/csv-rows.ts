import { parse } from 'csv-parse/sync';
import { BadRequestError, PayloadTooLargeError, ValidationError, type FieldIssue } from '../core/errors';
import type { z } from './schemas/zod';

export interface CsvRow<T> {
  /** The line on which the record starts; the header is line 1. */
  row: number;
  value?: T;
  errors?: FieldIssue[];
}

/** Why a column may not be imported, for the ones clients most often send. A Map, as a client's column may be "constructor". */
const READ_ONLY_COLUMNS = new Map([
  ['final_score', 'is computed by the service'],
  ['employee_name', "is copied from the employee's record"],
  ['hours_worked', 'is computed from the check-in and check-out times'],
  ['team_id', "is copied from the employee's team"],
  ['created_at', 'is set by the service'],
  ['updated_at', 'is set by the service'],
]);

/**
 * Parses CSV (quoted fields, embedded commas and newlines, a UTF-8 BOM, CRLF)
 * into rows keyed by the header's column names, checks the header against
 * the writable columns, and validates each row with `schema`. Empty cells are
 * "not given".
 */
export function csvRows<S extends z.ZodType>(text: string, writable: readonly string[], schema: S, maxRows: number): CsvRow<z.output<S>>[] {
  const malformed = (error: unknown) => {
    const where = (error as { lines?: number }).lines;
    return new BadRequestError(`The CSV is malformed${where ? ` near line ${where}` : ''}: ${(error as Error).message.replace(/^.*?:\s*/, '')}`);
  };
  // The header first: a wrong column is the answer even when the rows do not fit it.
  let header: unknown;
  try {
    header = parse(text, { bom: true, to_line: 1 });
  } catch (error) {
    throw malformed(error);
  }
  const columns = (header as string[][])[0] ?? [];
  if (columns.length === 0) throw ValidationError.field('file', 'is empty: the first line must name the columns');
  const bad = columns.filter((column) => !writable.includes(column));
  if (bad.length > 0) {
    throw new ValidationError(
      `Unknown or read-only column(s): ${bad.join(', ')}`,
      bad.map((column) => ({ field: column, message: READ_ONLY_COLUMNS.has(column) ? `${READ_ONLY_COLUMNS.get(column)!} and may not be imported` : `is not a column of this import (columns: ${writable.join(', ')})` })),
    );
  }
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, { columns: true, bom: true, info: true, skip_empty_lines: true });
  } catch (error) {
    throw malformed(error);
  }
  if (records.length > maxRows) throw new PayloadTooLargeError(`The file has ${records.length} rows; at most ${maxRows} are imported at once`);
  return records.map(({ record, info }) => {
    const embeddedNewlines = Object.values(record).reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);
    const row = info.lines - embeddedNewlines;
    const given = Object.fromEntries(Object.entries(record).filter(([, value]) => value.trim() !== ''));
    const result = schema.safeParse(given);
    if (result.success) return { row, value: result.data };
    return { row, errors: result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'row', message: issue.message })) };
  });
}
