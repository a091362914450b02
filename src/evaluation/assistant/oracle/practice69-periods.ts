/*
 * practice69 — the periods the newcomer's questions name, as dates, derived from the data set's own "today" (TODAY) by
 * calendar arithmetic on the data set's date helpers, never typed in: yesterday, a weekday alone (the last one for what
 * is recorded, the coming one for leave and holidays, as the README reads them), last week (the previous Monday to
 * Sunday), the week before last, this week, next week, this month (the 1st to today), last month, the month before
 * last, a named month of this year, this quarter (to today), last quarter, a named quarter, this year (to today), "so
 * far", "from tomorrow", and the days a question writes out (checked to be real dates). The question files write the
 * ISO dates they expect beside each relative period, and `as` checks the computed period against them, so a period read
 * wrong fails loudly here rather than giving a wrong expectation. Written code-blind from API.md, docs/API.md and the
 * README.
 */
import { TODAY, TRACKING_START } from '../dataset/calendar';
import { addDays, monthRange, quarter, quarterOf, weekday, type Day } from '../dataset/dates';

export type Range = readonly [Day, Day];

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day the question writes out, checked to be a date the calendar has. */
export function day(iso: Day): Day {
  const m = ISO.exec(iso);
  if (!m || addDays(iso, 0) !== iso) throw new Error(`${iso} is not a calendar date`);
  return iso;
}

/** A range the question writes out, both ends real dates, from ≤ to. */
export function range(from: Day, to: Day): Range {
  if (day(from) > day(to)) throw new Error(`${from} is after ${to}`);
  return [from, to];
}

/** A computed period checked against the ISO dates the question file writes beside it. */
export function as(found: Range, from: Day, to: Day): Range {
  if (found[0] !== from || found[1] !== to) throw new Error(`period ${found.join('…')} is not ${from}…${to}`);
  return found;
}

/** A computed day checked against the ISO date written beside it. */
export function asDay(found: Day, iso: Day): Day {
  if (found !== iso) throw new Error(`day ${found} is not ${iso}`);
  return found;
}

export const one = (d: Day): Range => [d, d];

/* ---- Relative to today. ---- */

export const today = (): Day => TODAY;
export const yesterday = (): Day => addDays(TODAY, -1);
export const tomorrow = (): Day => addDays(TODAY, 1);

/** Monday of the week holding the day (weeks run Monday to Sunday). */
export function mondayOf(d: Day): Day {
  return addDays(d, -((weekday(d) + 6) % 7));
}

/** The week (Monday–Sunday) holding the day. */
export const weekOf = (d: Day): Range => [mondayOf(d), addDays(mondayOf(d), 6)];
/** "Last week": the previous Monday to Sunday. */
export const lastWeek = (): Range => weekOf(addDays(mondayOf(TODAY), -7));
export const weekBeforeLast = (): Range => weekOf(addDays(mondayOf(TODAY), -14));
/** "This week": Monday to today. */
export const thisWeek = (): Range => [mondayOf(TODAY), TODAY];
export const nextWeek = (): Range => weekOf(addDays(mondayOf(TODAY), 7));

/** A weekday alone for what is recorded: the latest such day before today (0 Sunday … 6 Saturday). */
export function lastWeekday(wd: number): Day {
  for (let d = addDays(TODAY, -1); ; d = addDays(d, -1)) if (weekday(d) === wd) return d;
}
/** A weekday alone for leave and holidays: the coming one, after today. */
export function comingWeekday(wd: number): Day {
  for (let d = addDays(TODAY, 1); ; d = addDays(d, 1)) if (weekday(d) === wd) return d;
}

const year = () => Number(TODAY.slice(0, 4));
const monthNo = () => Number(TODAY.slice(5, 7));

/** A month of this year, whole. */
export function month(m: number): Range {
  const r = monthRange(year(), m);
  return [r.from, r.to];
}
/** "This month": the 1st to today. */
export const thisMonth = (): Range => [month(monthNo())[0], TODAY];
export const lastMonth = (): Range => (monthNo() === 1 ? [`${year() - 1}-12-01`, `${year() - 1}-12-31`] : month(monthNo() - 1));
export const monthBeforeLast = (): Range => month(monthNo() - 2);
/** The rest of this month, from tomorrow. */
export const restOfMonth = (): Range => [tomorrow(), month(monthNo())[1]];

/** A quarter as its period name ("2025-Q3") and its days. */
export const quarterRange = (y: number, q: number): Range => {
  const r = quarter(y, q);
  return [r.from, r.to];
};
export const periodName = (y: number, q: number): string => quarter(y, q).period;
/** "This quarter": its first day to today. */
export const thisQuarter = (): Range => [quarterOf(TODAY).from, TODAY];
/** "Last quarter": the quarter before today's, as a score period. */
export function lastQuarterPeriod(): string {
  const q = Number(quarterOf(TODAY).period.slice(-1));
  return q === 1 ? periodName(year() - 1, 4) : periodName(year(), q - 1);
}
export function quarterBeforeLastPeriod(): string {
  const q = Number(quarterOf(TODAY).period.slice(-1));
  return q <= 2 ? periodName(year() - 1, q + 2) : periodName(year(), q - 2);
}
export const thisQuarterPeriod = (): string => quarterOf(TODAY).period;

/** "This year": 1 January to today. */
export const thisYear = (): Range => [`${year()}-01-01`, TODAY];
export const wholeYear = (): Range => [`${year()}-01-01`, `${year()}-12-31`];
/** "Left this year", "from tomorrow": tomorrow to 31 December. */
export const restOfYear = (): Range => [tomorrow(), `${year()}-12-31`];
/** "Since <day>": that day to today. */
export const since = (from: Day): Range => range(from, TODAY);

/** Does the range reach today (an open day, read with and without it)? */
export const reachesToday = (r: Range): boolean => r[0] <= TODAY && TODAY <= r[1];
/** The range without today: to yesterday. */
export const closedPart = (r: Range): Range => [r[0], r[1] >= TODAY ? yesterday() : r[1]];
/** Is the range wholly before attendance was first tracked? */
export const beforeTracking = (r: Range): boolean => r[1] < TRACKING_START;
