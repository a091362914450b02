import { ValidationError } from '../core/errors';

/** Why a column may not be imported, for the ones clients most often send. A Map, as a client's column may be "constructor". */
const READ_ONLY_COLUMNS = new Map([
  ['final_score', 'is computed by the service'],
  ['employee_name', "is copied from the employee's record"],
  ['hours_worked', 'is computed from the check-in and check-out times'],
  ['team_id', "is copied from the employee's team"],
  ['created_at', 'is set by the service'],
  ['updated_at', 'is set by the service'],
]);

/** Unknown columns named one by one; the rest are counted, so the answer stays small whatever the header holds. */
const NAMED_COLUMNS = 10;
/** A column name is echoed back at most this long: an error entry stays well under 1 KB. */
const ECHOED_NAME_LENGTH = 100;

const echo = (name: string) => (name.length > ECHOED_NAME_LENGTH ? `${name.slice(0, ECHOED_NAME_LENGTH)}…` : name);

/**
 * The most characters of a header read before it must be complete: twice what
 * this import's columns take quoted, with room for a few read-only columns,
 * so that their 422 can name them. Anything longer names more than there is,
 * and is refused without reading the rest of it.
 */
export function headerLimit(writable: readonly string[]): number {
  return 2 * writable.reduce((sum, column) => sum + column.length + 3, 0) + 256;
}

export function headerTooLong(writable: readonly string[]): ValidationError {
  const message = `The header row is longer than this import's columns can make it: it names more columns than the import has, or unknown ones; the columns are: ${writable.join(', ')}`;
  return ValidationError.field('header', message);
}

/** The header names writable columns only, each once. */
export function checkHeader(columns: readonly string[], writable: readonly string[]): void {
  if (columns.length === 0) throw ValidationError.field('file', 'is empty: the first line must name the columns');
  const bad = columns.filter((column) => !writable.includes(column));
  if (bad.length === 0 && columns.length > writable.length) {
    throw ValidationError.field('header', `has ${columns.length} columns; this import has ${writable.length}, each at most once: ${writable.join(', ')}`);
  }
  if (bad.length === 0) return;
  const named = bad.slice(0, NAMED_COLUMNS);
  const more = bad.length - named.length;
  throw new ValidationError(
    `Unknown or read-only column(s): ${named.map(echo).join(', ')}${more > 0 ? ` and ${more} more` : ''}; the columns of this import are: ${writable.join(', ')}`,
    named.map((column) => {
      const why = READ_ONLY_COLUMNS.get(column);
      return { field: echo(column), message: why ? `${why} and may not be imported` : 'is not a column of this import' };
    }),
  );
}
