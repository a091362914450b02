/*
 * practice66 — one person's own attendance, day by day, worked out from API.md's work calendar and status rules:
 * the periods a phone question names (computed from the data set's "today"), each day's expected fraction e (0 before
 * tracking, outside the employment and at weekends; else 1 less each distinct half taken by a holiday of the
 * person's team or of the organisation and by approved leave), the record's status and times, hours from the times,
 * a missing check-out (a closed day's record with a check-in and none out), and the figures over a period: the rate
 * (Σ min(a, e) ÷ Σ e over the closed days: today is open and not rated), late days (records whose status is late),
 * absent days (Σ e − min(a, e) over closed days), half-day records, hours, missing check-outs. Each sum is checked
 * against the shared oracle (oracle/attendance-figures.ts). A figure two sensible readings would give differently
 * throws: a late count over a period reaching today when today's record is late (with and without today), and a late
 * count over a period holding a half-day record whose check-in was after the start and grace (late by the clock, not
 * by the status). Written code-blind from API.md, docs/API.md and the README; reads only the data set and the shared
 * oracle.
 */
import type { AttendanceRecord } from '../dataset/attendance';
import { HOLIDAYS, LEAVE, TODAY, TRACKING_START, type Half } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { addDays, daysBetween, monthRange, quarterOf, weekday, type Day } from '../dataset/dates';
import { expectedFraction } from './absence';
import { totals } from './attendance-figures';

export type Range = readonly [Day, Day];

/* ---- Periods, from the data set's today (a Wednesday). ---- */

const mondayOf = (day: Day): Day => addDays(day, -((weekday(day) + 6) % 7));
/** The latest day before today falling on this weekday (0 = Sunday … 6 = Saturday): "on Monday", "last Friday". */
export function lastWeekday(n: number): Day {
  for (let d = addDays(TODAY, -1); ; d = addDays(d, -1)) if (weekday(d) === n) return d;
}
const month = (offset: number): Range => {
  const y = Number(TODAY.slice(0, 4));
  const m = Number(TODAY.slice(5, 7)) + offset;
  const r = monthRange(m <= 0 ? y - 1 : y, m <= 0 ? m + 12 : m);
  return [r.from, r.to];
};
export const YESTERDAY: Day = addDays(TODAY, -1);
export const THIS_WEEK: Range = [mondayOf(TODAY), TODAY];
export const LAST_WEEK: Range = [addDays(mondayOf(TODAY), -7), addDays(mondayOf(TODAY), -1)];
export const THIS_MONTH: Range = [month(0)[0], TODAY];
export const LAST_MONTH: Range = month(-1);
export const MONTH_BEFORE_LAST: Range = month(-2);
export const AUGUST: Range = month(-3);
export const THIS_QUARTER: Range = [quarterOf(TODAY).from, TODAY];
const lastQ = quarterOf(addDays(quarterOf(TODAY).from, -1));
export const LAST_QUARTER: Range = [lastQ.from, lastQ.to];
export const SINCE_AUGUST: Range = [AUGUST[0], TODAY];
export const THIS_YEAR: Range = [`${TODAY.slice(0, 4)}-01-01`, TODAY];
/** A day of this month ("the 14th"), checked to be before today. */
export function theNth(n: number): Day {
  const d = `${TODAY.slice(0, 8)}${String(n).padStart(2, '0')}`;
  if (d >= TODAY) throw new Error(`the ${n}th is not before today`);
  return d;
}

/** A period as the question file writes it, checked against the ISO dates written beside it. */
export function written<T extends Day | Range>(found: T, ...iso: Day[]): T {
  const got = typeof found === 'string' ? [found] : [...found];
  if (got.join('/') !== iso.join('/')) throw new Error(`period read as ${got.join('/')}, written ${iso.join('/')}`);
  return found;
}

/* ---- One person's day. ---- */

const halves = (h: Half | null): Half[] => (h === null ? ['am', 'pm'] : [h]);
const employed = (id: string, day: Day) => {
  const p = person(id);
  return p.hire <= day && (p.end === null || day <= p.end);
};
const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) + Number(t.slice(6, 8) || 0) / 60;
const r2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

let index: Map<string, AttendanceRecord> | undefined;
export function recordOf(id: string, day: Day): AttendanceRecord | undefined {
  index ??= new Map(dataset().attendance.map((r) => [`${r.employee}#${r.date}`, r]));
  return index.get(`${id}#${day}`);
}

export interface MyDay {
  day: Day;
  e: number;
  /** The morning is off (holiday or leave): the day starts at 13:00. */
  morningOff: boolean;
  closed: boolean;
  record: AttendanceRecord | undefined;
  attended: number;
  hours: number;
  missing: boolean;
  /** The check-in was strictly after the day's start plus 15 minutes, whatever the status says. */
  lateByClock: boolean;
}

export function myDay(id: string, day: Day): MyDay {
  const p = person(id);
  const off = new Set<Half>();
  for (const h of HOLIDAYS) if (h.date === day && (h.team === null || h.team === p.team)) for (const x of halves(h.half)) off.add(x);
  for (const l of LEAVE) if (l.employee === id && l.status === 'approved' && l.from <= day && day <= l.to) for (const x of halves(l.half)) off.add(x);
  const workDay = day >= TRACKING_START && employed(id, day) && weekday(day) !== 0 && weekday(day) !== 6;
  const e = workDay ? Math.max(0, 1 - off.size * 0.5) : 0;
  if (e !== expectedFraction(p, day)) throw new Error(`expected fraction of ${id} on ${day}: ${e} here, ${expectedFraction(p, day)} in the shared oracle`);
  const record = recordOf(id, day);
  const start = off.has('am') ? 13 * 60 : 9 * 60;
  return {
    day,
    e,
    morningOff: off.has('am'),
    closed: day < TODAY,
    record,
    attended: record !== undefined && record.status !== 'absent' ? 1 : 0,
    hours: record?.checkIn && record.checkOut ? r2((toMinutes(record.checkOut) - toMinutes(record.checkIn)) / 60) : 0,
    missing: day < TODAY && record !== undefined && record.checkIn !== null && record.checkOut === null,
    lateByClock: record?.checkIn ? toMinutes(record.checkIn) > start + 15 : false,
  };
}

const daysOf = (id: string, [from, to]: Range): MyDay[] => daysBetween(from, to).map((d) => myDay(id, d));

/* ---- Figures over a period. ---- */

export type Kind = 'late' | 'absent' | 'halfDay' | 'hours' | 'missing';

function lateGuard(id: string, range: Range): void {
  for (const d of daysOf(id, range)) {
    if (d.record?.status === 'half-day' && d.lateByClock)
      throw new Error(`${id} on ${d.day}: a half-day record checked in late (late by the clock, not by status)`);
    if (d.day === TODAY && d.record?.status === 'late') throw new Error(`${id} is late today: the count differs with and without today`);
  }
}

/** The person's figure of a kind over the period, checked against the shared oracle. */
export function figureOf(id: string, kind: Kind, range: Range): number {
  const list = daysOf(id, range);
  let value: number;
  switch (kind) {
    case 'late':
      lateGuard(id, range);
      value = list.filter((d) => d.record?.status === 'late').length;
      break;
    case 'halfDay':
      value = list.filter((d) => d.record?.status === 'half-day').length;
      break;
    case 'absent':
      value = list.filter((d) => d.closed).reduce((s, d) => s + d.e - Math.min(d.attended, d.e), 0);
      break;
    case 'hours':
      value = r2(list.reduce((s, d) => s + d.hours, 0));
      break;
    case 'missing':
      value = list.filter((d) => d.missing).length;
      break;
  }
  const shared = totals({ ids: [id] }, range[0], range[1]);
  const theirs = { late: shared.late, absent: shared.absent, halfDay: shared.halfDay, hours: shared.hours, missing: shared.missingCheckOut }[kind];
  if (Math.abs(theirs - value) > 1e-9) throw new Error(`${kind} of ${id} over ${range.join('..')}: ${value} here, ${theirs} in the shared oracle`);
  return value;
}

/** The rate over the closed days of the period (today is open and not rated). */
export function rateOf(id: string, range: Range): number {
  const closed = daysOf(id, range).filter((d) => d.closed);
  const expected = closed.reduce((s, d) => s + d.e, 0);
  if (expected === 0) throw new Error(`${id} has nothing to rate over ${range.join('..')}`);
  const value = Math.round((closed.reduce((s, d) => s + Math.min(d.attended, d.e), 0) / expected + Number.EPSILON) * 10_000) / 10_000;
  const shared = totals({ ids: [id] }, range[0], range[1]).rate;
  if (shared !== value) throw new Error(`rate of ${id} over ${range.join('..')}: ${value} here, ${shared} in the shared oracle`);
  return value;
}

/** The days of a kind in the period, in date order: late records, absent closed days, half-day records, missing check-outs. */
export function datesOf(id: string, kind: Exclude<Kind, 'hours'>, range: Range): Day[] {
  if (kind === 'late') lateGuard(id, range);
  const found = daysOf(id, range)
    .filter((d) =>
      kind === 'late'
        ? d.record?.status === 'late'
        : kind === 'halfDay'
          ? d.record?.status === 'half-day'
          : kind === 'missing'
            ? d.missing
            : d.closed && d.e > Math.min(d.attended, d.e),
    )
    .map((d) => d.day);
  const n = kind === 'absent' ? found.length : figureOf(id, kind, range);
  if (kind !== 'absent' && n !== found.length) throw new Error(`${kind} dates of ${id} disagree with the count`);
  return found;
}

/** The last late day over the whole record (from tracking start to today). */
export function lastLate(id: string): Day {
  const all = datesOf(id, 'late', [TRACKING_START, TODAY]);
  const last = all[all.length - 1];
  if (last === undefined) throw new Error(`${id} was never late`);
  return last;
}

/** A check-in or check-out time as "H:MM" (no leading zero, so "9:48" is found in "09:48:00" and in "9:48"). */
export function clock(id: string, day: Day, which: 'in' | 'out'): string {
  const r = recordOf(id, day);
  const t = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${day}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/** Whether the person has checked in today (a record of today). */
export const checkedInToday = (id: string): boolean => recordOf(id, TODAY)?.checkIn != null;

/** Yes or no, refusing a line the figure sits too close to (a rounding could flip it). */
export function clearly(value: number, line: number, margin: number): boolean {
  if (Math.abs(value - line) < margin) throw new Error(`${value} is too close to ${line}`);
  return value > line;
}
