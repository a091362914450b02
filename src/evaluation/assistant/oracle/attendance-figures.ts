/* Attendance figures as API.md defines them, over the evaluation's data set, from this folder's own absence rule. */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, type Day } from '../dataset/dates';
import type { Person } from '../dataset/people';
import { expectedFraction, leaveFraction } from './absence';
import type { AttendanceRecord } from '../dataset/attendance';

/** Who a figure is about: a team (as of the day: nobody in the data set moves teams), some people, or everyone. */
export interface Scope {
  team?: string;
  ids?: string[];
}

export interface Totals {
  /** Σ e over every day of the range, today's included (as the range summary adds day figures). */
  expected: number;
  /** Σ e over the closed days: what the rate divides by. */
  expectedClosed: number;
  attended: number;
  present: number;
  late: number;
  halfDay: number;
  absent: number;
  onLeave: number;
  missingCheckOut: number;
  hours: number;
  /** Σ min(a, e) ÷ Σ e over the closed days, or null when nothing was expected. */
  rate: number | null;
}

export type Measure = 'late' | 'absent' | 'onLeave' | 'missingCheckOut' | 'halfDay' | 'hours';

let byKey: Map<string, AttendanceRecord> | undefined;
export function recordOf(id: string, day: Day): AttendanceRecord | undefined {
  byKey ??= new Map(dataset().attendance.map((r) => [`${r.employee}/${r.date}`, r]));
  return byKey.get(`${id}/${day}`);
}

export function peopleIn(scope: Scope): Person[] {
  return dataset().people.filter((p) => (scope.team === undefined || p.team === scope.team) && (scope.ids === undefined || scope.ids.includes(p.id)));
}

const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

export function hoursOf(r: AttendanceRecord): number {
  if (r.checkIn === null || r.checkOut === null) return 0;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return round((minutes(r.checkOut) - minutes(r.checkIn)) / 60, 2);
}

export function totals(scope: Scope, from: Day, to: Day): Totals {
  const t: Totals = {
    expected: 0,
    expectedClosed: 0,
    attended: 0,
    present: 0,
    late: 0,
    halfDay: 0,
    absent: 0,
    onLeave: 0,
    missingCheckOut: 0,
    hours: 0,
    rate: null,
  };
  for (const p of peopleIn(scope)) {
    for (const day of daysBetween(from, to)) {
      const closed = day < TODAY;
      const e = expectedFraction(p, day);
      const r = recordOf(p.id, day);
      const a = r && r.status !== 'absent' ? 1 : 0;
      if (r?.status === 'present') t.present += 1;
      if (r?.status === 'late') t.late += 1;
      if (r?.status === 'half-day') t.halfDay += 1;
      if (r) t.hours += hoursOf(r);
      t.onLeave += leaveFraction(p, day);
      t.expected += e;
      if (!closed) continue;
      t.expectedClosed += e;
      t.attended += Math.min(a, e);
      t.absent += e - Math.min(a, e);
      if (r && r.checkIn !== null && r.checkOut === null) t.missingCheckOut += 1;
    }
  }
  t.hours = round(t.hours, 2);
  t.rate = t.expectedClosed > 0 ? round(t.attended / t.expectedClosed, 4) : null;
  return t;
}

/** One person's figure of a measure over a range. */
export function measureOf(id: string, measure: Measure, from: Day, to: Day): number {
  return totals({ ids: [id] }, from, to)[measure];
}

/** The people in scope whose measure over the range passes the test (by default: any at all). */
export function peopleWhere(scope: Scope, measure: Measure, from: Day, to: Day, passes: (value: number) => boolean = (v) => v > 0): string[] {
  return peopleIn(scope)
    .filter((p) => passes(measureOf(p.id, measure, from, to)))
    .map((p) => p.id);
}

/** Today (open): expected people with no record yet. */
export function notCheckedInToday(scope: Scope): string[] {
  return peopleIn(scope)
    .filter((p) => expectedFraction(p, TODAY) > 0 && !recordOf(p.id, TODAY))
    .map((p) => p.id);
}

/** Today: people with a record (they checked in). */
export function checkedInToday(scope: Scope): string[] {
  return peopleIn(scope)
    .filter((p) => recordOf(p.id, TODAY) !== undefined)
    .map((p) => p.id);
}

/** Per team rate over the range, for "which teams are under X". */
export function teamsWhere(from: Day, to: Day, passes: (rate: number) => boolean): string[] {
  return ['AI', 'DAT', 'DEV', 'QA', 'SEC'].filter((team) => {
    const rate = totals({ team }, from, to).rate;
    return rate !== null && passes(rate);
  });
}

export const nameOf = (id: string) => person(id).name;

/** Teams by rate over the range, best first (ties by code); teams with nothing to rate left out. Added for practice2. */
export function teamsByRate(from: Day, to: Day): string[] {
  return ['AI', 'DAT', 'DEV', 'QA', 'SEC']
    .map((team) => ({ team, rate: totals({ team }, from, to).rate }))
    .filter((t): t is { team: string; rate: number } => t.rate !== null)
    .sort((a, b) => b.rate - a.rate || a.team.localeCompare(b.team))
    .map((t) => t.team);
}

/** The people in scope with the most of a measure over the range: all of them when tied, none when the most is 0. Added for practice2. */
export function mostOf(scope: Scope, measure: Measure, from: Day, to: Day): string[] {
  const values = peopleIn(scope).map((p) => ({ id: p.id, value: measureOf(p.id, measure, from, to) }));
  const top = Math.max(0, ...values.map((v) => v.value));
  return top === 0 ? [] : values.filter((v) => v.value === top).map((v) => v.id);
}

/** People in scope who attended on a closed day: a record that is not "absent" (present, late, half-day). Added for practice2. */
export function attendedOn(scope: Scope, day: Day): string[] {
  return peopleIn(scope)
    .filter((p) => {
      const r = recordOf(p.id, day);
      return r !== undefined && r.status !== 'absent';
    })
    .map((p) => p.id);
}

/** Each person's rate over the range, lowest first or highest first (ties by name), people with nothing expected left out. Added for practice3. */
export function peopleByRate(scope: Scope, from: Day, to: Day, direction: 'lowest' | 'highest'): Array<{ id: string; rate: number }> {
  return peopleIn(scope)
    .map((p) => ({ id: p.id, name: p.name, rate: totals({ ids: [p.id] }, from, to).rate }))
    .filter((x): x is { id: string; name: string; rate: number } => x.rate !== null)
    .sort((a, b) => (direction === 'lowest' ? a.rate - b.rate : b.rate - a.rate) || a.name.localeCompare(b.name))
    .map(({ id, rate }) => ({ id, rate }));
}

/** The people in scope whose rate over the range passes the test (people with nothing expected left out). Added for practice3. */
export const peopleWithRate = (scope: Scope, from: Day, to: Day, passes: (rate: number) => boolean): string[] =>
  peopleByRate(scope, from, to, 'highest')
    .filter((x) => passes(x.rate))
    .map((x) => x.id);
