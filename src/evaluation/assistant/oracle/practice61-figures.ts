/*
 * practice61 — attendance and hours, a day sheet at a time. Each person's day is worked out here again from API.md's
 * absence rule and the data set alone (the work week, the holidays of their team or the organisation, the halves of
 * approved leave, the record and its times), then added up over a period and checked against the shared oracle's
 * totals (oracle/attendance-figures.ts): when the two computations disagree the question throws and is not asked. On
 * top of the sheets: every reading a question allows must agree (a period reaching today with and without today,
 * which is open; a list with and without those who have left; a manager's "my team" with and without the manager),
 * or the question is in doubt and throws. Written code-blind from API.md, docs/API.md and the README.
 */
import type { AttendanceRecord } from '../dataset/attendance';
import { TODAY, TRACKING_START, type Half } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, weekday, type Day } from '../dataset/dates';
import type { Person, Position } from '../dataset/people';
import { totals } from './attendance-figures';
import { agree, YESTERDAY, type Range } from './practice58-figures';

export type { Range };

/* ---- One person's day. ---- */

export interface Sheet {
  /** The expected fraction e: 0, 0.5 or 1. */
  e: number;
  /** Halves off by approved leave and not by a holiday. */
  leave: number;
  closed: boolean;
  attended: 0 | 1;
  late: 0 | 1;
  hours: number;
  status: string | null;
}

const HALVES: Half[] = ['am', 'pm'];
const weekend = (day: Day) => weekday(day) === 0 || weekday(day) === 6;
const employed = (p: Person, day: Day) => p.hire <= day && (p.end === null || day <= p.end);
const mins = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) + Number(t.slice(6, 8) || 0) / 60;
const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

let records: Map<string, AttendanceRecord> | undefined;
/** The record of a person's day, if any. */
export function recordAt(id: string, day: Day): AttendanceRecord | undefined {
  records ??= new Map(dataset().attendance.map((r) => [`${r.employee} ${r.date}`, r]));
  return records.get(`${id} ${day}`);
}

export function sheetOf(p: Person, day: Day): Sheet {
  const r = recordAt(p.id, day);
  const sheet: Sheet = {
    e: 0,
    leave: 0,
    closed: day < TODAY,
    attended: r && r.status !== 'absent' ? 1 : 0,
    late: r?.status === 'late' ? 1 : 0,
    hours: r?.checkIn && r.checkOut ? round2((mins(r.checkOut) - mins(r.checkIn)) / 60) : 0,
    status: r?.status ?? null,
  };
  if (day < TRACKING_START || !employed(p, day) || weekend(day)) return sheet;
  const byHoliday = new Set<Half>();
  for (const h of dataset().holidays)
    if (h.date === day && (h.team === null || h.team === p.team)) for (const x of h.half === null ? HALVES : [h.half]) byHoliday.add(x);
  const byLeave = new Set<Half>();
  for (const l of dataset().leave)
    if (l.status === 'approved' && l.employee === p.id && l.from <= day && day <= l.to)
      for (const x of l.half === null ? HALVES : [l.half]) if (!byHoliday.has(x)) byLeave.add(x);
  sheet.e = 1 - (byHoliday.size + byLeave.size) / 2;
  sheet.leave = byLeave.size / 2;
  return sheet;
}

/* ---- A group's sheets added up, checked against the shared oracle. ---- */

export interface Tally {
  late: number;
  hours: number;
  absent: number;
  leave: number;
  expected: number;
  attended: number;
}
export type Measure = 'late' | 'hours' | 'absent' | 'leave';

export function tally(ids: readonly string[], [from, to]: Range): Tally {
  const t: Tally = { late: 0, hours: 0, absent: 0, leave: 0, expected: 0, attended: 0 };
  for (const id of ids) {
    const p = person(id);
    for (const day of daysBetween(from, to)) {
      const s = sheetOf(p, day);
      t.late += s.late;
      t.hours += s.hours;
      t.leave += s.leave;
      if (!s.closed) continue;
      t.expected += s.e;
      t.attended += Math.min(s.attended, s.e);
      t.absent += s.e - Math.min(s.attended, s.e);
    }
  }
  t.hours = round2(t.hours);
  if (ids.length > 0) {
    const shared = totals({ ids: [...ids] }, from, to);
    const pairs: Array<[string, number, number]> = [
      ['late', t.late, shared.late],
      ['hours', t.hours, shared.hours],
      ['absent', t.absent, shared.absent],
      ['leave', t.leave, shared.onLeave],
      ['expected', t.expected, shared.expectedClosed],
    ];
    for (const [name, mine, theirs] of pairs)
      if (Math.abs(mine - theirs) > 1e-6) throw new Error(`the day sheets disagree on ${name}: ${mine} against ${theirs}`);
  }
  return t;
}

/* ---- Groups and the readings of a period. ---- */

export interface Group {
  team?: string;
  ids?: string[];
  position?: Position;
}
export const EVERYONE: Group = {};
export const teamOf = (code: string): Group => ({ team: code });
export const only = (id: string): Group => ({ ids: [id] });

const membersOf = (g: Group): Person[] =>
  dataset().people.filter(
    (p) =>
      (g.team === undefined || p.team === g.team) && (g.ids === undefined || g.ids.includes(p.id)) && (g.position === undefined || p.position === g.position),
  );
const stillHere = (p: Person) => p.end === null || p.end >= TODAY;
const workedDuring = (p: Person, [from, to]: Range) => p.hire <= to && (p.end === null || p.end >= from);

/** A period reaching today, read with today (open) and without it. */
export const readingsOf = (range: Range): Range[] => (range[0] < TODAY && range[1] >= TODAY ? [range, [range[0], YESTERDAY]] : [range]);

/** A group's figure over a period, the same whether today is counted or not. */
export const groupFigure = (g: Group, measure: Measure, range: Range): number =>
  agree(
    readingsOf(range).map(
      (r) =>
        tally(
          membersOf(g).map((p) => p.id),
          r,
        )[measure],
    ),
  );
export const personal = (id: string, measure: Measure, range: Range): number => groupFigure(only(id), measure, range);

/**
 * The people of a group (employed in the period) whose figure passes the test, read with and without today, with and
 * without those who have left, and — for a manager's "my team" — with and without the manager: all must agree.
 */
export function whoHas(g: Group, measure: Measure, range: Range, passes: (v: number) => boolean = (v) => v > 0, asker?: string): string[] {
  const readings = readingsOf(range).flatMap((r) => {
    const found = membersOf(g)
      .filter((p) => workedDuring(p, r) && passes(tally([p.id], r)[measure]))
      .map((p) => p.id)
      .sort();
    const lists = [found, found.filter((id) => stillHere(person(id)))];
    return asker === undefined ? lists : [...lists, ...lists.map((l) => l.filter((id) => id !== asker))];
  });
  return agree(readings);
}

/** Everyone of a group tied at the top (or the bottom) of a measure over a period, every reading agreeing. */
export function atTheEnd(g: Group, measure: Measure, range: Range, direction: 'most' | 'fewest', asker?: string): string[] {
  const keeps: Array<(p: Person) => boolean> = [() => true, stillHere, (p) => p.id !== asker];
  const readings = readingsOf(range).flatMap((r) =>
    keeps.map((keep) => {
      const list = membersOf(g)
        .filter((p) => workedDuring(p, r) && keep(p) && (direction === 'most' || sheetsExpect(p, r)))
        .map((p) => ({ id: p.id, v: tally([p.id], r)[measure] }));
      const end = direction === 'most' ? Math.max(...list.map((x) => x.v)) : Math.min(...list.map((x) => x.v));
      if (direction === 'most' && end === 0) throw new Error('the most is nothing');
      return list
        .filter((x) => x.v === end)
        .map((x) => x.id)
        .sort();
    }),
  );
  return agree(readings);
}
/** Was the person expected at work on some day of the period (someone on leave throughout has no hours to rank)? */
const sheetsExpect = (p: Person, [from, to]: Range) => daysBetween(from, to).some((d) => sheetOf(p, d).e > 0);

/* ---- Days and times of one person. ---- */

/** The days of a period on which a person's record says late. */
export const lateDaysOf = (id: string, [from, to]: Range): Day[] => daysBetween(from, to).filter((d) => sheetOf(person(id), d).late === 1);

/** A check-in or check-out time as an answer writes it: no seconds, no leading zero ("09:48:00" → "9:48"). */
export function clockOf(id: string, day: Day, which: 'in' | 'out'): string {
  const r = recordAt(id, day);
  const t = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${day}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/** Today (open): the people of a group whose check-in made them late, and those expected who have not checked in. */
export const lateToday = (g: Group): string[] =>
  membersOf(g)
    .filter((p) => sheetOf(p, TODAY).late === 1)
    .map((p) => p.id)
    .sort();
export const notInYet = (g: Group, asker?: string): string[] => {
  const list = membersOf(g)
    .filter((p) => sheetOf(p, TODAY).e > 0 && sheetOf(p, TODAY).status === null)
    .map((p) => p.id)
    .sort();
  return asker === undefined ? list : agree([list, list.filter((id) => id !== asker)]);
};

/* ---- Guards. ---- */

/** A count the grader reads only as digits or its word list: not 1 or 2 of one person ("once", "twice"). */
export function notOnceOrTwice(n: number): number {
  if (n === 1 || n === 2) throw new Error(`${n} may be written as "once" or "twice"`);
  return n;
}
/** A figure clear of a line by more than the margin, so that neither rounding nor an inclusive reading decides. */
export function clearOf(value: number, line: number, margin: number): number {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near the line ${line}`);
  return value;
}
