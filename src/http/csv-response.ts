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

export type CsvCell = Parameters<typeof csvCell>[0];
const csvLine = (cells: readonly CsvCell[]) => `${cells.map(csvCell).join(',')}\r\n`;

/** Resolves once the socket takes more (true), or once the response is gone, the reader having left (false). */
function writable(res: Response): Promise<boolean> {
  if (res.destroyed) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (open: boolean) => () => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(open);
    };
    const onDrain = done(true);
    const onClose = done(false);
    res.once('drain', onDrain);
    res.once('close', onClose);
  });
}

/**
 * The header, then each page of rows as one write, the next page asked for
 * only once the socket has taken this one: an export is never held whole,
 * neither as rows nor as text. A reader who leaves ends the iteration, so the
 * pages not yet read never are.
 */
export async function sendCsv(
  res: Response,
  status: number,
  columns: readonly string[],
  pages: AsyncIterable<readonly Record<string, CsvCell>[]>,
  filename?: string,
): Promise<void> {
  res.status(status).setHeader('Content-Type', 'text/csv; charset=utf-8');
  if (filename !== undefined) res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.write(csvLine(columns));
  for await (const rows of pages) {
    // Asked after the page is read, so the socket drains meanwhile; writableNeedDrain, not write()'s answer, since it may have drained already.
    if (res.destroyed || (res.writableNeedDrain && !(await writable(res)))) return;
    res.write(rows.map((row) => csvLine(columns.map((column) => row[column]))).join(''));
  }
  res.end();
}
