/*
 * practice47 — what the HR business partner's set needs beyond the earlier oracles. Its messages carry context before
 * the question (a reason for asking, a statement about a person or a day, who is being covered for), so the figures
 * here are the ones the last question asks about: the days a context names ("Monday", "last Friday", "the 13th",
 * Founders Day, the QA offsite), each checked against the date the question writes; "this week" read up to yesterday,
 * to today and to Sunday, answered only where the readings agree; a manager's "who on my team" checked to be the same
 * with or without the manager; figures labelled with the words an answer stands them next to (a context may hold other
 * measure words, so no label is left to be guessed from the question); and guards that throw when a list expected
 * filled is empty, or the reverse. Written code-blind from API.md's absence rule, its leave section and the README's
 * assistant section; reads only the data set (dataset/*) and the other oracle modules.
 */
import { HOLIDAYS, LEAVE, TODAY, type LeaveCode, type LeaveStatus } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, weekday, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { count, days, type Figure } from '../expectation';
import { checkedInToday, notCheckedInToday, peopleIn, peopleWhere, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { balance, leaveDays, offBetween, requests } from './leave-figures';
import { hiredBetween, leftBetween, select } from './people-figures';
import { scoreOf, scoresIn, stats } from './score-figures';
import { near } from './practice10-figures';
import { agreed } from './practice16-figures';
import { lastWeekdayBefore } from './practice20-figures';
import { workingDaysHalves } from './practice23-figures';
import { sameWithoutAsker } from './practice34-figures';

export type Range = readonly [Day, Day];

/* ---- Days, as asked on Wednesday 19 November 2025; a day the question writes is checked to be the data set's. ---- */

export function sameDay(found: Day, named: Day): Day {
  if (found !== named) throw new Error(`the data set's day is ${found}, the question names ${named}`);
  return found;
}

/** A day the question names with its weekday ("Thursday the 13th"), checked to fall on that weekday (0 = Sunday). */
export function dayIs(day: Day, dow: number): Day {
  if (weekday(day) !== dow) throw new Error(`${day} is not on weekday ${dow}`);
  return day;
}

export const YESTERDAY: Day = sameDay(addDays(TODAY, -1), '2025-11-18');
/** A weekday alone, for what is recorded: the last one before today. */
export const MONDAY: Day = sameDay(lastWeekdayBefore(1), '2025-11-17');
export const TUESDAY: Day = sameDay(lastWeekdayBefore(2), '2025-11-18');
export const LAST_FRIDAY: Day = sameDay(lastWeekdayBefore(5), '2025-11-14');

/** The date of a holiday by its name, checked against the date the question's comment gives. */
export function holidayDay(name: string, named: Day): Day {
  const found = HOLIDAYS.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday called ${name}`);
  return sameDay(found.date, named);
}

export const on = (d: Day): [Day, Day] => [d, d];

/* ---- Ranges. ---- */

export const LAST_WEEK: [Day, Day] = [addDays(MONDAY, -7), addDays(MONDAY, -1)];
export const WEEK_BEFORE_LAST: [Day, Day] = [addDays(MONDAY, -14), addDays(MONDAY, -8)];
export const NEXT_WEEK: [Day, Day] = [addDays(MONDAY, 7), addDays(MONDAY, 13)];
/** "This week" for what is recorded: Monday to yesterday (the closed days) and Monday to today; both must agree. */
export const THIS_WEEK_RECORDED: ReadonlyArray<Range> = [
  [MONDAY, YESTERDAY],
  [MONDAY, TODAY],
];
/** "This week" for leave: Monday to today, and Monday to Sunday (leave booked ahead included); both must agree. */
export const THIS_WEEK_LEAVE: ReadonlyArray<Range> = [
  [MONDAY, TODAY],
  [MONDAY, addDays(MONDAY, 6)],
];
export const AUGUST: [Day, Day] = ['2025-08-01', '2025-08-31'];
export const SEPTEMBER: [Day, Day] = ['2025-09-01', '2025-09-30'];
export const OCTOBER: [Day, Day] = ['2025-10-01', '2025-10-31'];
export const NOV_SO_FAR: [Day, Day] = ['2025-11-01', TODAY];
export const NOV_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];
export const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
export const Q3: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const YEAR_2025: [Day, Day] = ['2025-01-01', '2025-12-31'];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];

/** The Monday-to-Sunday week holding a day. */
export function weekHolding(day: Day): [Day, Day] {
  let monday = day;
  while (weekday(monday) !== 1) monday = addDays(monday, -1);
  return [monday, addDays(monday, 6)];
}

/** One answer over every reading of a phrase, or throws when they disagree (the question would be in doubt). */
export const overAll = <T>(readings: ReadonlyArray<Range>, of: (range: Range) => T): T => agreed(readings.map(of));

/* ---- Scopes. ---- */

export const ALL: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const me = (id: string): Scope => ({ ids: [id] });
/** The people of a position in a team, leavers included (their records and scores stay). */
export const levelOf = (position: Position, code?: string): Scope => ({
  ids: peopleIn({ team: code })
    .filter((p) => p.position === position)
    .map((p) => p.id),
});

/* ---- Guards. ---- */

export function some(list: string[]): string[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

export function none(list: string[]): string[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}

/** A count of 3 or more: an answer may write 1 as "once" and 2 as "twice", which the grader does not read. */
export function threeOrMore(n: number): number {
  if (n < 3) throw new Error(`a count of ${n} may be written in words the grader does not read`);
  return n;
}

/** Whether a value is past a line, checked to stand clear of it by more than the margin. */
export function clearly(value: number, line: number, margin: number): boolean {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near ${line}`);
  return value > line;
}

/* ---- Labelled figures: the words a figure must stand next to in the answer. ---- */

export const LATE = 'late|arriv|tard|time';
export const AWAY = 'absen|\\boff\\b|away|missed|day';
export const LEAVE_WORDS = 'leave|day|off|taken|annual|sick|unpaid|left|available|balance|remaining|booked|pending|request';
export const HEAD = 'people|person|employee|staff|headcount|member|active|total|senior|junior|hire|join|starter|left|leaver';

export const lateN = (n: number): Figure => near(count(n), LATE);
export const awayDays = (n: number): Figure => near(days(n), AWAY);
export const leaveFig = (n: number): Figure => near(days(n), LEAVE_WORDS);
export const headN = (n: number, ...words: string[]): Figure => near(count(n), [HEAD, ...words].join('|'));
export const halfN = (n: number): Figure => near(count(n), 'half');
export const checkOutN = (n: number): Figure => near(count(n), 'check|missing|clock');

/* ---- Attendance. ---- */

/** A rate over a range that must exist (throws when nothing was expected). */
export function rateOf(scope: Scope, [from, to]: Range): number {
  const r = totals(scope, from, to).rate;
  if (r === null) throw new Error(`nothing to rate from ${from} to ${to}`);
  return r;
}
export const sumOf = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];
export const who = (scope: Scope, measure: Measure, [from, to]: Range): string[] => peopleWhere(scope, measure, from, to);

/** A manager's "who on my team …": the same list with or without the manager (throws otherwise). */
export const teamWho = (manager: string, measure: Measure, range: Range): string[] =>
  sameWithoutAsker(team(person(manager).team), manager, (s) => who(s, measure, range));

/** The people of a scope late or absent over a range, each once. */
export const lateOrAbsent = (scope: Scope, range: Range): string[] => [...new Set([...who(scope, 'late', range), ...who(scope, 'absent', range)])];

/** Today (open): the people of the scope expected with no record yet, and how many have checked in. */
export const notInYet = (scope: Scope): string[] => notCheckedInToday(scope);
export const inSoFar = (scope: Scope): number => checkedInToday(scope).length;

/** A check-in or check-out time as an answer would write it ("09:12"); throws when there is none. */
export function clock(id: string, day: Day, which: 'in' | 'out'): string {
  const r = recordOf(id, day);
  const time = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!time) throw new Error(`${id} has no check-${which} on ${day}`);
  return time.slice(0, 5);
}

/** Did the person check out on the day? Throws when there is no check-in. */
export function checkedOut(id: string, day: Day): boolean {
  const r = recordOf(id, day);
  if (!r?.checkIn) throw new Error(`${id} has no check-in on ${day}`);
  return r.checkOut !== null;
}

/** The days of the range on which one person had any of the measure (late, absent, a missing check-out …). */
export function datesOf(id: string, measure: Measure, [from, to]: Range): Day[] {
  const out: Day[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (totals(me(id), d, d)[measure] > 0) out.push(d);
  return out;
}

/** The team (or teams, when tied) with the most of a measure over a range, and how much. */
export function teamWithMost(measure: Measure, range: Range): { teams: string[]; value: number } {
  const values = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((code) => ({ code, value: sumOf(team(code), measure, range) }));
  const top = Math.max(...values.map((v) => v.value));
  return { teams: values.filter((v) => v.value === top).map((v) => v.code), value: top };
}

/* ---- Leave. ---- */

/** Days of approved leave (halves, holidays aside) within a range, summed over a scope, of one kind when given. */
export const leaveOf = (scope: Scope, range: Range, code?: LeaveCode): number =>
  peopleIn(scope).reduce((sum, p) => sum + leaveDays(p.id, range[0], range[1], code), 0);

/** People of the scope on approved leave for a half or more on some day of the range. */
export const offIn = (scope: Scope, [from, to]: Range): string[] => offBetween(scope, from, to);

export const available = (id: string, code: LeaveCode = 'ANNUAL'): number => balance(id, code).available;
export const pendingOf = (id: string, code: LeaveCode = 'ANNUAL'): number => balance(id, code).pending;
/** What is left, for someone with nothing pending: available and the grant less the approved days are one figure (throws otherwise). */
export const leftOf = (id: string, code: LeaveCode = 'ANNUAL'): number => {
  const b = balance(id, code);
  return agreed([b.available, b.allocated - b.taken]);
};

/** The people of a scope with a request in a state, each once, and the first days of those requests. */
export function requestsIn(status: LeaveStatus, scope: Scope = ALL): { people: string[]; dates: Day[] } {
  const found = requests(status, scope);
  return { people: [...new Set(found.map((l) => l.employee))], dates: found.map((l) => l.from) };
}

/** How many requests in a state the scope has. */
export const requestCount = (status: LeaveStatus, scope: Scope = ALL): number => requests(status, scope).length;

/** The one request of a person that starts on a day, whatever its state (throws unless exactly one). */
export function requestStarting(id: string, from: Day): { status: LeaveStatus; to: Day } {
  const found = LEAVE.filter((l) => l.employee === id && l.from === from);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} requests starting ${from}`);
  return { status: found[0]!.status, to: found[0]!.to };
}

/** The last day of the approved leave a person is on, on a day (throws when they are not on leave then). */
export function leaveEndsAround(id: string, day: Day): Day {
  const found = LEAVE.filter((l) => l.employee === id && l.status === 'approved' && l.from <= day && day <= l.to);
  if (found.length !== 1) throw new Error(`${id} is on ${found.length} approved requests on ${day}`);
  return found[0]!.to;
}

/* ---- Calendar. ---- */

/** Working days of the range by a team's calendar (or the organisation's): weekdays less holiday halves. */
export const workingDaysIn = (range: Range, code: string | null = null): number => workingDaysHalves(range, code);

/** The organisation's holidays still to come this year (team holidays aside), by date. */
export const publicHolidaysLeft = (): Day[] =>
  HOLIDAYS.filter((h) => h.team === null && h.date > TODAY && h.date <= '2025-12-31')
    .map((h) => h.date)
    .sort();

/** The next holiday of the organisation after today. */
export const nextPublicHoliday = (): Day => publicHolidaysLeft()[0]!;

/* ---- People. ---- */

export const headcount = (code?: string, position?: Position): number => select({ team: code, position }).length;
export const hires = ([from, to]: Range, code?: string): string[] => hiredBetween(from, to, code);
export const leavers = ([from, to]: Range, code?: string): string[] => leftBetween(from, to, code);
export const hireOf = (id: string): Day => person(id).hire;
export function endOf(id: string): Day {
  const end = person(id).end;
  if (end === null) throw new Error(`${id} has not left`);
  return end;
}
export const titleOf = (id: string): string => person(id).title;

/** The active person of a team hired first (throws when two share the day). */
export function longestServing(code: string): string[] {
  const sorted = select({ team: code }).sort((a, b) => a.hire.localeCompare(b.hire));
  if (sorted.length > 1 && sorted[0]!.hire === sorted[1]!.hire) throw new Error('two people share the earliest hire date');
  return [sorted[0]!.id];
}

/* ---- Scores. ---- */

export const meanOf = (period: string, scope: Scope = ALL): number => stats([period], scope).mean;
export const medianOf = (period: string, scope: Scope = ALL): number => stats([period], scope).median;

/** A person's final score in a period, which must exist. */
export function scoreKnown(id: string, period: string): number {
  const s = scoreOf(id, period);
  if (s === null) throw new Error(`${id} has no score in ${period}`);
  return s;
}

/** The one person at the top (or bottom) of a period's scores in a scope; throws on a tie at the end. */
export function soleAtEnd(period: string, direction: 'top' | 'bottom', scope: Scope = ALL): string[] {
  const sorted = scoresIn([period], scope).sort((a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score));
  if (sorted.length > 1 && sorted[0]!.score === sorted[1]!.score) throw new Error(`the ${direction} of ${period} is tied`);
  return [sorted[0]!.id];
}
