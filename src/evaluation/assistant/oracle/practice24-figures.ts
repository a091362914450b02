/*
 * What the twenty-fourth practice set needs beyond the shared oracle: the quarters and months a monthly
 * review compares, one person's rate over a range, a measure month by month (a trend, side by side), the
 * hires and leavers of a range per team, the n people with the fewest hours, and a guard against two equal
 * figures where a question asks which is higher — built only from the data set (dataset/*) and the shared
 * oracle's reading of API.md's rules. Added for practice24.
 */
import { TODAY } from '../dataset/calendar';
import type { Day } from '../dataset/dates';
import { measureOf, peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { hiredBetween, leftBetween } from './people-figures';
import { cutIsClean, TEAM_CODES } from './practice11-figures';
import { rateIn } from './practice15-figures';

type Range = readonly [Day, Day];

/** Q3 of 2025 (tracking starts on 1 August, so its attendance is August and September) and Q4 so far. */
export const Q3_2025: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const Q4_TO_DATE: [Day, Day] = ['2025-10-01', TODAY];
export const NOVEMBER_TO_DATE: [Day, Day] = ['2025-11-01', TODAY];

/** One person's attendance rate over a range (throws when nothing was expected of them). */
export const rateOf = (id: string, range: Range): number => rateIn({ ids: [id] }, range);

/** A measure of a scope over each range, in the order given: a trend, side by side. */
export const measureOver = (scope: Scope, measure: Measure, ranges: readonly Range[]): number[] => ranges.map(([from, to]) => totals(scope, from, to)[measure]);

/** How many people each team hired (or lost) over the range, for the teams with any. */
export function perTeamMoves(kind: 'hires' | 'leavers', [from, to]: Range): Array<{ team: string; n: number }> {
  return TEAM_CODES.map((team) => ({ team, n: (kind === 'hires' ? hiredBetween : leftBetween)(from, to, team).length })).filter((x) => x.n > 0);
}

/** The n people in scope (expected at work over the range) with the fewest hours, fewest first; throws when the cut is tied. */
export function fewestHours(scope: Scope, [from, to]: Range, n: number): string[] {
  const ranked = peopleIn(scope)
    .filter((p) => totals({ ids: [p.id] }, from, to).expected > 0)
    .map((p) => ({ id: p.id, name: p.name, value: measureOf(p.id, 'hours', from, to) }))
    .sort((a, b) => a.value - b.value || a.name.localeCompare(b.name));
  if (!cutIsClean(ranked, n)) throw new Error(`the fewest ${n} hours are tied at the cut`);
  return ranked.slice(0, n).map((x) => x.id);
}

/** Throws when two figures are equal: a question asking which is higher would have no answer. */
export function differ(a: number, b: number): [number, number] {
  if (a === b) throw new Error('the two figures are equal');
  return [a, b];
}
