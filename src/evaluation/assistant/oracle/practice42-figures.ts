/*
 * practice42 — what the "time written every way" set needs beyond the earlier oracles: the days and ranges an HR
 * person names ("the last fortnight", "past 30 days", "year to date", "since March", "H2", "the week before last",
 * "the first half of October", "between the 3rd and the 14th", "the last working day of September", "the Monday
 * after Founders Day", "last thursday", "the end of last quarter", "this time last year"), each phrase that could be
 * read more than one way listed with all its readings and answered only where every reading agrees; and guards that
 * prove a period is not held — wholly before tracking started, wholly after today, or a quarter nobody was scored in —
 * before a question expects a refusal naming it. Reads only the data set and the other oracle modules.
 */
import { HOLIDAYS, TODAY, TRACKING_START } from '../dataset/calendar';
import { dataset } from '../dataset/dataset';
import { addDays, daysBetween, quarter, weekday, type Day } from '../dataset/dates';
import { refusal, type Expected } from '../expectation';
import { peopleWhere, totals, type Measure, type Scope } from './attendance-figures';
import { offBetween } from './leave-figures';
import { hiredBetween, leftBetween } from './people-figures';
import { holidayDate } from './practice12-figures';
import { isoWeek, rateIn } from './practice15-figures';
import { agreed } from './practice16-figures';
import { leaveTaken } from './practice17-figures';
import { comingWeekday, lastWeekdayBefore, lastWorkingDayOf } from './practice20-figures';
import { workingDaysHalves } from './practice23-figures';
import { employedOnDay } from './practice32-figures';
import { FORTNIGHT_READINGS } from './practice39-figures';
import type { LeaveCode } from '../dataset/calendar';

export type Range = readonly [Day, Day];

/* ---- Days, as asked on the data set's Wednesday 19 November 2025. ---- */

/** "Last Wednesday", asked on a Wednesday: a week ago, the latest Wednesday before today. */
export const LAST_WEDNESDAY: Day = lastWeekdayBefore(3);
export const LAST_THURSDAY: Day = lastWeekdayBefore(4);
export const LAST_FRIDAY: Day = lastWeekdayBefore(5);
/** A weekday alone, for leave: the coming one. */
export const COMING_FRIDAY: Day = comingWeekday(5);
export const COMING_MONDAY: Day = comingWeekday(1);
/** "The end of last quarter": the last day of 2025-Q3. */
export const END_OF_LAST_QUARTER: Day = quarter(2025, 3).to;
/** "The last working day of …": the month's last weekday that is not a full-day organisation holiday. */
export const LAST_WORKING_DAY_OF_AUGUST: Day = lastWorkingDayOf(2025, 8);
export const LAST_WORKING_DAY_OF_SEPTEMBER: Day = lastWorkingDayOf(2025, 9);
/** "This time last year": today's month and day in 2024. */
export const THIS_TIME_LAST_YEAR: Day = `2024-${TODAY.slice(5)}`;
export const START_OF_THE_YEAR: Day = '2025-01-01';
export const START_OF_H2: Day = '2025-07-01';

/** The first day strictly after a named holiday that falls on this weekday ("the Monday after Founders Day"). */
export function weekdayAfter(holiday: string, dow: number): Day {
  let day = addDays(holidayDate(holiday), 1);
  while (weekday(day) !== dow) day = addDays(day, 1);
  return day;
}

/** The day after a named holiday ("the day after Founders Day"). */
export const dayAfter = (holiday: string): Day => addDays(holidayDate(holiday), 1);

/** The Monday-to-Sunday week holding a named holiday ("the week of Founders Day"). */
export function weekOfHoliday(holiday: string): [Day, Day] {
  let monday = holidayDate(holiday);
  while (weekday(monday) !== 1) monday = addDays(monday, -1);
  return [monday, addDays(monday, 6)];
}

/** One day as a range. */
export const on = (day: Day): [Day, Day] => [day, day];

/* ---- Ranges. ---- */

export const WEEK_BEFORE_LAST: [Day, Day] = ['2025-11-03', '2025-11-09'];
export const LAST_WEEK: [Day, Day] = ['2025-11-10', '2025-11-16'];
export const SO_FAR_THIS_MONTH: [Day, Day] = ['2025-11-01', TODAY];
export const YEAR_TO_DATE: [Day, Day] = [START_OF_THE_YEAR, TODAY];
export const SINCE_MARCH: [Day, Day] = ['2025-03-01', TODAY];
export const SINCE_SEPTEMBER: [Day, Day] = ['2025-09-01', TODAY];
export const H1: [Day, Day] = ['2025-01-01', '2025-06-30'];
export const Q2: [Day, Day] = [quarter(2025, 2).from, quarter(2025, 2).to];
export const Q3: [Day, Day] = [quarter(2025, 3).from, quarter(2025, 3).to];
export const Q4_SO_FAR: [Day, Day] = [quarter(2025, 4).from, TODAY];
export const AUGUST: [Day, Day] = ['2025-08-01', '2025-08-31'];
export const SEPTEMBER: [Day, Day] = ['2025-09-01', '2025-09-30'];
export const OCTOBER: [Day, Day] = ['2025-10-01', '2025-10-31'];
export const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const YEAR_2024: [Day, Day] = ['2024-01-01', '2024-12-31'];
/** "This year vs this time last year": 2024 up to today's date of 2024 (README: "last year so far"). */
export const LAST_YEAR_SO_FAR: [Day, Day] = ['2024-01-01', THIS_TIME_LAST_YEAR];
/** "Between the 3rd and the 14th", asked in November (this month), and "… of last month". */
export const THE_3RD_TO_THE_14TH: [Day, Day] = ['2025-11-03', '2025-11-14'];
export const THE_3RD_TO_THE_14TH_OF_LAST_MONTH: [Day, Day] = ['2025-10-03', '2025-10-14'];
/** Spans across a month's end, a quarter's end, or both. */
export const SEP_22_TO_OCT_10: [Day, Day] = ['2025-09-22', '2025-10-10'];
export const OCT_27_TO_NOV_7: [Day, Day] = ['2025-10-27', '2025-11-07'];
/** ISO week 44: Monday 27 October to Sunday 2 November, across the month's end. */
export const WEEK_44: [Day, Day] = isoWeek(2025, 44);
/** The whole of the first half of September: 1 September is a Monday and the month has 30 days. */
export const FIRST_HALF_OF_SEPTEMBER: [Day, Day] = ['2025-09-01', '2025-09-15'];
/** From tomorrow to the year's end. */
export const REST_OF_THE_YEAR: [Day, Day] = [addDays(TODAY, 1), '2025-12-31'];
/** The week holding Christmas Day (Monday 22 to Sunday 28 December). */
export const CHRISTMAS_WEEK: [Day, Day] = ['2025-12-22', '2025-12-28'];
/** 1 December is a Monday: its first two weeks are the 1st to the 14th however a week is counted. */
export const FIRST_TWO_WEEKS_OF_DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-14'];

/* ---- Phrases with more than one reading: every reading listed; a question on one is asked only where all agree. ---- */

/** "The last fortnight": the two calendar weeks before this one, the 14 days to yesterday, the 14 days to today. */
export const LAST_FORTNIGHT: ReadonlyArray<Range> = FORTNIGHT_READINGS;
/** "The past n days": today and the n−1 days before it; the n days before today (README's curl); the n days before today and today. */
export const pastDays = (n: number): ReadonlyArray<Range> => [
  [addDays(TODAY, -(n - 1)), TODAY],
  [addDays(TODAY, -n), addDays(TODAY, -1)],
  [addDays(TODAY, -n), TODAY],
];
/** "H2" asked in November: 1 July to today, or the whole half to 31 December. */
export const H2: ReadonlyArray<Range> = [
  [START_OF_H2, TODAY],
  [START_OF_H2, '2025-12-31'],
];
/** "The first half of October": the 1st to the 15th, or to the 16th (31 days halved). */
export const FIRST_HALF_OF_OCTOBER: ReadonlyArray<Range> = [
  ['2025-10-01', '2025-10-15'],
  ['2025-10-01', '2025-10-16'],
];
/** "The second half of October": from the 16th, or from the 17th, to the 31st. */
export const SECOND_HALF_OF_OCTOBER: ReadonlyArray<Range> = [
  ['2025-10-16', '2025-10-31'],
  ['2025-10-17', '2025-10-31'],
];
/** "The first half of December": the 1st to the 15th, or to the 16th (31 days halved). */
export const FIRST_HALF_OF_DECEMBER: ReadonlyArray<Range> = [
  ['2025-12-01', '2025-12-15'],
  ['2025-12-01', '2025-12-16'],
];
/** "The last working day of last month": 31 October holds a morning of work (its afternoon is the Autumn Half Day). */
export const LAST_WORKING_DAY_OF_LAST_MONTH: Day = lastWorkingDayOf(2025, 10);

/** One answer over every reading of a phrase, or throws when the readings disagree. */
export const overAll = <T>(readings: ReadonlyArray<Range>, of: (range: Range) => T): T => agreed(readings.map(of));

/** A rate over every reading (must exist and agree). */
export const rateAll = (scope: Scope, readings: ReadonlyArray<Range>): number => overAll(readings, (r) => rateIn(scope, r));
/** A scope's total of a measure over every reading (must agree). */
export const sumAll = (scope: Scope, measure: Measure, readings: ReadonlyArray<Range>): number => overAll(readings, ([f, t]) => totals(scope, f, t)[measure]);
/** The people with any of a measure over every reading (must agree). */
export const whoAll = (scope: Scope, measure: Measure, readings: ReadonlyArray<Range>): string[] =>
  overAll(readings, ([f, t]) => peopleWhere(scope, measure, f, t));

/* ---- Figures. ---- */

/** A rate that must exist. */
export const rateOf = (scope: Scope, range: Range): number => rateIn(scope, range);
/** A scope's total of a measure over a range. */
export const sumOf = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];
/** The people of a scope with any of a measure over a range. */
export const who = (scope: Scope, measure: Measure, [from, to]: Range): string[] => peopleWhere(scope, measure, from, to);
/** The absence rate (1 − the attendance rate, four places). */
export const absenceRateOf = (scope: Scope, range: Range): number => Math.round((1 - rateIn(scope, range)) * 10_000) / 10_000;
/** Everyone employed on a day (hired by then, last day not gone by), leavers of later days included. */
export const headcountOn = (day: Day): number => employedOnDay(day).length;
/** People hired, or leaving, over a range. */
export const hires = ([from, to]: Range, team?: string): string[] => hiredBetween(from, to, team);
export const leavers = ([from, to]: Range, team?: string): string[] => leftBetween(from, to, team);
/** People of the scope on approved leave for a half or more, holidays aside, on some day of the range. */
export const onLeave = (scope: Scope, [from, to]: Range): string[] => offBetween(scope, from, to);
/** Days of approved leave of one kind over a range, summed over the scope. */
export const leaveOf = (scope: Scope, code: LeaveCode, range: Range): number => leaveTaken(scope, code, range);
/** Working days over a range (days of the work week less the holidays on them, a half-day holiday as a half). */
export const workingDaysOf = (range: Range, team: string | null = null): number => workingDaysHalves(range, team);

/** Each month's total of a measure since tracking began (August to November so far), in order. */
export const MONTHS_TRACKED: ReadonlyArray<Range> = [AUGUST, SEPTEMBER, OCTOBER, SO_FAR_THIS_MONTH];

/* ---- Guards. ---- */

/** A list that must hold someone. */
export function some(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

/** A list that must be empty. */
export function none(list: string[]): string[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}

/** The people of the scope with the most of a measure over the range (ties kept); throws when nobody has any. */
export function mostOf(scope: Scope, measure: Measure, [from, to]: Range): string[] {
  const values = dataset()
    .people.filter((p) => (scope.team === undefined || p.team === scope.team) && (scope.ids === undefined || scope.ids.includes(p.id)))
    .map((p) => ({ id: p.id, v: totals({ ids: [p.id] }, from, to)[measure] }));
  const top = Math.max(...values.map((x) => x.v));
  if (top <= 0) throw new Error('nobody has any');
  return values.filter((x) => x.v === top).map((x) => x.id);
}

/* ---- Periods that are not held: guards first, then the refusal naming the period. ---- */

/**
 * A period wholly before tracking started: nobody was expected and no attendance was kept (API.md: "before it nobody
 * is expected and no rate is given"). The answer must say so, naming the period — never a rate or a figure.
 */
export function beforeTracking([from, to]: Range, ...words: string[]): Expected {
  if (to >= TRACKING_START) throw new Error(`${from}…${to} reaches into the tracked days`);
  if (totals({}, from, to).expected !== 0) throw new Error(`something is expected over ${from}…${to}`);
  if (dataset().attendance.some((r) => from <= r.date && r.date <= to)) throw new Error(`records exist over ${from}…${to}`);
  return refusal(...words);
}

/**
 * A period wholly after today, for a figure that is recorded (attendance, hours, lateness): nothing is kept for it
 * and nothing is predicted (README: "a period ahead is 'in the future'"). The answer names the period or the future.
 */
export function afterToday([from, to]: Range, ...words: string[]): Expected {
  if (from <= TODAY) throw new Error(`${from}…${to} is not wholly ahead`);
  if (dataset().attendance.some((r) => from <= r.date && r.date <= to)) throw new Error(`records exist over ${from}…${to}`);
  return refusal(...words, 'future');
}

/** A quarter nobody was scored in: the answer names it, never a figure. */
export function noScores(period: string, ...words: string[]): Expected {
  if (dataset().scores.some((s) => s.period === period)) throw new Error(`${period} has scores`);
  return refusal(...words);
}

/** A holiday's date, checked to be one the calendar holds (for "the day after …" and the like). */
export function holidayOn(name: string): Day {
  if (!HOLIDAYS.some((h) => h.name === name)) throw new Error(`no holiday called ${name}`);
  return holidayDate(name);
}

/** The days of the range on which one person had approved leave for a half or more (holidays aside). */
export const leaveDaysOf = (id: string, [from, to]: Range): Day[] => daysBetween(from, to).filter((d) => offBetween({ ids: [id] }, d, d).length > 0);
