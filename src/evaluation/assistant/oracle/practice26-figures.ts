/*
 * practice26 — figures for month-end payroll and operations questions, over the evaluation's data set and
 * independent of the app: month-by-month series, hour thresholds and the spread between two teams, built on
 * the earlier oracle helpers.
 */
import { TODAY } from '../dataset/calendar';
import type { Day } from '../dataset/dates';
import { measureOf, peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { rateIn } from './practice15-figures';
import { meanOf } from './practice19-figures';

type Range = readonly [Day, Day];

export const OCTOBER_ALL: [Day, Day] = ['2025-10-01', '2025-10-31'];
export const NOVEMBER_SO_FAR: [Day, Day] = ['2025-11-01', TODAY];
/** The months of this quarter: October whole, November so far. */
export const MONTHS_THIS_QUARTER: Array<[Day, Day]> = [OCTOBER_ALL, NOVEMBER_SO_FAR];
export const FIRST_TWO_WEEKS_OF_NOVEMBER: [Day, Day] = ['2025-11-01', '2025-11-14'];

/** A measure month by month over the given ranges, for a scope. */
export const monthByMonth = (scope: Scope, measure: Measure, ranges: readonly Range[]): number[] =>
  ranges.map(([from, to]) => totals(scope, from, to)[measure]);

/** A rate month by month over the given ranges. */
export const ratesByMonth = (scope: Scope, ranges: readonly Range[]): number[] => ranges.map((r) => rateIn(scope, r));

/** The people in scope expected over the range whose hours reach the line or more. */
export const hoursAtLeast = (scope: Scope, [from, to]: Range, line: number): string[] =>
  peopleIn(scope)
    .filter((p) => totals({ ids: [p.id] }, from, to).expected > 0 && measureOf(p.id, 'hours', from, to) >= line)
    .map((p) => p.id);

/** The gap between two teams' mean scores in a period, the first less the second, to two places; throws when equal. */
export function meanGap(first: string, second: string, period: string): number {
  const gap = Math.round((meanOf(period, { team: first }) - meanOf(period, { team: second })) * 100) / 100;
  if (gap === 0) throw new Error('the two teams are level: which is higher is in doubt');
  return gap;
}
