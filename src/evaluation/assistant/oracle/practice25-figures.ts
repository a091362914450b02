/*
 * What the twenty-fifth practice set needs beyond the shared oracle: the relative periods a first-week user
 * types ("the past 7 days" and "the last 30 days" read both ways and checked to agree, "year to date",
 * "since September", "H1"), one person's own days read back (whether they checked out, their requests and
 * the state of each), a roster of a team and the attrition of a range — built only from the data set
 * (dataset/*) and API.md's rules as the shared oracle reads them. Added for practice25.
 */
import { TODAY } from '../dataset/calendar';
import type { LeaveRequest } from '../dataset/calendar';
import type { Day } from '../dataset/dates';
import { recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { requests } from './leave-figures';
import { ids, leftBetween } from './people-figures';
import { agreed, lastDays } from './practice16-figures';
import { rateIn } from './practice15-figures';

type Range = readonly [Day, Day];

export const YEAR_TO_DATE: [Day, Day] = ['2025-01-01', TODAY];
export const SINCE_SEPTEMBER: [Day, Day] = ['2025-09-01', TODAY];
export const H1: [Day, Day] = ['2025-01-01', '2025-06-30'];

/** A scope's measure over "the last n days", the same both ways of reading it (throws when they differ). */
export const lastDaysMeasure = (n: number, scope: Scope, measure: Measure): number => agreed(lastDays(n).map(([from, to]) => totals(scope, from, to)[measure]));

/** A scope's rate over "the last n days", the same both ways of reading it (today is open and not rated). */
export const lastDaysRate = (n: number, scope: Scope): number => agreed(lastDays(n).map((range) => rateIn(scope, range)));

/** Did the person check out on the day (a record with a check-in and a check-out)? Throws when there is no check-in. */
export function checkedOut(id: string, day: Day): boolean {
  const r = recordOf(id, day);
  if (!r?.checkIn) throw new Error(`${id} has no check-in on ${day}`);
  return r.checkOut !== null;
}

/** One person's leave requests, any state, in the data set's order. */
export const requestsOf = (id: string): LeaveRequest[] => requests('any', { ids: [id] });

/** The active people of a team by id: its roster today. */
export const rosterOf = (team: string): string[] => ids({ team });

/** The leavers of a range (throws when none: attrition was meant to have someone). */
export function attritionIn([from, to]: Range, team?: string): string[] {
  const who = leftBetween(from, to, team);
  if (who.length === 0) throw new Error('nobody left in the range');
  return who;
}
