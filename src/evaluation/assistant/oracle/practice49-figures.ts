/*
 * practice49 — compositions of parts, as a held-out grader builds them. API.md reads a question as parts: who (a
 * person, a team, everyone, me), what (a measure), which period, which filters and which operation. This file holds
 * the parts themselves — the subjects (a team, a person, a level, a level of a team, a team less some levels, a job
 * title, a first name as a caller can see it), the periods (each written as every honest reading of its words: "this
 * week" to today or to Sunday, "the past three months" from the 19th or the 20th; each day a question writes checked
 * against the calendar: "3/11" day first, "Thursday the 13th", "the Friday before last", a holiday by its name) — and
 * the small guards a composed question needs (a list that must hold someone or no one, values that must stand apart
 * or clear of a line, readings that must agree). practice49-ops.ts composes them with a measure and an operation.
 * Written code-blind from API.md, docs/API.md and the README; reads only the data set (dataset/*) and the other
 * oracle modules; nothing here is an answer typed in by hand.
 */
import { HOLIDAYS, TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, quarter, weekday, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { employedOn } from './absence';
import { peopleIn, type Scope } from './attendance-figures';
import { isoWeek } from './practice15-figures';
import { agreed } from './practice16-figures';
import { lastWeekdayBefore, nthWeekdayOf } from './practice20-figures';

export type Range = readonly [Day, Day];
/** A period part: every honest reading of the words that name it. A figure is computed on each and must agree. */
export type When = ReadonlyArray<Range>;

/* ---- Guards. ---- */

/** A day the question writes, checked to be the one the data set's calendar gives (throws otherwise). */
export function sameDay(found: Day, named: Day): Day {
  if (found !== named) throw new Error(`the calendar gives ${found}, the question names ${named}`);
  return found;
}

export function some<T>(list: T[]): T[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}

export function none<T>(list: T[]): T[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${list.join(', ')}`);
  return list;
}

/** A list sorted, so that readings compare as sets. */
export const sorted = (list: readonly string[]): string[] => [...list].sort();

/** One answer over several readings (lists compare as sets); throws when they disagree. */
export const oneOf = <T>(readings: readonly T[]): T => agreed(readings.map((r) => (Array.isArray(r) ? (sorted(r as string[]) as T) : r)));

/** A count an answer might write as "once" or "twice" (words the grader does not read) is not asked as a figure. */
export function plain(n: number): number {
  if (n === 1 || n === 2) throw new Error(`a count of ${n} may be written as a word the grader does not read`);
  return n;
}

/** Two values checked to differ by more than the margin, so that "higher" or "worse" never hinges on rounding. */
export function apart(a: number, b: number, margin: number): boolean {
  if (Math.abs(a - b) <= margin) throw new Error(`${a} and ${b} are too near to compare`);
  return a > b;
}

/** A value checked to stand clear of its line by more than the margin (or to sit exactly on it). */
export function clear(value: number, line: number, margin: number): number {
  const gap = Math.abs(value - line);
  if (gap > 1e-9 && gap <= margin) throw new Error(`${value} is too near the line ${line}`);
  return value;
}

/* ---- Who. ---- */

export const EVERYONE: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const one = (id: string): Scope => ({ ids: [id] });
export const idsOf = (scope: Scope): string[] => peopleIn(scope).map((p) => p.id);

/** The people of a position (leavers included: their records stay), of a team when given. */
export const level = (position: Position, code?: string): Scope => ({
  ids: peopleIn({ team: code })
    .filter((p) => p.position === position)
    .map((p) => p.id),
});

/** The people of a team (or everyone) whose position is none of these, leavers included. */
export const allBut = (positions: Position[], code?: string): Scope => ({
  ids: peopleIn({ team: code })
    .filter((p) => !positions.includes(p.position))
    .map((p) => p.id),
});

/** The people of the scope employed today (those who have left taken out). */
export const stayers = (scope: Scope): Scope => ({
  ids: peopleIn(scope)
    .filter((p) => employedOn(p, TODAY))
    .map((p) => p.id),
});

/** The scope without one person (a manager asking about "my team" may or may not count themselves). */
export const without = (scope: Scope, id: string): Scope => ({ ids: idsOf(scope).filter((x) => x !== id) });

/** The active people of a job title ("the security analysts"), of a team when given. */
export const titled = (title: string, code?: string): string[] =>
  dataset()
    .people.filter((p) => p.title === title && (code === undefined || p.team === code) && employedOn(p, TODAY))
    .map((p) => p.id);

/** The one person of the data set with this full name (throws when none). */
export function named(name: string): string {
  const found = dataset().people.find((p) => p.name === name);
  if (!found) throw new Error(`nobody called ${name}`);
  return found.id;
}

/** The people a set of readable ids (null: everyone) holds whose first name is this one. */
export const firstNamed = (first: string, readable: Set<string> | null): string[] =>
  dataset()
    .people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase() && (readable === null || readable.has(p.id)))
    .map((p) => p.id);

/** A person checked to be outside what a caller may read. */
export function outsideOf(id: string, readable: Set<string> | null): string {
  if (readable === null || readable.has(id)) throw new Error(`${id} is within the caller's scope`);
  return id;
}

/** A person's team, position and the like, for mentions. */
export const facts = (id: string) => person(id);

/* ---- When. Asked on Wednesday 19 November 2025; each day the question writes is checked. ---- */

export const on = (d: Day): Range => [d, d];
export const single = (r: Range): When => [r];

export const YESTERDAY: Day = sameDay(addDays(TODAY, -1), '2025-11-18');
/** "On Monday" alone, for what is recorded: the last Monday (README). */
export const MONDAY: Day = sameDay(lastWeekdayBefore(1), '2025-11-17');
export const LAST_FRIDAY: Day = sameDay(lastWeekdayBefore(5), '2025-11-14');
/** "The Friday before last": a week before last Friday — the DEV Recharge Day. */
export const FRIDAY_BEFORE_LAST: Day = sameDay(addDays(LAST_FRIDAY, -7), '2025-11-07');
/** "Thursday the 13th": last Thursday. */
export const THURSDAY_THE_13TH: Day = sameDay(lastWeekdayBefore(4), '2025-11-13');
/** "3/11", written day first (README): 3 November, a Monday. */
export const THIRD_OF_NOVEMBER: Day = sameDay(nthWeekdayOf(2025, 11, 1, 1), '2025-11-03');

/** A holiday's date by its name, checked against the date the question writes. */
export function holiday(name: string, written: Day): Day {
  const found = HOLIDAYS.find((h) => h.name === name);
  if (!found) throw new Error(`no holiday called ${name}`);
  return sameDay(found.date, written);
}
export const FOUNDERS_DAY: Day = holiday('Founders Day', '2025-10-13');
export const QA_OFFSITE: Day = holiday('QA Offsite', '2025-09-12');

/** The Monday-to-Sunday week holding a day. */
export function weekHolding(d: Day): [Day, Day] {
  let monday = d;
  while (weekday(monday) !== 1) monday = addDays(monday, -1);
  return [monday, addDays(monday, 6)];
}

export const LAST_WEEK: Range = [addDays(MONDAY, -7), addDays(MONDAY, -1)];
export const WEEK_BEFORE_LAST: Range = [addDays(MONDAY, -14), addDays(MONDAY, -8)];
/** "This week", for what is recorded: Monday to today, or to Sunday (nothing is recorded ahead). */
export const THIS_WEEK: When = [
  [MONDAY, TODAY],
  [MONDAY, addDays(MONDAY, 6)],
];
export const NEXT_WEEK: Range = [addDays(MONDAY, 7), addDays(MONDAY, 13)];
export const WK_44: Range = isoWeek(2025, 44);
export const WK_45: Range = isoWeek(2025, 45);
export const WK_46: Range = isoWeek(2025, 46);
export const WEEK_OF_FOUNDERS_DAY: Range = weekHolding(FOUNDERS_DAY);
/** "The first week of September": 1 September is a Monday, so the calendar week and the first seven days agree. */
export const FIRST_WEEK_OF_SEPTEMBER: When = [weekHolding('2025-09-01'), ['2025-09-01', '2025-09-07']];

export const AUGUST: Range = ['2025-08-01', '2025-08-31'];
export const SEPTEMBER: Range = ['2025-09-01', '2025-09-30'];
export const OCTOBER: Range = ['2025-10-01', '2025-10-31'];
export const NOVEMBER_SO_FAR: Range = ['2025-11-01', TODAY];
export const NOVEMBER: Range = ['2025-11-01', '2025-11-30'];
export const DECEMBER: Range = ['2025-12-01', '2025-12-31'];
/** "This month", "month to date", "so far this month": the 1st to today (README). */
export const THIS_MONTH: When = [NOVEMBER_SO_FAR];
/** The months since tracking began, for a trend month by month. */
export const MONTHS_SINCE_AUGUST: ReadonlyArray<Range> = [AUGUST, SEPTEMBER, OCTOBER, NOVEMBER_SO_FAR];

export const Q3_RANGE: Range = [quarter(2025, 3).from, quarter(2025, 3).to];
export const Q4_SO_FAR: Range = [quarter(2025, 4).from, TODAY];
export const SINCE_AUGUST: Range = ['2025-08-01', TODAY];
export const SEP_1_TO_15: Range = ['2025-09-01', '2025-09-15'];
export const OCT_20_TO_28: Range = ['2025-10-20', '2025-10-28'];
export const SINCE_THE_15TH: Range = ['2025-11-15', TODAY];
/** "The past two weeks": the 14 days to today (README). */
export const PAST_TWO_WEEKS: Range = [addDays(TODAY, -13), TODAY];
/** "The last 10 days": as long as said, up to today (README). */
export const LAST_10_DAYS: Range = [addDays(TODAY, -9), TODAY];
/** "The past three months": up to today, from the same day three months back or the day after it. */
export const PAST_THREE_MONTHS: When = [
  ['2025-08-19', TODAY],
  ['2025-08-20', TODAY],
];
export const YEAR_SO_FAR: Range = ['2025-01-01', TODAY];
export const YEAR_2025: Range = ['2025-01-01', '2025-12-31'];
export const YEAR_2024: Range = ['2024-01-01', '2024-12-31'];
export const H1: Range = ['2025-01-01', '2025-06-30'];
/** "The rest of the year", "from tomorrow to the end of the year". */
export const REST_OF_YEAR: Range = [addDays(TODAY, 1), '2025-12-31'];

/** Quarters of scores: 2024-Q4 to 2025-Q3 (API.md: a period is YYYY-Qn). */
export const Q4_24 = '2024-Q4';
export const Q1 = '2025-Q1';
export const Q2 = '2025-Q2';
export const Q3 = '2025-Q3';
export const QUARTERS = [Q4_24, Q1, Q2, Q3];
/** "Last quarter": the quarter before today's. */
export const LAST_QUARTER = sameDay(quarter(2025, 3).period, quarterOfDay(addDays(quarter(2025, 4).from, -1)));
/** "This time last year", for scores: the quarter that held today's date a year back (README). */
export const THIS_TIME_LAST_YEAR = quarterOfDay(`2024-${TODAY.slice(5)}`);

function quarterOfDay(d: Day): string {
  return `${d.slice(0, 4)}-Q${Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1}`;
}
