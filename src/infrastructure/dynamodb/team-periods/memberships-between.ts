import type { Membership } from '../../../core/work-calendar/team-period';
import type { TableClient } from '../table-client';
import { allTeamIds } from '../team-ids';
import { teamPeriodsUntil, type StoredPeriod } from './period-items';

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The part of from … to that the period covers within its employee's employment (the copies of the employment dates say so); null when none. */
function clipped(period: StoredPeriod, from: string, to: string): Membership | null {
  const first = later(later(period.from, period.hire_date), from);
  const last = earlier(earlier(period.to ?? to, period.end_date ?? to), to);
  return first <= last ? { employee_id: period.employee_id, team_id: period.team_id, from: first, to: last } : null;
}

/** Who belonged to which team over a range: one Query of each team's periods that start by its end. */
export async function membershipsBetween(table: TableClient, from: string, to: string, teamIds: string[] | null): Promise<Membership[]> {
  const teams = teamIds ?? (await allTeamIds(table));
  const periods = (await Promise.all(teams.map((team) => teamPeriodsUntil(table, team, to)))).flat();
  return periods.flatMap((period) => clipped(period, from, to) ?? []);
}
