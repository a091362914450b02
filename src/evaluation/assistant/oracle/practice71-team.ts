/*
 * practice71 — attendance figures for a manager's working week, on the shared oracle (attendance-figures.ts and
 * absence.ts, API.md's absence rule): counts, rates, lists, rankings, today's check-ins, check-in and check-out times,
 * hours. Guards, so that no question is asked that two sensible readings would answer differently (each throws rather
 * than guess):
 * - a count or list over a period reaching today (an open day) must be the same with and without today;
 * - a manager's "my team" figure or list (the asker passed in) must be the same with and without the manager: a list
 *   must not hold the manager, a count or rate must not change when the manager is left out;
 * - a list must hold nobody who has left since;
 * - a "most" or a ranking must have one clear top, with no tie at its cut.
 * Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, minutesOf, type Day } from '../dataset/dates';
import { employedOn, expectedFraction } from './absence';
import { peopleIn, recordOf, totals, type Scope, type Totals } from './attendance-figures';
import { closedPart, reachesToday, type Range } from './practice71-periods';

export type { Scope } from './attendance-figures';

export const EVERYONE: Scope = {};
export const team = (code: string): Scope => ({ team: code });
export const solo = (id: string): Scope => ({ ids: [id] });

const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

/** The scope without the asking manager ("my team" read as the people they manage). */
export function without(scope: Scope, asker: string): Scope {
  const ids = peopleIn(scope).map((p) => p.id);
  if (!ids.includes(asker)) throw new Error(`${asker} is not in the scope asked about`);
  return { ids: ids.filter((id) => id !== asker) };
}

type Key = keyof Omit<Totals, 'rate' | 'expected' | 'expectedClosed' | 'attended'>;

/** A total over a range, the same with and without today when it reaches today, and with and without the asker. */
export function total(scope: Scope, r: Range, key: Key, asker?: string): number {
  const value = totals(scope, r[0], r[1])[key];
  if (reachesToday(r)) {
    const closed = closedPart(r);
    const other = closed[0] <= closed[1] ? totals(scope, closed[0], closed[1])[key] : 0;
    if (other !== value) throw new Error(`${key} over ${r.join('…')}: ${value} with today, ${other} without`);
  }
  if (asker !== undefined) {
    const other = totals(without(scope, asker), r[0], r[1])[key];
    if (other !== value) throw new Error(`${key}: ${value} with ${asker}, ${other} without`);
  }
  return round(value, 2);
}

/** A count that must not be 0 (an answer may say "none" in words the grader cannot read as 0). */
export function some(n: number): number {
  if (n === 0) throw new Error('a figure of 0');
  return n;
}

/** The attendance rate over the closed days of the range (today is open and has no rate). */
export function rateOf(scope: Scope, r: Range, asker?: string): number {
  const value = totals(scope, r[0], r[1]).rate;
  if (value === null) throw new Error(`no rate over ${r.join('…')}`);
  if (asker !== undefined && totals(without(scope, asker), r[0], r[1]).rate !== value) throw new Error(`rate differs without ${asker}`);
  return value;
}

export type Measure = 'late' | 'absent' | 'halfDay' | 'missingCheckOut' | 'onLeave' | 'hours';

const personTotal = (id: string, m: Measure, r: Range): number => totals({ ids: [id] }, r[0], r[1])[m];
const gone = (id: string) => !employedOn(person(id), TODAY);

function guardList(ids: string[], asker?: string): string[] {
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list of their own team`);
  const left = ids.filter(gone);
  if (left.length > 0) throw new Error(`leavers in the list: ${left.join(', ')}`);
  return ids;
}

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
  return guardList(found, asker);
}

/** A "most" over a range reaching today must be the same without today. */
function sameWithoutToday(r: Range, pick: (rr: Range) => string[]): string[] {
  const found = pick(r);
  if (reachesToday(r)) {
    const closed = closedPart(r);
    const other = closed[0] <= closed[1] ? pick(closed) : [];
    if (other.join() !== found.join()) throw new Error(`over ${r.join('…')}: ${found.join()} with today, ${other.join()} without`);
  }
  return found;
}

/** The one person with the most (or, among those expected at work, the least) of a measure; no tie at the top. */
export function extreme(scope: Scope, m: Measure, r: Range, way: 'most' | 'least', asker?: string): string {
  return sameWithoutToday(r, (rr) => [extremeOver(scope, m, rr, way, asker)])[0]!;
}

function extremeOver(scope: Scope, m: Measure, r: Range, way: 'most' | 'least', asker?: string): string {
  const values = peopleIn(scope)
    .filter((p) => way === 'most' || totals({ ids: [p.id] }, r[0], r[1]).expectedClosed > 0)
    .map((p) => ({ id: p.id, v: personTotal(p.id, m, r) }))
    .sort((a, b) => (way === 'most' ? b.v - a.v : a.v - b.v));
  if (values.length < 2) throw new Error('fewer than two people');
  if (values[0]!.v === values[1]!.v) throw new Error(`tied at the ${way}: ${values[0]!.id}, ${values[1]!.id}`);
  if (way === 'most' && values[0]!.v <= 0) throw new Error(`nobody had any ${m}`);
  return guardList([values[0]!.id], asker)[0]!;
}

/** The people tied at the most of a measure (all of them), none when the most is 0 (throws). */
export function mostTied(scope: Scope, m: Measure, r: Range, asker?: string): string[] {
  return sameWithoutToday(r, (rr) => mostTiedOver(scope, m, rr, asker));
}

function mostTiedOver(scope: Scope, m: Measure, r: Range, asker?: string): string[] {
  const values = peopleIn(scope).map((p) => ({ id: p.id, v: personTotal(p.id, m, r) }));
  const top = Math.max(...values.map((x) => x.v));
  if (top <= 0) throw new Error(`nobody had any ${m}`);
  return guardList(
    values.filter((x) => x.v === top).map((x) => x.id),
    asker,
  );
}

/** People's rates over the range (nothing expected: left out). */
function ratesOf(scope: Scope, r: Range): Array<{ id: string; rate: number }> {
  return peopleIn(scope)
    .map((p) => ({ id: p.id, rate: totals({ ids: [p.id] }, r[0], r[1]).rate }))
    .filter((x): x is { id: string; rate: number } => x.rate !== null);
}

/** The n lowest (or highest) rates, ties by name, with no tie at the cut, no leaver and not the asking manager. */
export function rankByRate(scope: Scope, r: Range, n: number, direction: 'lowest' | 'highest', asker?: string): string[] {
  const sorted = ratesOf(scope, r).sort(
    (a, b) => (direction === 'lowest' ? a.rate - b.rate : b.rate - a.rate) || person(a.id).name.localeCompare(person(b.id).name),
  );
  if (sorted.length > n && sorted[n - 1]!.rate === sorted[n]!.rate) throw new Error(`tie at the cut of ${n}`);
  return guardList(
    sorted.slice(0, n).map((x) => x.id),
    asker,
  );
}

/** The people whose rate over the range passes the test (nothing expected: left out), guarded. */
export const rateWhere = (scope: Scope, r: Range, passes: (rate: number) => boolean, asker?: string): string[] =>
  guardList(
    ratesOf(scope, r)
      .filter((x) => passes(x.rate))
      .map((x) => x.id),
    asker,
  );

/* ---- Today (open): who has checked in, who checked in late, who is expected and has not. ---- */

/** People with a record today (they have checked in). */
export const inToday = (scope: Scope, asker?: string): string[] =>
  guardList(
    peopleIn(scope)
      .filter((p) => recordOf(p.id, TODAY) !== undefined)
      .map((p) => p.id),
    asker,
  );

/** People whose check-in today was late (status late). */
export const lateToday = (scope: Scope, asker?: string): string[] =>
  guardList(
    peopleIn(scope)
      .filter((p) => recordOf(p.id, TODAY)?.status === 'late')
      .map((p) => p.id),
    asker,
  );

/** Expected at work today with no record yet. */
export const notInYet = (scope: Scope, asker?: string): string[] =>
  guardList(
    peopleIn(scope)
      .filter((p) => expectedFraction(p, TODAY) > 0 && !recordOf(p.id, TODAY))
      .map((p) => p.id),
    asker,
  );

/** Has this person checked in today? (They must be expected at work today.) */
export function hasCheckedIn(id: string): boolean {
  if (expectedFraction(person(id), TODAY) === 0) throw new Error(`${id} is not expected today`);
  return recordOf(id, TODAY) !== undefined;
}

/** The one person of the scope who checked in earliest (or latest) on a day; no tie. */
export function firstOrLast(scope: Scope, d: Day, way: 'first' | 'last', asker?: string): string {
  const ins = peopleIn(scope)
    .map((p) => ({ id: p.id, t: recordOf(p.id, d)?.checkIn ?? null }))
    .filter((x): x is { id: string; t: string } => x.t !== null)
    .sort((a, b) => (way === 'first' ? minutesOf(a.t) - minutesOf(b.t) : minutesOf(b.t) - minutesOf(a.t)));
  if (ins.length < 2 || ins[0]!.t === ins[1]!.t) throw new Error(`no clear ${way} check-in on ${d}`);
  return guardList([ins[0]!.id], asker)[0]!;
}

/* ---- One person's days. ---- */

/** A time of a person's record as an answer would write it ("09:18:00" → "9:18"). */
export function clock(id: string, d: Day, which: 'in' | 'out'): string {
  const rec = recordOf(id, d);
  const t = which === 'in' ? rec?.checkIn : rec?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${d}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/** Did this person come in on a closed day they were expected at work (a record that is not "absent")? */
export function cameIn(id: string, d: Day): boolean {
  if (d >= TODAY || expectedFraction(person(id), d) === 0) throw new Error(`${id} was not expected on closed day ${d}`);
  const rec = recordOf(id, d);
  return rec !== undefined && rec.status !== 'absent';
}

/** The status of a person's record on a day (present, late, half-day, absent). */
export function statusOf(id: string, d: Day): string {
  const rec = recordOf(id, d);
  if (!rec) throw new Error(`${id} has no record on ${d}`);
  return rec.status;
}

/** A list of dates an answer must give: never empty. */
export function nonEmpty(ds: Day[]): Day[] {
  if (ds.length === 0) throw new Error('an empty list of dates');
  return ds;
}

/** The closed days of the range on which a person's record has this status. */
export function daysWith(id: string, r: Range, status: 'late' | 'half-day' | 'missing'): Day[] {
  return daysBetween(r[0], r[1]).filter((d) => {
    if (d >= TODAY) return false;
    const rec = recordOf(id, d);
    if (status === 'missing') return rec !== undefined && rec.checkIn !== null && rec.checkOut === null;
    return rec?.status === status;
  });
}

/** The closed days of the range on which a person was absent for a whole expected day (no attended record). */
export function absentDays(id: string, r: Range): Day[] {
  const p = person(id);
  return daysBetween(r[0], r[1]).filter((d) => {
    if (d >= TODAY) return false;
    const rec = recordOf(id, d);
    const e = expectedFraction(p, d);
    if (e > 0 && e < 1 && (!rec || rec.status === 'absent')) throw new Error(`${id} was absent half a day on ${d}`);
    return e > 0 && (!rec || rec.status === 'absent');
  });
}

/** The closed days of the range on which a person checked in, in order. */
export const checkInDays = (id: string, r: Range): Day[] => daysBetween(r[0], r[1]).filter((d) => d < TODAY && recordOf(id, d)?.checkIn);

/** The last closed day a person was late, over their whole record. */
export function lastLate(id: string): Day {
  const ds = dataset()
    .attendance.filter((x) => x.employee === id && x.status === 'late' && x.date < TODAY)
    .map((x) => x.date)
    .sort();
  if (ds.length === 0) throw new Error(`${id} was never late`);
  return ds[ds.length - 1]!;
}
