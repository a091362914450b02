/*
 * practice64 — long messages: the attendance figures behind the one real question each message asks. Attendance is worked out a
 * second way here — record by record for what the records say (late, half days, missing check-outs, hours) and day by
 * day from API.md's absence rule, written again below, for what is expected and missed (absences, rates) — and checked
 * against the earlier oracles (practice61's day sheets, which are themselves checked against the shared totals): when
 * the computations disagree the question throws and is not asked (scores and who works here are in
 * oracle/practice64-people.ts, leave and the calendar in oracle/practice64-leave.ts). Every reading a question allows
 * must agree (a period reaching today with and without today, which is open; a list with and without those who have
 * left; a manager's "my team" with and without the manager), or the question is in doubt and throws. Context the
 * messages state as fact ("Lukas was late nine times in September") is checked with `claim`, so that no message
 * misleads by its context. Written code-blind from API.md, docs/API.md and the README; reads only the data set and
 * the other oracle modules.
 */
import type { AttendanceRecord } from '../dataset/attendance';
import { TODAY, TRACKING_START } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, weekday, type Day } from '../dataset/dates';
import type { Person, Position } from '../dataset/people';
import { count, rate, score, years, type Figure } from '../expectation';
import { mostOf, totals } from './attendance-figures';
import { agree, YESTERDAY, type Range } from './practice58-figures';
import { atTheEnd, groupFigure, whoHas } from './practice61-figures';

export type { Range };

/* ---- Groups. ---- */

export interface Group {
  team?: string;
  ids?: string[];
  position?: Position;
}
export const EVERYONE: Group = {};
export const team = (code: string): Group => ({ team: code });
export const only = (id: string): Group => ({ ids: [id] });

export const membersOf = (g: Group): Person[] =>
  dataset().people.filter(
    (p) =>
      (g.team === undefined || p.team === g.team) && (g.ids === undefined || g.ids.includes(p.id)) && (g.position === undefined || p.position === g.position),
  );
const idsOf = (g: Group) => membersOf(g).map((p) => p.id);
export const stillHere = (p: Person) => p.end === null || p.end >= TODAY;

/** A period reaching today, read with today (open) and without it. */
const readingsOf = (range: Range): Range[] => (range[0] < TODAY && range[1] >= TODAY ? [range, [range[0], YESTERDAY]] : [range]);

/* ---- The absence rule, written again: one person's day. ---- */

interface Day64 {
  e: number;
  /** Halves off by approved leave and not by a holiday, ÷ 2. */
  leave: number;
}

function dayOf(p: Person, day: Day): Day64 {
  const dow = weekday(day);
  if (day < TRACKING_START || day < p.hire || (p.end !== null && day > p.end) || dow === 0 || dow === 6) return { e: 0, leave: 0 };
  // 0: at work; 1: a holiday; 2: approved leave. A holiday takes its half first; two things off one half take it once.
  let am = 0;
  let pm = 0;
  for (const h of dataset().holidays) {
    if (h.date !== day || (h.team !== null && h.team !== p.team)) continue;
    if (h.half !== 'pm') am = 1;
    if (h.half !== 'am') pm = 1;
  }
  for (const l of dataset().leave) {
    if (l.status !== 'approved' || l.employee !== p.id || day < l.from || day > l.to) continue;
    if (l.half !== 'pm' && am === 0) am = 2;
    if (l.half !== 'am' && pm === 0) pm = 2;
  }
  return { e: 1 - (am > 0 ? 0.5 : 0) - (pm > 0 ? 0.5 : 0), leave: (am === 2 ? 0.5 : 0) + (pm === 2 ? 0.5 : 0) };
}

let byPerson: Map<string, AttendanceRecord[]> | undefined;
function recordsOf(id: string, [from, to]: Range): AttendanceRecord[] {
  if (!byPerson) {
    byPerson = new Map();
    for (const r of dataset().attendance) byPerson.set(r.employee, [...(byPerson.get(r.employee) ?? []), r]);
  }
  return (byPerson.get(id) ?? []).filter((r) => from <= r.date && r.date <= to);
}
const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) + Number(t.slice(6, 8) || 0) / 60;
export const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;
const hoursOf = (r: AttendanceRecord) => (r.checkIn && r.checkOut ? round((minutes(r.checkOut) - minutes(r.checkIn)) / 60, 2) : 0);

/* ---- A group's figures over one reading of a period, the second computation. ---- */

export type Measure = 'late' | 'halfDay' | 'missing' | 'hours' | 'absent' | 'leave';

interface Sum {
  late: number;
  halfDay: number;
  missing: number;
  hours: number;
  absent: number;
  leave: number;
  expected: number;
  attended: number;
}

function sumOver(ids: readonly string[], range: Range): Sum {
  const s: Sum = { late: 0, halfDay: 0, missing: 0, hours: 0, absent: 0, leave: 0, expected: 0, attended: 0 };
  for (const id of ids) {
    const p = person(id);
    const records = recordsOf(id, range);
    s.late += records.filter((r) => r.status === 'late').length;
    s.halfDay += records.filter((r) => r.status === 'half-day').length;
    s.missing += records.filter((r) => r.date < TODAY && r.checkIn !== null && r.checkOut === null).length;
    s.hours += records.reduce((h, r) => h + hoursOf(r), 0);
    for (const day of daysBetween(range[0], range[1])) {
      const d = dayOf(p, day);
      s.leave += d.leave;
      if (day >= TODAY) continue;
      const attended = records.some((r) => r.date === day && r.status !== 'absent') ? 1 : 0;
      s.expected += d.e;
      s.attended += Math.min(attended, d.e);
      s.absent += d.e - Math.min(attended, d.e);
    }
  }
  s.hours = round(s.hours, 2);
  if (ids.length > 0) {
    const t = totals({ ids: [...ids] }, range[0], range[1]);
    const pairs: Array<[string, number, number]> = [
      ['late', s.late, t.late],
      ['halfDay', s.halfDay, t.halfDay],
      ['missing', s.missing, t.missingCheckOut],
      ['hours', s.hours, t.hours],
      ['absent', s.absent, t.absent],
      ['leave', s.leave, t.onLeave],
      ['expected', s.expected, t.expectedClosed],
    ];
    for (const [name, mine, theirs] of pairs)
      if (Math.abs(mine - theirs) > 1e-6) throw new Error(`the two computations disagree on ${name}: ${mine} against ${theirs}`);
  }
  return s;
}

/** A group's figure over a period, the same with and without today, and the same as practice61's day sheets. */
export function figureOf(g: Group, measure: Measure, range: Range): number {
  const mine = agree(readingsOf(range).map((r) => sumOver(idsOf(g), r)[measure]));
  if (measure === 'late' || measure === 'hours' || measure === 'absent' || measure === 'leave') agree([mine, groupFigure(g, measure, range)]);
  return mine;
}
export const personal = (id: string, measure: Measure, range: Range): number => figureOf(only(id), measure, range);

/** Σ min(a, e) ÷ Σ e over the closed days, four decimals (today, open, never counts); checked against the shared totals. */
export function rateOf(g: Group, range: Range): number {
  const s = sumOver(idsOf(g), range);
  if (s.expected === 0) throw new Error('nothing was expected: no rate');
  const mine = round(s.attended / s.expected, 4);
  const shared = totals(g.position === undefined ? { team: g.team, ids: g.ids } : { ids: idsOf(g) }, range[0], range[1]).rate;
  return agree([mine, shared ?? Number.NaN]);
}
export const absenceRateOf = (g: Group, range: Range): number => round(1 - rateOf(g, range), 4);

/* ---- People. ---- */

const workedDuring = (p: Person, [from, to]: Range) => p.hire <= to && (p.end === null || p.end >= from);

/**
 * The people of a group with any of a measure over a period (or passing a test), read with and without today, with and
 * without those who have left, and — for a manager's "my team" — with and without the manager; for late and absent
 * also practice61's list.
 */
export function who(g: Group, measure: Measure, range: Range, passes: (v: number) => boolean = (v) => v > 0, asker?: string): string[] {
  const readings = readingsOf(range).flatMap((r) => {
    const found = membersOf(g)
      .filter((p) => workedDuring(p, r) && passes(sumOver([p.id], r)[measure]))
      .map((p) => p.id)
      .sort();
    const lists = [found, found.filter((id) => stillHere(person(id)))];
    return asker === undefined ? lists : [...lists, ...lists.map((l) => l.filter((id) => id !== asker))];
  });
  const mine = agree(readings);
  if (measure === 'late' || measure === 'absent') agree([mine, whoHas(g, measure, range, passes, asker)]);
  return mine;
}

/** The people of a group whose rate over a period falls short of 100 % (everyone expected at some point). */
export function shortOfFull(g: Group, range: Range, asker?: string): string[] {
  const readings = [true, false].flatMap((keepLeavers) => {
    const found = membersOf(g)
      .filter((p) => (keepLeavers || stillHere(p)) && p.id !== asker)
      .filter((p) => {
        const s = sumOver([p.id], range);
        return s.expected > 0 && s.attended < s.expected;
      })
      .map((p) => p.id)
      .sort();
    return [found];
  });
  return agree([agree(readings), who(g, 'absent', range, (v) => v > 0, asker)]);
}

/** Everyone tied at the top of a measure, every reading agreeing, and the shared oracle's "most" agreeing too. */
export function most(g: Group, measure: 'late' | 'absent', range: Range, asker?: string): string[] {
  const mine = atTheEnd(g, measure, range, 'most', asker);
  const end = range[1] < TODAY ? range[1] : YESTERDAY;
  const shared = mostOf(g.position === undefined ? { team: g.team, ids: g.ids } : { ids: idsOf(g) }, measure, range[0], end);
  return agree([mine, [...shared].sort()]);
}

/** The days of a period on which a person's figure of a measure is above 0, the same with and without today. */
export function datesOf(id: string, measure: 'late' | 'absent' | 'halfDay' | 'missing', range: Range): Day[] {
  return agree(readingsOf(range).map((r) => daysBetween(r[0], r[1]).filter((d) => sumOver([id], [d, d])[measure] > 0)));
}

/** A check-in or check-out time as an answer writes it: no seconds, no leading zero ("09:48:00" → "9:48"). */
export function clock(id: string, day: Day, which: 'in' | 'out'): string {
  const r = recordsOf(id, [day, day])[0];
  const t = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${day}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/** Today (open): who of a group checked in late, and who is expected and has no record yet. */
export const lateToday = (g: Group): string[] =>
  recordsOfToday(g)
    .filter((r) => r.status === 'late')
    .map((r) => r.employee)
    .sort();
const recordsOfToday = (g: Group) => membersOf(g).flatMap((p) => recordsOf(p.id, [TODAY, TODAY]));
export function notInYet(g: Group, asker?: string): string[] {
  const list = membersOf(g)
    .filter((p) => dayOf(p, TODAY).e > 0 && recordsOf(p.id, [TODAY, TODAY]).length === 0)
    .map((p) => p.id)
    .sort();
  return asker === undefined ? list : agree([list, list.filter((id) => id !== asker)]);
}

/* ---- Guards and labelled figures. ---- */

/** Context a message states as fact must be true of the data set. */
export function claim(truth: boolean, what: string): void {
  if (!truth) throw new Error(`the message's context is untrue: ${what}`);
}
export const near = (f: Figure, label: string): Figure => ({ ...f, label });
export const lateN = (n: number): Figure => near(count(nonZero(n)), 'late|tard');
export const absentD = (n: number): Figure => near({ value: nonZero(n), as: 'days' }, 'absen|missed|off|away|no-show');
export const missingN = (n: number): Figure => near(count(nonZero(n)), 'check|clock|missing|forgot');
export const hoursH = (n: number): Figure => ({ value: nonZero(n), as: 'hours' });
export const head = (n: number): Figure => near(count(nonZero(n)), 'people|employee|headcount|staff|person|member|senior|junior|mid|team|total');
export const rateF = (n: number): Figure => rate(n);
export const scoreF = (n: number): Figure => score(n);
export const yearsF = (n: number): Figure => years(n);
export function nonZero(n: number): number {
  if (n === 0) throw new Error('an expected figure is 0');
  return n;
}
/** A count the grader reads only as digits or its word list: not 1 or 2 of one person ("once", "twice"). */
export function notOnceOrTwice(n: number): number {
  if (n === 1 || n === 2) throw new Error(`${n} may be written as "once" or "twice"`);
  return n;
}
/** A rate clear of a line by more than half a point, so that rounding cannot decide. */
export function clearOf(value: number, line: number): number {
  if (Math.abs(value - line) <= 0.005) throw new Error(`${value} is too near the line ${line}`);
  return value;
}
