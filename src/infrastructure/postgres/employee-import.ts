import { idsNeededPerTeam, numberCreates, parseEmployeeId, type EmployeePatch, type NewEmployee } from '../../core/employee';
import type { SqlExecutor, SqlParam } from './sql-client';
import { openFirstPeriods } from './team-memberships';

/**
 * A bulk import's rows, in the caller's transaction: counters moved past
 * given ids, numbers claimed per team for the rest, one multi-row INSERT and
 * one UPDATE … FROM unnest. Returns the creates with their ids.
 */
export async function writeEmployeeImport(
  tx: SqlExecutor,
  creates: NewEmployee[],
  updates: { employee_id: string; patch: EmployeePatch }[],
): Promise<(NewEmployee & { employee_id: string })[]> {
  const given = creates.filter((c) => c.employee_id !== undefined);
  if (given.length > 0) {
    await tx.query(
      `INSERT INTO employee_id_counters (team_id, last_number)
       SELECT team_id, max(number) FROM unnest($1::text[], $2::bigint[]) AS g(team_id, number) GROUP BY team_id
       ON CONFLICT (team_id) DO UPDATE SET last_number = GREATEST(employee_id_counters.last_number, EXCLUDED.last_number)`,
      [given.map((c) => c.team_id), given.map((c) => String(parseEmployeeId(c.employee_id!)!.number))],
    );
  }
  const perTeam = idsNeededPerTeam(creates);
  const claimed = new Map<string, number>();
  if (perTeam.size > 0) {
    const rows = await tx.query<{ team_id: string; last_number: string }>(
      `INSERT INTO employee_id_counters (team_id, last_number) SELECT * FROM unnest($1::text[], $2::bigint[])
       ON CONFLICT (team_id) DO UPDATE SET last_number = employee_id_counters.last_number + EXCLUDED.last_number
       RETURNING team_id, last_number`,
      [[...perTeam.keys()], [...perTeam.values()].map(String)],
    );
    for (const row of rows) claimed.set(row.team_id, Number(row.last_number) - perTeam.get(row.team_id)! + 1);
  }
  const numbered = numberCreates(creates, claimed);
  if (numbered.length > 0) {
    const column = <K extends keyof NewEmployee>(key: K) => numbered.map((c) => c[key] as SqlParam);
    await tx.query(
      `INSERT INTO employees (employee_id, name, email, team_id, position, job_title, status, hire_date, end_date)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::date[])`,
      [
        column('employee_id'),
        column('name'),
        column('email'),
        column('team_id'),
        column('position'),
        column('job_title'),
        column('status'),
        column('hire_date'),
        column('end_date'),
      ] as SqlParam[],
    );
    await openFirstPeriods(tx, numbered);
  }
  if (updates.length > 0) {
    const field = (key: keyof EmployeePatch) => updates.map((u) => u.patch[key] ?? null);
    // Empty CSV cells mean "not given": COALESCE keeps the stored value. The end date is always settled by the service.
    await tx.query(
      `UPDATE employees e SET
         name = COALESCE(u.name, e.name), email = COALESCE(u.email, e.email), team_id = COALESCE(u.team_id, e.team_id),
         position = COALESCE(u.position, e.position), job_title = COALESCE(u.job_title, e.job_title),
         status = COALESCE(u.status, e.status), hire_date = COALESCE(u.hire_date, e.hire_date),
         end_date = CASE WHEN u.end_given = 1 THEN u.end_date ELSE e.end_date END, updated_at = now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::date[], $10::int[])
         AS u(employee_id, name, email, team_id, position, job_title, status, hire_date, end_date, end_given)
       WHERE e.employee_id = u.employee_id`,
      [
        updates.map((u) => u.employee_id),
        field('name'),
        field('email'),
        field('team_id'),
        field('position'),
        field('job_title'),
        field('status'),
        field('hire_date'),
        field('end_date'),
        updates.map((u) => (u.patch.end_date !== undefined ? 1 : 0)),
      ],
    );
  }
  return numbered;
}
