/*
 * practice73 — attendance figures for the hurried questions, on the shared oracle (attendance-figures.ts and
 * absence.ts, API.md's absence rule: Σ min(a, e) ÷ Σ e over the closed days; a half day absent counts as half), with
 * guards so that no question is asked that two sensible readings would answer differently; each guard throws:
 * - a count or a list over a period reaching today (an open day) must be the same with and without today;
 * - a manager's "my team" figure or list must be the same with and without the manager (or not hold them);
 * - a list of people must hold nobody who has left since;
 * - a "most" must have one clear top (unless ties are asked for), a ranking no tie at its cut;
 * - a figure asked of one person is not 0 where an answer could say it in words the grader cannot read.
 * Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, type Day } from '../dataset/dates';
import { employedOn, expectedFraction, leaveFraction } from './absence';
import { peopleIn, recordOf, totals, type Scope, type Totals } from './attendance-figures';
import { closedOf, reachesToday, type Span } from './practice73-periods';

export type { Scope } from './attendance-figures';

export const ALL: Scope = {};
export const teamOf = (code: string): Scope => ({ team: code });
export const only = (id: string): Scope => ({ ids: [id] });
/** People of a position, in a team or everywhere (leavers count on the days they were employed). */
export const levelOf = (position: string, code?: string): Scope => ({
  ids: dataset()
    .people.filter((p) => p.position === position && (code === undefined || p.team === code))
    .map((p) => p.id),
});
export const TEAM_CODES = ['AI', 'DAT', 'DEV', 'QA', 'SEC'] as const;

const round = (n: number, places: number) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;
const hasLeft = (id: string) => !employedOn(person(id), TODAY);

function minus(scope: Scope, asker: string): Scope {
  const ids = peopleIn(scope).map((p) => p.id);
  if (!ids.includes(asker)) throw new Error(`${asker} is not in the scope asked about`);
  return { ids: ids.filter((id) => id !== asker) };
}

export type Key = keyof Omit<Totals, 'rate' | 'expected' | 'expectedClosed' | 'attended'>;

/** A total over a span; guarded for today and for the asking manager. */
export function sum(scope: Scope, r: Span, key: Key, asker?: string): number {
  const value = totals(scope, r[0], r[1])[key];
  if (reachesToday(r)) {
    const c = closedOf(r);
    const closed = c[0] <= c[1] ? totals(scope, c[0], c[1])[key] : 0;
    if (closed !== value) throw new Error(`${key} over ${r.join('…')}: ${value} with today, ${closed} without`);
  }
  if (asker !== undefined) {
    const other = totals(minus(scope, asker), r[0], r[1])[key];
    if (other !== value) throw new Error(`${key}: ${value} with ${asker}, ${other} without`);
  }
  return round(value, 2);
}

/** A total asked of one person: never 0 (an answer may say "none" or "no hours" in words). */
export function some(scope: Scope, r: Span, key: Key): number {
  const v = sum(scope, r, key);
  if (v === 0) throw new Error(`${key} is 0 over ${r.join('…')}`);
  return v;
}

/** The attendance rate over the closed days of the span; for a manager, the same without them. */
export function rateOf(scope: Scope, r: Span, asker?: string): number {
  const value = totals(scope, r[0], r[1]).rate;
  if (value === null) throw new Error(`no rate over ${r.join('…')}`);
  if (asker !== undefined && totals(minus(scope, asker), r[0], r[1]).rate !== value) throw new Error(`the rate differs without ${asker}`);
  return value;
}

/** The absence rate: the attendance rate taken from 1. */
export const absenceOf = (scope: Scope, r: Span, asker?: string): number => round(1 - rateOf(scope, r, asker), 4);

const personal = (id: string, key: Key, r: Span): number => totals({ ids: [id] }, r[0], r[1])[key];

/** The people of a scope whose total passes the test (by default: any), guarded as above. */
export function who(scope: Scope, key: Key, r: Span, passes: (v: number) => boolean = (v) => v > 0, asker?: string): string[] {
  const list = (rr: Span) =>
    peopleIn(scope)
      .filter((p) => passes(personal(p.id, key, rr)))
      .map((p) => p.id);
  const found = list(r);
  if (reachesToday(r)) {
    const c = closedOf(r);
    const other = c[0] <= c[1] ? list(c) : [];
    if (other.join() !== found.join()) throw new Error(`${key} over ${r.join('…')}: ${found.join()} with today, ${other.join()} without`);
  }
  if (asker !== undefined && found.includes(asker)) throw new Error(`${asker} is in the list of their own team`);
  if (found.some(hasLeft)) throw new Error(`a leaver in the list: ${found.filter(hasLeft).join(', ')}`);
  return found;
}

/** The people employed throughout the span with no such day ("who was not late"); never the asking manager. */
export function without(scope: Scope, key: Key, r: Span, asker?: string): string[] {
  if (reachesToday(r)) throw new Error('a "did not" list over a span reaching today');
  const ids = peopleIn(scope)
    .filter((p) => p.hire <= r[0] && (p.end === null || p.end >= r[1]) && employedOn(p, TODAY))
    .filter((p) => personal(p.id, key, r) === 0)
    .map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list of their own team`);
  return ids;
}

/** Who had the most: one clear top unless ties are asked for; never 0, a leaver or the asking manager. */
export function most(scope: Scope, key: Key, r: Span, tiesAllowed = false, asker?: string): string[] {
  const topOf = (rr: Span) => {
    const values = peopleIn(scope).map((p) => ({ id: p.id, v: personal(p.id, key, rr) }));
    const top = Math.max(...values.map((x) => x.v));
    if (top <= 0) throw new Error(`nobody had any ${key}`);
    return values.filter((x) => x.v === top).map((x) => x.id);
  };
  const ids = topOf(r);
  if (reachesToday(r) && topOf(closedOf(r)).join() !== ids.join()) throw new Error(`the most of ${key} differs without today`);
  if (!tiesAllowed && ids.length > 1) throw new Error(`tied at the top: ${ids.join(', ')}`);
  if (ids.some(hasLeft)) throw new Error('a leaver at the top');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is at the top of their own team`);
  return ids;
}

/** People's rates over the span (nothing expected: left out), ordered, ties by name. */
function rates(scope: Scope, r: Span, direction: 'lowest' | 'highest'): Array<{ id: string; rate: number }> {
  return peopleIn(scope)
    .map((p) => ({ id: p.id, name: p.name, rate: totals({ ids: [p.id] }, r[0], r[1]).rate }))
    .filter((x): x is { id: string; name: string; rate: number } => x.rate !== null)
    .sort((a, b) => (direction === 'lowest' ? a.rate - b.rate : b.rate - a.rate) || a.name.localeCompare(b.name))
    .map(({ id, rate }) => ({ id, rate }));
}

/** The n lowest or highest rates: no tie at the cut, no leaver, not the asking manager. */
export function rankRates(scope: Scope, r: Span, n: number, direction: 'lowest' | 'highest', asker?: string): string[] {
  const sorted = rates(scope, r, direction);
  if (sorted.length > n && sorted[n - 1]!.rate === sorted[n]!.rate) throw new Error(`tie at the cut of ${n}`);
  const ids = sorted.slice(0, n).map((x) => x.id);
  if (ids.some(hasLeft)) throw new Error('a leaver in the ranking');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in their own team's ranking`);
  return ids;
}

/** The people whose rate passes the test (nothing expected: left out); no leaver, not the asking manager. */
export function rateWho(scope: Scope, r: Span, passes: (rate: number) => boolean, asker?: string): string[] {
  const unrated = peopleIn(scope).filter((p) => employedOn(p, TODAY) && totals({ ids: [p.id] }, r[0], r[1]).rate === null);
  if (passes(1) && unrated.length > 0) throw new Error(`${unrated.map((p) => p.id).join(', ')} had nothing expected: 100 % or not, two readings`);
  const ids = rates(scope, r, 'highest')
    .filter((x) => passes(x.rate))
    .map((x) => x.id);
  if (ids.some(hasLeft)) throw new Error('a leaver in the list');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list of their own team`);
  return ids;
}

/** The team with the highest or lowest figure over the span: one clear top. */
export function bestTeam(r: Span, figure: (s: Scope, r: Span) => number, direction: 'highest' | 'lowest'): string {
  const values = TEAM_CODES.map((t) => ({ t, v: figure(teamOf(t), r) })).sort((a, b) => (direction === 'highest' ? b.v - a.v : a.v - b.v));
  if (values[0]!.v === values[1]!.v) throw new Error('teams tied at the top');
  return values[0]!.t;
}

/** The teams whose rate over the span passes the test. */
export const teamsRated = (r: Span, passes: (rate: number) => boolean): string[] =>
  TEAM_CODES.filter((t) => {
    const x = totals(teamOf(t), r[0], r[1]).rate;
    return x !== null && passes(x);
  });

/** People with a record on a closed day that is not "absent" (they came in). */
export function came(scope: Scope, d: Day): string[] {
  if (d >= TODAY) throw new Error(`${d} is not closed`);
  return peopleIn(scope)
    .filter((p) => {
      const rec = recordOf(p.id, d);
      return rec !== undefined && rec.checkIn !== null && rec.status !== 'absent';
    })
    .map((p) => p.id);
}

/** Today (open): people expected at work with no record yet; never the asking manager. */
export function notYetIn(scope: Scope, asker?: string): string[] {
  const ids = peopleIn(scope)
    .filter((p) => expectedFraction(p, TODAY) > 0 && !recordOf(p.id, TODAY))
    .map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} has not checked in`);
  return ids;
}

/** Today: people who have checked in (a record today); never the asking manager. */
export function inToday(scope: Scope, asker?: string): string[] {
  const ids = peopleIn(scope)
    .filter((p) => recordOf(p.id, TODAY)?.checkIn)
    .map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/** A time of a person's record as an answer would write it ("09:18:00" → "9:18"). */
export function timeOn(id: string, d: Day, which: 'in' | 'out'): string {
  const rec = recordOf(id, d);
  const t = which === 'in' ? rec?.checkIn : rec?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${d}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/** The closed days of the span on which a person's record has this status; never none. */
export function daysMarked(id: string, r: Span, status: 'late' | 'half-day'): Day[] {
  const found = daysBetween(r[0], r[1]).filter((d) => d < TODAY && recordOf(id, d)?.status === status);
  if (found.length === 0) throw new Error(`${id} has no ${status} day in ${r.join('…')}`);
  return found;
}

/** The closed days of the span a person missed wholly (expected, no attended record); never none, never a half. */
export function daysMissed(id: string, r: Span): Day[] {
  const p = person(id);
  const expected = daysBetween(r[0], r[1]).filter((d) => d < TODAY && expectedFraction(p, d) > 0);
  const missed = expected.filter((d) => {
    const rec = recordOf(id, d);
    return !rec || rec.status === 'absent';
  });
  if (missed.length === 0) throw new Error(`${id} missed no day in ${r.join('…')}`);
  if (missed.some((d) => expectedFraction(p, d) !== 1)) throw new Error(`${id} missed a half-expected day`);
  return missed;
}

/** The last closed day a person's record had this status, over their whole record. */
export function lastDay(id: string, status: 'late' | 'half-day'): Day {
  const found = dataset()
    .attendance.filter((x) => x.employee === id && x.status === status && x.date < TODAY)
    .map((x) => x.date)
    .sort();
  if (found.length === 0) throw new Error(`${id} never had a ${status} day`);
  return found[found.length - 1]!;
}

/** The status word of a person's record on a closed day. */
export function statusWord(id: string, d: Day): string | undefined {
  return recordOf(id, d)?.status;
}

/** "How many late": read as late arrivals or as people late, both must agree. */
export function lateBoth(scope: Scope, r: Span, asker?: string): number {
  const arrivals = sum(scope, r, 'late', asker);
  const ppl = who(scope, 'late', r, (v) => v > 0, asker).length;
  if (arrivals !== ppl) throw new Error(`${arrivals} late arrivals but ${ppl} people late`);
  return arrivals;
}

/** People expected at work over the span (still here) whose hours pass the test; no record counts as 0. */
export function workedWhere(scope: Scope, r: Span, passes: (h: number) => boolean, asker?: string): string[] {
  if (reachesToday(r)) throw new Error('hours over a span reaching today');
  const idle = peopleIn(scope).filter((p) => employedOn(p, TODAY) && p.hire <= r[0] && totals({ ids: [p.id] }, r[0], r[1]).expected === 0);
  if (idle.length > 0) throw new Error(`${idle.map((p) => p.id).join(', ')} were not expected at all: counted with 0 or left out, two readings`);
  const ids = peopleIn(scope)
    .filter((p) => employedOn(p, TODAY) && totals({ ids: [p.id] }, r[0], r[1]).expected > 0)
    .filter((p) => passes(totals({ ids: [p.id] }, r[0], r[1]).hours))
    .map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/** Days of approved leave of one kind taken in a closed span (halves not already off by a holiday, ÷ 2). */
export function leaveOfKind(r: Span, code: 'ANNUAL' | 'SICK' | 'UNPAID', scope: Scope = ALL): number {
  if (r[1] >= TODAY) throw new Error('a span reaching today');
  const ids = new Set(peopleIn(scope).map((p) => p.id));
  let total = 0;
  for (const l of dataset().leave.filter((x) => x.status === 'approved' && x.code === code && ids.has(x.employee)))
    for (const d of daysBetween(l.from, l.to)) if (r[0] <= d && d <= r[1]) total += leaveFraction(person(l.employee), d);
  if (total === 0) throw new Error(`no ${code} leave in ${r.join('…')}`);
  return total;
}
