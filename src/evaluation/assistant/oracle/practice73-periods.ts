/*
 * practice73 — the periods the hurried questions name, as dates, derived from the data set's own "today" (TODAY) by
 * calendar arithmetic, never typed in: yesterday, a weekday alone (the last one for what is recorded, the coming one for
 * leave), last week (the previous Monday to Sunday), the week before last, this week (Monday to today), next week, this
 * month (the 1st to today), last month, the month before last, a named month of this year, this quarter (to today), last
 * quarter as a score period, this year (to today), the rest of the year (from tomorrow), and the days a question writes
 * out (checked to be real calendar dates). `expectRange` and `expectDay` compare a computed period with the ISO dates
 * the question file writes beside it, so a period computed wrong fails loudly instead of giving a wrong expectation.
 * Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY, TRACKING_START } from '../dataset/calendar';
import { addDays, monthRange, quarter, quarterOf, weekday, type Day } from '../dataset/dates';

export type Span = readonly [Day, Day];

/** A day the question writes out, checked to be a date the calendar has. */
export function dated(iso: Day): Day {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || addDays(iso, 0) !== iso) throw new Error(`${iso} is not a calendar date`);
  return iso;
}

/** A span the question writes out: both ends real dates, in order. */
export function span(from: Day, to: Day): Span {
  if (dated(from) > dated(to)) throw new Error(`${from} is after ${to}`);
  return [from, to];
}

export const single = (d: Day): Span => [d, d];

/** A computed span checked against the ISO dates written beside it. */
export function expectRange(found: Span, from: Day, to: Day): Span {
  if (found[0] !== from || found[1] !== to) throw new Error(`period ${found.join('…')} is not ${from}…${to}`);
  return found;
}

/** A computed day checked against the ISO date written beside it. */
export function expectDay(found: Day, iso: Day): Day {
  if (found !== iso) throw new Error(`day ${found} is not ${iso}`);
  return found;
}

/* ---- Days around today. ---- */

export const today = (): Day => TODAY;
export const yesterday = (): Day => addDays(TODAY, -1);
export const tomorrow = (): Day => addDays(TODAY, 1);

/** Monday of the week holding the day (weeks run Monday to Sunday). */
export const mondayOf = (d: Day): Day => addDays(d, -((weekday(d) + 6) % 7));
export const weekHolding = (d: Day): Span => [mondayOf(d), addDays(mondayOf(d), 6)];
export const lastWeek = (): Span => weekHolding(addDays(mondayOf(TODAY), -7));
export const weekBeforeLast = (): Span => weekHolding(addDays(mondayOf(TODAY), -14));
export const thisWeek = (): Span => [mondayOf(TODAY), TODAY];
export const nextWeek = (): Span => weekHolding(addDays(mondayOf(TODAY), 7));
/** The last `n` days up to today ("the past two weeks": 14 days ending today). */
export const lastDays = (n: number): Span => [addDays(TODAY, -(n - 1)), TODAY];

/** A weekday alone for what is recorded: the latest such day before today (0 Sunday … 6 Saturday). */
export function previous(wd: number): Day {
  for (let d = addDays(TODAY, -1); ; d = addDays(d, -1)) if (weekday(d) === wd) return d;
}
/** A weekday alone for leave: the coming one, after today. */
export function coming(wd: number): Day {
  for (let d = addDays(TODAY, 1); ; d = addDays(d, 1)) if (weekday(d) === wd) return d;
}

const yearNo = () => Number(TODAY.slice(0, 4));
const monthNo = () => Number(TODAY.slice(5, 7));

/** A whole month of this year. */
export function monthOf(m: number): Span {
  const r = monthRange(yearNo(), m);
  return [r.from, r.to];
}
export const thisMonth = (): Span => [monthOf(monthNo())[0], TODAY];
export const lastMonth = (): Span => (monthNo() === 1 ? [`${yearNo() - 1}-12-01`, `${yearNo() - 1}-12-31`] : monthOf(monthNo() - 1));
export const monthBeforeLast = (): Span => monthOf(monthNo() - 2);
/** The month number of last month (for "oct" written beside "last month"). */
export const lastMonthNo = (): number => (monthNo() === 1 ? 12 : monthNo() - 1);

/** This quarter: its first day to today. */
export const thisQuarter = (): Span => [quarterOf(TODAY).from, TODAY];
/** A quarter of a year as a score period ("2025-Q3"). */
export const periodOf = (y: number, q: number): string => quarter(y, q).period;
/** The quarter before today's, as a score period. */
export function lastQuarter(): string {
  const q = Number(quarterOf(TODAY).period.slice(-1));
  return q === 1 ? periodOf(yearNo() - 1, 4) : periodOf(yearNo(), q - 1);
}
/** The quarter before last, as a score period. */
export function quarterBeforeLast(): string {
  const q = Number(quarterOf(TODAY).period.slice(-1));
  return q <= 2 ? periodOf(yearNo() - 1, q + 2) : periodOf(yearNo(), q - 2);
}
/** A score period of this year by its number. */
export const qOf = (q: number): string => periodOf(yearNo(), q);
/** A computed score period checked against the name written beside it. */
export function expectPeriod(found: string, name: string): string {
  if (found !== name) throw new Error(`period ${found} is not ${name}`);
  return found;
}

export const thisYear = (): Span => [`${yearNo()}-01-01`, TODAY];
export const wholeYear = (): Span => [`${yearNo()}-01-01`, `${yearNo()}-12-31`];
export const restOfYear = (): Span => [tomorrow(), `${yearNo()}-12-31`];
export const restOfMonth = (): Span => [tomorrow(), monthOf(monthNo())[1]];
/** "Since <day>": that day to today. */
export const sinceDay = (from: Day): Span => span(from, TODAY);

/** Does the span reach today (an open day)? */
export const reachesToday = (r: Span): boolean => r[0] <= TODAY && TODAY <= r[1];
/** The span without today and after: to yesterday (empty when it starts today). */
export const closedOf = (r: Span): Span => [r[0], r[1] >= TODAY ? yesterday() : r[1]];
/** Is the span wholly before attendance was first tracked? */
export const beforeTracking = (r: Span): boolean => r[1] < TRACKING_START;

/** An ISO week of a year by its number: Monday to Sunday, week 1 holding 4 January. */
export function isoWeek(y: number, n: number): Span {
  const monday = addDays(mondayOf(`${y}-01-04`), 7 * (n - 1));
  return [monday, addDays(monday, 6)];
}
