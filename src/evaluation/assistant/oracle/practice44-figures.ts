/*
 * practice44 — what a rota and payroll planner's questions about leave and attendance need beyond the earlier oracle
 * helpers: the days the questions name (read from the data set's "today" and checked against what the question
 * writes), who is on leave over a day, week or month read two ways that must agree (a half or more taken off by
 * approved leave, and an approved request overlapping the days), requests by state, kind and period, what a request
 * costs, balances, one person's days in, on leave and away over a period, and guards that throw when a list would be
 * empty (or filled) against what the question was written to find. Written code-blind from API.md's "Leave" and
 * absence rule and the README's assistant section; reads only the data set (dataset/*) and the other oracle modules.
 */
import { LEAVE, TODAY, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, daysBetween, isWeekend, weekday, type Day } from '../dataset/dates';
import { employedOn } from './absence';
import { measureOf, peopleIn, peopleWhere, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { balance, daysOf, leaveDays, offBetween } from './leave-figures';
import { select } from './people-figures';
import { agreed } from './practice16-figures';
import { comingWeekday, lastWeekdayBefore } from './practice20-figures';
import { sameWithoutAsker } from './practice34-figures';
import { holidayNamed, sameDay } from './practice43-figures';

export type Range = readonly [Day, Day];

export const ALL: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const only = (id: string): Scope => ({ ids: [id] });
export const on = (day: Day): [Day, Day] => [day, day];

/* ---- Days, as asked on the data set's Wednesday 19 November 2025; each checked against the date the question means. ---- */
export const YESTERDAY: Day = sameDay(addDays(TODAY, -1), '2025-11-18');
export const TOMORROW: Day = sameDay(addDays(TODAY, 1), '2025-11-20');
/** A weekday alone is the coming one for leave (README). */
export const COMING_FRIDAY: Day = sameDay(comingWeekday(5), '2025-11-21');
export const COMING_MONDAY: Day = sameDay(comingWeekday(1), '2025-11-24');
export const COMING_TUESDAY: Day = sameDay(comingWeekday(2), '2025-11-25');
export const LAST_MONDAY: Day = sameDay(lastWeekdayBefore(1), '2025-11-17');

/** The day before or after a holiday of the calendar, by its name; checked to be a day of the work week. */
export function besideHoliday(name: string, step: -1 | 1): Day {
  const day = addDays(holidayNamed(name), step);
  if (isWeekend(day)) throw new Error(`the day ${step < 0 ? 'before' : 'after'} ${name} is a weekend`);
  return day;
}

/** The nearest day of this weekday before (-1) or after (1) a holiday, by its name. */
export function weekdayBeside(name: string, dow: number, step: -1 | 1): Day {
  let day = addDays(holidayNamed(name), step);
  while (weekday(day) !== dow) day = addDays(day, step);
  return day;
}

/* ---- Ranges. ---- */
const mondayOf = (day: Day): Day => {
  let d = day;
  while (weekday(d) !== 1) d = addDays(d, -1);
  return d;
};
export const THIS_MONDAY: Day = sameDay(mondayOf(TODAY), '2025-11-17');
export const LAST_WEEK: [Day, Day] = [addDays(THIS_MONDAY, -7), addDays(THIS_MONDAY, -1)];
export const NEXT_WEEK: [Day, Day] = [addDays(THIS_MONDAY, 7), addDays(THIS_MONDAY, 13)];
/** "This week" for leave: Monday to today, or the whole week (leave booked ahead included) — answers must agree. */
export const THIS_WEEK_READINGS: ReadonlyArray<Range> = [
  [THIS_MONDAY, TODAY],
  [THIS_MONDAY, addDays(THIS_MONDAY, 6)],
];
export const AUGUST: [Day, Day] = ['2025-08-01', '2025-08-31'];
export const SEPTEMBER: [Day, Day] = ['2025-09-01', '2025-09-30'];
export const OCTOBER: [Day, Day] = ['2025-10-01', '2025-10-31'];
export const NOVEMBER: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const JANUARY_2026: [Day, Day] = ['2026-01-01', '2026-01-31'];
export const NOVEMBER_SO_FAR: [Day, Day] = ['2025-11-01', TODAY];
export const Q3: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const Q4: [Day, Day] = ['2025-10-01', '2025-12-31'];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
/** "From tomorrow to the end of the year". */
export const REST_OF_YEAR: [Day, Day] = [TOMORROW, '2025-12-31'];
/** "The rest of November": tomorrow to the month's end. */
export const REST_OF_NOVEMBER: [Day, Day] = [TOMORROW, '2025-11-30'];
/** The week of a holiday: its Monday to its Sunday. */
export function weekOf(name: string): [Day, Day] {
  const monday = mondayOf(holidayNamed(name));
  return [monday, addDays(monday, 6)];
}

/* ---- Guards: a question written to find nobody, or someone, or a figure that is not 0. ---- */
export function none(list: string[]): string[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}

export function some(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

export function nonZero(value: number): number {
  if (value === 0) throw new Error('an expected figure is 0');
  return value;
}

const sorted = (list: string[]): string[] => [...new Set(list)].sort();

/* ---- Who is on leave. ---- */
/** People of the scope whose approved requests overlap the range (holidays under the leave aside). */
export const withApprovedLeave = (scope: Scope, [from, to]: Range): string[] => {
  const inScope = new Set(peopleIn(scope).map((p) => p.id));
  return sorted(LEAVE.filter((l) => l.status === 'approved' && inScope.has(l.employee) && l.from <= to && from <= l.to).map((l) => l.employee));
};

/**
 * Who in the scope is on leave over the range, read two ways that must agree: a half or more taken off by approved
 * leave (the absence rule's on_leave), and an approved request overlapping the days. Throws when they differ (leave
 * wholly under a holiday would make the question ambiguous).
 */
export const onLeave = (scope: Scope, [from, to]: Range): string[] => agreed([sorted(offBetween(scope, from, to)), withApprovedLeave(scope, [from, to])]);

/** The same over every reading of a period (throws when the readings disagree). */
export const onLeaveAll = (scope: Scope, readings: ReadonlyArray<Range>): string[] => agreed(readings.map((r) => onLeave(scope, r)));

/** A manager's "who on my team …": the same list with or without the manager, or the question is in doubt (throws). */
export const myTeam = (manager: string, answer: (scope: Scope) => string[]): string[] => sameWithoutAsker(team(person(manager).team), manager, answer);

/** Days of approved leave (halves, holidays aside) over the scope and range, of one kind when given. */
export const leaveDaysOf = (scope: Scope, [from, to]: Range, code?: LeaveCode): number =>
  peopleIn(scope).reduce((sum, p) => sum + leaveDays(p.id, from, to, code), 0);

/** One person's days of approved leave within the range (halves, holidays aside). */
export const leaveOf = (id: string, range: Range, code?: LeaveCode): number => leaveDaysOf(only(id), range, code);

/** The people of the scope with the most approved leave of a kind over the range, all of them when tied. */
export function mostLeave(scope: Scope, code: LeaveCode, range: Range): string[] {
  const values = peopleIn(scope).map((p) => ({ id: p.id, v: leaveOf(p.id, range, code) }));
  const top = Math.max(...values.map((x) => x.v));
  if (!(top > 0)) throw new Error('nobody took that leave');
  return values.filter((x) => x.v === top).map((x) => x.id);
}

/* ---- Requests. ---- */
/** Requests of these states (and kind, and overlapping the range when given) in the scope, in the data set's order. */
export function requestsOf(statuses: LeaveStatus[], scope: Scope = ALL, code?: LeaveCode, range?: Range): LeaveRequest[] {
  const inScope = new Set(peopleIn(scope).map((p) => p.id));
  return LEAVE.filter(
    (l) =>
      statuses.includes(l.status) &&
      inScope.has(l.employee) &&
      (code === undefined || l.code === code) &&
      (range === undefined || (l.from <= range[1] && range[0] <= l.to)),
  );
}

/** The people behind those requests, each once. */
export const requestersOf = (statuses: LeaveStatus[], scope: Scope = ALL, code?: LeaveCode, range?: Range): string[] =>
  sorted(requestsOf(statuses, scope, code, range).map((l) => l.employee));

/** The people whose requests of this state are for one half day only, overlapping the range. */
export const halfDayRequesters = (status: LeaveStatus, range: Range): string[] =>
  sorted(
    requestsOf([status], ALL, undefined, range)
      .filter((l) => l.half !== null)
      .map((l) => l.employee),
  );

/** The one request of a person in a state (throws unless there is exactly one). */
export function theRequest(id: string, status: LeaveStatus): LeaveRequest {
  const found = LEAVE.filter((l) => l.employee === id && l.status === status);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} ${status} requests`);
  return found[0]!;
}

/** What a request costs: the days of the work week in it less holidays, a half day 0.5 (API.md's `days`). */
export const costOf = (l: LeaveRequest): number => nonZero(daysOf(l));

/** The days asked for by requests of a state across the scope. */
export const requestedDays = (status: LeaveStatus, scope: Scope = ALL): number => requestsOf([status], scope).reduce((s, l) => s + daysOf(l), 0);

/** The approved requests of the data set whose first day is after today: leave that has not started yet. */
export const notStartedYet = (): string[] => sorted(LEAVE.filter((l) => l.status === 'approved' && l.from > TODAY).map((l) => l.employee));

/* ---- Balances (this year). ---- */
export const availableOf = (id: string, code: LeaveCode): number => balance(id, code).available;
export const allocatedOf = (id: string, code: LeaveCode): number => balance(id, code).allocated;
export const pendingOf = (id: string, code: LeaveCode): number => balance(id, code).pending;

/**
 * One person's balance of a kind that reads the same whether pending requests are reserved or not (throws otherwise),
 * for a question that says "left" without saying which.
 */
export const leftOf = (id: string, code: LeaveCode): number => {
  const b = balance(id, code);
  return agreed([b.available, b.allocated - b.taken]);
};

/** Leave of a kind still available to the active people of a team, summed (leavers left out). */
export const teamLeft = (code: LeaveCode, teamCode: string): number => select({ team: teamCode }).reduce((s, p) => s + balance(p.id, code).available, 0);

/** The active people of a team with the least of a kind left, read with and without pending requests (must agree). */
export function leastLeft(code: LeaveCode, teamCode: string): string[] {
  const people = select({ team: teamCode });
  const least = (read: (id: string) => number): string[] => {
    const values = people.map((p) => ({ id: p.id, v: read(p.id) }));
    const min = Math.min(...values.map((x) => x.v));
    return values.filter((x) => x.v === min).map((x) => x.id);
  };
  return agreed([least((id) => balance(id, code).available), least((id) => balance(id, code).allocated - balance(id, code).taken)]);
}

/* ---- One person's days: in, on leave, away. ---- */
/** Closed days of the range on which the person has a record that is not "absent" (present, late or a half day). */
export function daysIn(id: string, [from, to]: Range): number {
  return daysBetween(from, to).filter((d) => {
    const r = recordOf(id, d);
    return d < TODAY && r !== undefined && r.status !== 'absent';
  }).length;
}

/**
 * Days a person came in over the range, for a question that says "worked" or "in the office": checked to equal their
 * present days (no late or half-day record), so that an answer giving statuses apart states the same figure.
 */
export function plainDaysIn(id: string, range: Range): number {
  const t = totals(only(id), range[0], range[1]);
  if (t.late + t.halfDay > 0) throw new Error(`${id} has late or half-day records over ${range.join('…')}`);
  return nonZero(agreed([daysIn(id, range), t.present]));
}

/** One person's figure of a measure over a range (absent: the halves expected and not attended, closed days only). */
export const personOf = (id: string, measure: Measure, [from, to]: Range): number => measureOf(id, measure, from, to);

/** A scope's total of a measure over a range. */
export const sumOf = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];

/** The people of the scope with any of the measure over the range. */
export const who = (scope: Scope, measure: Measure, [from, to]: Range): string[] => peopleWhere(scope, measure, from, to);

/** Was the person employed over the whole range (no question about days outside their employment)? */
export function employedThroughout(id: string, [from, to]: Range): string {
  const p = person(id);
  if (!employedOn(p, from) || !employedOn(p, to)) throw new Error(`${id} was not employed throughout ${from}…${to}`);
  return id;
}
