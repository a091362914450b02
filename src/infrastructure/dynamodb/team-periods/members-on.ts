import type { Employee } from '../../../core/employee';
import type { TableClient } from '../table-client';
import { allTeamIds } from '../team-ids';
import { teamPeriodsUntil, type StoredPeriod } from './period-items';

/** The period covers the date and its employee was employed that day (the copies of the employment dates say so). */
export function employedIn(period: StoredPeriod, date: string): boolean {
  return period.from <= date && (period.to === null || date <= period.to) && period.hire_date <= date && (period.end_date === null || date <= period.end_date);
}

/** Who was employed on a date, in which team: one Query of each team's periods, then the employees by key. */
export async function membersOn(
  table: TableClient,
  date: string,
  teamIds: string[] | null,
  employees: (ids: string[]) => Promise<Employee[]>,
): Promise<{ employee: Employee; team_id: string }[]> {
  const teams = teamIds ?? (await allTeamIds(table));
  const periods = (await Promise.all(teams.map((team) => teamPeriodsUntil(table, team, date)))).flat().filter((p) => employedIn(p, date));
  const byId = new Map((await employees(periods.map((p) => p.employee_id))).map((e) => [e.employee_id, e]));
  return periods
    .flatMap((p) => {
      const employee = byId.get(p.employee_id);
      return employee ? [{ employee, team_id: p.team_id }] : [];
    })
    .sort((a, b) => (a.employee.employee_id < b.employee.employee_id ? -1 : 1));
}
