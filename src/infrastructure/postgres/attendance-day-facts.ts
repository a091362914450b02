import type { TeamDayFacts } from '../../core/work-calendar/absence-rule';
import { PLAN_EACH_TIME, type SqlExecutor } from './sql-client';
import { EMPLOYED_IN_PERIOD } from './team-memberships';

type Row = { team_id: string; date: string; headcount: string; present: string; late: string; half_day: string; absent: string; open_records: string };

/**
 * One aggregate query: the headcount from membership periods and employment
 * dates, the records by status and the open ones, per team and day. The
 * rule that turns them into figures is the core's.
 */
export async function dailyFacts(sql: SqlExecutor, from: string, to: string, teamIds: string[] | null): Promise<{ teamIds: string[]; facts: TeamDayFacts[] }> {
  const rows = await sql.query<Row>(
    `WITH team_list AS (
       SELECT team_id FROM teams WHERE $3::text[] IS NULL OR team_id = ANY ($3::text[])
     ), days AS (
       SELECT d::date AS date FROM generate_series($1::date, $2::date, interval '1 day') AS d
     ), heads AS (
       SELECT p.team_id, d.date, count(*) AS headcount
       FROM team_memberships p
       JOIN team_list t ON t.team_id = p.team_id
       JOIN employees e ON e.employee_id = p.employee_id
       JOIN days d ON ${EMPLOYED_IN_PERIOD('d.date')}
       WHERE p.from_date <= $2::date AND (p.to_date IS NULL OR p.to_date >= $1::date)
       GROUP BY p.team_id, d.date
     ), records AS (
       SELECT a.team_id, a.attendance_date AS date,
              count(*) FILTER (WHERE a.status = 'present') AS present,
              count(*) FILTER (WHERE a.status = 'late') AS late,
              count(*) FILTER (WHERE a.status = 'half-day') AS half_day,
              count(*) FILTER (WHERE a.status = 'absent') AS absent,
              count(*) FILTER (WHERE a.check_in_time IS NOT NULL AND a.check_out_time IS NULL) AS open_records
       FROM attendance a JOIN team_list t ON t.team_id = a.team_id
       WHERE a.attendance_date BETWEEN $1::date AND $2::date
       GROUP BY a.team_id, a.attendance_date
     )
     SELECT t.team_id, to_char(d.date, 'YYYY-MM-DD') AS date, coalesce(h.headcount, 0) AS headcount,
            coalesce(r.present, 0) AS present, coalesce(r.late, 0) AS late, coalesce(r.half_day, 0) AS half_day,
            coalesce(r.absent, 0) AS absent, coalesce(r.open_records, 0) AS open_records
     FROM team_list t CROSS JOIN days d
     LEFT JOIN heads h ON h.team_id = t.team_id AND h.date = d.date
     LEFT JOIN records r ON r.team_id = t.team_id AND r.date = d.date
     ORDER BY t.team_id, d.date`,
    [from, to, teamIds],
    PLAN_EACH_TIME,
  );
  const facts = rows.map((row) => ({
    team_id: row.team_id,
    date: row.date,
    headcount: Number(row.headcount),
    present: Number(row.present),
    late: Number(row.late),
    half_day: Number(row.half_day),
    absent: Number(row.absent),
    open_records: Number(row.open_records),
  }));
  return { teamIds: [...new Set(facts.map((f) => f.team_id))], facts };
}
