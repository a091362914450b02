import { ATTENDANCE_STATUSES, type AttendanceStatus, type PersonRecords, type PersonRecordsFilter } from '../../core/attendance';
import { datesBetween } from '../../core/work-calendar/dates';
import { PLAN_EACH_TIME, type SqlExecutor } from './sql-client';

type Row = { employee_id: string; days: number[]; marks: string; hours: string | null; hours_days: string };

/** Each status by its first letter, which tells them apart. */
const STATUS_OF = new Map<string, AttendanceStatus>(ATTENDANCE_STATUSES.map((s) => [s.charAt(0), s]));
// A new status sharing a first letter would be read back as another: fail at load, not with wrong figures.
if (STATUS_OF.size !== ATTENDANCE_STATUSES.length) throw new Error('attendance statuses need distinct first letters for recordsByPerson');

/**
 * One query grouped by employee: each person's records of the range as day
 * offsets and two marks a record (the status's first letter, then 1 when the
 * record is open), both in the same row order, and their hours. Far fewer
 * rows and values than the records themselves; what they count as is the core's.
 */
export async function recordsByPerson(sql: SqlExecutor, filter: PersonRecordsFilter): Promise<PersonRecords[]> {
  const rows = await sql.query<Row>(
    `SELECT employee_id,
            array_agg(attendance_date - $1::date) AS days,
            string_agg(left(status, 1) || CASE WHEN check_in_time IS NOT NULL AND check_out_time IS NULL THEN '1' ELSE '0' END, '') AS marks,
            sum(hours_worked) AS hours, count(hours_worked) AS hours_days
     FROM attendance
     WHERE attendance_date BETWEEN $1::date AND $2::date
       AND ($3::text[] IS NULL OR team_id = ANY ($3::text[]))
       AND ($4::text IS NULL OR employee_id = $4::text)
       AND ($5::text IS NULL OR status = $5::text)
       AND (NOT $6::boolean OR (check_in_time IS NOT NULL AND check_out_time IS NULL))
     GROUP BY employee_id`,
    [filter.from, filter.to, filter.team_ids, filter.employee_id ?? null, filter.status ?? null, filter.open === true],
    PLAN_EACH_TIME,
  );
  const range = datesBetween(filter.from, filter.to);
  return rows.map((row) => {
    const order = row.days.map((_, i) => i).sort((a, b) => row.days[a]! - row.days[b]!);
    return {
      employee_id: row.employee_id,
      dates: order.map((i) => range[row.days[i]!]!),
      statuses: order.map((i) => STATUS_OF.get(row.marks.charAt(2 * i))!),
      open: order.map((i) => row.marks.charAt(2 * i + 1) === '1'),
      hours: row.hours === null ? 0 : Number(row.hours),
      hours_days: Number(row.hours_days),
    };
  });
}
