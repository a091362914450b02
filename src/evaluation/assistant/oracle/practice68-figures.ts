/*
 * practice68 — attendance figures for month-end questions, by a day-by-day computation of this file's own from
 * API.md's absence rule: each person's expected fraction e (0 before tracking, outside their employment and at weekends;
 * else 1 less each half off by a holiday of their team or the organisation or by approved leave), attended a (a record
 * that is not "absent"), absent Σ (e − min(a, e)) and the rate Σ min(a, e) ÷ Σ e over closed days only; late, present
 * and half-day count records; hours add each record's check-out less check-in (two decimals); a missing check-out is a
 * closed day's record with a check-in and none out. Every sum is checked against the shared oracle (attendance-figures).
 *
 * The readings a question may not leave open throw: a period reaching today whose figure changes with or without the
 * open day, a list that changes with or without a leaver or the asking manager, a "most" that changes either way, a
 * "nobody did" list that changes with the people who joined or left during the period.
 */
import { HOLIDAYS, LEAVE, TODAY, TRACKING_START } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import type { AttendanceRecord } from '../dataset/attendance';
import type { Day } from '../dataset/dates';
import type { Person } from '../dataset/people';
import { expectedFraction } from './absence';
import { totals } from './attendance-figures';
import { closedPart, eachDay, isoWeekday, reachesToday, type Span } from './practice68-periods';

export interface Group {
  team?: string;
  ids?: string[];
}
export const ALL: Group = {};
export const team = (code: string): Group => ({ team: code });
export const one = (id: string): Group => ({ ids: [person(id).id] });

export const membersOf = (g: Group): Person[] =>
  dataset().people.filter((p) => (g.team === undefined || p.team === g.team) && (g.ids === undefined || g.ids.includes(p.id)));

let records: Map<string, AttendanceRecord> | undefined;
export function recordAt(id: string, day: Day): AttendanceRecord | undefined {
  records ??= new Map(dataset().attendance.map((r) => [`${r.employee}|${r.date}`, r]));
  return records.get(`${id}|${day}`);
}

export const employed = (p: Person, day: Day): boolean => p.hire <= day && (p.end === null || day <= p.end);

/** Which halves of the day are off, and by what (a holiday first: leave on a holiday half takes nothing more). */
function halves(p: Person, day: Day): { am: 'holiday' | 'leave' | null; pm: 'holiday' | 'leave' | null } {
  const off: { am: 'holiday' | 'leave' | null; pm: 'holiday' | 'leave' | null } = { am: null, pm: null };
  for (const h of HOLIDAYS.filter((x) => x.date === day && (x.team === null || x.team === p.team))) {
    if (h.half !== 'pm') off.am = 'holiday';
    if (h.half !== 'am') off.pm = 'holiday';
  }
  for (const l of LEAVE.filter((x) => x.status === 'approved' && x.employee === p.id && x.from <= day && day <= x.to)) {
    if (l.half !== 'pm') off.am ??= 'leave';
    if (l.half !== 'am') off.pm ??= 'leave';
  }
  return off;
}

/** A working day the rule looks at for this person: tracked, employed, Monday to Friday. */
export const countedDay = (p: Person, day: Day): boolean => day >= TRACKING_START && employed(p, day) && isoWeekday(day) <= 5;

export function expectedOn(p: Person, day: Day): number {
  if (!countedDay(p, day)) return 0;
  const off = halves(p, day);
  const e = 1 - (off.am ? 0.5 : 0) - (off.pm ? 0.5 : 0);
  if (e !== expectedFraction(p, day)) throw new Error(`${p.id} on ${day}: e = ${e} here, ${expectedFraction(p, day)} in the shared oracle`);
  return e;
}

/** Days of leave on the day: the halves off by approved leave and not by a holiday, ÷ 2. */
export function leaveOn(p: Person, day: Day): number {
  if (!countedDay(p, day)) return 0;
  const off = halves(p, day);
  return (off.am === 'leave' ? 0.5 : 0) + (off.pm === 'leave' ? 0.5 : 0);
}

const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)) + Number(t.slice(6, 8)) / 60;
const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;
export const hoursIn = (r: AttendanceRecord | undefined): number => (r?.checkIn && r.checkOut ? round((minutes(r.checkOut) - minutes(r.checkIn)) / 60, 2) : 0);

export type Measure = 'late' | 'present' | 'halfDay' | 'attended' | 'absent' | 'hours' | 'missing' | 'leave' | 'expected';

/** One person's day, as the summaries count it. */
export function dayOf(p: Person, day: Day): Record<Measure, number> & { closedExpected: number; closedAttended: number } {
  const e = expectedOn(p, day);
  const r = recordAt(p.id, day);
  const a = r !== undefined && r.status !== 'absent' ? 1 : 0;
  const closed = day < TODAY;
  return {
    late: r?.status === 'late' ? 1 : 0,
    present: r?.status === 'present' ? 1 : 0,
    halfDay: r?.status === 'half-day' ? 1 : 0,
    attended: a,
    absent: closed ? e - Math.min(a, e) : 0,
    hours: hoursIn(r),
    missing: closed && r?.checkIn && !r.checkOut ? 1 : 0,
    leave: leaveOn(p, day),
    expected: e,
    closedExpected: closed ? e : 0,
    closedAttended: closed ? Math.min(a, e) : 0,
  };
}

const plain = (people: readonly Person[], span: Span, measure: Measure): number =>
  round(
    people.reduce((sum, p) => sum + eachDay(span).reduce((s, d) => s + dayOf(p, d)[measure], 0), 0),
    2,
  );

/** What the shared oracle says, for the measures it keeps. */
function shared(g: Group, span: Span, measure: Measure): number | undefined {
  const t = totals(g, span[0], span[1]);
  const map: Partial<Record<Measure, number>> = {
    late: t.late,
    present: t.present,
    halfDay: t.halfDay,
    absent: t.absent,
    hours: t.hours,
    missing: t.missingCheckOut,
    leave: t.onLeave,
    expected: t.expected,
  };
  return map[measure];
}

/** A group's measure over a span; throws when the open day would change it, or when the shared oracle disagrees. */
export function sumOf(g: Group, measure: Measure, span: Span): number {
  const people = membersOf(g);
  if (people.length === 0) throw new Error('nobody in the group');
  const value = plain(people, span, measure);
  const check = shared(g, span, measure);
  if (check !== undefined && Math.abs(check - value) > 0.005) throw new Error(`${measure}: ${value} here, ${check} in the shared oracle`);
  if (reachesToday(span) && plain(people, closedPart(span), measure) !== value)
    throw new Error(`${measure} over ${span.join('…')} changes with today (${value} vs ${plain(people, closedPart(span), measure)})`);
  return value;
}

/** Attendance rate: Σ min(a, e) ÷ Σ e over the closed days of the span, four decimals. */
export function rateOf(g: Group, span: Span): number {
  const people = membersOf(g);
  let expected = 0;
  let attended = 0;
  for (const p of people)
    for (const d of eachDay(span)) {
      const x = dayOf(p, d);
      expected += x.closedExpected;
      attended += x.closedAttended;
    }
  if (expected === 0) throw new Error(`nothing to rate over ${span.join('…')}`);
  const value = round(attended / expected, 4);
  const check = totals(g, span[0], span[1]).rate;
  if (check === null || Math.abs(check - value) > 0.00005) throw new Error(`rate: ${value} here, ${String(check)} in the shared oracle`);
  return value;
}

/** The absence rate: the attendance rate taken from 1. */
export const absenceRateOf = (g: Group, span: Span): number => round(1 - rateOf(g, span), 4);

/* ---- Lists of people. ---- */

const stillHere = (p: Person) => employed(p, TODAY);

/** A list must read the same with and without leavers and with and without the asking manager. */
function settled(list: string[], asker?: string): string[] {
  const leavers = list.filter((id) => !stillHere(person(id)));
  if (leavers.length > 0) throw new Error(`the list holds leavers: ${leavers.join(', ')}`);
  if (asker !== undefined && list.includes(asker)) throw new Error(`the list holds the asking manager ${asker}`);
  return list;
}

/** Each member with a working day of theirs in the span, and their value of a measure over it (the open day checked per person). */
export const valuesOf = (g: Group, measure: Measure, span: Span): Array<{ id: string; value: number }> =>
  membersOf(g)
    .filter((p) => eachDay(span).some((d) => countedDay(p, d)))
    .map((p) => ({ id: p.id, value: sumOf(one(p.id), measure, span) }));

/** The members whose measure over the span passes the test (by default: any at all). */
export function whoWith(g: Group, measure: Measure, span: Span, passes: (v: number) => boolean = (v) => v > 0, asker?: string): string[] {
  return settled(
    valuesOf(g, measure, span)
      .filter((x) => passes(x.value))
      .map((x) => x.id),
    asker,
  );
}

/** The members whose rate over the span passes the test (people with nothing to rate left out). */
export function whoRated(g: Group, span: Span, passes: (r: number) => boolean, asker?: string): string[] {
  const rated = membersOf(g).filter((p) => eachDay(closedPart(span)).some((d) => dayOf(p, d).closedExpected > 0));
  return settled(
    rated.filter((p) => passes(rateOf(one(p.id), span))).map((p) => p.id),
    asker,
  );
}

/** Everyone tied at the top of a measure (never when the top is 0). */
export function mostWith(g: Group, measure: Measure, span: Span, asker?: string): string[] {
  const values = valuesOf(g, measure, span);
  const top = Math.max(...values.map((v) => v.value));
  if (top <= 0) throw new Error(`nobody has any ${measure}`);
  return settled(
    values.filter((v) => v.value === top).map((v) => v.id),
    asker,
  );
}

/** Everyone tied at the bottom of a measure, among those employed throughout the span (a part-timer of the span would win unfairly). */
export function leastWith(g: Group, measure: Measure, span: Span, asker?: string): { ids: string[]; value: number } {
  const whole = new Set(
    membersOf(g)
      .filter((p) => employed(p, span[0]) && employed(p, span[1]))
      .map((p) => p.id),
  );
  const values = valuesOf(g, measure, span);
  const partial = values.filter((v) => !whole.has(v.id));
  const low = Math.min(...values.filter((v) => whole.has(v.id)).map((v) => v.value));
  if (partial.some((v) => v.value <= low)) throw new Error(`someone employed for part of ${span.join('…')} is at the bottom`);
  return {
    ids: settled(
      values.filter((v) => v.value === low).map((v) => v.id),
      asker,
    ),
    value: low,
  };
}

/** The top value itself, for the figure beside "who … the most". */
export const topValue = (g: Group, measure: Measure, span: Span): number => Math.max(...valuesOf(g, measure, span).map((v) => v.value));

/**
 * Who did *not* (README: the people employed throughout the period with no such day). Throws unless it reads the same
 * when the people employed for part of the period are counted over their days, and when only today's staff are listed.
 */
export function nobodyWith(g: Group, measure: Measure, span: Span, asker?: string): string[] {
  const zero = (p: Person) => sumOf(one(p.id), measure, span) === 0;
  const throughout = membersOf(g).filter((p) => employed(p, span[0]) && employed(p, span[1] < TODAY ? span[1] : TODAY));
  const readme = throughout.filter(zero).map((p) => p.id);
  const anyDay = membersOf(g)
    .filter((p) => eachDay(span).some((d) => employed(p, d)))
    .filter(zero)
    .map((p) => p.id);
  const current = membersOf(g)
    .filter((p) => stillHere(p) && eachDay(span).some((d) => employed(p, d)))
    .filter(zero)
    .map((p) => p.id);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
  if (!same(readme, anyDay) || !same(readme, current))
    throw new Error(`"nobody with ${measure}" differs by who counts: ${readme.join(',')} / ${anyDay.join(',')} / ${current.join(',')}`);
  if (readme.length === 0) throw new Error('an empty list');
  return settled(readme, asker);
}

/** The days of a span on which one person had the measure. */
export const datesWith = (id: string, measure: Measure, span: Span): Day[] => eachDay(span).filter((d) => dayOf(person(id), d)[measure] > 0);

/** One person's check-in or check-out time on a day. */
export function clockOf(id: string, day: Day, which: 'in' | 'out'): string {
  const r = recordAt(id, day);
  const t = which === 'in' ? r?.checkIn : r?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${day}`);
  return t;
}
