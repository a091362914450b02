/*
 * practice58 — month-end figures computed a second way. Each person's days over a period are added up as a payroll row
 * (API.md's export: working days, holidays, expected days, present, late, half days, absent by the absence rule, leave
 * by kind, missing check-outs, hours), written here from API.md's "Work calendar", "Leave" and "Exports" and the data
 * set alone, and then checked against the shared oracle's totals (oracle/attendance-figures.ts): when the two
 * computations disagree the question throws and is not asked. On top of the rows: the days around the data set's
 * "today", and every reading a question allows (a period reaching today read with and without today, which is open; a
 * list read with and without the people who have left; a manager's "my team" list with and without the manager),
 * which must agree. Written code-blind from API.md, docs/API.md and the README; reads only the data set and oracles.
 */
import { TODAY, TRACKING_START, type Half, type LeaveCode } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, weekday, type Day } from '../dataset/dates';
import type { Person } from '../dataset/people';
import { count, days, hours, rate, type Figure } from '../expectation';
import { totals } from './attendance-figures';

export type Range = readonly [Day, Day];

/* ---- The days around today (a Wednesday), computed from TODAY. ---- */

const YEAR = Number(TODAY.slice(0, 4));
const MONTH = Number(TODAY.slice(5, 7));
export const YESTERDAY: Day = addDays(TODAY, -1);
export const TOMORROW: Day = addDays(TODAY, 1);
const MONDAY: Day = addDays(TODAY, -((weekday(TODAY) + 6) % 7));
export const THIS_WEEK: Range = [MONDAY, TODAY];
export const THIS_WEEK_WHOLE: Range = [MONDAY, addDays(MONDAY, 6)];
export const LAST_WEEK: Range = [addDays(MONDAY, -7), addDays(MONDAY, -1)];
export const WEEK_BEFORE_LAST: Range = [addDays(MONDAY, -14), addDays(MONDAY, -8)];
export const NEXT_WEEK: Range = [addDays(MONDAY, 7), addDays(MONDAY, 13)];
export const on = (day: Day): Range => [day, day];

/** A whole calendar month. */
export function month(m: number, year = YEAR): Range {
  const from = `${year}-${String(m).padStart(2, '0')}-01`;
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return [from, addDays(next, -1)];
}
export const THIS_MONTH: Range = [month(MONTH)[0], TODAY];
export const THIS_MONTH_WHOLE: Range = month(MONTH);
export const LAST_MONTH: Range = MONTH === 1 ? month(12, YEAR - 1) : month(MONTH - 1);
export const REST_OF_MONTH: Range = [TOMORROW, month(MONTH)[1]];
export const YEAR_SO_FAR: Range = [`${YEAR}-01-01`, TODAY];
export const WHOLE_YEAR: Range = [`${YEAR}-01-01`, `${YEAR}-12-31`];
export const REST_OF_YEAR: Range = [TOMORROW, `${YEAR}-12-31`];
export const SINCE_TRACKING: Range = [TRACKING_START, TODAY];
const Q_START = Math.floor((MONTH - 1) / 3) * 3 + 1;
export const THIS_QUARTER: Range = [month(Q_START)[0], TODAY];
/** A quarter of this year, whole. */
export const quarter = (n: number): Range => [month((n - 1) * 3 + 1)[0], month(n * 3)[1]];

/** An ISO week of this year by its number. */
export function isoWeek(n: number): Range {
  let monday = `${YEAR}-01-04`;
  while (weekday(monday) !== 1) monday = addDays(monday, -1);
  const from = addDays(monday, 7 * (n - 1));
  return [from, addDays(from, 6)];
}
/** The last day of this weekday before today (0 Sunday … 6 Saturday): a weekday alone, for what is recorded. */
export function lastWeekday(dow: number): Day {
  let d = YESTERDAY;
  while (weekday(d) !== dow) d = addDays(d, -1);
  return d;
}
/** A day the question writes out, checked to be the one the calendar gives. */
export function sameDay(found: Day, written: Day): Day {
  if (found !== written) throw new Error(`the calendar gives ${found}, the question writes ${written}`);
  return found;
}

/* ---- One person's days as a payroll row: the second computation. ---- */

export type Off = 'holiday' | LeaveCode | null;
const HALVES: Half[] = ['am', 'pm'];
const halvesOf = (half: Half | null): Half[] => (half === null ? HALVES : [half]);

/** What takes each half of the day off for this person: a holiday of their team or the organisation first, then approved leave. */
export function offOn(p: Person, day: Day): Record<Half, Off> {
  const off: Record<Half, Off> = { am: null, pm: null };
  for (const h of dataset().holidays) if (h.date === day && (h.team === null || h.team === p.team)) for (const x of halvesOf(h.half)) off[x] = 'holiday';
  for (const l of dataset().leave)
    if (l.status === 'approved' && l.employee === p.id && l.from <= day && day <= l.to) for (const x of halvesOf(l.half)) off[x] ??= l.code;
  return off;
}

const minutes = (t: string): number => {
  const [h, m, s] = t.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0) + (s ?? 0) / 60;
};
export const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

export interface Row {
  working: number;
  holidays: number;
  expected: number;
  attended: number;
  present: number;
  late: number;
  halfDay: number;
  absent: number;
  leave: Record<LeaveCode, number>;
  missingCheckOut: number;
  hours: number;
}
const emptyRow = (): Row => ({
  working: 0,
  holidays: 0,
  expected: 0,
  attended: 0,
  present: 0,
  late: 0,
  halfDay: 0,
  absent: 0,
  leave: { ANNUAL: 0, SICK: 0, UNPAID: 0 },
  missingCheckOut: 0,
  hours: 0,
});

/** A person's row over the range's days within tracking and employment, days after today left out (the export's rule). */
export function rowOf(id: string, [from, to]: Range): Row {
  const p = person(id);
  const row = emptyRow();
  const start = [from, p.hire, TRACKING_START].sort().at(-1)!;
  const end = [to, p.end ?? to, TODAY].sort()[0]!;
  const records = new Map(
    dataset()
      .attendance.filter((r) => r.employee === id)
      .map((r) => [r.date, r]),
  );
  for (const day of start <= end ? daysBetween(start, end) : []) {
    const closed = day < TODAY;
    const r = records.get(day);
    if (r?.status === 'present') row.present += 1;
    if (r?.status === 'late') row.late += 1;
    if (r?.status === 'half-day') row.halfDay += 1;
    if (r?.checkIn && r.checkOut) row.hours += round((minutes(r.checkOut) - minutes(r.checkIn)) / 60, 2);
    if (closed && r?.checkIn && !r.checkOut) row.missingCheckOut += 1;
    if (weekday(day) === 0 || weekday(day) === 6) continue;
    row.working += 1;
    const off = offOn(p, day);
    let e = 1;
    for (const x of HALVES) {
      const why = off[x];
      if (why === null) continue;
      e -= 0.5;
      if (why === 'holiday') row.holidays += 0.5;
      else row.leave[why] += 0.5;
    }
    if (!closed) continue;
    const a = r !== undefined && r.status !== 'absent' ? 1 : 0;
    row.expected += e;
    row.attended += Math.min(a, e);
    row.absent += e - Math.min(a, e);
  }
  row.hours = round(row.hours, 2);
  return row;
}

/** The rows of several people added up, checked against the shared oracle's totals (else the question is not asked). */
export function sumRows(ids: readonly string[], range: Range): Row {
  const sum = emptyRow();
  for (const id of ids) {
    const r = rowOf(id, range);
    for (const k of ['working', 'holidays', 'expected', 'attended', 'present', 'late', 'halfDay', 'absent', 'missingCheckOut', 'hours'] as const)
      sum[k] += r[k];
    for (const c of ['ANNUAL', 'SICK', 'UNPAID'] as const) sum.leave[c] += r.leave[c];
  }
  sum.hours = round(sum.hours, 2);
  const end = range[1] < TODAY ? range[1] : TODAY;
  if (range[0] <= end && ids.length > 0) {
    const t = totals({ ids: [...ids] }, range[0], end);
    const leave = sum.leave.ANNUAL + sum.leave.SICK + sum.leave.UNPAID;
    const pairs: Array<[string, number, number]> = [
      ['expected', sum.expected, t.expectedClosed],
      ['attended', sum.attended, t.attended],
      ['present', sum.present, t.present],
      ['late', sum.late, t.late],
      ['halfDay', sum.halfDay, t.halfDay],
      ['absent', sum.absent, t.absent],
      ['missingCheckOut', sum.missingCheckOut, t.missingCheckOut],
      ['hours', sum.hours, t.hours],
      ['leave', leave, t.onLeave],
    ];
    for (const [name, mine, theirs] of pairs)
      if (Math.abs(mine - theirs) > 1e-6) throw new Error(`the two computations disagree on ${name}: ${mine} against ${theirs}`);
  }
  return sum;
}

/* ---- Groups, and one value from several readings. ---- */

export interface Group {
  team?: string;
  ids?: string[];
}

/** One value from several readings, or throws when they disagree (the question would be ambiguous). */
export function agree<T>(readings: readonly T[]): T {
  const first = JSON.stringify(readings[0]);
  if (readings.some((r) => JSON.stringify(r) !== first)) throw new Error(`readings disagree: ${readings.map((r) => JSON.stringify(r)).join(' / ')}`);
  return readings[0]!;
}

/* ---- Guards and labels. ---- */

export function some<T>(list: T[]): T[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}
export function none<T>(list: T[]): T[] {
  if (list.length > 0) throw new Error(`expected nothing, the data set has ${JSON.stringify(list)}`);
  return list;
}
export function nonZero(n: number): number {
  if (n === 0) throw new Error('an expected figure is 0');
  return n;
}

const near = (f: Figure, label: string): Figure => ({ ...f, label });
export const lateN = (n: number): Figure => near(count(nonZero(n)), 'late|tard');
export const absentD = (n: number): Figure => near(days(nonZero(n)), 'absen|missed|off|away|no-show');
export const halfN = (n: number): Figure => near(count(nonZero(n)), 'half');
export const missingN = (n: number): Figure => near(count(nonZero(n)), 'check|clock|missing|forgot');
export const hoursH = (n: number): Figure => hours(nonZero(n));
export const leaveD = (n: number): Figure => near(days(nonZero(n)), 'leave|day|taken|off|sick|annual|unpaid|paid');
export const peopleN = (n: number, also = ''): Figure => near(count(nonZero(n)), `people|person|employee|staff|member${also ? `|${also}` : ''}`);
export const rateOf = (n: number): Figure => rate(n);
