/*
 * practice65 — the periods a question writes, as dates. Every way the set writes a day or a span ("2025-11-03",
 * "Nov 3rd", "3rd of November", "the 3rd", "3/11" — day first, as the README reads it —, "last Friday", "this Friday",
 * "the week of 10 November", "last week", "the week before last", "wk 45", a month with or without its year, "last
 * month", "Q3", "last quarter", "this year so far", "since 1 September", "from 3 to 14 November", "the last 10 days",
 * yesterday, today, tomorrow) is turned into its days here by calendar arithmetic of its own (a day number counted from
 * the civil calendar, a weekday by Zeller's rule), checked against the data set's date helpers and the earlier
 * oracles' constants, and against the ISO date the question file writes beside it. A period that can be read two ways
 * carries both readings (a period reaching today: with today, which is open, and without it; "last Monday" on a
 * Wednesday: the latest Monday or the Monday of last week; "the last 10 days": ten days to today or the ten closed days
 * before it), and every figure asked over it must come out the same on each reading, or the question throws and is
 * not asked. Written code-blind from API.md, docs/API.md and the README; reads only the data set and other oracles.
 */
import { TODAY, TRACKING_START } from '../dataset/calendar';
import { addDays as addDaysShared, weekday as weekdayShared, type Day } from '../dataset/dates';
import * as p58 from './practice58-figures';
import { comingWeekday, lastWeekdayBefore } from './practice20-figures';

export type Range = readonly [Day, Day];
/** A period as a question may be read: every reading must give the same figure. */
export interface Period {
  readings: readonly Range[];
}

/* ---- Civil-calendar arithmetic of this module's own. ---- */

const pad = (n: number) => String(n).padStart(2, '0');
const parts = (day: Day): [number, number, number] => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return [y, m, d];
};
const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const monthLength = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;

/** Days since 0000-03-01 (a proleptic count), and back: the shared helpers go through Date, these do not. */
function serial(day: Day): number {
  const [y0, m0, d] = parts(day);
  const y = m0 <= 2 ? y0 - 1 : y0;
  const m = m0 <= 2 ? m0 + 9 : m0 - 3;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * m + 2) / 5) + d - 1;
}
function fromSerial(n: number): Day {
  let y = Math.floor((10000 * n + 14780) / 3652425);
  let doy = n - (365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400));
  if (doy < 0) {
    y -= 1;
    doy = n - (365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400));
  }
  const mi = Math.floor((100 * doy + 52) / 3060);
  const m = ((mi + 2) % 12) + 1;
  const year = y + Math.floor((mi + 2) / 12);
  const d = doy - Math.floor((mi * 306 + 5) / 10) + 1;
  return `${year}-${pad(m)}-${pad(d)}`;
}

/** A day moved by n days, checked against the data set's helper. */
export function shift(day: Day, n: number): Day {
  const mine = fromSerial(serial(day) + n);
  if (mine !== addDaysShared(day, n)) throw new Error(`${day} + ${n}: ${mine} against ${addDaysShared(day, n)}`);
  return mine;
}

/** 0 Sunday … 6 Saturday, by Zeller's rule, checked against the data set's helper. */
export function dow(day: Day): number {
  const [y0, m0, d] = parts(day);
  const m = m0 < 3 ? m0 + 12 : m0;
  const y = m0 < 3 ? y0 - 1 : y0;
  const h = (d + Math.floor((13 * (m + 1)) / 5) + (y % 100) + Math.floor((y % 100) / 4) + Math.floor(Math.floor(y / 100) / 4) + 5 * Math.floor(y / 100)) % 7;
  const mine = (h + 6) % 7;
  if (mine !== weekdayShared(day)) throw new Error(`weekday of ${day}: ${mine} against ${weekdayShared(day)}`);
  return mine;
}
export const isWorkWeekDay = (day: Day) => dow(day) !== 0 && dow(day) !== 6;

/** Every day of a range, both ends included. */
export function eachDay([from, to]: Range): Day[] {
  const out: Day[] = [];
  for (let n = serial(from); n <= serial(to); n += 1) out.push(fromSerial(n));
  return out;
}

/** A date the calendar has (2025-02-30 is not). */
export function date(y: number, m: number, d: number): Day {
  if (m < 1 || m > 12 || d < 1 || d > monthLength(y, m)) throw new Error(`${y}-${m}-${d} is not a date`);
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The day a question names, checked to be the ISO date its file writes beside it. */
export function written(found: Day, iso: Day): Day {
  if (found !== iso) throw new Error(`the period gives ${found}, the question file writes ${iso}`);
  return found;
}

/* ---- "Today" and the days around it. ---- */

const [YEAR, MONTH] = parts(TODAY);
export const THIS_YEAR = YEAR;
export const YESTERDAY = written(shift(TODAY, -1), p58.YESTERDAY);
export const TOMORROW = written(shift(TODAY, 1), p58.TOMORROW);
export const DAY_BEFORE_YESTERDAY = shift(TODAY, -2);
export const A_WEEK_AGO_TODAY = shift(TODAY, -7);
const MONDAY = shift(TODAY, -((dow(TODAY) + 6) % 7));

/** A period over a range: read also without today when it reaches today (today is open). */
export function over(range: Range): Period {
  if (range[0] > range[1]) throw new Error(`an empty range ${range.join('…')}`);
  const reachesToday = range[0] < TODAY && range[1] >= TODAY;
  return { readings: reachesToday ? [range, [range[0], YESTERDAY]] : [range] };
}
export const dayP = (day: Day): Period => over([day, day]);

/** "The 3rd": this month's day. */
export const theNth = (n: number): Day => date(YEAR, MONTH, n);
/** "Nov 3rd", "3rd of November", "3/11": that day of this year. */
export const dayOf = (m: number, d: number, y = YEAR): Day => date(y, m, d);

/** The latest day of this weekday before today. */
function latest(weekdayNo: number): Day {
  let d = YESTERDAY;
  while (dow(d) !== weekdayNo) d = shift(d, -1);
  return d;
}
/** "Last Friday": the latest Friday before today, and the Friday of last week — both readings must be the same day. */
export function lastNamed(weekdayNo: number): Day {
  const ofLastWeek = shift(MONDAY, -7 + ((weekdayNo + 6) % 7));
  if (latest(weekdayNo) !== ofLastWeek) throw new Error(`"last" of weekday ${weekdayNo} reads ${latest(weekdayNo)} or ${ofLastWeek}`);
  return written(ofLastWeek, lastWeekdayBefore(weekdayNo));
}
/** A weekday alone, for what is recorded: the latest one before today (this week's when it has gone by). */
export const weekdayAlone = (weekdayNo: number): Day => written(latest(weekdayNo), lastWeekdayBefore(weekdayNo));
/** "This Friday": the next one after today, which must also be this week's. */
export function thisComing(weekdayNo: number): Day {
  const ofThisWeek = shift(MONDAY, (weekdayNo + 6) % 7);
  const next = comingWeekday(weekdayNo);
  if (ofThisWeek !== next) throw new Error(`"this" of weekday ${weekdayNo} reads ${next} or ${ofThisWeek}`);
  return next;
}

/* ---- Weeks. ---- */

/** The Monday-to-Sunday week holding a day ("the week of 10 November"). */
export const weekOf = (day: Day): Range => {
  const monday = shift(day, -((dow(day) + 6) % 7));
  return [monday, shift(monday, 6)];
};
const same = (a: Range, b: Range, what: string): Range => {
  if (a[0] !== b[0] || a[1] !== b[1]) throw new Error(`${what}: ${a.join('…')} against ${b.join('…')}`);
  return a;
};
export const LAST_WEEK = same(weekOf(shift(MONDAY, -1)), p58.LAST_WEEK, 'last week');
export const WEEK_BEFORE_LAST = same(weekOf(shift(MONDAY, -8)), p58.WEEK_BEFORE_LAST, 'the week before last');
export const NEXT_WEEK = same(weekOf(shift(MONDAY, 7)), p58.NEXT_WEEK, 'next week');
export const THIS_WEEK_SO_FAR = same([MONDAY, TODAY], p58.THIS_WEEK, 'this week');
/** ISO week n of a year: the week holding 4 January, moved on. */
export function isoWeek(n: number, y = YEAR): Range {
  const first = weekOf(date(y, 1, 4))[0];
  const from = shift(first, 7 * (n - 1));
  const r: Range = [from, shift(from, 6)];
  return y === YEAR ? same(r, p58.isoWeek(n), `week ${n}`) : r;
}

/* ---- Months, quarters, years. ---- */

export const monthOf = (m: number, y = YEAR): Range => {
  const r: Range = [date(y, m, 1), date(y, m, monthLength(y, m))];
  return y === YEAR ? same(r, p58.month(m), `month ${m}`) : r;
};
export const LAST_MONTH = same(MONTH === 1 ? monthOf(12, YEAR - 1) : monthOf(MONTH - 1), p58.LAST_MONTH, 'last month');
export const MONTH_BEFORE_LAST = MONTH <= 2 ? monthOf(MONTH + 10, YEAR - 1) : monthOf(MONTH - 2);
export const THIS_MONTH_SO_FAR = same([date(YEAR, MONTH, 1), TODAY], p58.THIS_MONTH, 'this month');
export const REST_OF_MONTH = same([TOMORROW, monthOf(MONTH)[1]], p58.REST_OF_MONTH, 'the rest of the month');
export const quarterOf = (n: number, y = YEAR): Range => [monthOf(3 * n - 2, y)[0], monthOf(3 * n, y)[1]];
/** A quarter's score period ("2025-Q3"). */
export const periodOf = (n: number, y = YEAR) => `${y}-Q${n}`;
const QUARTER_NOW = Math.floor((MONTH - 1) / 3) + 1;
export const THIS_QUARTER_SO_FAR = same([quarterOf(QUARTER_NOW)[0], TODAY], p58.THIS_QUARTER, 'this quarter');
/** "Last quarter" as a score period, and the quarter before it. */
export const LAST_QUARTER = QUARTER_NOW === 1 ? periodOf(4, YEAR - 1) : periodOf(QUARTER_NOW - 1);
export const QUARTER_BEFORE_LAST = QUARTER_NOW <= 2 ? periodOf(QUARTER_NOW + 2, YEAR - 1) : periodOf(QUARTER_NOW - 2);
export const YEAR_SO_FAR = same([date(YEAR, 1, 1), TODAY], p58.YEAR_SO_FAR, 'this year so far');
export const WHOLE_YEAR = same([date(YEAR, 1, 1), date(YEAR, 12, 31)], p58.WHOLE_YEAR, 'this year');
export const REST_OF_YEAR = same([TOMORROW, date(YEAR, 12, 31)], p58.REST_OF_YEAR, 'the rest of the year');

/** "Since 1 September": that day to today. */
export const since = (day: Day): Range => [day, TODAY];
/** "From 3 to 14 November", "between 1 Oct and 15 Oct": both ends included. */
export const fromTo = (from: Day, to: Day): Range => {
  if (from > to) throw new Error(`${from} is after ${to}`);
  return [from, to];
};
/** "The last 10 days": ten days up to today, or the ten closed days before it; figures must agree on both. */
export function lastDays(n: number): Period {
  return { readings: [...over([shift(TODAY, 1 - n), TODAY]).readings, [shift(TODAY, -n), YESTERDAY]] };
}

/** A range wholly before attendance was tracked would have nothing to count: guard against asking over one. */
export function tracked(range: Range): Range {
  if (range[1] < TRACKING_START) throw new Error(`${range.join('…')} is before tracking started`);
  return range;
}
