import type { Membership, TeamPeriod } from '../../core/work-calendar/team-period';
import type { SqlExecutor } from './sql-client';

/** Membership periods: the SQL every employee write shares, inside the caller's transaction. */

export async function openFirstPeriods(tx: SqlExecutor, employees: readonly { employee_id: string; team_id: string; hire_date: string }[]): Promise<void> {
  if (employees.length === 0) return;
  await tx.query(
    `INSERT INTO team_memberships (employee_id, from_date, to_date, team_id)
     SELECT employee_id, from_date, NULL, team_id FROM unnest($1::text[], $2::date[], $3::text[]) AS n(employee_id, from_date, team_id)`,
    [employees.map((e) => e.employee_id), employees.map((e) => e.hire_date), employees.map((e) => e.team_id)],
  );
}

/**
 * Team changes effective `today`: an open period that starts on or after
 * today just changes team (no empty or back-dated period); any other is
 * closed the day before and a new one opens today. Unchanged teams are left alone.
 */
export async function moveTeams(tx: SqlExecutor, moves: readonly { employee_id: string; team_id: string }[], today: string): Promise<void> {
  if (moves.length === 0) return;
  const params = [moves.map((m) => m.employee_id), moves.map((m) => m.team_id), today];
  // Pending leave goes with the employee: the new team's manager decides it.
  await tx.query(
    `UPDATE leave_requests r SET team_id = m.team_id
     FROM unnest($1::text[], $2::text[]) AS m(employee_id, team_id)
     WHERE r.employee_id = m.employee_id AND r.status = 'pending' AND r.team_id <> m.team_id`,
    params.slice(0, 2),
  );
  await tx.query(
    `UPDATE team_memberships p SET team_id = m.team_id
     FROM unnest($1::text[], $2::text[]) AS m(employee_id, team_id)
     WHERE p.employee_id = m.employee_id AND p.to_date IS NULL AND p.team_id <> m.team_id AND p.from_date >= $3::date`,
    params,
  );
  const closed = await tx.query<{ employee_id: string; team_id: string }>(
    `UPDATE team_memberships p SET to_date = $3::date - 1
     FROM unnest($1::text[], $2::text[]) AS m(employee_id, team_id)
     WHERE p.employee_id = m.employee_id AND p.to_date IS NULL AND p.team_id <> m.team_id AND p.from_date < $3::date
     RETURNING p.employee_id, m.team_id`,
    params,
  );
  if (closed.length === 0) return;
  await tx.query(
    `INSERT INTO team_memberships (employee_id, from_date, to_date, team_id)
     SELECT employee_id, $3::date, NULL, team_id FROM unnest($1::text[], $2::text[]) AS n(employee_id, team_id)`,
    [closed.map((c) => c.employee_id), closed.map((c) => c.team_id), today],
  );
}

/** A new hire date moves the start of the first period with it. */
export async function moveFirstStarts(tx: SqlExecutor, starts: readonly { employee_id: string; hire_date: string }[]): Promise<void> {
  if (starts.length === 0) return;
  await tx.query(
    `UPDATE team_memberships p SET from_date = s.hire_date
     FROM unnest($1::text[], $2::date[]) AS s(employee_id, hire_date)
     WHERE p.employee_id = s.employee_id AND p.from_date <> s.hire_date
       AND p.from_date = (SELECT min(f.from_date) FROM team_memberships f WHERE f.employee_id = s.employee_id)`,
    [starts.map((s) => s.employee_id), starts.map((s) => s.hire_date)],
  );
}

export async function teamPeriods(sql: SqlExecutor, employeeId: string): Promise<TeamPeriod[]> {
  return sql.query<TeamPeriod>(
    `SELECT team_id, to_char(from_date, 'YYYY-MM-DD') AS "from", to_char(to_date, 'YYYY-MM-DD') AS "to"
     FROM team_memberships WHERE employee_id = $1 ORDER BY from_date`,
    [employeeId],
  );
}

export async function membershipsBetween(sql: SqlExecutor, from: string, to: string, teamIds: string[] | null): Promise<Membership[]> {
  return sql.query<Membership>(
    `SELECT employee_id, team_id, to_char(first, 'YYYY-MM-DD') AS "from", to_char(last, 'YYYY-MM-DD') AS "to"
     FROM (SELECT p.employee_id, p.team_id,
             GREATEST(p.from_date, e.hire_date, $1::date) AS first,
             LEAST(COALESCE(p.to_date, $2::date), COALESCE(e.end_date, $2::date), $2::date) AS last
           FROM team_memberships p JOIN employees e ON e.employee_id = p.employee_id
           WHERE p.from_date <= $2::date AND (p.to_date IS NULL OR p.to_date >= $1::date)
             AND ($3::text[] IS NULL OR p.team_id = ANY ($3::text[]))) m
     WHERE first <= last`,
    [from, to, teamIds],
  );
}
