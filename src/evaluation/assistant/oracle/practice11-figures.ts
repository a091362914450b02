/* Figures the eleventh practice set needs beyond the shared oracle: weekdays read back from today, per-team figures, rankings by a count. Added for practice11. */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, weekday, type Day } from '../dataset/dates';
import { holidaysBetween } from './holiday-figures';
import { measureOf, peopleIn, totals, type Measure, type Scope } from './attendance-figures';

export const TEAM_CODES = ['AI', 'DAT', 'DEV', 'QA', 'SEC'] as const;

/** The most recent day strictly before today that falls on this weekday (0 = Sunday … 6 = Saturday): "last fri", "on tuesday". */
export function lastWeekday(dow: number): Day {
  let day = addDays(TODAY, -1);
  while (weekday(day) !== dow) day = addDays(day, -1);
  return day;
}

/** A measure (or the rate) per team over the range. */
export function perTeam(measure: Measure | 'rate', from: Day, to: Day): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const team of TEAM_CODES) out[team] = totals({ team }, from, to)[measure];
  return out;
}

/** The teams with the most (or fewest) of a measure over the range, ties kept. */
export function teamsWithExtreme(measure: Measure, from: Day, to: Day, direction: 'most' | 'fewest'): string[] {
  const values = TEAM_CODES.map((team) => ({ team, value: totals({ team }, from, to)[measure] }));
  const best = direction === 'most' ? Math.max(...values.map((v) => v.value)) : Math.min(...values.map((v) => v.value));
  return values.filter((v) => v.value === best).map((v) => v.team);
}

/** People in scope ranked by a count over the range, most first, ties by name; only those with more than 0. */
export function rankedBy(scope: Scope, measure: Measure, from: Day, to: Day): Array<{ id: string; value: number }> {
  return peopleIn(scope)
    .map((p) => ({ id: p.id, name: p.name, value: measureOf(p.id, measure, from, to) }))
    .filter((x) => x.value > 0)
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name))
    .map(({ id, value }) => ({ id, value }));
}

/** Is the n-th place of a ranking separated from the next one (no tie across the cut)? */
export function cutIsClean(ranked: Array<{ value: number }>, n: number): boolean {
  return ranked.length <= n || ranked[n - 1]!.value !== ranked[n]!.value;
}

/** Holidays the caller's team has from tomorrow to the end of the year, by date. */
export const holidaysLeftThisYear = (team: string | null) => holidaysBetween(addDays(TODAY, 1), '2025-12-31', team).map((h) => h.date);

/** A regular expression a figure about a team must stand next to (its code or name). */
export function teamLabel(team: string): string {
  return { DEV: 'dev', QA: 'qa|quality', DAT: 'dat', SEC: 'sec', AI: '\\bai\\b|artificial' }[team] ?? team.toLowerCase();
}

export const teamOf = (id: string) => person(id).team;
