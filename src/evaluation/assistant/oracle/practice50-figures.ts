/*
 * practice50 — people picked out by filters and descriptions: the periods, the groups and the attendance and hours
 * figures of a group (practice50-people.ts holds headcounts, tenure, hires and leavers, scores, leave and the words of
 * refusals). A group is what an HR word picks out — a team, a level (API.md's positions: Junior, Mid, Senior, Lead,
 * Manager), a job title, the people hired in a range — and is read two honest ways wherever they could differ: over
 * everyone it fits, leavers included (their records stay, README: "they stay in the headcounts of the days they were
 * employed"), and over the current staff only; a manager's "my team" with and without the manager; a period running
 * to today with and without today (it is open). Every figure is computed over each reading and the readings must
 * agree (it throws otherwise, and the question is rephrased). Headcounts and lists of who works here count the
 * current staff (README: "Headcounts count active staff unless leavers are asked for"). Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; reads only the data set (dataset/*) and the other oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, monthRange, quarter, type Day } from '../dataset/dates';
import type { Person, Position } from '../dataset/people';
import { count, days, type Figure } from '../expectation';
import { employedOn } from './absence';
import { peopleWhere, totals, type Measure, type Scope } from './attendance-figures';
import { near } from './practice10-figures';
import { agreed } from './practice16-figures';
import { lastWeekdayBefore } from './practice20-figures';

export type Range = readonly [Day, Day];
export type Op = 'gt' | 'ge' | 'lt' | 'le';

/* ---- Periods, as asked on Wednesday 19 November 2025; a day the question writes is checked. ---- */

export function sameDay(found: Day, named: Day): Day {
  if (found !== named) throw new Error(`the data set's day is ${found}, the question names ${named}`);
  return found;
}

const MONDAY: Day = sameDay(lastWeekdayBefore(1), '2025-11-17');
export const TDY: Day = TODAY;
/** "Last week": the previous Monday to Sunday (API.md). */
export const LAST_WK: [Day, Day] = [addDays(MONDAY, -7), addDays(MONDAY, -1)];
/** "This week": Monday to today. */
export const THIS_WK: [Day, Day] = [MONDAY, TODAY];
/** "Next week", for leave booked: the coming Monday to Sunday. */
export const NEXT_WK: [Day, Day] = [addDays(MONDAY, 7), addDays(MONDAY, 13)];
const month = (m: number): [Day, Day] => [monthRange(2025, m).from, monthRange(2025, m).to];
export const MAR: [Day, Day] = month(3);
export const AUG: [Day, Day] = month(8);
export const SEP: [Day, Day] = month(9);
/** October, also "last month". */
export const OCT: [Day, Day] = month(10);
/** "This month": the 1st to today (README). */
export const NOV_SO_FAR: [Day, Day] = [month(11)[0], TODAY];
export const SINCE_AUG: [Day, Day] = [AUG[0], TODAY];
export const YEAR_SO_FAR: [Day, Day] = ['2025-01-01', TODAY];
export const YEAR_2024: [Day, Day] = ['2024-01-01', '2024-12-31'];
/** "Before 2020": every day up to 31 December 2019. */
export const BEFORE_2020: [Day, Day] = ['1900-01-01', '2019-12-31'];
const quarterDays = (year: number, n: number): [Day, Day] => [quarter(year, n).from, quarter(year, n).to];
export const Q1_DAYS: [Day, Day] = quarterDays(2025, 1);
export const Q2_DAYS: [Day, Day] = quarterDays(2025, 2);
export const Q3_DAYS: [Day, Day] = quarterDays(2025, 3);
export const Q1 = quarter(2025, 1).period;
export const Q2 = quarter(2025, 2).period;
/** Q3 2025, also "last quarter" for scores (today is in Q4). */
export const Q3 = quarter(2025, 3).period;

/* ---- Groups: what an HR description picks out. ---- */

export interface Group {
  team?: string;
  position?: Position;
  title?: string;
  /** Hired within this range ("the people hired this year"). */
  hired?: Range;
}

const fits = (p: Person, g: Group): boolean =>
  (g.team === undefined || p.team === g.team) &&
  (g.position === undefined || p.position === g.position) &&
  (g.title === undefined || p.title === g.title) &&
  (g.hired === undefined || (g.hired[0] <= p.hire && p.hire <= g.hired[1]));

/** Everyone the description fits, leavers included. */
export const everyone = (g: Group = {}): Person[] => dataset().people.filter((p) => fits(p, g));
/** The current staff the description fits (employed today). */
export const current = (g: Group = {}): Person[] => everyone(g).filter((p) => employedOn(p, TODAY));
export const idsOf = (list: readonly Person[]): string[] => list.map((p) => p.id);
const asScope = (list: readonly Person[]): Scope => ({ ids: idsOf(list) });

/** A manager's own team, with more filters when given. */
export const teamOf = (manager: string, extra: Omit<Group, 'team'> = {}): Group => ({ ...extra, team: person(manager).team });

/** The readings of a group as scopes: everyone it fits, the current staff, and without the asker when they are in it. */
function readings(g: Group, asker?: string): Scope[] {
  const all = everyone(g);
  const scopes = [asScope(all), asScope(current(g))];
  if (asker !== undefined && all.some((p) => p.id === asker)) scopes.push(asScope(all.filter((p) => p.id !== asker)));
  return scopes;
}

/** A period running to today, read with today (open) and without it. */
function toDateReadings(range: Range): Range[] {
  return range[1] === TODAY && range[0] < TODAY ? [range, [range[0], addDays(TODAY, -1)]] : [range];
}

export const sorted = (list: readonly string[]): string[] => [...list].sort();

/** A figure over every reading of the group and of the period: one value, or it throws. */
export const overGroup = <T>(g: Group, of: (scope: Scope, range: Range) => T, range: Range, asker?: string): T =>
  agreed(readings(g, asker).flatMap((s) => toDateReadings(range).map((r) => of(s, r))));

/** A list over every reading of the group and of the period, compared as sets. */
export const listOverGroup = (g: Group, of: (scope: Scope, range: Range) => string[], range: Range, asker?: string): string[] =>
  overGroup(g, (s, r) => sorted(of(s, r)), range, asker);

/* ---- Guards. ---- */

export function some<T>(list: T[]): T[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}
export function none<T>(list: T[]): T[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}
/** The one item of a list (throws unless there is exactly one). */
export function only<T>(list: readonly T[]): T {
  if (list.length !== 1) throw new Error(`expected exactly one, found ${list.length}`);
  return list[0]!;
}
/** A count an answer may not write as "once" or "twice" (the grader reads neither): 0 or 3 and more. */
export function plain(n: number): number {
  if (n === 1 || n === 2) throw new Error(`a count of ${n} may be written as a word the grader does not read`);
  return n;
}
export function passes(value: number, op: Op, line: number): boolean {
  switch (op) {
    case 'gt':
      return value > line;
    case 'ge':
      return value >= line;
    case 'lt':
      return value < line;
    case 'le':
      return value <= line;
  }
}
/** A value clear of a line by more than the margin, so that neither rounding nor an inclusive reading decides. */
export function clear(value: number, line: number, margin: number): number {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near the line ${line}`);
  return value;
}

/* ---- Labels: what a figure must stand next to in the answer. ---- */

export const HEAD =
  'people|person|employee|staff|headcount|member|senior|junior|mid|lead|manager|hire|join|starter|left|leaver|engineer|analyst|scientist|tester|total|active|current|former|inactive|team';
export const headN = (n: number): Figure => near(count(n), HEAD);
export const lateN = (n: number): Figure => near(count(plain(n)), 'late|arriv|tard|time');
export const awayDays = (n: number): Figure => near(days(n), 'absen|\\boff\\b|away|missed|day');

/* ---- Attendance and hours of a group. ---- */

const rateIn = (s: Scope, [from, to]: Range): number => {
  const r = totals(s, from, to).rate;
  if (r === null) throw new Error(`nothing to rate from ${from} to ${to}`);
  return r;
};

/** The group's attendance rate over the range (every reading alike). */
export const groupRate = (g: Group, range: Range, asker?: string): number => overGroup(g, rateIn, range, asker);
/** The group's absence rate: the attendance rate taken from 1 (API.md). */
export const groupAbsenceRate = (g: Group, range: Range): number => Math.round((1 - groupRate(g, range)) * 10_000) / 10_000;
/** A total of a measure over the group and the range. */
export const groupTotal = (g: Group, measure: Measure, range: Range, asker?: string): number =>
  overGroup(g, (s, [from, to]) => totals(s, from, to)[measure], range, asker);
/** The people of the group with any of the measure over the range ("who was late", "who was absent"). */
export const groupWho = (g: Group, measure: Measure, range: Range, asker?: string): string[] =>
  listOverGroup(g, (s, [from, to]) => peopleWhere(s, measure, from, to), range, asker);
/** The people of the group whose own figure of the measure over the range passes the line. */
export const groupWhoPast = (g: Group, measure: Measure, range: Range, op: Op, line: number, asker?: string): string[] =>
  listOverGroup(g, (s, [from, to]) => peopleWhere(s, measure, from, to, (v) => passes(v, op, line)), range, asker);

/** The people of the group with no such day over the range, among those employed throughout it (README's "who did not"). */
export const groupWhoNot = (g: Group, measure: Measure, range: Range, asker?: string): string[] =>
  listOverGroup(
    g,
    (s, [from, to]) =>
      everyone(g)
        .filter((p) => (s.ids ?? []).includes(p.id) && employedOn(p, from) && employedOn(p, to))
        .filter((p) => totals({ ids: [p.id] }, from, to)[measure] === 0)
        .map((p) => p.id),
    range,
    asker,
  );

/** The person or people of the group with the most of the measure over the range (all tied at the top; none at 0). */
export const groupMost = (g: Group, measure: Measure, range: Range): string[] =>
  listOverGroup(
    g,
    (s, [from, to]) => {
      const values = (s.ids ?? []).map((id) => ({ id, value: totals({ ids: [id] }, from, to)[measure] }));
      const top = Math.max(0, ...values.map((v) => v.value));
      return top === 0 ? [] : values.filter((v) => v.value === top).map((v) => v.id);
    },
    range,
  );

/** One person's rate over the range. */
export const personRate = (id: string, range: Range): number => agreed(toDateReadings(range).map((r) => rateIn({ ids: [id] }, r)));

/** The people of the group expected at work in the range whose hours pass the line (no record counts as 0 hours). */
export const groupHoursPast = (g: Group, range: Range, op: Op, line: number): string[] =>
  listOverGroup(
    g,
    (s, [from, to]) =>
      (s.ids ?? []).filter((id) => {
        const t = totals({ ids: [id] }, from, to);
        return t.expected > 0 && passes(clear(t.hours, line, 0.05), op, line);
      }),
    range,
  );

/** Each person of the group with their rate over the range, people with nothing expected left out. */
export const groupRates = (g: Group, range: Range): Array<{ id: string; rate: number }> =>
  overGroup(
    g,
    (s, [from, to]) =>
      (s.ids ?? [])
        .map((id) => ({ id, rate: totals({ ids: [id] }, from, to).rate }))
        .filter((x): x is { id: string; rate: number } => x.rate !== null)
        .sort((a, b) => a.id.localeCompare(b.id)),
    range,
  );

/** The people of the group whose rate over the range passes the line (clear of it). */
export const groupRatePast = (g: Group, range: Range, op: Op, line: number): string[] =>
  groupRates(g, range)
    .filter((x) => passes(clear(x.rate, line, 0.0005), op, line))
    .map((x) => x.id);
