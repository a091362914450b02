/*
 * practice62 — a manager's Monday morning, worked out a second way. Each person's day is computed here again from
 * API.md's absence rule and the data set alone (the work week, the tracking start, the employment, the holidays of
 * their team or the organisation, the halves of approved leave, the record and its times) and laid out as the summary's
 * day object would count it (expected, on leave, present, late, half day, absent, missing check-out, not checked in,
 * hours); a group's days are then added up over a period and checked against the shared oracle's totals
 * (oracle/attendance-figures.ts): when the two computations disagree the question throws and is not asked. On top of
 * the sums: every reading a question allows must agree (a period reaching today, which is open, read with and without
 * today; a list with and without those who have left; a manager's "my team" list with and without the manager), or
 * the question is in doubt and throws. Written code-blind from API.md, docs/API.md and the README.
 */
import type { AttendanceRecord } from '../dataset/attendance';
import { TODAY, TRACKING_START, type Half } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, weekday, type Day } from '../dataset/dates';
import type { Person, Position } from '../dataset/people';
import { totals } from './attendance-figures';

export type Range = readonly [Day, Day];

/* ---- The days around today (a Wednesday), computed from TODAY. ---- */

const YEAR = Number(TODAY.slice(0, 4));
const MONTH = Number(TODAY.slice(5, 7));
export const YESTERDAY: Day = addDays(TODAY, -1);
export const TOMORROW: Day = addDays(TODAY, 1);
const MONDAY: Day = addDays(TODAY, -((weekday(TODAY) + 6) % 7));
export const THIS_WEEK: Range = [MONDAY, TODAY];
export const LAST_WEEK: Range = [addDays(MONDAY, -7), addDays(MONDAY, -1)];
export const WEEK_BEFORE_LAST: Range = [addDays(MONDAY, -14), addDays(MONDAY, -8)];
export const NEXT_WEEK: Range = [addDays(MONDAY, 7), addDays(MONDAY, 13)];
export const on = (day: Day): Range => [day, day];

/** A whole calendar month of this year. */
export function month(m: number, year = YEAR): Range {
  const from = `${year}-${String(m).padStart(2, '0')}-01`;
  const next = m === 12 ? `${year + 1}-01-01` : `${year}-${String(m + 1).padStart(2, '0')}-01`;
  return [from, addDays(next, -1)];
}
export const THIS_MONTH: Range = [month(MONTH)[0], TODAY];
export const LAST_MONTH: Range = month(MONTH - 1);
export const REST_OF_MONTH: Range = [TOMORROW, month(MONTH)[1]];
const Q_START_MONTH = Math.floor((MONTH - 1) / 3) * 3 + 1;
export const THIS_QUARTER: Range = [month(Q_START_MONTH)[0], TODAY];
export const SINCE_TRACKING: Range = [TRACKING_START, TODAY];
/** The scored quarters: last quarter and the one before it, as periods. */
export const LAST_Q = `${YEAR}-Q${(Q_START_MONTH - 1) / 3}`;
export const Q_BEFORE = `${YEAR}-Q${(Q_START_MONTH - 1) / 3 - 1}`;

/** The most recent day of this weekday strictly before today (0 Sunday … 6 Saturday): a weekday alone, for what is recorded. */
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

/* ---- One person's day, as the summary's day object counts it: the second computation. ---- */

export interface DaySheet {
  /** The expected fraction e: 0, 0.5 or 1. */
  e: number;
  /** Halves off by approved leave and not already by a holiday, ÷ 2. */
  leave: number;
  closed: boolean;
  /** A record with status present, late or half-day. */
  attended: 0 | 1;
  status: AttendanceRecord['status'] | null;
  missingCheckOut: 0 | 1;
  notCheckedIn: 0 | 1;
  hours: number;
}

const HALVES: Half[] = ['am', 'pm'];
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) + Number(t.slice(6, 8) || 0) / 60;
export const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

let byKey: Map<string, AttendanceRecord> | undefined;
/** The record of a person's day, if any. */
export function recordAt(id: string, day: Day): AttendanceRecord | undefined {
  byKey ??= new Map(dataset().attendance.map((r) => [`${r.employee}|${r.date}`, r]));
  return byKey.get(`${id}|${day}`);
}

export function sheet(p: Person, day: Day): DaySheet {
  const r = recordAt(p.id, day);
  const closed = day < TODAY;
  const s: DaySheet = {
    e: 0,
    leave: 0,
    closed,
    attended: r !== undefined && r.status !== 'absent' ? 1 : 0,
    status: r?.status ?? null,
    missingCheckOut: closed && r?.checkIn && !r.checkOut ? 1 : 0,
    notCheckedIn: 0,
    hours: r?.checkIn && r.checkOut ? round((minutes(r.checkOut) - minutes(r.checkIn)) / 60, 2) : 0,
  };
  const dow = weekday(day);
  if (day < TRACKING_START || day < p.hire || (p.end !== null && day > p.end) || dow === 0 || dow === 6) return s;
  const holiday = new Set<Half>();
  for (const h of dataset().holidays) if (h.date === day && (h.team === null || h.team === p.team)) for (const x of h.half ? [h.half] : HALVES) holiday.add(x);
  const leave = new Set<Half>();
  for (const l of dataset().leave)
    if (l.status === 'approved' && l.employee === p.id && l.from <= day && day <= l.to)
      for (const x of l.half ? [l.half] : HALVES) if (!holiday.has(x)) leave.add(x);
  s.e = 1 - (holiday.size + leave.size) / 2;
  s.leave = leave.size / 2;
  s.notCheckedIn = !closed && s.e > 0 && r === undefined ? 1 : 0;
  return s;
}

/* ---- A group's days added up, checked against the shared oracle. ---- */

export interface Tally {
  expected: number;
  attended: number;
  present: number;
  late: number;
  halfDay: number;
  absent: number;
  onLeave: number;
  missingCheckOut: number;
  notCheckedIn: number;
  hours: number;
  /** Σ min(a, e) ÷ Σ e over the closed days, four decimals; null when nothing was expected. */
  rate: number | null;
}
export type Measure = Exclude<keyof Tally, 'rate' | 'expected' | 'attended'>;

export function tally(ids: readonly string[], [from, to]: Range): Tally {
  const t: Tally = {
    expected: 0,
    attended: 0,
    present: 0,
    late: 0,
    halfDay: 0,
    absent: 0,
    onLeave: 0,
    missingCheckOut: 0,
    notCheckedIn: 0,
    hours: 0,
    rate: null,
  };
  for (const id of ids) {
    const p = person(id);
    for (const day of daysBetween(from, to)) {
      const s = sheet(p, day);
      if (s.status === 'present') t.present += 1;
      if (s.status === 'late') t.late += 1;
      if (s.status === 'half-day') t.halfDay += 1;
      t.hours += s.hours;
      t.onLeave += s.leave;
      t.missingCheckOut += s.missingCheckOut;
      t.notCheckedIn += s.notCheckedIn;
      if (!s.closed) continue;
      t.expected += s.e;
      t.attended += Math.min(s.attended, s.e);
      t.absent += s.e - Math.min(s.attended, s.e);
    }
  }
  t.hours = round(t.hours, 2);
  t.rate = t.expected > 0 ? round(t.attended / t.expected, 4) : null;
  if (ids.length > 0) {
    const shared = totals({ ids: [...ids] }, from, to);
    const pairs: Array<[string, number | null, number | null]> = [
      ['expected', t.expected, shared.expectedClosed],
      ['attended', t.attended, shared.attended],
      ['present', t.present, shared.present],
      ['late', t.late, shared.late],
      ['halfDay', t.halfDay, shared.halfDay],
      ['absent', t.absent, shared.absent],
      ['onLeave', t.onLeave, shared.onLeave],
      ['missingCheckOut', t.missingCheckOut, shared.missingCheckOut],
      ['hours', t.hours, shared.hours],
      ['rate', t.rate, shared.rate],
    ];
    for (const [name, mine, theirs] of pairs)
      if ((mine === null) !== (theirs === null) || Math.abs((mine ?? 0) - (theirs ?? 0)) > 1e-6)
        throw new Error(`the two computations disagree on ${name}: ${mine} against ${theirs}`);
  }
  return t;
}

/* ---- Groups, and one value from several readings. ---- */

export interface Group {
  team?: string;
  ids?: string[];
  position?: Position;
}
export const EVERYONE: Group = {};
export const teamOf = (code: string): Group => ({ team: code });
export const only = (id: string): Group => ({ ids: [id] });

export const membersOf = (g: Group): Person[] =>
  dataset().people.filter(
    (p) =>
      (g.team === undefined || p.team === g.team) && (g.ids === undefined || g.ids.includes(p.id)) && (g.position === undefined || p.position === g.position),
  );
export const idsOf = (g: Group): string[] => membersOf(g).map((p) => p.id);
export const stillHere = (p: Person) => p.end === null || p.end >= TODAY;
export const workedDuring = (p: Person, [from, to]: Range) => p.hire <= to && (p.end === null || p.end >= from);

/** One value from several readings, or throws when they disagree (numbers within the margin). */
export function agree<T>(readings: readonly T[], margin = 1e-9): T {
  const first = readings[0]!;
  for (const r of readings) {
    const same = typeof r === 'number' && typeof first === 'number' ? Math.abs(r - first) <= margin : JSON.stringify(r) === JSON.stringify(first);
    if (!same) throw new Error(`readings disagree: ${readings.map((x) => JSON.stringify(x)).join(' / ')}`);
  }
  return first;
}

/** A period reaching today, read with today (open) and without it. */
export const readingsOf = (range: Range): Range[] => (range[0] < TODAY && range[1] >= TODAY ? [range, [range[0], YESTERDAY]] : [range]);

/** A group's total of a measure over a period, the same with and without today. */
export const total = (g: Group, measure: Measure, range: Range): number => agree(readingsOf(range).map((r) => tally(idsOf(g), r)[measure]));

/** A group's rate over a period (the team's figure, as the summary gives it), the same with and without today. */
export function rateOf(g: Group, range: Range): number {
  const r = agree(readingsOf(range).map((x) => tally(idsOf(g), x).rate));
  if (r === null) throw new Error(`nothing to rate from ${range[0]} to ${range[1]}`);
  return r;
}
/** The absence rate: the rate taken from 1. */
export const absenceRateOf = (g: Group, range: Range): number => round(1 - rateOf(g, range), 4);

export const personal = (id: string, measure: Measure, range: Range): number => total(only(id), measure, range);
export const personalRate = (id: string, range: Range): number => rateOf(only(id), range);

/* ---- Guards. ---- */

export function some<T>(list: T[]): T[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}
export function none<T>(list: T[]): T[] {
  if (list.length > 0) throw new Error(`expected nothing, the data set has ${JSON.stringify(list)}`);
  return list;
}
/** A count the grader reads only as digits or its word list: not 0, nor 1 or 2 of one person ("once", "twice"). */
export function threeOrMore(n: number): number {
  if (n < 3) throw new Error(`${n} may be written as "never", "once" or "twice"`);
  return n;
}
export function nonZero(n: number): number {
  if (n === 0) throw new Error('an expected figure is 0');
  return n;
}
/** A figure clear of a line by more than the margin, so that neither rounding nor an inclusive reading decides. */
export function clearOf(value: number, line: number, margin: number): number {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near the line ${line}`);
  return value;
}
