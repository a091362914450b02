/*
 * practice53 — what a manager's and an HR generalist's working week needs beyond the core oracles: the calendar around
 * the data set's "today" (yesterday, the last Monday, this, last and next week, this and last month, the quarter
 * before this one), computed from TODAY and never typed in; the Monday check of an open day (who has checked in, who
 * was late this morning, who is not in yet); figures over a group and a period read every way the question allows —
 * a period reaching today with and without today (the day is open), a group with and without those who have left,
 * a manager's "my team" with and without the manager — and thrown out when the readings disagree; labels the figures
 * of an answer stand next to. Written code-blind from API.md's absence rule and the README's assistant section; reads
 * only the data set (dataset/*) and the core oracle modules.
 */
import { TODAY, TRACKING_START } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, daysBetween, monthRange, quarterOf, weekday, type Day } from '../dataset/dates';
import { TEAMS, type Position } from '../dataset/people';
import { count, days, hours, scopeOf, type Caller, type Figure } from '../expectation';
import { employedOn, expectedFraction } from './absence';
import { peopleIn, recordOf, totals, type Measure, type Scope } from './attendance-figures';
import { near } from './practice10-figures';
import { agreed } from './practice16-figures';
import type { Entry } from './practice53-rankings';

export type Range = readonly [Day, Day];

/* ---- The calendar around today. ---- */

export const YESTERDAY: Day = addDays(TODAY, -1);
const MONDAY: Day = addDays(TODAY, -((weekday(TODAY) + 6) % 7));
export const THIS_WEEK: Range = [MONDAY, TODAY];
export const THIS_WEEK_WHOLE: Range = [MONDAY, addDays(MONDAY, 6)];
export const LAST_WEEK: Range = [addDays(MONDAY, -7), addDays(MONDAY, -1)];
export const WEEK_BEFORE_LAST: Range = [addDays(MONDAY, -14), addDays(MONDAY, -8)];
export const NEXT_WEEK: Range = [addDays(MONDAY, 7), addDays(MONDAY, 13)];

/** A weekday named alone, for what is recorded: the last such day before today (0 Sunday … 6 Saturday). */
export function lastWeekday(dow: number): Day {
  let d = YESTERDAY;
  while (weekday(d) !== dow) d = addDays(d, -1);
  return d;
}
/** A day the question writes out, checked to be the one the calendar gives (throws otherwise). */
export function sameDay(found: Day, written: Day): Day {
  if (found !== written) throw new Error(`the calendar gives ${found}, the question writes ${written}`);
  return found;
}

const YEAR = Number(TODAY.slice(0, 4));
const MONTH = Number(TODAY.slice(5, 7));
/** A month, cut at today when it holds today. */
export function month(m: number, year = YEAR): Range {
  const { from, to } = monthRange(year, m);
  return [from, to < TODAY ? to : TODAY];
}
/** The whole month, days ahead included (for leave booked and working days). */
export function wholeMonth(m: number, year = YEAR): Range {
  const { from, to } = monthRange(year, m);
  return [from, to];
}
/** The month n months before this one (0: this month so far). */
function monthBack(n: number): Range {
  const index = YEAR * 12 + (MONTH - 1) - n;
  return month((index % 12) + 1, Math.floor(index / 12));
}
export const THIS_MONTH: Range = monthBack(0);
export const LAST_MONTH: Range = monthBack(1);
export const MONTH_BEFORE_LAST: Range = monthBack(2);

const thisQuarter = quarterOf(TODAY);
const lastQuarter = quarterOf(addDays(thisQuarter.from, -1));
const quarterBefore = quarterOf(addDays(lastQuarter.from, -1));
export const THIS_QUARTER: Range = [thisQuarter.from, TODAY];
export const LAST_QUARTER: Range = [lastQuarter.from, lastQuarter.to];
/** Score periods: last quarter (the last one scored), the one before it, and so on. */
export const LAST_Q: string = lastQuarter.period;
export const Q_BEFORE: string = quarterBefore.period;
export const Q_BEFORE_THAT: string = quarterOf(addDays(quarterBefore.from, -1)).period;
export const YEAR_SO_FAR: Range = [`${YEAR}-01-01`, TODAY];
export const SINCE_TRACKING: Range = [TRACKING_START, TODAY];

/* ---- Groups. ---- */

export const TEAM_CODES: string[] = Object.keys(TEAMS).sort();
export const ALL: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const me = (id: string): Scope => ({ ids: [id] });
const idsOf = (scope: Scope): string[] => peopleIn(scope).map((p) => p.id);
/** The people of a position (of a team when given), leavers included: their records stay. */
export const level = (position: Position, code?: string): Scope => ({
  ids: peopleIn({ team: code })
    .filter((p) => p.position === position)
    .map((p) => p.id),
});
const stillHere = (scope: Scope): Scope => ({
  ids: peopleIn(scope)
    .filter((p) => employedOn(p, TODAY))
    .map((p) => p.id),
});
const without = (scope: Scope, id: string): Scope => ({ ids: idsOf(scope).filter((x) => x !== id) });

/* ---- Readings: every way the question may be read must give one answer. ---- */

/** A period reaching today is read with today (open) and without it. */
function periodReadings([from, to]: Range): Range[] {
  return from < TODAY && to >= TODAY
    ? [
        [from, to],
        [from, YESTERDAY],
      ]
    : [[from, to]];
}
/** A group is read as given, without those who have left, and (for a manager's "my team") without the manager. */
function groupReadings(scope: Scope, asker?: string): Scope[] {
  const list = [scope, stillHere(scope)];
  if (asker !== undefined && idsOf(scope).includes(asker)) list.push(without(scope, asker));
  return list;
}
/** One value over every reading of the group and the period, or throws. */
export const overAll = <T>(scope: Scope, range: Range, of: (s: Scope, r: Range) => T, asker?: string): T =>
  agreed(groupReadings(scope, asker).flatMap((s) => periodReadings(range).map((r) => of(s, r))));

/* ---- Attendance. ---- */

const round4 = (n: number) => Math.round((n + Number.EPSILON) * 10_000) / 10_000;

/** The rate of a group over a period, by the absence rule (throws when nothing was expected). */
export function rateOf(scope: Scope, [from, to]: Range): number {
  const r = totals(scope, from, to).rate;
  if (r === null) throw new Error(`nothing to rate from ${from} to ${to}`);
  return r;
}
/** The absence rate: the attendance rate taken from 1. */
export const absenceOf = (scope: Scope, range: Range): number => round4(1 - rateOf(scope, range));
/** A level's rate, the same with and without those who have left (throws otherwise). */
export const levelRate = (position: Position, range: Range, code?: string): number =>
  agreed([rateOf(level(position, code), range), rateOf(stillHere(level(position, code)), range)]);

/** A measure summed over a group and a period (a period reaching today read with and without today). */
export const sumOf = (scope: Scope, measure: Measure, range: Range): number =>
  agreed(periodReadings(range).map(([f, t]) => (f > t ? 0 : totals(scope, f, t)[measure])));
export const personSum = (id: string, measure: Measure, range: Range): number => sumOf(me(id), measure, range);

/** The people of a group whose measure over the period passes (by default: any at all), read every way. */
export const who = (scope: Scope, measure: Measure, range: Range, passes: (v: number) => boolean = (v) => v > 0, asker?: string): string[] =>
  overAll(
    scope,
    range,
    (s, [f, t]) =>
      peopleIn(s)
        .filter((p) => passes(totals(me(p.id), f, t)[measure]))
        .map((p) => p.id),
    asker,
  );

/** A manager's "who on my team …": their team, read with and without the manager. */
export const teamWho = (manager: string, measure: Measure, range: Range, passes: (v: number) => boolean = (v) => v > 0): string[] =>
  who(team(person(manager).team), measure, range, passes, manager);

/** The days of a period on which one person was absent (a half day counts). */
const absentDays = (id: string, [from, to]: Range): number => daysBetween(from, to).filter((d) => totals(me(id), d, d).absent > 0).length;

/** The people of a group absent more than n over the period, as days (a half a half) and as days with some absence. */
export function absentMoreThan(scope: Scope, range: Range, n: number, asker?: string): string[] {
  const asDays = who(scope, 'absent', range, (v) => v > n, asker);
  const asOccasions = overAll(
    scope,
    range,
    (s, r) =>
      peopleIn(s)
        .filter((p) => absentDays(p.id, r) > n)
        .map((p) => p.id),
    asker,
  );
  return agreed([asDays, asOccasions]);
}

/** Each person's rate over the period (people with nothing expected left out). */
export const rateEntries = (scope: Scope, range: Range): Entry[] =>
  peopleIn(scope)
    .map((p) => ({ id: p.id, value: totals(me(p.id), range[0], range[1]).rate }))
    .filter((e): e is Entry => e.value !== null);

/** The people whose rate passes, each clear of the line by more than half a point of a percent's hundredth. */
export function rateWhere(scope: Scope, range: Range, line: number, passes: (r: number) => boolean, asker?: string): string[] {
  return overAll(
    scope,
    range,
    (s, r) =>
      rateEntries(s, r)
        .map((e) => clear(e, line, 0.0005))
        .filter((e) => passes(e.value))
        .map((e) => e.id),
    asker,
  );
}

/** Hours over the period of each person of the group expected at work on some day of it (no record counts as 0). */
export const hourEntries = (scope: Scope, range: Range): Entry[] =>
  peopleIn(scope)
    .filter((p) => daysBetween(range[0], range[1]).some((d) => expectedFraction(p, d) > 0))
    .map((p) => ({ id: p.id, value: personSum(p.id, 'hours', range) }));

/** The people whose hours pass the line, read over the group as given, without leavers and without the asker. */
export const hoursWhere = (scope: Scope, range: Range, line: number, passes: (h: number) => boolean, asker?: string): string[] =>
  overAll(
    scope,
    range,
    (s, r) =>
      hourEntries(s, r)
        .map((e) => clear(e, line, 0.05))
        .filter((e) => passes(e.value))
        .map((e) => e.id),
    asker,
  );

/* ---- The Monday check: today is open. ---- */

/** People of the group with a check-in today. */
export const checkedInToday = (scope: Scope): string[] =>
  peopleIn(scope)
    .filter((p) => recordOf(p.id, TODAY)?.checkIn)
    .map((p) => p.id);
/** People of the group whose check-in today came late. */
export const lateToday = (scope: Scope): string[] =>
  peopleIn(scope)
    .filter((p) => recordOf(p.id, TODAY)?.status === 'late')
    .map((p) => p.id);
/** People of the group expected today with no record yet. */
export const notInYet = (scope: Scope): string[] =>
  peopleIn(scope)
    .filter((p) => expectedFraction(p, TODAY) > 0 && !recordOf(p.id, TODAY))
    .map((p) => p.id);
/** A person's check-in time today or on a day, as an answer writes it ("08:54"); throws when there is none. */
export function checkInOf(id: string, day: Day = TODAY): string {
  const time = recordOf(id, day)?.checkIn;
  if (!time) throw new Error(`${id} has no check-in on ${day}`);
  return time.slice(0, 5);
}

/** Each person's measure over the period (a period reaching today read both ways). */
export const measureEntries = (scope: Scope, measure: Measure, range: Range): Entry[] =>
  peopleIn(scope).map((p) => ({ id: p.id, value: personSum(p.id, measure, range) }));

/* ---- Labels: the words a figure stands next to. ---- */

const WORDS: Record<Measure, string> = {
  late: 'late|arriv|tard|time',
  absent: 'absen|\\boff\\b|away|missed|no-show|day',
  halfDay: 'half',
  missingCheckOut: 'check|missing|forg|clock',
  onLeave: 'leave|day|off',
  hours: '\\bh\\b|hours?|hrs',
};
const KIND: Record<Measure, (n: number) => Figure> = { late: count, absent: days, halfDay: count, missingCheckOut: count, onLeave: days, hours };
/** A measure's figure next to its own words or any of the others given. */
export const fig = (measure: Measure, value: number, ...also: string[]): Figure => near(KIND[measure](value), [WORDS[measure], ...also].join('|'));
export const HEAD = 'people|person|employee|staff|headcount|member|active|total|senior|junior|\\bmid|lead|manager|hire|join|left|leaver|team';
export const headN = (n: number, ...also: string[]): Figure => near(count(n), [HEAD, ...also].join('|'));
export const leaveN = (n: number): Figure => near(days(n), 'leave|day|off|taken|annual|sick|unpaid|left|available|balance|remaining|booked|pending');
export const requestN = (n: number): Figure => near(count(n), 'request|pending|approved|waiting');
export const workingN = (n: number): Figure => near(days(n), 'working|work|day');
export const checkedN = (n: number): Figure => near(count(n), 'check|clock|in yet|not in|people|employee|staff');

/* ---- Guards. ---- */

export function some<T>(list: T[]): T[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}
export function none<T>(list: T[]): T[] {
  if (list.length > 0) throw new Error(`expected nobody, found ${list.join(', ')}`);
  return list;
}
/** A count an answer may not write as "once" or "twice" (words the grader does not read): 0 or 3 and more. */
export function plain(n: number): number {
  if (n === 1 || n === 2) throw new Error(`a count of ${n} may be written as a word the grader does not read`);
  return n;
}
/** An entry clear of a line by more than the margin, so that neither rounding nor an inclusive reading decides. */
export function clear<T extends { value: number }>(e: T, line: number, margin: number): T {
  if (Math.abs(e.value - line) <= margin) throw new Error(`${e.value} is too near the line ${line}`);
  return e;
}
/** A person the caller cannot see, by full name (throws when the caller can). */
export function outOfScope(who: Caller, id: string): string {
  const scope = scopeOf(who);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  return id;
}
/** Each person once, in the order first named. */
export const union = (...lists: string[][]): string[] => [...new Set(lists.flat())];
