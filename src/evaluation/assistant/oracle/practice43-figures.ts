/*
 * practice43 — what the examiner's promise-by-promise set needs beyond the earlier oracles: the days of the calendar's
 * edge cases read from the data set itself (the half-day holidays, the team holidays, the half days of leave, the
 * weekend before today, the days someone never checked out), a manager's list that must be the same with or without
 * the manager, lists and counts guarded to be empty or filled as the question was written, refusal words for a team,
 * the company or the other teams, and a yes-or-no whose figure must stand clear of its line. Written code-blind from
 * API.md's absence rule and the README; reads only the data set (dataset/*) and the other oracle modules.
 */
import { HOLIDAYS, LEAVE, TODAY, type LeaveCode } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, type Day } from '../dataset/dates';
import { TEAMS } from '../dataset/people';
import { count, refusal, type Expected, type Figure } from '../expectation';
import { expectedFraction } from './absence';
import { checkedInToday, measureOf, peopleIn, peopleWhere, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { leaveDays } from './leave-figures';
import { changes } from './score-figures';
import { near } from './practice10-figures';
import { COMPANY_WORDS, teamWords } from './practice12-figures';
import { lastWeekdayBefore } from './practice20-figures';
import { workingDaysHalves } from './practice23-figures';
import { employedOnDay } from './practice32-figures';
import { sameWithoutAsker } from './practice34-figures';

export type Range = readonly [Day, Day];

export const ALL: Scope = {};
export const teamScope = (code: string): Scope => ({ team: code });
export const me = (id: string): Scope => ({ ids: [id] });
export const oneDay = (d: Day): [Day, Day] => [d, d];

/* Days, as asked on the data set's Wednesday 19 November 2025. */
export const YESTERDAY: Day = addDays(TODAY, -1);
/** "Saturday" and "Sunday" alone, for what is recorded: the last ones before today. */
export const LAST_SATURDAY: Day = sameDay(lastWeekdayBefore(6), '2025-11-15');
export const LAST_SUNDAY: Day = sameDay(lastWeekdayBefore(0), '2025-11-16');
/** "This coming Saturday": a weekly off day ahead. */
export const NEXT_SATURDAY: Day = sameDay(addDays(LAST_SATURDAY, 7), '2025-11-22');

/** The date of a holiday of the calendar by its name (throws when there is none). */
export function holidayNamed(name: string): Day {
  const found = HOLIDAYS.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday called ${name}`);
  return found.date;
}

/* The holidays the questions name, each checked against the date the question text writes. */
export const QA_OFFSITE: Day = sameDay(holidayNamed('QA Offsite'), '2025-09-12');
export const AUTUMN_HALF_DAY: Day = sameDay(holidayNamed('Autumn Half Day'), '2025-10-31');
export const DEV_RECHARGE_DAY: Day = sameDay(holidayNamed('DEV Recharge Day'), '2025-11-07');
export const SECURITY_TEAM_DAY: Day = sameDay(holidayNamed('Security Team Day'), '2025-12-01');

/** The one approved half-day request of a person: its date (throws unless there is exactly one). */
export function halfDayLeaveOf(id: string): Day {
  const found = LEAVE.filter((l) => l.employee === id && l.status === 'approved' && l.half !== null);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} approved half days of leave`);
  return found[0]!.from;
}

/* Ranges. */
export const NOVEMBER_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DECEMBER_WHOLE: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const OCTOBER_WHOLE: [Day, Day] = ['2025-10-01', '2025-10-31'];
export const SEPTEMBER_WHOLE: [Day, Day] = ['2025-09-01', '2025-09-30'];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
export const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
/** "The week of 10 November": Monday 10 to Sunday 16 November (last week). */
export const WEEK_OF_NOV_10: [Day, Day] = ['2025-11-10', '2025-11-16'];
/** "Between 24 and 30 November": next week, Monday to Sunday. */
export const NOV_24_TO_30: [Day, Day] = ['2025-11-24', '2025-11-30'];

/* Guards: a question written to find nobody, or someone, or a figure clear of its line. */
/** A day the question names, checked to be the one the data set holds (throws otherwise). */
export function sameDay(found: Day, named: Day): Day {
  if (found !== named) throw new Error(`the data set's day is ${found}, the question names ${named}`);
  return found;
}

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

/** Whether a value is above a line, checked to stand clear of it by more than the margin. */
export function clearlyAbove(value: number, line: number, margin: number): boolean {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near ${line}`);
  return value > line;
}

/** A count that must be 3 or more (an answer may write 1 as "once" and 2 as "twice", which the grader does not read). */
export function threeOrMore(value: number): number {
  if (value < 3) throw new Error(`a count of ${value} may be written in words the grader does not read`);
  return value;
}

/* Attendance. */
/** A rate that must exist (throws when nothing was expected). */
export function rateOf(scope: Scope, [from, to]: Range): number {
  const r = totals(scope, from, to).rate;
  if (r === null) throw new Error(`nothing to rate from ${from} to ${to}`);
  return r;
}

/** A scope's total of a measure over a range. */
export const sumOf = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];

/** One person's figure of a measure over a range. */
export const personOf = (id: string, measure: Measure, [from, to]: Range): number => measureOf(id, measure, from, to);

/** The people of the scope with any of the measure over the range. */
export const who = (scope: Scope, measure: Measure, [from, to]: Range): string[] => peopleWhere(scope, measure, from, to);

/** A manager's "who on my team …": the same list with or without the manager, or the question is in doubt (throws). */
export const teamWho = (manager: string, measure: Measure, range: Range): string[] =>
  sameWithoutAsker(teamScope(person(manager).team), manager, (s) => who(s, measure, range));

/** The people of the scope with strictly more than n of the measure over the range (throws when nobody passes). */
export function moreThan(scope: Scope, measure: Measure, [from, to]: Range, n: number): string[] {
  return some(peopleWhere(scope, measure, from, to, (v) => v > n));
}

/** Was the person expected at work on the day at all (employed, tracked, a working day, not wholly off)? */
export const expectedOn = (id: string, day: Day): number => expectedFraction(person(id), day);

/** One person's record status on a day (throws when there is no record). */
export function statusOf(id: string, day: Day): string {
  const r = recordOf(id, day);
  if (!r) throw new Error(`${id} has no record on ${day}`);
  return r.status;
}

/** A check-in or check-out time as an answer would write it ("13:08"); throws when there is none. */
export function clock(id: string, day: Day, which: 'in' | 'out'): string {
  const r = recordOf(id, day);
  const time = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!time) throw new Error(`${id} has no check-${which} on ${day}`);
  return time.slice(0, 5);
}

/** The closed days of the range with a check-in and no check-out, for the scope: how many records. */
export const missingCheckOuts = (scope: Scope, range: Range): number => sumOf(scope, 'missingCheckOut', range);

/** The closed days on which one person never checked out (throws when none). */
export function missedCheckOutDays(id: string): Day[] {
  const found = dataset()
    .attendance.filter((r) => r.employee === id && r.date < TODAY && r.checkIn !== null && r.checkOut === null)
    .map((r) => r.date)
    .sort();
  return some(found);
}

/** How many people of the scope have checked in so far today. */
export const checkedInSoFar = (scope: Scope): number => checkedInToday(scope).length;

/** The dates of the range on which the scope had any of the measure, for one person. */
export const datesWith = (id: string, measure: Measure, [from, to]: Range): Day[] => daysBetween(from, to).filter((d) => measureOf(id, measure, d, d) > 0);

/* Scores. */
/** Everyone tied at the top of the rise between two quarters ("the most" with no number names them all), and the rise. */
export function biggestRise(from: string, to: string, scope: Scope = {}): { ids: string[]; change: number } {
  const all = changes(from, to, scope);
  const top = Math.max(...all.map((c) => c.change));
  if (!(top > 0)) throw new Error('nobody improved');
  return { ids: all.filter((c) => c.change === top).map((c) => c.id), change: top };
}

/* Calendar and leave. */
/** Working days of the range by a team's calendar (or the organisation's): weekdays less holiday halves. */
export const workingDaysIn = (range: Range, team: string | null = null): number => workingDaysHalves(range, team);

/** Whether the day is wholly a working day for the team (no holiday half, not a weekend). */
export const wholeWorkingDay = (day: Day, team: string | null): boolean => workingDaysHalves([day, day], team) === 1;

/** Days of approved leave (halves, holidays aside) of one person within the range, of one kind when given. */
export const leaveIn = (id: string, range: Range, code?: LeaveCode): number => leaveDays(id, range[0], range[1], code);

/** How many people were employed on a day (hired by then, last day not gone by). */
export const employedCountOn = (day: Day): number => employedOnDay(day).length;

/* Figures with labels. */
const HEAD = 'people|employee|headcount|staff|person|member|senior|junior|hire|join|starter|total|team';
/** A headcount, next to a word for people. */
export const head = (n: number): Figure => near(count(n), HEAD);

/* Refusals of what a caller may not see. */
/** A team the caller may not see (for an employee, their own too): named back as outside what they can see. */
export const outsideTeam = (code: string): Expected => refusal(...teamWords(code), 'outside', 'your team', 'my team', 'not in your scope');

/** The whole organisation asked by a manager or an employee. */
export const outsideCompany = (): Expected => refusal(...COMPANY_WORDS, 'outside', 'whole', 'not in your scope');

/** Team by team asked by a manager: the other teams are outside what they can see. */
export const otherTeams = (mine: string): Expected =>
  refusal(
    ...Object.keys(TEAMS)
      .filter((t) => t !== mine)
      .flatMap((t) => teamWords(t)),
    'outside',
    'other teams',
    'each team',
    'team by team',
    'per team',
    'by team',
  );

/** A ranking of people or everyone's figures asked by an employee: the others are outside what they can see. */
export const othersOutside = (...words: string[]): Expected => refusal(...COMPANY_WORDS, 'outside', 'other people', 'others', 'colleagues', ...words);

/** The people of a scope, by id. */
export const idsOf = (scope: Scope): string[] => peopleIn(scope).map((p) => p.id);
