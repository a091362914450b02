import { ATTENDANCE_STATUSES, type PersonDayCodes, type PersonRecordsFilter } from '../../core/attendance';
import { codeMatches, RECORD_FACTS, recordCode } from '../../core/attendance-codes';
import { daysBetween } from '../../core/work-calendar/dates';
import { PLAN_EACH_TIME, type SqlClient } from './sql-client';

/** chr(64 + day of the month) in the marks (migration 010): the first of the month is this code. */
const FIRST_DAY = 65;

/** A mark's second character (a status's first letter, upper case when open) as its record code; 0 for any other. */
const CODE_OF = new Uint8Array(128);
for (const status of ATTENDANCE_STATUSES) {
  CODE_OF[status.toLowerCase().charCodeAt(0)] = recordCode(status, false);
  CODE_OF[status.toUpperCase().charCodeAt(0)] = recordCode(status, true);
}

const monthNumber = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
const firstOfMonth = (number: number) => `${Math.floor(number / 12)}-${String((number % 12) + 1).padStart(2, '0')}-01`;

/**
 * The range's people from the month table (attendance_months): one row per
 * person and month, where the records themselves are a row each, so months
 * of everyone read a few thousand short rows instead of hundreds of thousands.
 * The rows come ungrouped: grouping them by person in the query took it longer
 * than the read itself, and here it is a look-up per row.
 */
export async function dayCodesByPerson(sql: SqlClient, filter: PersonRecordsFilter): Promise<PersonDayCodes[]> {
  const width = daysBetween(filter.from, filter.to);
  if (width <= 0) return [];
  const first = monthNumber(filter.from);
  const rows = await sql.query<{ employee_id: string; month: number; marks: string }>(
    `SELECT employee_id, extract(year FROM month)::int * 12 + extract(month FROM month)::int - 1 - $6::int AS month, marks
     FROM attendance_months
     WHERE month BETWEEN $1::date AND $2::date AND marks <> ''
       AND ($3::text[] IS NULL OR team_id = ANY ($3::text[]))
       AND ($4::text IS NULL OR employee_id = $4::text)
       AND ($5::text[] IS NULL OR employee_id = ANY ($5::text[]))`,
    [firstOfMonth(first), filter.to, filter.team_ids, filter.employee_id ?? null, filter.employee_ids ?? null, first],
    PLAN_EACH_TIME,
  );
  // Where each month of the range starts, in days from `from` (the first is at or before it).
  const starts = Array.from({ length: monthNumber(filter.to) - first + 1 }, (_, k) => daysBetween(filter.from, firstOfMonth(first + k)) - 1);
  // One buffer for everyone, a view each: thousands of small arrays, each with a buffer of its own, kept the collector busy.
  const rowOf = new Map<string, number>();
  for (const { employee_id } of rows) if (!rowOf.has(employee_id)) rowOf.set(employee_id, rowOf.size);
  const codes = new Uint8Array(width * rowOf.size);
  const recorded = new Uint8Array(rowOf.size);
  // A status or open records only: the months hold every record, so the others are left out here (the filtered read of the records scanned as many).
  const wanted = RECORD_FACTS.map((_, code) => codeMatches(code, filter));
  for (const { employee_id, month, marks } of rows) {
    const row = rowOf.get(employee_id)!;
    const start = starts[month]!;
    for (let at = 0; at < marks.length; at += 2) {
      const i = start + marks.charCodeAt(at) - FIRST_DAY;
      const code = CODE_OF[marks.charCodeAt(at + 1)]!;
      if (i >= 0 && i < width && wanted[code]) {
        codes[row * width + i] = code;
        recorded[row] = 1;
      }
    }
  }
  return [...rowOf].flatMap(([employee_id, row]) => (recorded[row] === 1 ? [{ employee_id, codes: codes.subarray(row * width, (row + 1) * width) }] : []));
}
