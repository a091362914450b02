import { finished } from 'node:stream/promises';
import { parse, type Info } from 'csv-parse';
import { BadRequestError, PayloadTooLargeError, type FieldIssue } from '../core/errors';
import { checkHeader, headerLimit, headerTooLong } from './csv-header';
import type { z } from './schemas/zod';

export interface CsvRow<T> {
  /** The line on which the record starts; the header is line 1. */
  row: number;
  value?: T;
  errors?: FieldIssue[];
}

export interface CsvSpec<S extends z.ZodType> {
  writable: readonly string[];
  schema: S;
  maxRows: number;
}

/**
 * Text is parsed this much at a time, then other requests get their turn: a
 * few milliseconds of parsing and row validation. A Lambda event brings its
 * whole body as one chunk, so the slicing is ours, not the socket's.
 */
const SLICE = 16 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function malformed(error: Error & { lines?: number }): BadRequestError {
  return new BadRequestError(`The CSV is malformed${error.lines ? ` near line ${error.lines}` : ''}: ${error.message.replace(/^.*?:\s*/, '')}`);
}

/** One record as the schema sees it: empty cells are "not given"; PostgreSQL text cannot hold U+0000, so no backend may get it. */
function toRow<S extends z.ZodType>(columns: readonly string[], record: string[], info: Info, schema: S): CsvRow<z.output<S>> {
  const embeddedNewlines = record.reduce((sum, value) => sum + (value.match(/\n/g)?.length ?? 0), 0);
  const row = info.lines - embeddedNewlines;
  const nul = columns.filter((_, i) => record[i]?.includes('\u0000'));
  if (nul.length > 0) return { row, errors: nul.map((field) => ({ field, message: 'must not contain NUL characters' })) };
  const given = Object.fromEntries(columns.flatMap((column, i) => (record[i] !== undefined && record[i].trim() !== '' ? [[column, record[i]]] : [])));
  const result = schema.safeParse(given);
  if (result.success) return { row, value: result.data };
  return { row, errors: result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || 'row', message: issue.message })) };
}

/**
 * Parses CSV (quoted fields, embedded commas and newlines, a UTF-8 BOM, CRLF)
 * as it arrives, checks the header against the writable columns as soon as
 * it is complete, and validates each row with the schema. It stops at the
 * first answer that no later text can change: a wrong header, malformed
 * CSV, or one row more than the limit.
 */
export async function csvRows<S extends z.ZodType>(text: AsyncIterable<string>, spec: CsvSpec<S>): Promise<CsvRow<z.output<S>>[]> {
  const parser = parse({ bom: true, info: true, skip_empty_lines: true });
  // Errors are read from parser.errored, synchronously after each write; the event would only repeat them.
  parser.on('error', () => undefined);
  const headerMax = headerLimit(spec.writable);
  let columns: string[] | undefined;
  let read = 0;
  const rows: CsvRow<z.output<S>>[] = [];

  // Records parsed before an error still count: a wrong header is the answer even when the rows do not fit it.
  const take = () => {
    for (let item = parser.read() as { record: string[]; info: Info } | null; item !== null; item = parser.read() as typeof item) {
      if (!columns) {
        checkHeader(item.record, spec.writable);
        columns = item.record;
      } else if (rows.length === spec.maxRows) {
        throw new PayloadTooLargeError(`The file has more than ${spec.maxRows} rows; at most ${spec.maxRows} are imported at once`);
      } else {
        rows.push(toRow(columns, item.record, item.info, spec.schema));
      }
    }
    if (parser.errored) throw malformed(parser.errored);
    if (!columns && read > headerMax) throw headerTooLong(spec.writable);
  };

  for await (const chunk of text) {
    let at = 0;
    while (at < chunk.length) {
      // Until the header is complete, no more than a header can hold goes into the parser.
      const slice = chunk.slice(at, at + (columns ? SLICE : Math.min(SLICE, headerMax + 1 - read)));
      at += slice.length;
      read += slice.length;
      parser.write(slice);
      take();
      await nextTurn();
    }
  }
  parser.end();
  // The last record comes out of the parser's flush, which runs once the write side finishes.
  await finished(parser, { readable: false }).catch(() => undefined);
  take();
  if (!columns) checkHeader([], spec.writable);
  return rows;
}
