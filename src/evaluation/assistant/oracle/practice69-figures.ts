/*
 * practice69 — attendance figures for the newcomer's questions, on the shared oracle (attendance-figures.ts and
 * absence.ts, API.md's absence rule), with the guards the set needs so that no question is asked that two sensible
 * readings would answer differently:
 * - a count over a period that reaches today (an open day) must be the same with and without today;
 * - a manager's "my team" figure or list must be the same with and without the manager;
 * - a list of people over a period must hold nobody who has left since (with and without leavers);
 * - a ranking must not be tied at its cut, and a "most" must have one clear top unless ties are asked for.
 * Each guard throws rather than guess. Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, type Day } from '../dataset/dates';
import { employedOn, expectedFraction } from './absence';
import { peopleIn, recordOf, totals, type Scope, type Totals } from './attendance-figures';
import { closedPart, reachesToday, type Range } from './practice69-periods';

export type { Scope } from './attendance-figures';

export const EVERYONE: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const solo = (id: string): Scope => ({ ids: [id] });
/** A team's or everyone's people of one position (leavers included: they count on the days they were employed). */
export const level = (position: string, code?: string): Scope => ({
  ids: dataset()
    .people.filter((p) => p.position === position && (code === undefined || p.team === code))
    .map((p) => p.id),
});

const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

/** The scope without the asking manager (for "my team" read as the people they manage). */
export function without(scope: Scope, asker: string): Scope {
  return {
    ids: peopleIn(scope)
      .map((p) => p.id)
      .filter((id) => id !== asker),
  };
}

type Key = keyof Omit<Totals, 'rate' | 'expected' | 'expectedClosed' | 'attended'>;

/** A total over a range; for a range reaching today, the same with and without today; for a manager, with and without them. */
export function total(scope: Scope, r: Range, key: Key, asker?: string): number {
  const value = totals(scope, r[0], r[1])[key];
  if (reachesToday(r)) {
    const closed = closedPart(r);
    const without = closed[0] <= closed[1] ? totals(scope, closed[0], closed[1])[key] : 0;
    if (without !== value) throw new Error(`${key} over ${r.join('…')}: ${value} with today, ${without} without`);
  }
  if (asker !== undefined) {
    const other = totals(withoutAsker(scope, asker), r[0], r[1])[key];
    if (other !== value) throw new Error(`${key}: ${value} with ${asker}, ${other} without`);
  }
  return round(value, 2);
}

function withoutAsker(scope: Scope, asker: string): Scope {
  if (!peopleIn(scope).some((p) => p.id === asker)) throw new Error(`${asker} is not in the scope asked about`);
  return without(scope, asker);
}

/** The attendance rate over the closed days of the range (API.md: today is open and has no rate). */
export function rateOver(scope: Scope, r: Range, asker?: string): number {
  const value = totals(scope, r[0], r[1]).rate;
  if (value === null) throw new Error(`no rate over ${r.join('…')}`);
  if (asker !== undefined && totals(withoutAsker(scope, asker), r[0], r[1]).rate !== value) throw new Error(`rate differs without ${asker}`);
  return value;
}

/** The absence rate: the attendance rate taken from 1, over the same expected days. */
export const absenceRateOver = (scope: Scope, r: Range): number => round(1 - rateOver(scope, r), 4);

export type Measure = 'late' | 'absent' | 'halfDay' | 'missingCheckOut' | 'onLeave' | 'hours';

/** One person's total of a measure over a range. */
const personTotal = (id: string, m: Measure, r: Range): number => totals({ ids: [id] }, r[0], r[1])[m];

/** Leavers: people no longer employed today. */
const leftBy = (id: string) => !employedOn(person(id), TODAY);

/** The people of a scope whose measure over the range passes the test (by default: any), guarded as above. */
export function whoHad(scope: Scope, m: Measure, r: Range, passes: (v: number) => boolean = (v) => v > 0, asker?: string): string[] {
  const list = (rr: Range) =>
    peopleIn(scope)
      .filter((p) => passes(personTotal(p.id, m, rr)))
      .map((p) => p.id);
  const found = list(r);
  if (reachesToday(r)) {
    const closed = closedPart(r);
    const other = closed[0] <= closed[1] ? list(closed) : [];
    if (other.join() !== found.join()) throw new Error(`${m} over ${r.join('…')}: ${found.join()} with today, ${other.join()} without`);
  }
  if (asker !== undefined && found.includes(asker)) throw new Error(`${asker} is in the list of their own team`);
  const gone = found.filter(leftBy);
  if (gone.length > 0) throw new Error(`leavers in the list: ${gone.join(', ')}`);
  return found;
}

/** The people with the most of a measure: one clear top unless `tiesAllowed`; none when the most is 0 (throws). */
export function mostOf(scope: Scope, m: Measure, r: Range, asker?: string, tiesAllowed = false): string[] {
  const values = peopleIn(scope).map((p) => ({ id: p.id, v: personTotal(p.id, m, r) }));
  const top = Math.max(...values.map((x) => x.v));
  if (top <= 0) throw new Error(`nobody had any ${m}`);
  const ids = values.filter((x) => x.v === top).map((x) => x.id);
  if (!tiesAllowed && ids.length > 1) throw new Error(`tied at the top: ${ids.join(', ')}`);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is at the top of their own team`);
  if (ids.some(leftBy)) throw new Error('a leaver is at the top');
  return ids;
}

/** People's rates over the range (nothing expected: left out), by rate, ties by name. */
export function ratesOf(scope: Scope, r: Range): Array<{ id: string; rate: number }> {
  return peopleIn(scope)
    .map((p) => ({ id: p.id, name: p.name, rate: totals({ ids: [p.id] }, r[0], r[1]).rate }))
    .filter((x): x is { id: string; name: string; rate: number } => x.rate !== null)
    .map(({ id, rate }) => ({ id, rate }));
}

/** The n lowest (or highest) rates, with no tie at the cut, no leaver and (for a manager) not the manager. */
export function rankByRate(scope: Scope, r: Range, n: number, direction: 'lowest' | 'highest', asker?: string): string[] {
  const sorted = ratesOf(scope, r).sort(
    (a, b) => (direction === 'lowest' ? a.rate - b.rate : b.rate - a.rate) || person(a.id).name.localeCompare(person(b.id).name),
  );
  if (sorted.length > n && sorted[n - 1]!.rate === sorted[n]!.rate) throw new Error(`tie at the cut of ${n}`);
  const ids = sorted.slice(0, n).map((x) => x.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in their own team's ranking`);
  if (ids.some(leftBy)) throw new Error('a leaver in the ranking');
  return ids;
}

/** The people whose rate passes the test (nothing expected: left out), guarded for leavers and the manager. */
export function rateWhere(scope: Scope, r: Range, passes: (rate: number) => boolean, asker?: string): string[] {
  const ids = ratesOf(scope, r)
    .filter((x) => passes(x.rate))
    .map((x) => x.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list of their own team`);
  if (ids.some(leftBy)) throw new Error('a leaver in the list');
  return ids;
}

/** Teams by a figure over the range; ranked with no tie at the top. */
export const TEAM_CODES = ['AI', 'DAT', 'DEV', 'QA', 'SEC'] as const;
export function topTeam(r: Range, figure: (scope: Scope, r: Range) => number, direction: 'highest' | 'lowest'): string {
  const values = TEAM_CODES.map((t) => ({ t, v: figure(team(t), r) })).sort((a, b) => (direction === 'highest' ? b.v - a.v : a.v - b.v));
  if (values[0]!.v === values[1]!.v) throw new Error('teams tied at the top');
  return values[0]!.t;
}

/** People who have a record on a closed day that is not "absent" (they checked in and came). */
export function cameIn(scope: Scope, d: Day): string[] {
  if (d >= TODAY) throw new Error(`${d} is not closed`);
  return peopleIn(scope)
    .filter((p) => {
      const rec = recordOf(p.id, d);
      return rec !== undefined && rec.checkIn !== null && rec.status !== 'absent';
    })
    .map((p) => p.id);
}

/** Today (open): people expected at work with no record yet; for a manager, never themselves. */
export function notInYet(scope: Scope, asker?: string): string[] {
  const ids = peopleIn(scope)
    .filter((p) => expectedFraction(p, TODAY) > 0 && !recordOf(p.id, TODAY))
    .map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} has not checked in`);
  return ids;
}

/** A time of a person's record as an answer would write it ("09:18:00" → "9:18"). */
export function clock(id: string, d: Day, which: 'in' | 'out'): string {
  const rec = recordOf(id, d);
  const t = which === 'in' ? rec?.checkIn : rec?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${d}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/** The days of the range on which a person's record has this status (closed days). */
export function daysWith(id: string, r: Range, status: 'late' | 'half-day'): Day[] {
  return daysBetween(r[0], r[1]).filter((d) => d < TODAY && recordOf(id, d)?.status === status);
}

/** The closed days of the range on which a person was absent for a whole expected day (no attended record). */
export function absentDays(id: string, r: Range): Day[] {
  const p = person(id);
  return daysBetween(r[0], r[1]).filter((d) => {
    if (d >= TODAY) return false;
    const e = expectedFraction(p, d);
    const rec = recordOf(id, d);
    return e > 0 && (!rec || rec.status === 'absent');
  });
}

/** The last closed day a person was late, over their whole record. */
export function lastLate(id: string): Day {
  const days = dataset()
    .attendance.filter((x) => x.employee === id && x.status === 'late' && x.date < TODAY)
    .map((x) => x.date)
    .sort();
  if (days.length === 0) throw new Error(`${id} was never late`);
  return days[days.length - 1]!;
}

/** The teams whose rate over the range passes the test (teams with nothing to rate left out). */
export const teamsWhere69 = (r: Range, passes: (rate: number) => boolean): string[] =>
  TEAM_CODES.filter((t) => {
    const x = totals(team(t), r[0], r[1]).rate;
    return x !== null && passes(x);
  });

/** The closed days of the range on which a person checked in. */
export const checkInDays = (id: string, r: Range): Day[] => daysBetween(r[0], r[1]).filter((d) => d < TODAY && recordOf(id, d)?.checkIn);
