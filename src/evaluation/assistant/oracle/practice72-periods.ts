/*
 * practice72 — the periods of the HR admin's quarterly review, as dates, derived from the data set's own "today"
 * (TODAY) by calendar arithmetic, never typed in: this month (the 1st to today), last month, a named month of this
 * year, a quarter by its number, this quarter (its first day to today), last quarter and the quarter before it (as
 * score periods and as ranges), this year (to today), the first day of this quarter, "a year ago today", and the days
 * a question writes out (checked to be real dates). The question files write the ISO dates they expect beside each
 * relative period, and `as` checks the computed period against them, so a period read wrong fails loudly here.
 * Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { addDays, monthRange, quarter, quarterOf, type Day } from '../dataset/dates';

export type Range = readonly [Day, Day];

/** A day the question writes out, checked to be a date the calendar has. */
export function day(iso: Day): Day {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || addDays(iso, 0) !== iso) throw new Error(`${iso} is not a calendar date`);
  return iso;
}

/** A range the question writes out, both ends real dates, from ≤ to. */
export function range(from: Day, to: Day): Range {
  if (day(from) > day(to)) throw new Error(`${from} is after ${to}`);
  return [from, to];
}

/** A computed period checked against the ISO dates written beside it. */
export function as(found: Range, from: Day, to: Day): Range {
  if (found[0] !== from || found[1] !== to) throw new Error(`period ${found.join('…')} is not ${from}…${to}`);
  return found;
}

/** A computed day checked against the ISO date written beside it. */
export function asDay(found: Day, iso: Day): Day {
  if (found !== iso) throw new Error(`day ${found} is not ${iso}`);
  return found;
}

/** A computed score period checked against the name written beside it. */
export function asPeriod(found: string, name: string): string {
  if (found !== name) throw new Error(`period ${found} is not ${name}`);
  return found;
}

const thisYearNo = () => Number(TODAY.slice(0, 4));
const thisMonthNo = () => Number(TODAY.slice(5, 7));
const thisQuarterNo = () => Math.floor((thisMonthNo() - 1) / 3) + 1;

export const today = (): Day => TODAY;
export const yesterday = (): Day => addDays(TODAY, -1);

/** A month of this year, whole. */
export function month(m: number): Range {
  const r = monthRange(thisYearNo(), m);
  return [r.from, r.to];
}
/** "This month": the 1st to today. */
export const thisMonth = (): Range => [month(thisMonthNo())[0], TODAY];
/** "Last month": the whole month before today's. */
export const lastMonth = (): Range => {
  if (thisMonthNo() === 1) {
    const r = monthRange(thisYearNo() - 1, 12);
    return [r.from, r.to];
  }
  return month(thisMonthNo() - 1);
};

/** A quarter's days, whole. */
export function quarterRange(y: number, n: number): Range {
  const r = quarter(y, n);
  return [r.from, r.to];
}
/** A quarter's name as a score period ("2025-Q3"). */
export const period = (y: number, n: number): string => quarter(y, n).period;
/** "This quarter": its first day to today. */
export const thisQuarter = (): Range => [quarterOf(TODAY).from, TODAY];
/** The quarter n before today's: 1 is last quarter, 2 the one before it. */
function quarterBack(n: number): { y: number; q: number } {
  let y = thisYearNo();
  let q = thisQuarterNo() - n;
  while (q < 1) {
    q += 4;
    y -= 1;
  }
  return { y, q };
}
/** "Last quarter" as a score period. */
export const lastQuarterPeriod = (): string => period(quarterBack(1).y, quarterBack(1).q);
/** "Last quarter" as days, whole. */
export const lastQuarter = (): Range => quarterRange(quarterBack(1).y, quarterBack(1).q);
/** "The quarter before last" as a score period. */
export const quarterBeforeLastPeriod = (): string => period(quarterBack(2).y, quarterBack(2).q);
/** The first day of this quarter. */
export const startOfThisQuarter = (): Day => quarterOf(TODAY).from;

/** "This year": 1 January to today. */
export const thisYear = (): Range => [`${thisYearNo()}-01-01`, TODAY];
/** "A year ago today" (29 February falls back to the 28th). */
export const yearAgoToday = (): Day => `${thisYearNo() - 1}-${TODAY.slice(5) === '02-29' ? '02-28' : TODAY.slice(5)}`;

/** Does the range reach today (an open day)? */
export const reachesToday = (r: Range): boolean => r[0] <= TODAY && TODAY <= r[1];
/** The range without today and anything after it. */
export const closedPart = (r: Range): Range | null => {
  const to = r[1] >= TODAY ? yesterday() : r[1];
  return r[0] <= to ? [r[0], to] : null;
};
