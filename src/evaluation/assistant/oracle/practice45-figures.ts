/*
 * practice45 — what the comparisons-and-rankings set needs beyond the earlier oracles: the periods a review or a board
 * report sets side by side (this week and last, last week and the one before, this month and last, last month and the
 * one before, Q3 and this quarter so far, ISO weeks), a figure over a period running to today checked to be the same
 * with and without today (it is open), rates and absence rates, scores and their moves, the share of the people
 * expected at work who had something at least once (README) and of a quarter's scores past a line, the labels a
 * figure must stand next to, and guards (a count an answer could write as "once", two figures that must differ, a
 * list that must hold nobody who has left). Rankings are in practice45-rankings.ts. Written code-blind from API.md,
 * docs/API.md and the README; reads only the data set (dataset/*) and the other oracle modules. Nothing here is an
 * answer typed in by hand.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, monthRange, quarter, type Day } from '../dataset/dates';
import type { Figure } from '../expectation';
import { expectedFraction } from './absence';
import { measureOf, peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { agreed } from './practice16-figures';
import { lastWeekdayBefore } from './practice20-figures';
import { scoresIn, stats } from './score-figures';

export type Range = readonly [Day, Day];

/* ---- Periods, as asked on the data set's Wednesday 19 November 2025. ---- */

const MONDAY: Day = lastWeekdayBefore(1);
const YEAR = Number(TODAY.slice(0, 4));
const MONTH = Number(TODAY.slice(5, 7));
const month = (offset: number): [Day, Day] => {
  const m = MONTH + offset;
  const r = monthRange(m < 1 ? YEAR - 1 : YEAR, m < 1 ? m + 12 : m);
  return [r.from, r.to];
};

export const YESTERDAY: Day = addDays(TODAY, -1);
/** "This week": Monday to today (today is open: no absentees, no rate). */
export const THIS_WEEK: [Day, Day] = [MONDAY, TODAY];
/** "Last week": the previous Monday to Sunday (API.md). */
export const LAST_WEEK: [Day, Day] = [addDays(MONDAY, -7), addDays(MONDAY, -1)];
/** "The week before (last)": the Monday to Sunday before last week. */
export const WEEK_BEFORE: [Day, Day] = [addDays(MONDAY, -14), addDays(MONDAY, -8)];
/** "This month": the 1st to today (README). */
export const THIS_MONTH: [Day, Day] = [month(0)[0], TODAY];
export const LAST_MONTH: [Day, Day] = month(-1);
export const MONTH_BEFORE: [Day, Day] = month(-2);
export const THREE_MONTHS_AGO: [Day, Day] = month(-3);
/** Q3 of this year, whole (attendance is tracked from 1 August, so its figures cover August and September). */
export const Q3: [Day, Day] = [quarter(YEAR, 3).from, quarter(YEAR, 3).to];
/** "This quarter": its first day to today. */
export const THIS_QUARTER: [Day, Day] = [quarter(YEAR, 4).from, TODAY];
export const SINCE_AUGUST: [Day, Day] = [month(-3)[0], TODAY];
export const YEAR_SO_FAR: [Day, Day] = [`${YEAR}-01-01`, TODAY];
export const YEAR_WHOLE: [Day, Day] = [`${YEAR}-01-01`, `${YEAR}-12-31`];
/** "Last year so far": 1 January of last year to today's date of last year (README: "hires this year vs last year so far"). */
export const LAST_YEAR_SO_FAR: [Day, Day] = [`${YEAR - 1}-01-01`, `${YEAR - 1}-${TODAY.slice(5)}`];
/** The first half of the year, wholly before tracking began. */
export const H1: [Day, Day] = [`${YEAR}-01-01`, `${YEAR}-06-30`];

/** The Monday-to-Sunday week starting on a Monday (throws when the day is not one). */
export function weekFrom(monday: Day): [Day, Day] {
  if (new Date(`${monday}T00:00:00Z`).getUTCDay() !== 1) throw new Error(`${monday} is not a Monday`);
  return [monday, addDays(monday, 6)];
}

/** ISO week n of this year (week 1 holds the year's first Thursday). */
export function isoWeek(n: number): [Day, Day] {
  let monday = `${YEAR}-01-04`;
  while (new Date(`${monday}T00:00:00Z`).getUTCDay() !== 1) monday = addDays(monday, -1);
  return weekFrom(addDays(monday, 7 * (n - 1)));
}

/** The quarters scored so far, oldest first. */
export const QUARTERS = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'] as const;

/* ---- Figures. ---- */

/** A rate that must exist. */
export function rateOf(scope: Scope, [from, to]: Range): number {
  const value = totals(scope, from, to).rate;
  if (value === null) throw new Error(`nothing to rate for ${JSON.stringify(scope)} over ${from}…${to}`);
  return value;
}

/** The absence rate: 1 − the attendance rate, to four places. */
export const absenceOf = (scope: Scope, range: Range): number => Math.round((1 - rateOf(scope, range)) * 10_000) / 10_000;

/** A scope's total of a measure over a range. */
export const sumOf = (scope: Scope, measure: Measure, [from, to]: Range): number => totals(scope, from, to)[measure];

/** One person's figure of a measure over a range. */
export const of = (id: string, measure: Measure, [from, to]: Range): number => measureOf(id, measure, from, to);

/** A team's (or everyone's) mean final score in a quarter. */
export const meanIn = (period: string, scope: Scope = {}): number => stats([period], scope).mean;

/** One person's final score in a quarter (must exist). */
export function scoreIn(id: string, period: string): number {
  const found = scoresIn([period], { ids: [id] })[0];
  if (!found) throw new Error(`${id} has no score in ${period}`);
  return found.score;
}

/** A move in points between two figures (later less earlier), to two places. */
export const move = (before: number, after: number): number => Math.round((after - before) * 100) / 100;

/** A move of a rate in percentage points, as a figure read like a score (its sign may be in words). */
export const pointsMove = (before: number, after: number): Figure => ({ value: Math.round((after - before) * 10_000) / 100, as: 'score' });

/** A figure over a period that runs to today, read with today (open) and without it: the two must agree. */
export const toDateBothWays = <T>([from, to]: Range, of: (range: Range) => T): T => {
  if (to !== TODAY) throw new Error('the period does not run to today');
  return agreed([of([from, to]), of([from, YESTERDAY])]);
};

/* ---- Shares. ---- */

const round4 = (n: number) => Math.round((n + Number.EPSILON) * 10_000) / 10_000;

/** The people of the scope expected at work on some day of the range (README: a share's denominator). */
export const expectedPeople = (scope: Scope, [from, to]: Range): string[] =>
  peopleIn(scope)
    .filter((p) => daysBetween(from, to).some((d) => expectedFraction(p, d) > 0))
    .map((p) => p.id);

/**
 * The share of the people expected at work over a closed range who had the measure at least once (a half day counts),
 * as a fraction to four places (README: "what % of staff were absent at least once in October").
 */
export function shareAtLeastOnce(scope: Scope, measure: Measure, range: Range): number {
  if (range[1] >= TODAY) throw new Error('a share is asked over closed days only');
  const base = expectedPeople(scope, range);
  const having = base.filter((id) => measureOf(id, measure, range[0], range[1]) > 0);
  return round4(having.length / base.length);
}

/** The share of a quarter's scores strictly past a line, over the people scored (throws when a score sits on it). */
export function shareOfScores(period: string, line: number, direction: 'above' | 'below', scope: Scope = {}): number {
  const values = scoresIn([period], scope).map((s) => s.score);
  if (values.includes(line)) throw new Error(`a score in ${period} sits on ${line}`);
  return round4(values.filter((v) => (direction === 'above' ? v > line : v < line)).length / values.length);
}

/* ---- Labels and guards. ---- */

/** A label for one person's figure: their first or last name, or the measure's words. */
export const personLabel = (id: string, ...words: string[]): string => [...person(id).name.toLowerCase().split(' '), ...words].join('|');

/** A count about one person that an answer may not write as "once" or "twice" (the grader reads neither): 0 or 3 and more. */
export function plainCount(n: number): number {
  if (n === 1 || n === 2) throw new Error(`a count of ${n} may be written as a word the grader does not read`);
  return n;
}

/** Two figures a "which is more" question compares: they must differ. */
export function differ(a: number, b: number): boolean {
  if (a === b) throw new Error(`both figures are ${a}`);
  return a > b;
}

/** A list that must hold someone. */
export function some<T>(list: T[]): T[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

/** A list of people checked to hold no leaver, so that whether leavers count does not change the answer. */
export function noLeavers(list: string[]): string[] {
  const gone = list.filter((id) => {
    const end = person(id).end;
    return end !== null && end < TODAY;
  });
  if (gone.length > 0) throw new Error(`a leaver is in the list: ${gone.join(', ')}`);
  return list;
}

/** Active people of a team on a position, for level comparisons without leavers in doubt (throws when a leaver was scored). */
export function levelScope(position: string, period: string, team?: string): Scope {
  const all = dataset().people.filter((p) => p.position === position && (team === undefined || p.team === team));
  const scored = new Set(scoresIn([period]).map((s) => s.id));
  if (all.some((p) => p.end !== null && p.end < TODAY && scored.has(p.id))) throw new Error(`a leaver was scored at ${position} in ${period}`);
  return { ids: all.map((p) => p.id) };
}
