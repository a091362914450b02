import { ATTENDANCE_STATUSES, type AttendanceStatus, type PersonRecords, type PersonRecordsFilter } from '../../core/attendance';
import { datesBetween } from '../../core/work-calendar/dates';
import { PLAN_EACH_TIME, type SqlClient, type SqlExecutor } from './sql-client';

type Row = { employee_id: string; marks: string; hours: string | null; hours_days: string };

/** Each status by its first letter, which tells them apart. */
const STATUS_OF = new Map<string, AttendanceStatus>(ATTENDANCE_STATUSES.map((s) => [s.charAt(0), s]));
// A new status sharing a first letter would be read back as another: fail at load, not with wrong figures.
if (STATUS_OF.size !== ATTENDANCE_STATUSES.length) throw new Error('attendance statuses need distinct first letters for recordsByPerson');

/**
 * A record's day is one character, its offset in the range above this code
 * point: one string a person parses far faster than an integer array (which
 * pg parses number by number, most of a long range's cost). Code points from
 * U+D800 are surrogates, not characters, so a longer range is read in parts.
 */
const DAY_CODE_BASE = 32;
const MOST_DAYS = 0xd800 - DAY_CODE_BASE - 1;

/** Enough to hash everyone's marks of half a year in memory. */
const WORK_MEM = '32MB';
/** From this many days, the hashed groups outgrow the default work_mem: a week's read took as long either way, a month's a third less with room. */
const ROOMY_FROM_DAYS = 15;

/**
 * One query grouped by employee: each person's records of the range in date
 * order as three characters a record (the day, the status's first letter, then
 * 1 when the record is open), and their hours. Far fewer rows and values than
 * the records themselves; what they count as is the core's.
 */
export async function recordsByPerson(sql: SqlClient, filter: PersonRecordsFilter): Promise<PersonRecords[]> {
  const range = datesBetween(filter.from, filter.to);
  if (range.length <= MOST_DAYS) return recordsInRange(sql, filter, range);
  const parts: PersonRecords[][] = [];
  for (let start = 0; start < range.length; start += MOST_DAYS) {
    const part = range.slice(start, start + MOST_DAYS);
    parts.push(await recordsInRange(sql, { ...filter, from: part[0]!, to: part[part.length - 1]! }, part));
  }
  return joinParts(parts);
}

/** Each person's parts in range order, as one. */
function joinParts(parts: PersonRecords[][]): PersonRecords[] {
  const joined = new Map<string, PersonRecords>();
  for (const person of parts.flat()) {
    const seen = joined.get(person.employee_id);
    if (seen === undefined) joined.set(person.employee_id, { ...person });
    else
      joined.set(person.employee_id, {
        ...seen,
        dates: [...seen.dates, ...person.dates],
        statuses: [...seen.statuses, ...person.statuses],
        open: [...seen.open, ...person.open],
        hours: seen.hours + person.hours,
        hours_days: seen.hours_days + person.hours_days,
      });
  }
  return [...joined.values()];
}

async function recordsInRange(sql: SqlClient, filter: PersonRecordsFilter, range: readonly string[]): Promise<PersonRecords[]> {
  // Each person's marks in no order, put in order here: sorting every group by date took the server as long as the rest of
  // the read. A long range's groups are hashed in memory (about 10 MB of them over everyone; the default 4 MB spilled to
  // disk); a short range's fit, and the transaction that gives them room would cost more than it saves.
  const read = (tx: SqlExecutor) =>
    tx.query<Row>(
      `SELECT employee_id,
            string_agg(chr(${DAY_CODE_BASE} + (attendance_date - $1::date))
                       || left(status, 1)
                       || CASE WHEN check_in_time IS NOT NULL AND check_out_time IS NULL THEN '1' ELSE '0' END,
                       '') AS marks,
            sum(hours_worked) AS hours, count(hours_worked) AS hours_days
     FROM attendance
     WHERE attendance_date BETWEEN $1::date AND $2::date
       AND ($3::text[] IS NULL OR team_id = ANY ($3::text[]))
       AND ($4::text IS NULL OR employee_id = $4::text)
       AND ($5::text IS NULL OR status = $5::text)
       AND (NOT $6::boolean OR (check_in_time IS NOT NULL AND check_out_time IS NULL))
       AND ($7::text[] IS NULL OR employee_id = ANY ($7::text[]))
     GROUP BY employee_id`,
      [filter.from, filter.to, filter.team_ids, filter.employee_id ?? null, filter.status ?? null, filter.open === true, filter.employee_ids ?? null],
      PLAN_EACH_TIME,
    );
  const rows =
    range.length < ROOMY_FROM_DAYS
      ? await read(sql)
      : await sql.transaction(async (tx) => {
          await tx.query(`SET LOCAL work_mem = '${WORK_MEM}'`);
          return read(tx);
        });
  return rows.map((row) => {
    const { marks } = row;
    const order = inDateOrder(marks);
    const count = marks.length / 3;
    // Sized once: grown record by record, a range over everyone left as much garbage again.
    const dates = new Array<string>(count);
    const statuses = new Array<AttendanceStatus>(count);
    const open = new Array<boolean>(count);
    for (let k = 0; k < count; k++) {
      const at = order === null ? 3 * k : order[k]!;
      dates[k] = range[marks.charCodeAt(at) - DAY_CODE_BASE]!;
      statuses[k] = STATUS_OF.get(marks.charAt(at + 1))!;
      open[k] = marks.charAt(at + 2) === '1';
    }
    return { employee_id: row.employee_id, dates, statuses, open, hours: row.hours === null ? 0 : Number(row.hours), hours_days: Number(row.hours_days) };
  });
}

/** Where each of a person's marks starts, by date (one record a day), or null when they are in date order already, as a table's rows mostly are. */
function inDateOrder(marks: string): number[] | null {
  let sorted = true;
  for (let at = 3; at < marks.length && sorted; at += 3) sorted = marks.charCodeAt(at) > marks.charCodeAt(at - 3);
  if (sorted) return null;
  const starts = Array.from({ length: marks.length / 3 }, (_, k) => 3 * k);
  return starts.sort((a, b) => marks.charCodeAt(a) - marks.charCodeAt(b));
}

/** The first and last dates of the employee's records; null when they have none. */
export async function dateSpan(sql: SqlClient, employeeId: string): Promise<{ first: string; last: string } | null> {
  const [row] = await sql.query<{ first: string | null; last: string | null }>(
    'SELECT min(attendance_date) AS first, max(attendance_date) AS last FROM attendance WHERE employee_id = $1',
    [employeeId],
  );
  return row?.first && row.last ? { first: row.first, last: row.last } : null;
}

/** The oldest record's date; null when there are no records. */
export async function earliestDate(sql: SqlClient): Promise<string | null> {
  const [row] = await sql.query<{ first: string | null }>('SELECT min(attendance_date) AS first FROM attendance');
  return row?.first ?? null;
}
