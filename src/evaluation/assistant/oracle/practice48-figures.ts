/*
 * practice48 — numbers and lines: what the set about thresholds needs beyond the earlier oracles. A line is read as
 * API.md and plain English read it: "above", "over", "more than" are strictly past it; "at least", "or more", "or
 * better" include it; "below", "under", "fewer than", "less than" are strictly short of it; "at most", "or less",
 * "no more than" include it; "exactly" is on it. A value exactly on the line is checked to be exactly there (a rate
 * as a fraction of its halves, not as a rounded figure), and a value near the line is checked to stand clear of it,
 * so that rounding can never decide the answer. Where a question could be read two ways — absences as days (a half
 * a half) or as occasions, a period running to today with or without today (it is open), a manager's team with or
 * without the manager, a group with or without the people who have left, hours over the people expected at work or
 * over everyone employed — both readings are computed and must give one answer (it throws otherwise). This file
 * holds the periods, the guards and the attendance and hours lines; practice48-lines.ts the scores, people,
 * calendar, leave and shares. Written code-blind from API.md, docs/API.md and the README; reads only the data set
 * (dataset/*) and the other oracle modules. Nothing here is an answer typed in by hand.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, daysBetween, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { employedOn } from './absence';
import { measureOf, peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { isoWeek } from './practice15-figures';
import { agreed } from './practice16-figures';
import { lastWeekdayBefore } from './practice20-figures';
import { absentDays } from './practice23-figures';
import { without } from './practice34-figures';

export type Range = readonly [Day, Day];
/** How a value stands against a line: gt "more than", ge "at least", lt "fewer than", le "at most", eq "exactly". */
export type Op = 'gt' | 'ge' | 'lt' | 'le' | 'eq';

/* ---- Days and periods, as asked on Wednesday 19 November 2025; a day the question writes is checked. ---- */

export function sameDay(found: Day, named: Day): Day {
  if (found !== named) throw new Error(`the data set's day is ${found}, the question names ${named}`);
  return found;
}

export const TDY: Day = TODAY;
export const YDAY: Day = addDays(TODAY, -1);
const MON: Day = sameDay(lastWeekdayBefore(1), '2025-11-17');
/** "Last week": the previous Monday to Sunday (API.md). */
export const LAST_WK: [Day, Day] = [addDays(MON, -7), addDays(MON, -1)];
/** "wk 45": ISO week 45 of 2025, the week before last. */
export const WK_45: [Day, Day] = isoWeek(2025, 45);
/** "This week": Monday to today. */
export const THIS_WK: [Day, Day] = [MON, TODAY];
/** "Next week", for leave booked: the coming Monday to Sunday. */
export const NEXT_WK: [Day, Day] = [addDays(MON, 7), addDays(MON, 13)];
export const AUG: [Day, Day] = ['2025-08-01', '2025-08-31'];
export const SEP: [Day, Day] = ['2025-09-01', '2025-09-30'];
/** October, also "last month". */
export const OCT: [Day, Day] = ['2025-10-01', '2025-10-31'];
/** "This month": the 1st to today (README). */
export const NOV_SO_FAR: [Day, Day] = ['2025-11-01', TODAY];
export const NOV_WHOLE: [Day, Day] = ['2025-11-01', '2025-11-30'];
export const DEC_WHOLE: [Day, Day] = ['2025-12-01', '2025-12-31'];
/** "Since August": the first tracked day to today. */
export const SINCE_AUG: [Day, Day] = ['2025-08-01', TODAY];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const Q4_24 = '2024-Q4';
export const Q1 = '2025-Q1';
export const Q2 = '2025-Q2';
export const Q3 = '2025-Q3';
export const on = (d: Day): [Day, Day] => [d, d];

/* ---- Scopes. ---- */

export const ALL: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const me = (id: string): Scope => ({ ids: [id] });
/** The people of a position (leavers included: their records stay), of a team when given. */
export const level = (position: Position, code?: string): Scope => ({
  ids: peopleIn({ team: code })
    .filter((p) => p.position === position)
    .map((p) => p.id),
});
/** The scope without the people who have left by today. */
export const stayers = (scope: Scope): Scope => ({
  ids: peopleIn(scope)
    .filter((p) => employedOn(p, TODAY))
    .map((p) => p.id),
});

/* ---- Lines and guards. ---- */

export function passes(value: number, op: Op, line: number): boolean {
  const eps = 1e-9;
  switch (op) {
    case 'gt':
      return value > line + eps;
    case 'ge':
      return value >= line - eps;
    case 'lt':
      return value < line - eps;
    case 'le':
      return value <= line + eps;
    case 'eq':
      return Math.abs(value - line) <= eps;
  }
}

/** A value that is either exactly on the line or clear of it by more than the margin (throws otherwise). */
export function settled(value: number, line: number, margin: number): number {
  const gap = Math.abs(value - line);
  if (gap > 1e-9 && gap <= margin) throw new Error(`${value} is too near the line ${line}`);
  return value;
}

/** A value checked to sit exactly on the line: the question was written to test the line itself. */
export function onLine(value: number, line: number): number {
  if (Math.abs(value - line) > 1e-9) throw new Error(`${value} is not on the line ${line}`);
  return value;
}

/** A list sorted, so that readings compare as sets. */
export const sorted = (list: readonly string[]): string[] => [...list].sort();

/** Several readings of one list that must hold the same people (throws otherwise). */
export const oneList = (...readings: ReadonlyArray<readonly string[]>): string[] => agreed(readings.map(sorted));

export function some<T>(list: T[]): T[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}
export function none<T>(list: T[]): T[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}
/** A count an answer may not write as "once" or "twice" (the grader reads neither): 0 or 3 and more. */
export function plain(n: number): number {
  if (n === 1 || n === 2) throw new Error(`a count of ${n} may be written as a word the grader does not read`);
  return n;
}

/** A manager's list about their team: the same with or without the manager (throws otherwise). */
export const teamList = (manager: string, of: (scope: Scope) => string[]): string[] => {
  const mine = team(person(manager).team);
  return oneList(of(mine), of(without(mine, manager)));
};
/** A list the same whether the people who have left are in the group or not (throws otherwise). */
export const leaverFree = (scope: Scope, of: (scope: Scope) => string[]): string[] => oneList(of(scope), of(stayers(scope)));
/** A figure over a period running to today: the same with today (open) and without it (throws otherwise). */
export const toDate = <T>([from, to]: Range, of: (range: Range) => T): T => {
  if (to !== TODAY) return of([from, to]);
  return agreed([of([from, to]), of([from, addDays(TODAY, -1)])]);
};

/* ---- Attendance rates. ---- */

/** The rate unrounded: Σ min(a, e) ÷ Σ e over the closed days (throws when nothing was expected). */
export function rawRate(scope: Scope, [from, to]: Range): number {
  const t = totals(scope, from, to);
  if (t.expectedClosed === 0) throw new Error(`nothing to rate from ${from} to ${to}`);
  return t.attended / t.expectedClosed;
}

/** The rate as the service gives it (four places), its unrounded value checked to be on the line or clear of it. */
export function rateAgainst(scope: Scope, range: Range, line: number): number {
  settled(rawRate(scope, range), line, 0.0005);
  return totals(scope, ...range).rate!;
}

/** The rate, checked to sit exactly on the line. */
export function rateOnLine(scope: Scope, range: Range, line: number): number {
  onLine(rawRate(scope, range), line);
  return totals(scope, ...range).rate!;
}

/** Whether the rate passes the line, and the rate. */
export function rateVs(scope: Scope, range: Range, op: Op, line: number): { yes: boolean; rate: number } {
  const rate = rateAgainst(scope, range, line);
  return { yes: passes(rawRate(scope, range), op, line), rate };
}

/** The absence rate (1 − the attendance rate) against a line: whether it passes, and the absence rate. */
export function absenceVs(scope: Scope, range: Range, op: Op, line: number): { yes: boolean; rate: number } {
  const raw = 1 - rawRate(scope, range);
  settled(raw, line, 0.0005);
  return { yes: passes(raw, op, line), rate: Math.round((1 - totals(scope, ...range).rate!) * 10_000) / 10_000 };
}

/** The people of the scope whose rate passes the line (people with nothing expected left out). */
export function peopleByRate(scope: Scope, range: Range, op: Op, line: number): string[] {
  return peopleIn(scope)
    .filter((p) => totals({ ids: [p.id] }, ...range).expectedClosed > 0)
    .filter((p) => passes(settled(rawRate({ ids: [p.id] }, range), line, 0.0005), op, line))
    .map((p) => p.id);
}

/** Whether someone of the scope sits exactly on the line (the question tests it). */
export function someoneOnRateLine(scope: Scope, range: Range, line: number): boolean {
  const found = peopleIn(scope).some((p) => totals({ ids: [p.id] }, ...range).expectedClosed > 0 && passes(rawRate({ ids: [p.id] }, range), 'eq', line));
  if (!found) throw new Error(`nobody sits on ${line}`);
  return found;
}

export const TEAMS = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];

/** The teams whose rate passes the line. */
export const teamsByRate = (range: Range, op: Op, line: number): string[] =>
  TEAMS.filter((code) => passes(settled(rawRate(team(code), range), line, 0.0005), op, line));

/** The teams whose absence rate passes the line. */
export const teamsByAbsence = (range: Range, op: Op, line: number): string[] =>
  TEAMS.filter((code) => passes(settled(1 - rawRate(team(code), range), line, 0.0005), op, line));

/* ---- Counts of days: late, absent, half days, missing check-outs. ---- */

/** One person's count of a measure over a range; absences read as days and as occasions must pass alike. */
export function countOf(id: string, measure: Measure, range: Range): number {
  return toDate(range, (r) => measureOf(id, measure, r[0], r[1]));
}

/** The people of the scope whose count passes the line; absences read both as days and as occasions (must agree). */
export function peopleByCount(scope: Scope, measure: Measure, range: Range, op: Op, n: number): string[] {
  const byValue = (read: (id: string, r: Range) => number) =>
    toDate(range, (r) =>
      peopleIn(scope)
        .filter((p) => totals({ ids: [p.id] }, r[0], r[1]).expected > 0)
        .filter((p) => passes(read(p.id, r), op, n))
        .map((p) => p.id),
    );
  const asDays = byValue((id, r) => measureOf(id, measure, r[0], r[1]));
  if (measure !== 'absent') return asDays;
  return oneList(
    asDays,
    byValue((id, r) => absentDays(id, r).length),
  );
}

/** Whether one person's absences pass the line read both as days and as occasions, and the days. */
export function absenceCountVs(id: string, range: Range, op: Op, n: number): { yes: boolean; days: number } {
  const days = measureOf(id, 'absent', ...range);
  const yes = agreed([passes(days, op, n), passes(absentDays(id, range).length, op, n)]);
  return { yes, days };
}

/** A scope's total of a measure over a range (the same with and without today when the range runs to it). */
export const totalOf = (scope: Scope, measure: Measure, range: Range): number => toDate(range, (r) => totals(scope, r[0], r[1])[measure]);

/** The teams whose total of a measure over the range passes the line. */
export const teamsByCount = (measure: Measure, range: Range, op: Op, n: number): string[] =>
  TEAMS.filter((code) => passes(totalOf(team(code), measure, range), op, n));

/* ---- Hours. ---- */

/**
 * The people of the scope whose hours over the range pass the line (README: someone expected at work with no record
 * counts with 0). Read over the people expected at work on some day of it and over everyone employed on some day of
 * it: the two must agree; nobody may stand within 0.1 h of the line.
 */
export function peopleByHours(scope: Scope, [from, to]: Range, op: Op, line: number): string[] {
  const expected = peopleIn(scope).filter((p) => totals({ ids: [p.id] }, from, to).expected > 0);
  const employed = peopleIn(scope).filter((p) => daysBetween(from, to).some((d) => employedOn(p, d)));
  const pick = (group: typeof expected) => group.filter((p) => passes(settled(measureOf(p.id, 'hours', from, to), line, 0.1), op, line)).map((p) => p.id);
  return oneList(pick(expected), pick(employed));
}

/** Whether one person's (or a scope's) hours pass the line, clear of it by more than 0.1 h, and the hours. */
export function hoursVs(scope: Scope, range: Range, op: Op, line: number): { yes: boolean; hours: number } {
  const value = toDate(range, (r) => totals(scope, r[0], r[1]).hours);
  return { yes: passes(settled(value, line, 0.1), op, line), hours: value };
}

/* ---- Names and scope. ---- */

/** The people a caller may read about (all for the admin) whose first name is this one, in the data set's order. */
export function firstNamed(first: string, readable: Set<string> | null): string[] {
  return peopleIn({})
    .filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase() && (readable === null || readable.has(p.id)))
    .map((p) => p.id);
}

/** A person checked to be outside what a caller may read (a "not found" question would otherwise be in doubt). */
export function outsideOf(id: string, readable: Set<string> | null): string {
  if (readable === null || readable.has(id)) throw new Error(`${id} is within the caller's scope`);
  return id;
}
