/*
 * What the twenty-seventh practice set needs beyond the shared oracle: the README's periods as ranges
 * ("last quarter", "the past 14 days", "since a month", "this year so far"), a month-by-month trend of the
 * attendance rate, people under a rate line, statistics of scores named one by one (range, median), team
 * comparisons that must not tie, and one person's tenure in whole years — built only from the data set
 * (dataset/*) and API.md's rules as the shared oracle reads them. Added for practice27.
 */
import { HOLIDAYS, LEAVE, TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, quarter, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { peopleWithRate, totals, type Measure, type Scope } from './attendance-figures';
import { select, tenureYears } from './people-figures';
import { MONTHS_SINCE_AUGUST, rateIn } from './practice15-figures';
import { agreed, lastDays } from './practice16-figures';
import { stats } from './score-figures';

type Range = readonly [Day, Day];

const q3 = quarter(2025, 3);
/** "Last quarter": the quarter before today's, whole. */
export const LAST_QUARTER: [Day, Day] = [q3.from, q3.to];
/** "Since a month": from the same day a month ago to today. */
export const SINCE_A_MONTH: [Day, Day] = ['2025-10-19', TODAY];
/** "From 3 to 14 November": a range of dates typed out. */
export const NOV_3_TO_14: [Day, Day] = ['2025-11-03', '2025-11-14'];
/** "Between 15 September and 15 October". */
export const SEP_15_TO_OCT_15: [Day, Day] = ['2025-09-15', '2025-10-15'];
/** 13 October 2025 (Founders Day) and a day typed out: 6 November 2025. */
export const NOV_6: Day = '2025-11-06';
export const TWO_DAYS_AGO: Day = addDays(TODAY, -2);

/** Each month's attendance rate since tracking started (August to November so far), in month order: a trend. */
export const monthlyRates = (scope: Scope): number[] => MONTHS_SINCE_AUGUST.map((range) => rateIn(scope, range));

/** The past n days, read both ways (with or without today, which is open) and checked to agree. */
export const pastDays = (n: number, scope: Scope, measure: Measure): number => agreed(lastDays(n).map(([from, to]) => totals(scope, from, to)[measure]));

/** People in scope whose rate over the range is strictly under the line (people with nothing expected left out). */
export const rateBelow = (scope: Scope, range: Range, line: number): string[] => peopleWithRate(scope, range[0], range[1], (r) => r < line);

/** The statistic of a scope's scores in a period, one by one. */
export const medianOf = (period: string, scope: Scope = {}): number => stats([period], scope).median;
export const minOf = (period: string, scope: Scope = {}): number => stats([period], scope).min;
export const maxOf = (period: string, scope: Scope = {}): number => stats([period], scope).max;

/** Two figures that must differ, for a question asking which is higher (throws on a tie: the answer would be in doubt). */
export function higher(a: number, b: number): boolean {
  if (a === b) throw new Error('tied: higher is in doubt');
  return a > b;
}

/** One person's whole years of service today. */
export const yearsOf = (id: string): number => tenureYears(person(id));

/** Active people of a position, optionally in a team, by id. */
export const ofLevel = (position: Position, team?: string): string[] => select({ position, team }).map((p) => p.id);

/** A person's position and job title as the data set holds them. */
export const positionOf = (id: string): string => person(id).position;
export const titleOf = (id: string): string => person(id).title;

/** The last day of a person's approved leave that ends on or after today (throws when none). */
export function leaveEnds(id: string): Day {
  const ends = LEAVE.filter((l) => l.employee === id && l.status === 'approved' && l.to >= TODAY)
    .map((l) => l.to)
    .sort();
  if (ends.length === 0) throw new Error(`${id} has no leave ahead`);
  return ends[0]!;
}

/** The date of a holiday by its name in the calendar. */
export function holidayOn(name: string): Day {
  const found = HOLIDAYS.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday named ${name}`);
  return found.date;
}
