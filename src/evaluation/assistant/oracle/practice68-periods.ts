/*
 * practice68 — the periods a month-end question names, by calendar arithmetic of this file's own: a month of 2025, a
 * Monday-to-Sunday week, last week and last month from the data set's "today", this month so far and whole, the rest
 * of the month after today, and a span between two dates. Each is checked against the ISO dates the question file
 * writes beside it, so a period the question means and the period the oracle counts cannot drift apart.
 */
import { TODAY, TRACKING_START } from '../dataset/calendar';
import type { Day } from '../dataset/dates';

export type Span = readonly [Day, Day];

const MS_PER_DAY = 86_400_000;
const toMs = (day: Day) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
const fromMs = (ms: number): Day => new Date(ms).toISOString().slice(0, 10);

/** The day n days after (or before) this one. */
export const shift = (day: Day, n: number): Day => fromMs(toMs(day) + n * MS_PER_DAY);
/** 1 = Monday … 7 = Sunday (ISO). */
export const isoWeekday = (day: Day): number => ((new Date(toMs(day)).getUTCDay() + 6) % 7) + 1;
/** Every day of a span, both ends included. */
export function eachDay([from, to]: Span): Day[] {
  const out: Day[] = [];
  for (let ms = toMs(from); ms <= toMs(to); ms += MS_PER_DAY) out.push(fromMs(ms));
  return out;
}

/** Throws unless the span is the two dates written beside the question. */
function checked(span: Span, from: Day, to: Day): Span {
  if (span[0] !== from || span[1] !== to) throw new Error(`the period is ${span.join('…')}, the question file says ${from}…${to}`);
  if (from > to) throw new Error(`${from} is after ${to}`);
  return span;
}

export const YESTERDAY: Day = shift(TODAY, -1);
export const TOMORROW: Day = shift(TODAY, 1);

/** A whole month of a year, from its 1st to the day before the next month's 1st. */
export function month(m: number, from: Day, to: Day, year = 2025): Span {
  const first = `${year}-${String(m).padStart(2, '0')}-01`;
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return checked([first, shift(next, -1)], from, to);
}

/** The Monday-to-Sunday week starting on this Monday. */
export function weekOf(monday: Day, from: Day, to: Day): Span {
  if (isoWeekday(monday) !== 1) throw new Error(`${monday} is not a Monday`);
  return checked([monday, shift(monday, 6)], from, to);
}

/** Any span between two dates written in the question. */
export const between = (from: Day, to: Day): Span => checked([from, to], from, to);

/** The Monday of today's week. */
const THIS_MONDAY: Day = shift(TODAY, 1 - isoWeekday(TODAY));

/** "Last week": the previous Monday to Sunday. */
export const lastWeek = (from: Day, to: Day): Span => checked([shift(THIS_MONDAY, -7), shift(THIS_MONDAY, -1)], from, to);
/** "This week" so far: Monday to today. */
export const thisWeekSoFar = (from: Day, to: Day): Span => checked([THIS_MONDAY, TODAY], from, to);
/** "Next week": the coming Monday to Sunday. */
export const nextWeek = (from: Day, to: Day): Span => checked([shift(THIS_MONDAY, 7), shift(THIS_MONDAY, 13)], from, to);

const FIRST_OF_THIS_MONTH: Day = `${TODAY.slice(0, 8)}01`;
const monthNumber = Number(TODAY.slice(5, 7));
function endOf(m: number): Day {
  const next = m === 12 ? `${Number(TODAY.slice(0, 4)) + 1}-01-01` : `${TODAY.slice(0, 5)}${String(m + 1).padStart(2, '0')}-01`;
  return shift(next, -1);
}
const END_OF_THIS_MONTH: Day = endOf(monthNumber);

/** "Last month": the whole month before this one. */
export const lastMonth = (from: Day, to: Day): Span => checked([`${shift(FIRST_OF_THIS_MONTH, -1).slice(0, 8)}01`, shift(FIRST_OF_THIS_MONTH, -1)], from, to);
/** "This month so far": the 1st to today. */
export const thisMonthSoFar = (from: Day, to: Day): Span => checked([FIRST_OF_THIS_MONTH, TODAY], from, to);
/** "This month" as a whole (leave booked, holidays, working days, requests): the 1st to the month's last day. */
export const thisMonthWhole = (from: Day, to: Day): Span => checked([FIRST_OF_THIS_MONTH, END_OF_THIS_MONTH], from, to);
/** "The rest of the month", "after today": tomorrow to the month's last day. */
export const restOfMonth = (from: Day, to: Day): Span => checked([TOMORROW, END_OF_THIS_MONTH], from, to);
/** This year so far. */
export const yearSoFar = (from: Day, to: Day): Span => checked([`${TODAY.slice(0, 4)}-01-01`, TODAY], from, to);
/** This quarter as a whole (for hires and leavers). */
export const thisQuarterWhole = (from: Day, to: Day): Span => {
  const q = Math.floor((monthNumber - 1) / 3);
  const start = `${TODAY.slice(0, 5)}${String(q * 3 + 1).padStart(2, '0')}-01`;
  return checked([start, endOf(q * 3 + 3)], from, to);
};

/** Does the span reach today (the open day) or beyond? */
export const reachesToday = ([, to]: Span): boolean => to >= TODAY;
/** The closed part of a span: up to yesterday at the latest. */
export const closedPart = ([from, to]: Span): Span => [from, to < TODAY ? to : YESTERDAY];
/** Does the span start before attendance was tracked (nothing to count there)? */
export const beforeTracking = ([from]: Span): boolean => from < TRACKING_START;
