import type { LeaveKind, PeopleCount, TeamDayFacts } from '../../core/work-calendar/absence-rule';
import { PLAN_EACH_TIME, type SqlExecutor } from './sql-client';

type LeaveCounts = Partial<Record<LeaveKind, { people: number | string; attended: number | string; recorded: number | string }>>;
type Row = {
  team_id: string;
  date: string;
  headcount: string;
  present: string;
  late: string;
  half_day: string;
  absent: string;
  open_records: string;
  leave: LeaveCounts | null;
};

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
     ), spans AS (
       -- Each period's days within the range and the employment dates (LEAST and GREATEST skip NULLs: open ends).
       SELECT p.team_id, greatest(p.from_date, e.hire_date, $1::date) AS first_day, least(p.to_date, e.end_date, $2::date) AS last_day
       FROM team_memberships p
       JOIN team_list t ON t.team_id = p.team_id
       JOIN employees e ON e.employee_id = p.employee_id
       WHERE p.from_date <= $2::date AND (p.to_date IS NULL OR p.to_date >= $1::date)
     ), changes AS (
       -- The headcount changes only where a span starts or ends: a running sum of these gives each day's,
       -- so the cost follows the periods, not periods times days.
       SELECT team_id, date, sum(change) AS change FROM (
         SELECT team_id, first_day AS date, 1 AS change FROM spans WHERE first_day <= last_day
         UNION ALL
         SELECT team_id, last_day + 1, -1 FROM spans WHERE first_day <= last_day AND last_day < $2::date
       ) AS c
       GROUP BY team_id, date
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
     ), approved AS MATERIALIZED (
       -- Planned on its own, so the partial index on the last day serves it (joined in, the planner preferred walking
       -- every request of the year in employee order). No request is longer than 366 days: a bounded index range.
       SELECT employee_id, from_date, to_date, half_day FROM leave_requests
       WHERE status = 'approved' AND to_date BETWEEN $1::date AND $2::date + 366 AND from_date <= $2::date
     ), leave_people AS (
       -- Each person's approved leave per day, as combinedLeave has it: a whole day, or both halves, is 'day'.
       SELECT r.employee_id, d::date AS date,
              CASE WHEN bool_or(r.half_day IS NULL) OR count(DISTINCT r.half_day) = 2 THEN 'day' ELSE min(r.half_day) END AS kind
       FROM approved r
       CROSS JOIN LATERAL generate_series(greatest(r.from_date, $1::date), least(r.to_date, $2::date), interval '1 day') AS d
       GROUP BY r.employee_id, d::date
     ), leave_counts AS (
       SELECT team_id, date, jsonb_object_agg(kind, jsonb_build_object('people', people, 'attended', attended, 'recorded', recorded)) AS leave
       FROM (
         SELECT p.team_id, l.date, l.kind, count(*) AS people, count(a.status) AS recorded,
                count(*) FILTER (WHERE a.status IN ('present', 'late', 'half-day')) AS attended
         FROM leave_people l
         -- Looked up per person on leave (a few hundred a week), by key: joined whole, every period and employee was sorted.
         CROSS JOIN LATERAL (
           SELECT p.team_id FROM team_memberships p JOIN employees e ON e.employee_id = p.employee_id
           WHERE p.employee_id = l.employee_id AND p.from_date <= l.date AND (p.to_date IS NULL OR p.to_date >= l.date)
             AND e.hire_date <= l.date AND (e.end_date IS NULL OR e.end_date >= l.date)
         ) AS p
         JOIN team_list t ON t.team_id = p.team_id
         LEFT JOIN attendance a ON a.employee_id = l.employee_id AND a.attendance_date = l.date
         GROUP BY p.team_id, l.date, l.kind
       ) AS k
       GROUP BY team_id, date
     )
     SELECT t.team_id, to_char(d.date, 'YYYY-MM-DD') AS date,
            sum(coalesce(c.change, 0)) OVER (PARTITION BY t.team_id ORDER BY d.date) AS headcount,
            coalesce(r.present, 0) AS present, coalesce(r.late, 0) AS late, coalesce(r.half_day, 0) AS half_day,
            coalesce(r.absent, 0) AS absent, coalesce(r.open_records, 0) AS open_records, l.leave
     FROM team_list t CROSS JOIN days d
     LEFT JOIN changes c ON c.team_id = t.team_id AND c.date = d.date
     LEFT JOIN records r ON r.team_id = t.team_id AND r.date = d.date
     LEFT JOIN leave_counts l ON l.team_id = t.team_id AND l.date = d.date
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
    ...(row.leave !== null && { leave: leaveOf(row.leave) }),
  }));
  return { teamIds: [...new Set(facts.map((f) => f.team_id))], facts };
}

function leaveOf(counts: LeaveCounts): Partial<Record<LeaveKind, PeopleCount>> {
  const leave: Partial<Record<LeaveKind, PeopleCount>> = {};
  for (const [kind, count] of Object.entries(counts) as [LeaveKind, NonNullable<LeaveCounts[LeaveKind]>][]) {
    leave[kind] = { people: Number(count.people), attended: Number(count.attended), recorded: Number(count.recorded) };
  }
  return leave;
}
