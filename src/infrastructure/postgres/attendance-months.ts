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

/** Between an id and its marks (ids are letters, a hyphen and digits; marks are letters and a few signs after them). */
const AFTER_ID = ' ';
const BETWEEN_ROWS = '|';
/** At most this many reads of one range at once (a machine's few cores; a pool's connections are for other requests too). */
const SPANS = 3;

/** One month of the table: its place after the range's first month, and its rows as one string. */
interface MonthText {
  place: number;
  rows: string;
}

/**
 * The month table's rows of the months `from` to `to` (month numbers) as one
 * string a month: id and marks, row after row, ungrouped. Grouped by month,
 * the month's place is worked out once a month, not once a row: date_part on
 * every row was a fifth (five months) to a third (one) of building them.
 */
async function spanTexts(sql: SqlClient, from: number, to: number, first: number, filter: PersonRecordsFilter): Promise<MonthText[]> {
  return sql.query<MonthText>(
    `SELECT (date_part('year', month) * 12 + date_part('month', month))::int - 1 - $6::int AS place,
            string_agg(employee_id || '${AFTER_ID}' || marks, '${BETWEEN_ROWS}') AS rows
     FROM attendance_months
     WHERE month BETWEEN $1::date AND $2::date AND marks <> ''
       AND ($3::text[] IS NULL OR team_id = ANY ($3::text[]))
       AND ($4::text IS NULL OR employee_id = $4::text)
       AND ($5::text[] IS NULL OR employee_id = ANY ($5::text[]))
     GROUP BY month`,
    [firstOfMonth(from), firstOfMonth(to), filter.team_ids, filter.employee_id ?? null, filter.employee_ids ?? null, first],
    PLAN_EACH_TIME,
  );
}

/**
 * The range's people from the month table (attendance_months): one row per
 * person and month, where the records themselves are a row each, so months
 * of everyone read a few thousand short rows instead of hundreds of thousands.
 * They come as strings (parsing thousands of rows of three fields took longer
 * than the read itself, and grouping them by person in the query longer
 * still), a few spans of months read at once: PostgreSQL builds each on a
 * connection (and a core) of its own, and the spans that came first are
 * decoded here while the later ones are being built.
 */
export async function dayCodesByPerson(sql: SqlClient, filter: PersonRecordsFilter): Promise<PersonDayCodes[]> {
  const width = daysBetween(filter.from, filter.to);
  if (width <= 0) return [];
  const first = monthNumber(filter.from);
  const months = monthNumber(filter.to) - first + 1;
  const spans = Math.min(SPANS, months);
  const texts = Array.from({ length: spans }, (_, j) =>
    spanTexts(sql, first + Math.floor((j * months) / spans), first + Math.floor(((j + 1) * months) / spans) - 1, first, filter),
  );
  // A failed read is thrown where it is awaited below; one after it is then never awaited, and must not end the process.
  for (const text of texts) text.catch(() => undefined);
  // Where each month of the range starts, in days from `from` (the first is at or before it).
  const starts = Array.from({ length: months }, (_, k) => daysBetween(filter.from, firstOfMonth(first + k)) - 1);
  // A status or open records only: the months hold every record, so the others are left out here (the filtered read of the records scanned as many).
  const wanted = RECORD_FACTS.map((_, code) => codeMatches(code, filter));
  // Everyone's days in one buffer, a person after another in the order first met, grown as people come, so that each
  // row's marks go straight to their person's days in one pass over the text.
  const personOf = new Map<string, number>();
  let codes = new Uint8Array(width * 64);
  let recorded = new Uint8Array(64);
  for (const pending of texts) {
    for (const { place, rows: text } of await pending) {
      const start = starts[place]!;
      for (let at = 0; at < text.length;) {
        const id = text.indexOf(AFTER_ID, at);
        const next = text.indexOf(BETWEEN_ROWS, id);
        const end = next === -1 ? text.length : next;
        const employeeId = text.slice(at, id);
        let person = personOf.get(employeeId);
        if (person === undefined) {
          person = personOf.size;
          personOf.set(employeeId, person);
          if (person === recorded.length) {
            codes = grown(codes);
            recorded = grown(recorded);
          }
        }
        const days = person * width;
        for (let mark = id + 1; mark < end; mark += 2) {
          const i = start + text.charCodeAt(mark) - FIRST_DAY;
          const code = CODE_OF[text.charCodeAt(mark + 1)]!;
          if (i >= 0 && i < width && wanted[code]) {
            codes[days + i] = code;
            recorded[person] = 1;
          }
        }
        at = end + 1;
      }
    }
  }
  // One buffer for everyone, a view each: thousands of small arrays, each with a buffer of its own, kept the collector busy.
  const people: PersonDayCodes[] = [];
  for (const [employee_id, person] of personOf)
    if (recorded[person] === 1) people.push({ employee_id, codes: codes.subarray(person * width, (person + 1) * width) });
  return people;
}

/** Twice the room, the values kept. */
function grown(values: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const larger = new Uint8Array(values.length * 2);
  larger.set(values);
  return larger;
}
