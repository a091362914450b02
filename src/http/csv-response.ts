import type { Response } from 'express';

/** Cells that a spreadsheet would run as a formula: text starting with one of these is written with a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell (RFC 4180): numbers as they are, text made formula-safe and quoted when it must be. */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

type Cell = Parameters<typeof csvCell>[0];
const csvLine = (cells: readonly Cell[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** Rows written a chunk at a time, waiting whenever the socket says to: a large export never sits in memory as text. */
const ROWS_PER_WRITE = 200;

export async function sendCsv(res: Response, status: number, columns: readonly string[], rows: Iterable<Record<string, Cell>>, filename?: string): Promise<void> {
  res.status(status).setHeader('Content-Type', 'text/csv; charset=utf-8');
  if (filename !== undefined) res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  let chunk = csvLine(columns);
  let count = 0;
  for (const row of rows) {
    chunk += csvLine(columns.map((column) => row[column]));
    if (++count % ROWS_PER_WRITE === 0) {
      if (!res.write(chunk)) await new Promise<void>((resolve) => res.once('drain', () => resolve()));
      chunk = '';
    }
  }
  res.end(chunk);
}
