/*
 * practice65 — attendance figures over the periods of oracle/practice65-periods.ts, worked out as the REST summary
 * builds them: one day object per day (API.md's "GET /attendance/summary": per person employed that day, the expected
 * fraction e ∈ {0, 0.5, 1} from the work week, the holidays of their team or the organisation and the halves of
 * approved leave, attended a = 1 for a present, late or half-day record; absent = e − min(a, e) on a closed day;
 * missing check-outs on closed days; hours from the times), then added up over the period. The sums are checked
 * against the shared oracle's totals (oracle/attendance-figures.ts), and a figure is given only when every reading of
 * the period (oracle/practice65-periods.ts) and of the group (with and without those who have left; a manager's "my
 * team" with and without the manager) gives the same: else the question throws and is not asked. Written code-blind
 * from API.md, docs/API.md and the README; reads only the data set and the other oracles.
 */
import type { AttendanceRecord } from '../dataset/attendance';
import { TODAY, TRACKING_START, type Half, type LeaveCode } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import type { Person, Position } from '../dataset/people';
import { count, days, hours, rate, type Figure } from '../expectation';
import { totals } from './attendance-figures';
import { agree } from './practice58-figures';
import { eachDay, isWorkWeekDay, type Period, type Range } from './practice65-periods';

/* ---- Groups. ---- */

export interface Group {
  team?: string;
  ids?: string[];
  position?: Position;
}
export const EVERYONE: Group = {};
export const team = (code: string): Group => ({ team: code });
export const one = (id: string): Group => ({ ids: [id] });
export const membersOf = (g: Group): Person[] =>
  dataset().people.filter(
    (p) =>
      (g.team === undefined || p.team === g.team) && (g.ids === undefined || g.ids.includes(p.id)) && (g.position === undefined || p.position === g.position),
  );
const stillHere = (p: Person) => p.end === null || p.end >= TODAY;
const employed = (p: Person, day: Day) => p.hire <= day && (p.end === null || day <= p.end);
const during = (p: Person, [from, to]: Range) => p.hire <= to && (p.end === null || p.end >= from);

/* ---- One person's day. ---- */

const HALVES: Half[] = ['am', 'pm'];
let recordIndex: Map<string, AttendanceRecord> | undefined;
export function recordOn(id: string, day: Day): AttendanceRecord | undefined {
  recordIndex ??= new Map(dataset().attendance.map((r) => [`${r.employee}|${r.date}`, r]));
  return recordIndex.get(`${id}|${day}`);
}
const toMinutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) + Number(t.slice(6, 8) || 0) / 60;
const r2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

export interface DayOf {
  e: number;
  /** Halves taken by approved leave (not already by a holiday), by kind. */
  leave: Record<LeaveCode, number>;
  /** Halves taken by a holiday, ÷ 2. */
  holiday: number;
  closed: boolean;
  status: string | null;
  attended: number;
  hours: number;
  missing: boolean;
}

export function dayFor(p: Person, day: Day): DayOf {
  const r = recordOn(p.id, day);
  const out: DayOf = {
    e: 0,
    leave: { ANNUAL: 0, SICK: 0, UNPAID: 0 },
    holiday: 0,
    closed: day < TODAY,
    status: r?.status ?? null,
    attended: r !== undefined && r.status !== 'absent' ? 1 : 0,
    hours: r?.checkIn && r.checkOut ? r2((toMinutes(r.checkOut) - toMinutes(r.checkIn)) / 60) : 0,
    missing: day < TODAY && r !== undefined && r.checkIn !== null && r.checkOut === null,
  };
  if (day < TRACKING_START || !employed(p, day) || !isWorkWeekDay(day)) return out;
  const taken = new Map<Half, LeaveCode | 'holiday'>();
  for (const h of dataset().holidays)
    if (h.date === day && (h.team === null || h.team === p.team)) for (const x of h.half ? [h.half] : HALVES) taken.set(x, 'holiday');
  for (const l of dataset().leave)
    if (l.status === 'approved' && l.employee === p.id && l.from <= day && day <= l.to)
      for (const x of l.half ? [l.half] : HALVES) if (!taken.has(x)) taken.set(x, l.code);
  for (const why of taken.values()) {
    if (why === 'holiday') out.holiday += 0.5;
    else out.leave[why] += 0.5;
  }
  out.e = 1 - taken.size / 2;
  return out;
}

/* ---- Sums over a range, checked against the shared oracle. ---- */

export interface Sum {
  expected: number;
  attended: number;
  present: number;
  late: number;
  halfDay: number;
  absent: number;
  missing: number;
  hours: number;
  leave: number;
  leaveBy: Record<LeaveCode, number>;
  rate: number | null;
}

export function sumOver(people: readonly Person[], range: Range): Sum {
  const s: Sum = {
    expected: 0,
    attended: 0,
    present: 0,
    late: 0,
    halfDay: 0,
    absent: 0,
    missing: 0,
    hours: 0,
    leave: 0,
    leaveBy: { ANNUAL: 0, SICK: 0, UNPAID: 0 },
    rate: null,
  };
  for (const day of eachDay(range))
    for (const p of people) {
      const d = dayFor(p, day);
      if (d.status === 'present') s.present += 1;
      if (d.status === 'late') s.late += 1;
      if (d.status === 'half-day') s.halfDay += 1;
      s.hours += d.hours;
      for (const c of ['ANNUAL', 'SICK', 'UNPAID'] as const) s.leaveBy[c] += d.leave[c];
      if (d.missing) s.missing += 1;
      if (!d.closed) continue;
      s.expected += d.e;
      s.attended += Math.min(d.attended, d.e);
      s.absent += d.e - Math.min(d.attended, d.e);
    }
  s.hours = r2(s.hours);
  s.leave = s.leaveBy.ANNUAL + s.leaveBy.SICK + s.leaveBy.UNPAID;
  s.rate = s.expected > 0 ? Math.round((s.attended / s.expected) * 10000) / 10000 : null;
  if (people.length > 0) {
    const t = totals({ ids: people.map((p) => p.id) }, range[0], range[1]);
    const pairs: Array<[string, number | null, number | null]> = [
      ['expected', s.expected, t.expectedClosed],
      ['attended', s.attended, t.attended],
      ['present', s.present, t.present],
      ['late', s.late, t.late],
      ['halfDay', s.halfDay, t.halfDay],
      ['absent', s.absent, t.absent],
      ['missing', s.missing, t.missingCheckOut],
      ['hours', s.hours, t.hours],
      ['leave', s.leave, t.onLeave],
      ['rate', s.rate, t.rate],
    ];
    for (const [name, mine, theirs] of pairs)
      if (mine !== theirs && (mine === null || theirs === null || Math.abs(mine - theirs) > 1e-6))
        throw new Error(`the day objects disagree with the shared oracle on ${name}: ${mine} against ${theirs}`);
  }
  return s;
}

/* ---- Figures and lists over a period, every reading agreeing. ---- */

export type Measure = 'late' | 'absent' | 'missing' | 'hours' | 'leave' | 'halfDay' | 'present' | 'attended';
export type Kind = Measure | 'rate' | 'expected';

/**
 * A group's figure over a period, the same on every reading of the period. Everyone employed on a day counts that day
 * (API.md: each employee employed that day), those who have left since included, as the summaries count them.
 */
export function figureOf(g: Group, kind: Kind, period: Period): number {
  return agree(
    period.readings.map((r) => {
      const s = sumOver(membersOf(g), r);
      const v = kind === 'rate' ? s.rate : kind === 'leave' ? s.leave : s[kind];
      if (v === null) throw new Error('nothing was expected: no rate');
      return v;
    }),
  );
}
export const personFigure = (id: string, kind: Kind, period: Period): number => figureOf(one(id), kind, period);

/**
 * The people of a group (employed during the period) whose figure passes the test, read on each reading of the
 * period, with and without those who have left, and — for a manager's "my team" — with and without the asker.
 */
export function whoHad(g: Group, kind: Kind, period: Period, passes: (v: number) => boolean = (v) => v > 0, asker?: string): string[] {
  const lists = period.readings.flatMap((r) => {
    const found = membersOf(g)
      .filter((p) => during(p, r))
      .filter((p) => {
        const s = sumOver([p], r);
        const v = kind === 'rate' ? s.rate : kind === 'leave' ? s.leave : s[kind];
        return v !== null && passes(v);
      })
      .map((p) => p.id)
      .sort();
    const both = [found, found.filter((id) => stillHere(person(id)))];
    return asker === undefined ? both : [...both, ...both.map((l) => l.filter((id) => id !== asker))];
  });
  return agree(lists);
}

/** Everyone of a group tied at the most of a measure over a period (throws when the most is nothing). */
export function theMost(g: Group, kind: Measure, period: Period, asker?: string): string[] {
  const lists = period.readings.flatMap((r) =>
    [(p: Person) => during(p, r), (p: Person) => during(p, r) && stillHere(p), (p: Person) => during(p, r) && p.id !== asker].map((keep) => {
      const values = membersOf(g)
        .filter(keep)
        .map((p) => ({ id: p.id, v: sumOver([p], r)[kind === 'leave' ? 'leave' : kind] }));
      const top = Math.max(...values.map((x) => x.v));
      if (top === 0) throw new Error('the most is nothing');
      return values
        .filter((x) => x.v === top)
        .map((x) => x.id)
        .sort();
    }),
  );
  return agree(lists);
}

/** The days of a period on which a person's record had this status. */
export const datesWith = (id: string, status: string, range: Range): Day[] => eachDay(range).filter((d) => recordOn(id, d)?.status === status);
/** The days of a period a person was absent (expected and no attendance). */
export const absentDates = (id: string, range: Range): Day[] =>
  eachDay(range).filter((d) => {
    const x = dayFor(person(id), d);
    return x.closed && x.e > 0 && x.attended === 0;
  });
/** A time as an answer writes it ("09:18:00" → "9:18"). */
export function timeOf(id: string, day: Day, which: 'in' | 'out'): string {
  const r = recordOn(id, day);
  const t = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${day}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/* ---- Guards and labelled figures. ---- */

export function filled<T>(list: T[]): T[] {
  if (list.length === 0) throw new Error('an expected list is empty');
  return list;
}
export function empty<T>(list: T[]): T[] {
  if (list.length > 0) throw new Error(`expected nobody, the data set has ${JSON.stringify(list)}`);
  return list;
}
export function notZero(n: number): number {
  if (n === 0) throw new Error('an expected figure is 0');
  return n;
}
/** A count the grader reads only as digits or its list of words: not 1 or 2 of one person's days ("once", "twice"). */
export function notOnceOrTwice(n: number): number {
  if (n === 1 || n === 2) throw new Error(`${n} may be written "once" or "twice"`);
  return n;
}
/** A value clear of a line, so that neither rounding nor "at least" against "more than" decides a yes or no. */
export function clear(value: number, line: number, margin: number): number {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near ${line}`);
  return value;
}

const near = (f: Figure, label: string): Figure => ({ ...f, label });
export const rateF = (n: number): Figure => rate(n);
export const lateC = (n: number): Figure => near(count(notZero(n)), 'late|tard|arriv');
export const absentD = (n: number): Figure => near(days(notZero(n)), 'absen|missed|off|away|no-show|day');
export const missingC = (n: number): Figure => near(count(notZero(n)), 'check|clock|missing|forgot|open');
export const hoursF = (n: number): Figure => hours(notZero(n));
export const leaveD = (n: number): Figure => near(days(notZero(n)), 'leave|day|taken|off|sick|annual|unpaid|booked');
export const halfC = (n: number): Figure => near(count(notZero(n)), 'half');
export const daysIn = (n: number): Figure => near(count(notZero(n)), 'day|present|in|attend|came|office|work');
export const peopleC = (n: number, also = ''): Figure => near(count(notZero(n)), `people|person|employee|staff|member|colleague${also ? `|${also}` : ''}`);
export const workingD = (n: number): Figure => near(days(notZero(n)), 'working|work|day|business');
export const holidayC = (n: number): Figure => near(count(notZero(n)), 'holiday|day');
