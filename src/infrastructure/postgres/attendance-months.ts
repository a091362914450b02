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

/** chr(FIRST_MONTH + the month's place in the range) before each row's marks. */
const FIRST_MONTH = 65;
/** Between an id and its month (ids are letters, a hyphen and digits; marks are letters and a few signs after them). */
const AFTER_ID = ' ';
const BETWEEN_ROWS = '|';
/** At most this many reads of one range at once (a machine's few cores; a pool's connections are for other requests too). */
const SPANS = 3;

/**
 * The month table's rows of the months `from` to `to` (firsts of months) as
 * one string: id, the month's place after `first` (a month number), marks;
 * row after row, ungrouped. The month's place comes from date_part (double
 * precision): extract's numeric took longer.
 */
async function spanText(sql: SqlClient, from: number, to: number, first: number, filter: PersonRecordsFilter): Promise<string> {
  const [row] = await sql.query<{ rows: string | null }>(
    `SELECT string_agg(employee_id || '${AFTER_ID}' || chr(${FIRST_MONTH} + (date_part('year', month) * 12 + date_part('month', month))::int - 1 - $6::int) || marks, '${BETWEEN_ROWS}') AS rows
     FROM attendance_months
     WHERE month BETWEEN $1::date AND $2::date AND marks <> ''
       AND ($3::text[] IS NULL OR team_id = ANY ($3::text[]))
       AND ($4::text IS NULL OR employee_id = $4::text)
       AND ($5::text[] IS NULL OR employee_id = ANY ($5::text[]))`,
    [firstOfMonth(from), firstOfMonth(to), filter.team_ids, filter.employee_id ?? null, filter.employee_ids ?? null, first],
    PLAN_EACH_TIME,
  );
  return row?.rows ?? '';
}

/**
 * The range's people from the month table (attendance_months): one row per
 * person and month, where the records themselves are a row each, so months
 * of everyone read a few thousand short rows instead of hundreds of thousands.
 * They come as strings (parsing thousands of rows of three fields took longer
 * than the read itself, and grouping them by person in the query longer
 * still), a few spans of months read at once: PostgreSQL builds each on a
 * connection (and a core) of its own, and the spans that came first are split
 * into rows here while the later ones are being built.
 */
export async function dayCodesByPerson(sql: SqlClient, filter: PersonRecordsFilter): Promise<PersonDayCodes[]> {
  const width = daysBetween(filter.from, filter.to);
  if (width <= 0) return [];
  const first = monthNumber(filter.from);
  const months = monthNumber(filter.to) - first + 1;
  const spans = Math.min(SPANS, months);
  const texts = Array.from({ length: spans }, (_, j) =>
    spanText(sql, first + Math.floor((j * months) / spans), first + Math.floor(((j + 1) * months) / spans) - 1, first, filter),
  );
  // A failed read is thrown where it is awaited below; one after it is then never awaited, and must not end the process.
  for (const text of texts) text.catch(() => undefined);
  // Where each month of the range starts, in days from `from` (the first is at or before it).
  const starts = Array.from({ length: months }, (_, k) => daysBetween(filter.from, firstOfMonth(first + k)) - 1);
  // Each row's person, its text, and where its month (then its marks) and its end are in that text: four numbers a row
  // in one growing buffer (a plain array's push of several values was most of the decoding: V8 inlines a push of one only).
  const rowOf = new Map<string, number>();
  let rows = new Int32Array(4 * 1024);
  let length = 0;
  const received: string[] = [];
  for (const pending of texts) {
    const text = await pending;
    received.push(text);
    for (let at = 0; at < text.length;) {
      const id = text.indexOf(AFTER_ID, at);
      const next = text.indexOf(BETWEEN_ROWS, id);
      const end = next === -1 ? text.length : next;
      const employeeId = text.slice(at, id);
      let person = rowOf.get(employeeId);
      if (person === undefined) rowOf.set(employeeId, (person = rowOf.size));
      if (length === rows.length) rows = grown(rows);
      rows[length++] = person;
      rows[length++] = received.length - 1;
      rows[length++] = id + 1;
      rows[length++] = end;
      at = end + 1;
    }
  }
  // One buffer for everyone, a view each: thousands of small arrays, each with a buffer of its own, kept the collector busy.
  const codes = new Uint8Array(width * rowOf.size);
  const recorded = new Uint8Array(rowOf.size);
  // A status or open records only: the months hold every record, so the others are left out here (the filtered read of the records scanned as many).
  const wanted = RECORD_FACTS.map((_, code) => codeMatches(code, filter));
  for (let r = 0; r < length; r += 4) {
    const person = rows[r]!;
    const text = received[rows[r + 1]!]!;
    const month = rows[r + 2]!;
    const end = rows[r + 3]!;
    const start = starts[text.charCodeAt(month) - FIRST_MONTH]!;
    for (let at = month + 1; at < end; at += 2) {
      const i = start + text.charCodeAt(at) - FIRST_DAY;
      const code = CODE_OF[text.charCodeAt(at + 1)]!;
      if (i >= 0 && i < width && wanted[code]) {
        codes[person * width + i] = code;
        recorded[person] = 1;
      }
    }
  }
  const people: PersonDayCodes[] = [];
  for (const [employee_id, person] of rowOf)
    if (recorded[person] === 1) people.push({ employee_id, codes: codes.subarray(person * width, (person + 1) * width) });
  return people;
}

/** Twice the room, the values kept. */
function grown(values: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const larger = new Int32Array(values.length * 2);
  larger.set(values);
  return larger;
}
