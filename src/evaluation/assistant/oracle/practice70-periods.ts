/*
 * practice70 — every period the tester's questions name, derived by calendar arithmetic from the data set's own
 * "today" (TODAY), never typed in: yesterday, a weekday alone (the last one for what is recorded, the coming one for
 * leave), last week (the previous Monday to Sunday), the week before last, this week, next week, an ISO week by its
 * number, the week holding a day, "the past n days" (n days up to today), this month (the 1st to today), last month,
 * the month before last, a named month, "between the 3rd and the 14th" (this month's), this quarter (to today), last
 * quarter and the one before it as score periods, this year (to today), the rest of the year (from tomorrow), "since"
 * a day, the first working day of a month (on a team's calendar). The question files write the ISO dates they expect
 * beside each relative period; `as` checks the computed period against them, so a period derived wrong fails here
 * loudly instead of giving a wrong expectation. Written code-blind from API.md, docs/API.md and the README.
 */
import { HOLIDAYS, TODAY, TRACKING_START } from '../dataset/calendar';
import { addDays, isWeekend, monthRange, quarter, quarterOf, weekday, type Day } from '../dataset/dates';

export type Range = readonly [Day, Day];

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A day the question writes out, checked to be a date the calendar has. */
export function day(iso: Day): Day {
  if (!ISO.test(iso) || addDays(iso, 0) !== iso) throw new Error(`${iso} is not a calendar date`);
  return iso;
}

/** A range the question writes out: real dates, in order. */
export function range(from: Day, to: Day): Range {
  if (day(from) > day(to)) throw new Error(`${from} is after ${to}`);
  return [from, to];
}

/** A computed period, checked against the dates written beside it in the question file. */
export function as(found: Range, from: Day, to: Day): Range {
  if (found[0] !== from || found[1] !== to) throw new Error(`period ${found.join('…')} is not ${from}…${to}`);
  return found;
}

/** A computed day, checked against the date written beside it. */
export function asDay(found: Day, iso: Day): Day {
  if (found !== iso) throw new Error(`day ${found} is not ${iso}`);
  return found;
}

export const one = (d: Day): Range => [d, d];

/* ---- Days and weeks around today. ---- */

export const today = (): Day => TODAY;
export const yesterday = (): Day => addDays(TODAY, -1);
export const tomorrow = (): Day => addDays(TODAY, 1);

export const mondayOf = (d: Day): Day => addDays(d, -((weekday(d) + 6) % 7));
/** The Monday-to-Sunday week holding the day. */
export const weekOf = (d: Day): Range => [mondayOf(d), addDays(mondayOf(d), 6)];
export const lastWeek = (): Range => weekOf(addDays(mondayOf(TODAY), -7));
export const weekBeforeLast = (): Range => weekOf(addDays(mondayOf(TODAY), -14));
/** "This week": Monday to today. */
export const thisWeek = (): Range => [mondayOf(TODAY), TODAY];
export const nextWeek = (): Range => weekOf(addDays(mondayOf(TODAY), 7));

/** ISO week n of a year: the Monday-to-Sunday week numbered from the one holding 4 January. */
export function isoWeek(year: number, n: number): Range {
  const firstMonday = mondayOf(`${year}-01-04`);
  return weekOf(addDays(firstMonday, (n - 1) * 7));
}

/** The latest such weekday before today (what is recorded); 0 Sunday … 6 Saturday. */
export function lastWeekday(wd: number): Day {
  for (let d = addDays(TODAY, -1); ; d = addDays(d, -1)) if (weekday(d) === wd) return d;
}
/** The coming such weekday after today (leave and holidays). */
export function comingWeekday(wd: number): Day {
  for (let d = addDays(TODAY, 1); ; d = addDays(d, 1)) if (weekday(d) === wd) return d;
}

/** "The past n days", "the last n days": n days up to today. */
export const pastDays = (n: number): Range => [addDays(TODAY, -(n - 1)), TODAY];

/* ---- Months, quarters, years. ---- */

const year = () => Number(TODAY.slice(0, 4));
const monthNo = () => Number(TODAY.slice(5, 7));

export function month(m: number, y = year()): Range {
  const r = monthRange(y, m);
  return [r.from, r.to];
}
export const thisMonth = (): Range => [month(monthNo())[0], TODAY];
export const lastMonth = (): Range => (monthNo() === 1 ? month(12, year() - 1) : month(monthNo() - 1));
export const monthBeforeLast = (): Range => (monthNo() <= 2 ? month(monthNo() + 10, year() - 1) : month(monthNo() - 2));
export const nextMonth = (): Range => (monthNo() === 12 ? month(1, year() + 1) : month(monthNo() + 1));
/** "Between the 3rd and the 14th" with no month: this month's. */
export const daysOfThisMonth = (a: number, b: number): Range => {
  const m = TODAY.slice(0, 8);
  return range(`${m}${String(a).padStart(2, '0')}`, `${m}${String(b).padStart(2, '0')}`);
};

export const quarterRange = (y: number, q: number): Range => {
  const r = quarter(y, q);
  return [r.from, r.to];
};
export const periodName = (y: number, q: number): string => quarter(y, q).period;
export const thisQuarter = (): Range => [quarterOf(TODAY).from, TODAY];
export const thisQuarterPeriod = (): string => quarterOf(TODAY).period;
/** The score period before the one given ("2025-Q3" → "2025-Q2"). */
export function periodBefore(period: string): string {
  const y = Number(period.slice(0, 4));
  const q = Number(period.slice(-1));
  return q === 1 ? periodName(y - 1, 4) : periodName(y, q - 1);
}
export const lastQuarterPeriod = (): string => periodBefore(thisQuarterPeriod());
export const quarterBeforeLastPeriod = (): string => periodBefore(lastQuarterPeriod());

export const thisYear = (): Range => [`${year()}-01-01`, TODAY];
export const wholeYear = (y = year()): Range => [`${y}-01-01`, `${y}-12-31`];
export const restOfYear = (): Range => [tomorrow(), `${year()}-12-31`];
export const since = (from: Day): Range => range(from, TODAY);

/** The first working day of a month on a team's calendar: a weekday with no holiday of the team or the organisation. */
export function firstWorkingDay(m: number, team: string): Day {
  for (let d = month(m)[0]; ; d = addDays(d, 1)) {
    if (!isWeekend(d) && !HOLIDAYS.some((h) => h.date === d && (h.team === null || h.team === team))) return d;
  }
}

/* ---- Checks. ---- */

export const reachesToday = (r: Range): boolean => r[0] <= TODAY && TODAY <= r[1];
export const closedPart = (r: Range): Range => [r[0], r[1] >= TODAY ? yesterday() : r[1]];
export const tracked = (r: Range): boolean => r[1] >= TRACKING_START;
