/*
 * practice71 — the periods a team manager's week names, derived from the data set's own "today" (TODAY) by calendar
 * arithmetic, never typed in: today, yesterday, a weekday alone (the last one for what is recorded, the coming one for
 * leave booked ahead), a day of this month ("the 12th"), last week (the previous Monday to Sunday), the week before
 * last, this week (Monday to today), next week, this month (the 1st to today), last month, the month before last, this
 * quarter, last quarter (as a score period) and the quarter before it. The question files write the ISO dates they
 * expect beside each relative period, and `as` / `asDay` check the computed period against them, so a period read
 * wrong fails loudly here instead of giving a wrong expectation. Written code-blind from API.md, docs/API.md and the
 * README.
 */
import { TODAY } from '../dataset/calendar';
import { addDays, monthRange, quarterOf, weekday, type Day } from '../dataset/dates';

export type Range = readonly [Day, Day];

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A day the question writes out, checked to be a date the calendar has. */
export function day(iso: Day): Day {
  if (!ISO.test(iso) || addDays(iso, 0) !== iso) throw new Error(`${iso} is not a calendar date`);
  return iso;
}

/** A computed period checked against the ISO dates written beside it. */
export function as(found: Range, from: Day, to: Day): Range {
  if (found[0] !== from || found[1] !== to) throw new Error(`period ${found.join('…')} is not ${from}…${to}`);
  if (found[0] > found[1]) throw new Error(`period ${found.join('…')} runs backwards`);
  return found;
}

/** A computed day checked against the ISO date written beside it. */
export function asDay(found: Day, iso: Day): Day {
  if (found !== iso) throw new Error(`day ${found} is not ${iso}`);
  return found;
}

export const one = (d: Day): Range => [d, d];

export const today = (): Day => TODAY;
export const yesterday = (): Day => addDays(TODAY, -1);
export const tomorrow = (): Day => addDays(TODAY, 1);

/** Monday of the week holding the day (weeks run Monday to Sunday). */
export const mondayOf = (d: Day): Day => addDays(d, -((weekday(d) + 6) % 7));
/** The whole week (Monday–Sunday) holding the day. */
export const weekOf = (d: Day): Range => [mondayOf(d), addDays(mondayOf(d), 6)];
/** "Last week": the previous Monday to Sunday. */
export const lastWeek = (): Range => weekOf(addDays(mondayOf(TODAY), -7));
export const weekBeforeLast = (): Range => weekOf(addDays(mondayOf(TODAY), -14));
/** "This week": Monday to today. */
export const thisWeek = (): Range => [mondayOf(TODAY), TODAY];
/** "Next week": the coming Monday to Sunday. */
export const nextWeek = (): Range => weekOf(addDays(mondayOf(TODAY), 7));

/** A weekday alone for what is recorded: the latest such day before today (0 Sunday … 6 Saturday). */
export function lastWeekday(wd: number): Day {
  for (let d = addDays(TODAY, -1); ; d = addDays(d, -1)) if (weekday(d) === wd) return d;
}
/** A weekday alone for leave booked ahead: the coming one, after today. */
export function comingWeekday(wd: number): Day {
  for (let d = addDays(TODAY, 1); ; d = addDays(d, 1)) if (weekday(d) === wd) return d;
}
/** "The 12th": that day of this month (before today for what is recorded). */
export const dayOfThisMonth = (n: number): Day => day(`${TODAY.slice(0, 8)}${String(n).padStart(2, '0')}`);

const yearNo = () => Number(TODAY.slice(0, 4));
const monthNo = () => Number(TODAY.slice(5, 7));

/** A month of this year, whole. */
export function month(m: number): Range {
  const r = monthRange(yearNo(), m);
  return [r.from, r.to];
}
/** "This month": the 1st to today. */
export const thisMonth = (): Range => [month(monthNo())[0], TODAY];
export const lastMonth = (): Range => (monthNo() === 1 ? [`${yearNo() - 1}-12-01`, `${yearNo() - 1}-12-31`] : month(monthNo() - 1));
export const monthBeforeLast = (): Range => month(monthNo() - 2);

/** Leave booked from today to the end of the year ("when does her leave end"). */
export const todayOnward = (): Range => [TODAY, `${yearNo()}-12-31`];

/** "This quarter": its first day to today. */
export const thisQuarter = (): Range => [quarterOf(TODAY).from, TODAY];
const periodOf = (y: number, q: number) => `${y}-Q${q}`;
/** A score period by year and quarter number. */
export const period = (y: number, q: number): string => periodOf(y, q);
/** "Last quarter": the quarter before today's, as a score period. */
export function lastQuarter(): string {
  const q = Number(quarterOf(TODAY).period.slice(-1));
  return q === 1 ? periodOf(yearNo() - 1, 4) : periodOf(yearNo(), q - 1);
}
/** The quarter before last quarter. */
export function quarterBeforeLast(): string {
  const q = Number(quarterOf(TODAY).period.slice(-1));
  return q <= 2 ? periodOf(yearNo() - 1, q + 2) : periodOf(yearNo(), q - 2);
}
/** A computed score period checked against the name written beside it. */
export function asPeriod(found: string, name: string): string {
  if (found !== name) throw new Error(`period ${found} is not ${name}`);
  return found;
}

/** Does the range reach today (an open day)? */
export const reachesToday = (r: Range): boolean => r[0] <= TODAY && TODAY <= r[1];
/** The closed part of a range: up to yesterday. */
export const closedPart = (r: Range): Range => [r[0], r[1] >= TODAY ? yesterday() : r[1]];
