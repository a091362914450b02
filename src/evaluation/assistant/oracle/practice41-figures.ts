/*
 * practice41 — what the between-meetings set needs beyond the earlier oracles: the days and weeks a manager or an HR
 * generalist types on a phone ("tdy", "yday", "mon", "this fri", "the 13th", "wk 45", "xmas week"), the share of a
 * group's people with something (its denominator read three ways and checked to agree), the share of a quarter's
 * scores past a line, how many people of a group had something, today's check-ins, whether one person checked out,
 * two figures that must differ for "which is more" to be decided, and counts that must be large enough to be
 * written in digits. Built only from the data set (dataset/*) and the other oracle modules' reading of API.md's rules.
 */
import { TODAY, type LeaveCode } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, daysBetween, type Day } from '../dataset/dates';
import { expectedFraction, employedOn } from './absence';
import { checkedInToday, measureOf, peopleIn, peopleWhere, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { balance, leaveDays } from './leave-figures';
import { select, type PeopleFilter } from './people-figures';
import { scoresIn } from './score-figures';
import { holidayDate } from './practice12-figures';
import { weekBefore } from './practice13-figures';
import { isoWeek } from './practice15-figures';
import { agreed } from './practice16-figures';
import { comingWeekday, lastWeekdayBefore } from './practice20-figures';

export type Range = readonly [Day, Day];

const round4 = (n: number) => Math.round((n + Number.EPSILON) * 10_000) / 10_000;

/* Days, as typed on Wednesday 19 November 2025. */
export const TDY: Day = TODAY;
export const YDAY: Day = addDays(TODAY, -1);
/** "mon", "tue" alone, for what is recorded: the last one before today (this week's). */
export const MON: Day = lastWeekdayBefore(1);
export const TUE: Day = lastWeekdayBefore(2);
/** "sat" alone, for what is recorded: last Saturday, a weekly off day. */
export const SAT: Day = lastWeekdayBefore(6);
/** "last fri", "fri" for what is recorded. */
export const LAST_FRI: Day = lastWeekdayBefore(5);
/** "this fri", "fri" for leave: the coming Friday. */
export const THIS_FRI: Day = comingWeekday(5);
/** "the 3rd", "the 12th", "the 13th", asked in November: days of this month. */
export const THE_3RD: Day = `${TODAY.slice(0, 8)}03`;
export const THE_12TH: Day = `${TODAY.slice(0, 8)}12`;
export const THE_13TH: Day = `${TODAY.slice(0, 8)}13`;
export const FOUNDERS_DAY: Day = holidayDate('Founders Day');
export const QA_OFFSITE: Day = holidayDate('QA Offsite');
export const DEV_RECHARGE_DAY: Day = holidayDate('DEV Recharge Day');
export const XMAS: Day = holidayDate('Christmas Day');
export const SEC_TEAM_DAY: Day = holidayDate('Security Team Day');

/* Ranges. */
/** ISO week 45 of 2025: Monday 3 to Sunday 9 November (the week before last). */
export const WK_45: [Day, Day] = isoWeek(2025, 45);
export const LAST_WK: [Day, Day] = [addDays(MON, -7), addDays(MON, -1)];
export const WEEK_BEFORE_LAST: [Day, Day] = weekBefore(LAST_WK[0]);
/** This week as a whole, Monday to Sunday: what leave booked "this week" is read over. */
export const THIS_WK_WHOLE: [Day, Day] = [MON, addDays(MON, 6)];
/** This week so far, Monday to today. */
export const THIS_WK_SO_FAR: [Day, Day] = [MON, TODAY];
export const NEXT_WK: [Day, Day] = [addDays(MON, 7), addDays(MON, 13)];
/** "Xmas week": Monday to Sunday of the week holding Christmas Day. */
export const XMAS_WEEK: [Day, Day] = ['2025-12-22', '2025-12-28'];
export const JULY: [Day, Day] = ['2025-07-01', '2025-07-31'];
export const SEPTEMBER: [Day, Day] = ['2025-09-01', '2025-09-30'];
export const OCTOBER: [Day, Day] = ['2025-10-01', '2025-10-31'];
export const NOV_SO_FAR: [Day, Day] = ['2025-11-01', TODAY];
export const NOVEMBER_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];

/** Two readings of a range that must give one answer (e.g. "this week" for leave: to today, or to Sunday). */
export const bothWays = <T>(readings: readonly Range[], answer: (range: Range) => T): T => agreed(readings.map((r) => answer(r)));

/**
 * The share of a group's people with the measure over a closed range passing the test (by default: any at all), as
 * a fraction to four places. Its denominator is read three ways — the group's people employed today, those employed
 * on some day of the range, those expected at work on some day of it — and the three must be the same people, so
 * that "what share of QA" has one answer (throws otherwise).
 */
export function shareWith(scope: Scope, measure: Measure, [from, to]: Range, passes: (v: number) => boolean = (v) => v > 0): number {
  if (to >= TODAY) throw new Error('a share is asked over closed days only');
  const group = peopleIn(scope);
  const activeToday = group.filter((p) => employedOn(p, TODAY)).map((p) => p.id);
  const employedInRange = group.filter((p) => daysBetween(from, to).some((d) => employedOn(p, d))).map((p) => p.id);
  const expectedInRange = group.filter((p) => daysBetween(from, to).some((d) => expectedFraction(p, d) > 0)).map((p) => p.id);
  const base = agreed([activeToday, employedInRange, expectedInRange]);
  const having = base.filter((id) => passes(measureOf(id, measure, from, to)));
  return round4(having.length / base.length);
}

/** The share of a quarter's scores of the group strictly above (or below) the line, to four places; throws when a score sits on it. */
export function shareOfScores(period: string, line: number, direction: 'above' | 'below', scope: Scope = {}): number {
  const scores = scoresIn([period], scope).map((s) => s.score);
  if (scores.includes(line)) throw new Error(`a score in ${period} sits on ${line}`);
  const passing = scores.filter((s) => (direction === 'above' ? s > line : s < line));
  return round4(passing.length / scores.length);
}

/** How many people of the group had the measure over the range (passing the test; by default any at all). */
export const howMany = (scope: Scope, measure: Measure, [from, to]: Range, passes: (v: number) => boolean = (v) => v > 0): number =>
  peopleWhere(scope, measure, from, to, passes).length;

/** How many people of the group have checked in today (a record today). */
export const inToday = (scope: Scope): number => checkedInToday(scope).length;

/** Whether the person checked out on the day; throws when they did not check in. */
export function clockedOut(id: string, day: Day): boolean {
  const r = recordOf(id, day);
  if (!r?.checkIn) throw new Error(`${id} has no check-in on ${day}`);
  return r.checkOut !== null;
}

/** Whether the person has a record that is not "absent" on the day (they came in). */
export function cameIn(id: string, day: Day): boolean {
  const r = recordOf(id, day);
  return r !== undefined && r.status !== 'absent';
}

/** Two figures that must differ (a "which is more" would otherwise have no answer): whether the first is the larger. */
export function firstIsMore(a: number, b: number): boolean {
  if (a === b) throw new Error(`both figures are ${a}`);
  return a > b;
}

/** A count an answer may not write as "once" or "twice" (which the grader does not read): 0 or at least 3 (throws otherwise). */
export function notOnceOrTwice(n: number): number {
  if (n === 1 || n === 2) throw new Error(`a count of ${n} may be written as a word the grader does not read`);
  return n;
}

/** A scope's total of a measure over a range. */
export const sum = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];

/** One person's figure of a measure over a range. */
export const of = (id: string, measure: Measure, [from, to]: Range): number => measureOf(id, measure, from, to);

/** A label for a figure about one person: their first or last name, or the measure's word. */
export const aboutPerson = (id: string, ...words: string[]): string => {
  const [first, last] = person(id).name.toLowerCase().split(' ');
  return [first, last, ...words].filter(Boolean).join('|');
};

/**
 * The active people with less than the line of a leave type left this year, read three ways — what is available
 * (pending requests reserved), the grant less approved leave, the grant less the leave gone by — which must agree.
 */
export function leftBelowEitherWay(code: LeaveCode, line: number, filter: PeopleFilter = {}): string[] {
  const people = select(filter);
  const available = people.filter((p) => balance(p.id, code).available < line).map((p) => p.id);
  const lessApproved = people.filter((p) => balance(p.id, code).allocated - balance(p.id, code).taken < line).map((p) => p.id);
  const lessGoneBy = people.filter((p) => balance(p.id, code).allocated - leaveDays(p.id, '2025-01-01', TODAY, code) < line).map((p) => p.id);
  return agreed([available, lessApproved, lessGoneBy]);
}

/** One person's leave of a type left this year, the same whether pending requests are reserved or not (throws otherwise). */
export const leaveLeft = (id: string, code: LeaveCode): number => {
  const b = balance(id, code);
  return agreed([b.available, b.allocated - b.taken]);
};

/** The active people of the filter with the least of a leave type left this year, read with and without pending requests reserved (must agree; ties kept). */
export function leastLeftEitherWay(code: LeaveCode, filter: PeopleFilter = {}): string[] {
  const people = select(filter);
  const least = (read: (id: string) => number): string[] => {
    const values = people.map((p) => ({ id: p.id, v: read(p.id) }));
    const min = Math.min(...values.map((x) => x.v));
    return values.filter((x) => x.v === min).map((x) => x.id);
  };
  return agreed([least((id) => balance(id, code).available), least((id) => balance(id, code).allocated - balance(id, code).taken)]);
}
