/*
 * practice70 — attendance figures for the tester's combinations, on the shared oracle (attendance-figures.ts and
 * absence.ts, API.md's absence rule), with the guards that keep a question to one reading:
 * - a count over a period reaching today (an open day) must be the same with and without today;
 * - a manager asking about "my team" gets a figure or list the manager's own days do not change;
 * - a group picked by a level or a job title must hold nobody who has left and had days in the period (a filter
 *   could be read with or without leavers); a list must hold nobody who has left since;
 * - a ranking must not be tied at its cut, and a "most" with no number names everyone tied at the top;
 * - and `matters` checks that each constraint the question states changes its figure: the figure with the
 *   constraint dropped (another team, level, period or line) must differ, or the question is not asked.
 * Each guard throws rather than guess. Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { employedOn, expectedFraction } from './absence';
import { peopleIn, recordOf, totals, type Scope, type Totals } from './attendance-figures';
import { closedPart, reachesToday, type Range } from './practice70-periods';

/** Who a figure is about; `filtered` when picked by a level or a job title rather than a whole team or everyone. */
export interface Group extends Scope {
  filtered?: boolean;
}

export const EVERYONE: Group = {};
export const TEAM_CODES = ['AI', 'DAT', 'DEV', 'QA', 'SEC'] as const;
export const team = (code: string): Group => ({ team: code });
export const solo = (id: string): Group => ({ ids: [id] });
export const level = (positions: Position | Position[], code?: string): Group => {
  const list = Array.isArray(positions) ? positions : [positions];
  return {
    filtered: true,
    ids: dataset()
      .people.filter((p) => list.includes(p.position) && (code === undefined || p.team === code))
      .map((p) => p.id),
  };
};
export const titled = (title: string, code?: string): Group => ({
  filtered: true,
  ids: dataset()
    .people.filter((p) => p.title === title && (code === undefined || p.team === code))
    .map((p) => p.id),
});
/** The group without one person (a manager reading "my team" as the people they manage). */
export const without = (g: Group, id: string): Group => ({
  ids: peopleIn(g)
    .map((p) => p.id)
    .filter((x) => x !== id),
});

const round = (n: number, places = 2) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;
const gone = (id: string) => !employedOn(person(id), TODAY);

/** A constraint matters: the figure with it dropped or changed differs from the figure asked. */
export function matters<T>(value: T, ...alternatives: Array<() => unknown>): T {
  const key = JSON.stringify(value);
  alternatives.forEach((alt, i) => {
    let other: unknown;
    try {
      other = alt();
    } catch {
      return; // nothing to compare with (no rate, no score): the constraint cannot be dropped the same way
    }
    if (JSON.stringify(other) === key) throw new Error(`a stated constraint does not matter: alternative ${i + 1} gives ${key} too`);
  });
  return value;
}

function noFilteredLeavers(g: Group, r: Range): void {
  if (!g.filtered) return;
  const leavers = peopleIn(g).filter((p) => gone(p.id) && daysBetween(r[0], r[1]).some((d) => expectedFraction(p, d) > 0));
  if (leavers.length > 0) throw new Error(`a level or title over ${r.join('…')} holds leavers: ${leavers.map((p) => p.id).join(', ')}`);
}

function withoutAsker(g: Group, asker: string): Group {
  if (!peopleIn(g).some((p) => p.id === asker)) throw new Error(`${asker} is not in the group asked about`);
  return without(g, asker);
}

export type Key = keyof Omit<Totals, 'rate' | 'expected' | 'expectedClosed' | 'attended'>;

/** A total over a range, the same with and without today, and for a manager with and without them. */
export function sum(g: Group, r: Range, key: Key, asker?: string): number {
  noFilteredLeavers(g, r);
  const value = totals(g, r[0], r[1])[key];
  if (reachesToday(r)) {
    const c = closedPart(r);
    const closed = c[0] <= c[1] ? totals(g, c[0], c[1])[key] : 0;
    if (closed !== value) throw new Error(`${key} over ${r.join('…')}: ${value} with today, ${closed} without`);
  }
  if (asker !== undefined && totals(withoutAsker(g, asker), r[0], r[1])[key] !== value) throw new Error(`${key} changes without ${asker}`);
  return round(value);
}

/** The attendance rate over the closed days of the range. */
export function rateOf(g: Group, r: Range, asker?: string): number {
  noFilteredLeavers(g, r);
  const value = totals(g, r[0], r[1]).rate;
  if (value === null) throw new Error(`no rate over ${r.join('…')}`);
  if (asker !== undefined && totals(withoutAsker(g, asker), r[0], r[1]).rate !== value) throw new Error(`rate changes without ${asker}`);
  return value;
}
export const absenceOf = (g: Group, r: Range): number => round(1 - rateOf(g, r), 4);

const personal = (id: string, r: Range, key: Key) => totals({ ids: [id] }, r[0], r[1])[key];

/** The people of a group whose total passes the test (by default: any), guarded for today, leavers and the asker. */
export function whoWith(g: Group, r: Range, key: Key, passes: (v: number) => boolean = (v) => v > 0, asker?: string): string[] {
  noFilteredLeavers(g, r);
  const list = (rr: Range) =>
    peopleIn(g)
      .filter((p) => passes(personal(p.id, rr, key)))
      .map((p) => p.id);
  const found = list(r);
  if (reachesToday(r)) {
    const c = closedPart(r);
    if ((c[0] <= c[1] ? list(c) : []).join() !== found.join()) throw new Error(`${key} list over ${r.join('…')} changes with today`);
  }
  if (asker !== undefined && found.includes(asker)) throw new Error(`${asker} is in their own team's list`);
  if (found.some(gone)) throw new Error(`a leaver in the list: ${found.filter(gone).join(', ')}`);
  return found;
}

/** The n with the most (or fewest) of a measure; ties by name; no tie at the cut, no leaver, not the asker. */
export function topBy(g: Group, r: Range, key: Key, n: number, way: 'most' | 'fewest' = 'most', asker?: string): string[] {
  noFilteredLeavers(g, r);
  if (reachesToday(r)) throw new Error('a ranking over a range reaching today');
  const pool = peopleIn(g).filter((p) => totals({ ids: [p.id] }, r[0], r[1]).expectedClosed > 0);
  const sorted = pool
    .map((p) => ({ id: p.id, name: p.name, v: personal(p.id, r, key) }))
    .sort((a, b) => (way === 'most' ? b.v - a.v : a.v - b.v) || a.name.localeCompare(b.name));
  if (sorted.length > n && sorted[n - 1]!.v === sorted[n]!.v) throw new Error(`tie at the cut of ${n}: ${sorted[n - 1]!.v}`);
  const ids = sorted.slice(0, n);
  if (way === 'most' && ids.some((x) => x.v <= 0)) throw new Error('a zero in a "most" ranking');
  const partly = (id: string) => {
    const p = person(id);
    return p.hire > r[0] || (p.end !== null && p.end < r[1]);
  };
  if (way === 'fewest' && ids.some((x) => partly(x.id))) throw new Error('someone employed for part of the range among the fewest');
  if (ids.some((x) => gone(x.id))) throw new Error('a leaver in the ranking');
  if (asker !== undefined && ids.some((x) => x.id === asker)) throw new Error(`${asker} is in their team's ranking`);
  return ids.map((x) => x.id);
}

/** "Who had the most …" with no number: everyone tied at the top (not 0), no leaver. */
export function mostTied(g: Group, r: Range, key: Key, asker?: string): string[] {
  noFilteredLeavers(g, r);
  if (reachesToday(r)) throw new Error('a "most" over a range reaching today');
  const values = peopleIn(g).map((p) => ({ id: p.id, v: personal(p.id, r, key) }));
  const top = Math.max(...values.map((x) => x.v));
  if (top <= 0) throw new Error('nobody had any');
  const ids = values.filter((x) => x.v === top).map((x) => x.id);
  if (ids.some(gone)) throw new Error('a leaver at the top');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is at the top`);
  return ids;
}

/** People's rates over the range (nothing expected: left out). */
function personRates(g: Group, r: Range): Array<{ id: string; name: string; rate: number }> {
  noFilteredLeavers(g, r);
  return peopleIn(g)
    .map((p) => ({ id: p.id, name: p.name, rate: totals({ ids: [p.id] }, r[0], r[1]).rate }))
    .filter((x): x is { id: string; name: string; rate: number } => x.rate !== null);
}

/** The people whose own rate passes the test; guarded for leavers and the asker. */
export function rateWhere(g: Group, r: Range, passes: (rate: number) => boolean, asker?: string): string[] {
  const ids = personRates(g, r)
    .filter((x) => passes(x.rate))
    .map((x) => x.id);
  if (ids.some(gone)) throw new Error('a leaver in the list');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/** The n lowest (or highest) personal rates; no tie at the cut, no leaver, not the asker. */
export function rateRank(g: Group, r: Range, n: number, way: 'lowest' | 'highest', asker?: string): string[] {
  const sorted = personRates(g, r).sort((a, b) => (way === 'lowest' ? a.rate - b.rate : b.rate - a.rate) || a.name.localeCompare(b.name));
  if (sorted.length > n && sorted[n - 1]!.rate === sorted[n]!.rate) throw new Error(`rate tie at the cut of ${n}`);
  const ids = sorted.slice(0, n).map((x) => x.id);
  if (ids.some(gone)) throw new Error('a leaver in the ranking');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the ranking`);
  return ids;
}

/** Who did not: the people of the group employed throughout the range with none of it (README: negated lists). */
export function nobodyHad(g: Group, r: Range, key: Key, asker?: string): string[] {
  noFilteredLeavers(g, r);
  if (reachesToday(r)) throw new Error('a "did not" over a range reaching today');
  const ids = peopleIn(g)
    .filter((p) => p.hire <= r[0] && (p.end === null || p.end >= r[1]))
    .filter((p) => personal(p.id, r, key) === 0)
    .map((p) => p.id);
  if (ids.length === 0) throw new Error('nobody');
  if (ids.some(gone)) throw new Error('a leaver among those who did not');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is among them`);
  return ids;
}

/** Share of the people expected at work in the range who had at least one such day (a half day counts). */
export function shareWith(g: Group, r: Range, key: Key): { share: number; count: number; of: number } {
  noFilteredLeavers(g, r);
  if (reachesToday(r)) throw new Error('a share over a range reaching today');
  const expected = peopleIn(g).filter((p) => totals({ ids: [p.id] }, r[0], r[1]).expectedClosed > 0);
  if (expected.some((p) => gone(p.id))) throw new Error('a leaver among the people counted');
  const hit = expected.filter((p) => personal(p.id, r, key) > 0).length;
  return { share: round(hit / expected.length, 4), count: hit, of: expected.length };
}

/* ---- Teams. ---- */

export type TeamFigure = (g: Group, r: Range) => number;
export const teamLate: TeamFigure = (g, r) => sum(g, r, 'late');
export const teamAbsent: TeamFigure = (g, r) => sum(g, r, 'absent');
export const teamHalf: TeamFigure = (g, r) => sum(g, r, 'halfDay');
export const teamLeave: TeamFigure = (g, r) => sum(g, r, 'onLeave');
export const teamHours: TeamFigure = (g, r) => sum(g, r, 'hours');
export const teamMissing: TeamFigure = (g, r) => sum(g, r, 'missingCheckOut');
export const teamRate: TeamFigure = (g, r) => rateOf(g, r);

/** The one team with the highest (or lowest) figure; throws on a tie at the top. */
export function topTeam(r: Range, f: TeamFigure, way: 'highest' | 'lowest'): string {
  const values = TEAM_CODES.map((t) => ({ t, v: f(team(t), r) })).sort((a, b) => (way === 'highest' ? b.v - a.v : a.v - b.v));
  if (values[0]!.v === values[1]!.v) throw new Error('teams tied at the top');
  return values[0]!.t;
}

/** The teams whose figure passes the test. */
export const teamsWhere = (r: Range, f: TeamFigure, passes: (v: number) => boolean): string[] => TEAM_CODES.filter((t) => passes(f(team(t), r)));

/* ---- Days. ---- */

/** Closed days of the range on which a person's record has this status. */
export function daysWith(id: string, r: Range, status: 'late' | 'half-day'): Day[] {
  const found = daysBetween(r[0], r[1]).filter((d) => d < TODAY && recordOf(id, d)?.status === status);
  if (found.length === 0) throw new Error(`${id} has no ${status} day in ${r.join('…')}`);
  return found;
}

/** Closed days of the range on which a person missed a whole expected day. */
export function wholeDaysAway(id: string, r: Range): Day[] {
  const p = person(id);
  const found = daysBetween(r[0], r[1]).filter((d) => {
    if (d >= TODAY || expectedFraction(p, d) === 0) return false;
    const rec = recordOf(id, d);
    return !rec || rec.status === 'absent';
  });
  if (found.length === 0) throw new Error(`${id} missed no day in ${r.join('…')}`);
  return found;
}

/** Today (open): people expected with no record yet; never the asking manager. */
export function notInYet(g: Group, asker?: string): string[] {
  const ids = peopleIn(g)
    .filter((p) => expectedFraction(p, TODAY) > 0 && !recordOf(p.id, TODAY))
    .map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} has not checked in`);
  return ids;
}

/** A time of a record as an answer writes it ("09:18:00" → "9:18"). */
export function clock(id: string, d: Day, which: 'in' | 'out'): string {
  const rec = recordOf(id, d);
  const t = which === 'in' ? rec?.checkIn : rec?.checkOut;
  if (!t) throw new Error(`${id} has no check-${which} on ${d}`);
  return t.slice(0, 5).replace(/^0/, '');
}

/** People expected at work in a closed range whose total is under a line (no record counts as 0); nobody there for part of it. */
export function under(g: Group, r: Range, key: Key, line: number, asker?: string): string[] {
  noFilteredLeavers(g, r);
  if (reachesToday(r)) throw new Error('an "under" over a range reaching today');
  const ids = peopleIn(g)
    .filter((p) => totals({ ids: [p.id] }, r[0], r[1]).expectedClosed > 0)
    .filter((p) => personal(p.id, r, key) < line);
  if (ids.some((p) => p.hire > r[0] || (p.end !== null && p.end < r[1]))) throw new Error('someone there for part of the range is under the line');
  if (ids.some((p) => gone(p.id))) throw new Error('a leaver under the line');
  if (asker !== undefined && ids.some((p) => p.id === asker)) throw new Error(`${asker} is under the line`);
  return ids.map((p) => p.id);
}
