/*
 * practice40 — what the payroll-and-calendar set needs beyond the earlier oracles: the days an HR officer names at
 * month-end ("the 1st", "Nov 3rd", "3/11", the Friday before last, a week ago today, the last working day of October),
 * working days over a range for the organisation or one team, the last holiday before today, holidays of every scope,
 * headcount on a past day, who clocked in on a day (a holiday included), leave on a day, and guards for lists that
 * must be empty or must hold someone. Reads only the data set and the other oracle modules.
 */
import { HOLIDAYS, TODAY, type LeaveCode } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, type Day } from '../dataset/dates';
import type { Expected } from '../expectation';
import { attendedOn, peopleWhere, totals, type Measure, type Scope } from './attendance-figures';
import { balance, offBetween } from './leave-figures';
import { hiredBetween, leftBetween } from './people-figures';
import { isoWeek } from './practice15-figures';
import { lastWeekdayBefore, lastWorkingDayOf, nthWeekdayOf, yesNo } from './practice20-figures';
import { workingDaysHalves } from './practice23-figures';
import { employedOnDay } from './practice32-figures';

export type Range = readonly [Day, Day];

/* Days, as asked on the data set's Wednesday 19 November 2025. */
/** "the 1st": the latest 1st up to today — Saturday 1 November. */
export const THE_1ST: Day = `${TODAY.slice(0, 8)}01`;
/** "Nov 3rd", "the 3rd", "3/11" (day first, as the organisation writes dates), "the first Monday of November". */
export const NOV_3: Day = nthWeekdayOf(2025, 11, 1, 1);
export const FIRST_MONDAY_OF_OCTOBER: Day = nthWeekdayOf(2025, 10, 1, 1);
export const NOV_7: Day = '2025-11-07';
export const NOV_13: Day = '2025-11-13';
export const NOV_18: Day = addDays(TODAY, -1);
export const NOV_26: Day = '2025-11-26';
/** "the 28th" asked about leave: the coming one (leave is answered as booked). */
export const NOV_28: Day = '2025-11-28';
export const DEC_24: Day = '2025-12-24';
export const OCT_31: Day = '2025-10-31';
export const LAST_MONDAY: Day = lastWeekdayBefore(1);
export const FRIDAY_BEFORE_LAST: Day = addDays(lastWeekdayBefore(5), -7);
export const A_WEEK_AGO_TODAY: Day = addDays(TODAY, -7);
export const LAST_WORKING_DAY_OF_OCTOBER: Day = lastWorkingDayOf(2025, 10);

/* Ranges. */
export const AUGUST_WHOLE: [Day, Day] = ['2025-08-01', '2025-08-31'];
export const NOVEMBER_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DECEMBER_WHOLE: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const DEC_FIRST_WEEK: [Day, Day] = ['2025-12-01', '2025-12-07'];
export const WEEK_OF_DEC_8: [Day, Day] = ['2025-12-08', '2025-12-14'];
export const Q3_WHOLE: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const Q4_WHOLE: [Day, Day] = ['2025-10-01', '2025-12-31'];
export const Q4_SO_FAR: [Day, Day] = ['2025-10-01', TODAY];
export const H1: [Day, Day] = ['2025-01-01', '2025-06-30'];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
export const AUG_1_TO_SEP_30: [Day, Day] = ['2025-08-01', '2025-09-30'];
export const NOV_3_TO_28: [Day, Day] = ['2025-11-03', '2025-11-28'];
export const NOV_1_TO_14: [Day, Day] = ['2025-11-01', '2025-11-14'];
export const OCT_20_TO_31: [Day, Day] = ['2025-10-20', '2025-10-31'];
export const SEP_1_TO_OCT_15: [Day, Day] = ['2025-09-01', '2025-10-15'];
export const TOMORROW_TO_YEAR_END: [Day, Day] = [addDays(TODAY, 1), '2025-12-31'];
export const WEEK_OF_NOV_3: [Day, Day] = ['2025-11-03', '2025-11-09'];
export const WEEK_42: [Day, Day] = isoWeek(2025, 42);

/** Working days over the range (README: the days of the work week less the holidays on them, a half-day holiday as a half). */
export const workingDaysIn = (range: Range, team: string | null = null): number => workingDaysHalves(range, team);

/** The dates of the holidays over the range: the organisation's and, given a team, that team's too. */
export const holidayDates = ([from, to]: Range, team: string | null): Day[] =>
  HOLIDAYS.filter((h) => from <= h.date && h.date <= to && (h.team === null || h.team === team))
    .map((h) => h.date)
    .sort();

/** The dates of the holidays of every scope over the range (GET /holidays without a team). */
export const everyHolidayDate = ([from, to]: Range): Day[] =>
  HOLIDAYS.filter((h) => from <= h.date && h.date <= to)
    .map((h) => h.date)
    .sort();

/** The latest holiday strictly before the day, of the organisation (team null) or also of the team. */
export function lastHolidayBefore(day: Day, team: string | null = null): { date: Day; name: string } {
  const found = HOLIDAYS.filter((h) => h.date < day && (h.team === null || h.team === team)).sort((a, b) => b.date.localeCompare(a.date))[0];
  if (!found) throw new Error(`no holiday before ${day}`);
  return { date: found.date, name: found.name };
}

/** Whether the day is wholly a working day for the team by the calendar (no holiday on it, not a weekend). */
export const fullWorkingDay = (day: Day, team: string | null = null): boolean => workingDaysHalves([day, day], team) === 1;

/** Everyone employed on the day (hired by then, last day not gone by), leavers of later days included. */
export const headcountOn = (day: Day): number => employedOnDay(day).length;

/** The people of the scope with a record that is not "absent" on the day: they clocked in. */
export const clockedInOn = (scope: Scope, day: Day): string[] => attendedOn(scope, day);

/** People of the scope with any of the measure on one day. */
export const whoOn = (scope: Scope, measure: Measure, day: Day): string[] => peopleWhere(scope, measure, day, day);

/** People of the scope with any of the measure over a range. */
export const whoOver = (scope: Scope, measure: Measure, [from, to]: Range): string[] => peopleWhere(scope, measure, from, to);

/** A scope's total of a measure over a range. */
export const totalOver = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];

/** People of the scope on approved leave (a half or more, holidays aside) on the day. */
export const onLeaveOn = (scope: Scope, day: Day): string[] => offBetween(scope, day, day);

/** People hired, or leaving, over a range (leavers' last days in it). */
export const hiresOver = ([from, to]: Range, team?: string): string[] => hiredBetween(from, to, team);
export const leaversOver = ([from, to]: Range, team?: string): string[] => leftBetween(from, to, team);

/** What is left of a leave type this year, and what was granted. */
export const leftOf = (id: string, code: LeaveCode): number => balance(id, code).available;
export const grantedOf = (id: string, code: LeaveCode): number => balance(id, code).allocated;

/** A person's last working day (throws for someone still employed). */
export function lastDayOf(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}

/** A list the question expects to be empty: throws when someone is on it, so "nobody" stays the right answer. */
export function none(list: string[]): string[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}

/** A list the question expects to hold someone. */
export function some(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

/** "Was anyone …?" when nobody was: "No", and nobody named. */
export const noOne = (list: string[]): Expected => yesNo(false, [], { people: none(list) });

/** "Was anyone …?" when someone was: "Yes", and exactly those people. */
export const yesThese = (list: string[]): Expected => yesNo(true, [], { people: some(list) });
