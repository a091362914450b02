/**
 * Approved leave in the day facts (TeamDayFacts.leave), counted as on
 * PostgreSQL: each person's approved halves of a day combined (two halves
 * make a day), on days they were employed, in the team their membership
 * period puts them in that day, with whether they came (a present, late or
 * half-day record) and whether they have any record.
 */
import { attends, combinedLeave, type LeaveKind, type PeopleCount } from '../../../core/work-calendar/absence-rule';
import { datesBetween } from '../../../core/work-calendar/dates';
import type { Half } from '../../../core/work-calendar/holiday';
import type { TableClient } from '../table-client';
import { mapLimited } from '../limited';
import { keys } from '../key-design';
import { employedIn } from '../team-periods/employed-in';
import type { StoredPeriod } from '../team-periods/period-items';
import { QUERY_CONCURRENCY, approvedOfTeams, employeeRequests } from './leave-reads';

export type DayLeave = Partial<Record<LeaveKind, PeopleCount>>;

/**
 * Per team and date ("<team>|<date>"), the leave of the people of these
 * periods (the teams' own, as the headcount reads them). A person's leave is
 * read from their partition: a request is indexed under the team it was
 * filed in, which need not be the team of the day. When every team is
 * asked, every team's approved leave (GSI3) holds them all, in a few Queries
 * instead of one per person.
 */
export async function leaveByTeamDay(
  table: TableClient,
  from: string,
  to: string,
  periods: readonly StoredPeriod[],
  everyTeam: readonly string[] | null,
): Promise<Map<string, DayLeave>> {
  const periodsOf = new Map<string, StoredPeriod[]>();
  for (const p of periods) if (p.from <= to && (p.to === null || p.to >= from)) periodsOf.set(p.employee_id, [...(periodsOf.get(p.employee_id) ?? []), p]);
  if (periodsOf.size === 0) return new Map();
  const requests =
    everyTeam !== null
      ? await approvedOfTeams(table, everyTeam, from, to)
      : (await mapLimited([...periodsOf.keys()], QUERY_CONCURRENCY, (id) => employeeRequests(table, id, { from, to }, { statuses: ['approved'] }))).flat();

  const halves = new Map<string, Map<string, (Half | null)[]>>();
  for (const r of requests) {
    if (!periodsOf.has(r.employee_id)) continue;
    const days = halves.get(r.employee_id) ?? new Map<string, (Half | null)[]>();
    for (const date of datesBetween(r.from > from ? r.from : from, r.to < to ? r.to : to)) days.set(date, [...(days.get(date) ?? []), r.half_day]);
    halves.set(r.employee_id, days);
  }
  const onLeave = [...halves].flatMap(([employeeId, days]) =>
    [...days].flatMap(([date, taken]) => {
      const period = periodsOf.get(employeeId)!.find((p) => employedIn(p, date));
      return period ? [{ employeeId, date, team: period.team_id, kind: combinedLeave(taken)! }] : [];
    }),
  );

  const records = await table.batchGet(onLeave.map((d) => keys.attendance(d.employeeId, d.date)));
  const statusOf = new Map(records.map((item) => [`${item.employee_id as string}|${item.attendance_date as string}`, item.status as string]));
  const counts = new Map<string, DayLeave>();
  for (const d of onLeave) {
    const status = statusOf.get(`${d.employeeId}|${d.date}`);
    const day = counts.get(`${d.team}|${d.date}`) ?? {};
    const count = day[d.kind] ?? { people: 0, attended: 0, recorded: 0 };
    day[d.kind] = {
      people: count.people + 1,
      attended: count.attended + (status !== undefined && attends(status) ? 1 : 0),
      recorded: count.recorded + (status !== undefined ? 1 : 0),
    };
    counts.set(`${d.team}|${d.date}`, day);
  }
  return counts;
}
