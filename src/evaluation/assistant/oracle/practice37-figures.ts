/*
 * practice37 — what the busy-Monday set needs beyond the earlier oracles: its named ranges, a person's figure over
 * a range, a score change of one person, the rate of "this quarter" against the last, and lists that must not be
 * empty. Reads only the data set and the other oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, type Day } from '../dataset/dates';
import { measureOf, totals, type Measure, type Scope } from './attendance-figures';
import { scoreOf } from './score-figures';

export type Range = readonly [Day, Day];

export const YESTERDAY: Day = addDays(TODAY, -1);
export const LAST_MONDAY: Day = '2025-11-17';
export const LAST_FRIDAY: Day = '2025-11-14';
export const SINCE_1_OCT: [Day, Day] = ['2025-10-01', TODAY];
export const SINCE_1_SEP: [Day, Day] = ['2025-09-01', TODAY];
export const Q3_RANGE: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const Q4_SO_FAR: [Day, Day] = ['2025-10-01', TODAY];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const NOVEMBER_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DECEMBER_WHOLE: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const WEEK_BEFORE_LAST: [Day, Day] = ['2025-11-03', '2025-11-09'];
export const OCT_6_TO_17: [Day, Day] = ['2025-10-06', '2025-10-17'];
export const SEP_15_TO_30: [Day, Day] = ['2025-09-15', '2025-09-30'];

/** A rate that must exist (throws when nothing was expected). */
export function rateOver(scope: Scope, [from, to]: Range): number {
  const value = totals(scope, from, to).rate;
  if (value === null) throw new Error(`no rate for ${JSON.stringify(scope)} over ${from}…${to}`);
  return value;
}

/** A scope's total of a measure over a range. */
export const totalOf = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];

/** One person's figure of a measure over a range. */
export const personOf = (id: string, measure: Measure, [from, to]: Range): number => measureOf(id, measure, from, to);

/** One person's final-score change between two quarters (both must exist), to two places. */
export function scoreMove(id: string, from: string, to: string): number {
  const a = scoreOf(id, from);
  const b = scoreOf(id, to);
  if (a === null || b === null) throw new Error(`${id} lacks a score in ${from} or ${to}`);
  return Math.round((b - a) * 100) / 100;
}

/** A list the question expects to hold someone. */
export function filled(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

/** A person's last working day, for a leaver (throws for someone still employed). */
export function endOf(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}

/** Two figures that must differ, so that "better or worse" is decided. */
export function differs(a: number, b: number): boolean {
  if (a === b) throw new Error('equal: better or worse is in doubt');
  return a > b;
}
