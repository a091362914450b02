/*
 * practice35 — what the first-week set needs beyond the earlier oracles: the days and ranges a newcomer types
 * (the 3rd, 14/11, Thursday the 13th, the week of the 24th, since 1 Oct), who had something on one day (never
 * an empty list), who left a team, a holiday half on a day, one person's pending requests, leave read over this
 * week both ways and checked to agree, and a person's absences before they left — built only from the data set
 * (dataset/*) and the earlier oracle modules' reading of API.md's rules.
 */
import { HOLIDAYS, TODAY, TRACKING_START, type Half, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, type Day } from '../dataset/dates';
import { answer, type Expected } from '../expectation';
import { measureOf, peopleWhere, type Measure, type Scope } from './attendance-figures';
import { offBetween, requests } from './leave-figures';
import { select } from './people-figures';
import { agreed } from './practice16-figures';
import { nonEmpty } from './practice20-figures';

export type Range = readonly [Day, Day];

/** "The 3rd", "Nov 3rd", "3 November", "2025-11-03" asked on 19 November: Monday 3 November. */
export const NOV_3: Day = '2025-11-03';
/** "The 11th": Tuesday 11 November. */
export const NOV_11: Day = '2025-11-11';
/** "Nov 13th", "Thursday the 13th": 13 November. */
export const NOV_13: Day = '2025-11-13';
/** "14/11", "last Friday": 14 November. */
export const NOV_14: Day = '2025-11-14';
/** "On Monday" (a weekday alone, for what is recorded: the last one): 17 November. */
export const NOV_17: Day = '2025-11-17';
/** "The 26th" for leave: Wednesday 26 November, ahead. */
export const NOV_26: Day = '2025-11-26';
/** "13/10": Founders Day, a holiday of the whole organisation. */
export const OCT_13: Day = '2025-10-13';
export const YESTERDAY: Day = addDays(TODAY, -1);

export const WEEK_OF_NOV_3: [Day, Day] = ['2025-11-03', '2025-11-09'];
/** "The week of the 24th": Monday 24 to Sunday 30 November (next week). */
export const WEEK_OF_NOV_24: [Day, Day] = ['2025-11-24', '2025-11-30'];
export const SINCE_1_OCT: [Day, Day] = ['2025-10-01', TODAY];
export const SINCE_AUGUST: [Day, Day] = [TRACKING_START, TODAY];
export const OCT_20_TO_31: [Day, Day] = ['2025-10-20', '2025-10-31'];
export const SEP_1_TO_OCT_15: [Day, Day] = ['2025-09-01', '2025-10-15'];
/** Q3 of 2025 whole (attendance is tracked from 1 August). */
export const Q3: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const NOVEMBER_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
/** "This week" for leave, read both ways: Monday to today, and Monday to Sunday (leave booked ahead included). */
export const THIS_WEEK_READINGS: Array<[Day, Day]> = [
  ['2025-11-17', TODAY],
  ['2025-11-17', '2025-11-23'],
];

/** The people of the scope with any of the measure on one day; throws when nobody (the question expects someone). */
export const whoOnDay = (scope: Scope, measure: Measure, day: Day): string[] => nonEmpty(peopleWhere(scope, measure, day, day));

/** The people of the scope late or absent on one day, each once. */
export const lateOrAbsentOn = (scope: Scope, day: Day): string[] => [
  ...new Set([...peopleWhere(scope, 'late', day, day), ...peopleWhere(scope, 'absent', day, day)]),
];

/** People who have left (inactive), of a team when given. */
export const formerStaff = (team?: string): string[] => select({ team, status: 'inactive' }).map((p) => p.id);

/** Whether the organisation has a holiday on this half of the day. */
export const orgHolidayOnHalf = (day: Day, half: Half): boolean =>
  HOLIDAYS.some((h) => h.date === day && h.team === null && (h.half === null || h.half === half));

/** The people of a scope with a request in this state, and the first days of those requests: what a list of them names. */
export function requestList(status: LeaveStatus, scope: Scope = {}): Expected {
  const found = requests(status, scope);
  if (found.length === 0) throw new Error(`no ${status} requests`);
  return answer({ people: [...new Set(found.map((l) => l.employee))], dates: found.map((l) => l.from) });
}

/** One person's requests in a state, by first day, with the state named. */
export function myRequests(id: string, status: LeaveStatus): Expected {
  const found = requests(status, { ids: [id] });
  if (found.length === 0) throw new Error(`${id} has no ${status} request`);
  return answer({ dates: found.map((l) => l.from), mentions: [status] });
}

/** Who is on approved leave over a period read several ways, checked to agree. */
export const offOver = (scope: Scope, readings: readonly Range[]): string[] => agreed(readings.map(([from, to]) => offBetween(scope, from, to)));

/** A person's days absent from tracking start to their last day; throws for someone still employed. */
export function absentBeforeLeaving(id: string): number {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return measureOf(id, 'absent', TRACKING_START, end);
}

/** A count that must be 3 or more: an answer may write 1 as "once" and 2 as "twice", which the grader does not read. */
export function atLeastThree(value: number): number {
  if (value < 3) throw new Error(`a count of ${value} may be written in words the grader does not read`);
  return value;
}

/** The closed days on which one person checked in and never checked out, over their whole record; throws when none. */
export function missingCheckOutDays(id: string): Day[] {
  const found = dataset()
    .attendance.filter((r) => r.employee === id && r.date < TODAY && r.checkIn !== null && r.checkOut === null)
    .map((r) => r.date)
    .sort();
  if (found.length === 0) throw new Error(`${id} never missed a check-out`);
  return found;
}
