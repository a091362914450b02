/*
 * What the fifteenth practice set needs beyond the shared oracle: ISO weeks, the months since tracking
 * started, hires and leavers by position, tenure under n years, rankings whose cut must be clean, and
 * check-in times — built only from the data set and the oracle. Added for practice15.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, daysBetween, type Day } from '../dataset/dates';
import { peopleByRate, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { select, type PeopleFilter } from './people-figures';
import { cutIsClean, rankedBy } from './practice11-figures';
import { yearsBeforeToday } from './tenure-since';

/** ISO week n of a year (Monday to Sunday): week 1 holds the year's first Thursday. */
export function isoWeek(year: number, n: number): [Day, Day] {
  let monday = `${year}-01-04`;
  while (new Date(`${monday}T00:00:00Z`).getUTCDay() !== 1) monday = addDays(monday, -1);
  const from = addDays(monday, 7 * (n - 1));
  return [from, addDays(from, 6)];
}

/** August, September, October and November so far: each month since tracking started. */
export const MONTHS_SINCE_AUGUST: Array<[Day, Day]> = [
  ['2025-08-01', '2025-08-31'],
  ['2025-09-01', '2025-09-30'],
  ['2025-10-01', '2025-10-31'],
  ['2025-11-01', TODAY],
];

/** The rate of a scope over a range (throws when nothing was expected). */
export function rateIn(scope: Scope, [from, to]: readonly [Day, Day]): number {
  const value = totals(scope, from, to).rate;
  if (value === null) throw new Error(`no rate for ${JSON.stringify(scope)} over ${from}…${to}`);
  return value;
}

/** People of the filter (leavers included) hired within the range. */
export const hiredWhere = (filter: PeopleFilter, [from, to]: readonly [Day, Day]): string[] =>
  select({ ...filter, status: 'any' })
    .filter((p) => from <= p.hire && p.hire <= to)
    .map((p) => p.id);

/** Active people of the filter hired less than n years before today. */
export const withUsUnder = (n: number, filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => p.hire > yearsBeforeToday(n))
    .map((p) => p.id);

/** The n people with the most of a measure over the range (throws when the n-th place is tied with the next). */
export function topBy(scope: Scope, measure: Measure, [from, to]: readonly [Day, Day], n: number): string[] {
  const ranked = rankedBy(scope, measure, from, to);
  if (!cutIsClean(ranked, n)) throw new Error(`the top ${n} by ${measure} is tied at the cut`);
  return ranked.slice(0, n).map((x) => x.id);
}

/** The n lowest (or highest) rates over the range (throws when the cut is tied). */
export function ratesAtEnd(scope: Scope, [from, to]: readonly [Day, Day], n: number, direction: 'lowest' | 'highest'): string[] {
  const ranked = peopleByRate(scope, from, to, direction).map((x) => ({ id: x.id, value: x.rate }));
  if (!cutIsClean(ranked, n)) throw new Error(`the ${direction} ${n} rates are tied at the cut`);
  return ranked.slice(0, n).map((x) => x.id);
}

/** A check-in time as an answer would write it ("9:05" is in "09:05"), or throws when there is none. */
export function checkInTime(id: string, day: Day): string {
  const time = recordOf(id, day)?.checkIn;
  if (!time) throw new Error(`${id} has no check-in on ${day}`);
  return time.slice(0, 5).replace(/^0/, '');
}

/** One person's check-in times over a range, for the days they checked in. */
export const checkInTimes = (id: string, [from, to]: readonly [Day, Day]): string[] =>
  daysBetween(from, to)
    .filter((d) => recordOf(id, d)?.checkIn)
    .map((d) => checkInTime(id, d));

/** A person's full name (for mentions). */
export const nameOf = (id: string): string => person(id).name;
