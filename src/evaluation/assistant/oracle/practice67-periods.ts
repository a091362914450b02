/*
 * practice67 — the periods the set compares, worked out from the data set's "today" by calendar arithmetic of this
 * file's own (a week is Monday to Sunday, a month and a quarter whole, "this month" and "this quarter" run to today),
 * and checked against the shared helpers' constants and against the ISO dates each question file writes beside its
 * period, so that a slip in either shows as a throw rather than a wrong expectation.
 */
import { TODAY, TRACKING_START } from '../dataset/calendar';
import { addDays, weekday, type Day } from '../dataset/dates';
import * as shared from '../questions/helpers';

/** A period as two inclusive days. */
export type Period = readonly [Day, Day];

const pad = (n: number) => String(n).padStart(2, '0');
const yearOf = (day: Day) => Number(day.slice(0, 4));
const monthNo = (day: Day) => Number(day.slice(5, 7));

function lastDayOfMonth(year: number, month: number): Day {
  const lengths = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return `${year}-${pad(month)}-${pad(lengths[month - 1]!)}`;
}

/** The Monday of the week the day is in (weeks run Monday to Sunday). */
export function mondayOf(day: Day): Day {
  return addDays(day, -((weekday(day) + 6) % 7));
}

/** The Monday-to-Sunday week holding the day. */
export function weekOf(day: Day): Period {
  const monday = mondayOf(day);
  return [monday, addDays(monday, 6)];
}

/** A whole calendar month (2025 unless said). */
export function month(m: number, year = 2025): Period {
  return [`${year}-${pad(m)}-01`, lastDayOfMonth(year, m)];
}

/** A whole calendar quarter, as days. */
export function quarterDays(q: number, year = 2025): Period {
  const first = (q - 1) * 3 + 1;
  return [`${year}-${pad(first)}-01`, lastDayOfMonth(year, first + 2)];
}

/** Two days given as a range, checked to be in order and not after today. */
export function range(from: Day, to: Day): Period {
  if (from > to) throw new Error(`${from} is after ${to}`);
  if (to > TODAY) throw new Error(`${to} is in the future`);
  return [from, to];
}

export const YESTERDAY: Day = addDays(TODAY, -1);
export const LAST_WEEK: Period = [addDays(mondayOf(TODAY), -7), addDays(mondayOf(TODAY), -1)];
export const WEEK_BEFORE_LAST: Period = [addDays(mondayOf(TODAY), -14), addDays(mondayOf(TODAY), -8)];
const previousMonth = (day: Day): Period => (monthNo(day) === 1 ? month(12, yearOf(day) - 1) : month(monthNo(day) - 1, yearOf(day)));
export const LAST_MONTH: Period = previousMonth(TODAY);
export const MONTH_BEFORE_LAST: Period = previousMonth(LAST_MONTH[0]);
/** This month from the 1st to today (today open: a rate leaves it out; a count is asked only where today adds nothing). */
export const THIS_MONTH: Period = [`${TODAY.slice(0, 7)}-01`, TODAY];
const quarterNo = (day: Day) => Math.floor((monthNo(day) - 1) / 3) + 1;
export const THIS_QUARTER: Period = [quarterDays(quarterNo(TODAY), yearOf(TODAY))[0], TODAY];

/** Score periods: "last quarter" is the one before today's, "the quarter before" the one before that. */
export function scorePeriod(q: number, year = 2025): string {
  return `${year}-Q${q}`;
}
function quarterBefore(period: string): string {
  const year = Number(period.slice(0, 4));
  const q = Number(period.slice(6));
  return q === 1 ? scorePeriod(4, year - 1) : scorePeriod(q - 1, year);
}
export const LAST_QUARTER = quarterBefore(scorePeriod(quarterNo(TODAY), yearOf(TODAY)));
export const QUARTER_BEFORE_LAST = quarterBefore(LAST_QUARTER);

/** A period as a question writes it, checked against the ISO dates written beside it. */
export function at(period: Period, from: Day, to: Day): Period {
  if (period[0] !== from || period[1] !== to) throw new Error(`period ${period.join('..')} is not ${from}..${to}`);
  if (period[1] < TRACKING_START) throw new Error(`${period.join('..')} ends before tracking started`);
  return period;
}

/** A score period as a question writes it, checked. */
export function quarterAs(found: string, written: string): string {
  if (found !== written) throw new Error(`${found} is not ${written}`);
  return found;
}

/* The periods above against the shared helpers' constants: two computations of one calendar. */
const same = (a: Period, b: readonly [Day, Day], what: string) => {
  if (a[0] !== b[0] || a[1] !== b[1]) throw new Error(`${what}: ${a.join('..')} differs from the shared ${b.join('..')}`);
};
same(LAST_WEEK, shared.LAST_WEEK, 'last week');
same(THIS_MONTH, shared.THIS_MONTH, 'this month');
same(LAST_MONTH, shared.OCTOBER, 'last month');
same(MONTH_BEFORE_LAST, shared.SEPTEMBER, 'the month before last');
same(month(8), shared.AUGUST, 'August');
same(THIS_QUARTER, shared.THIS_QUARTER, 'this quarter');
if (YESTERDAY !== shared.YESTERDAY) throw new Error('yesterday differs from the shared helper');
if (LAST_QUARTER !== '2025-Q3' || QUARTER_BEFORE_LAST !== '2025-Q2') throw new Error('last quarter is not 2025-Q3');
