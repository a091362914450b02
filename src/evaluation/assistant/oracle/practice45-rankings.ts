/*
 * practice45 — rankings for the comparisons set: people and teams ranked by a count, a rate, hours, a score or a score's
 * move between quarters. API.md: "ties in a ranking go by name" — read both as the full name and as the surname, and a
 * question is asked only where the two pick the same people. README: "who was late the most", with no number, names
 * everyone tied at the top; "top 3" names that many; "which team had the most late arrivals" keeps ties. A score's move
 * is read from the final scores (rounded to two places) and from the unrounded means of the three inputs; a question
 * on the biggest move is asked only where both readings put the same people at the top. Reads only the data set and
 * the other oracle modules.
 */
import { dataset, person } from '../dataset/dataset';
import type { Figure } from '../expectation';
import { measureOf, peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { near } from './practice10-figures';
import { TEAM_CODES, teamLabel } from './practice11-figures';
import { agreed } from './practice16-figures';
import type { Range } from './practice45-figures';
import { changes, scoresIn } from './score-figures';

export interface Entry {
  id: string;
  value: number;
}
export type Direction = 'high' | 'low';

/* ---- Entries to rank. ---- */

const inRange = (id: string, [from, to]: Range) => totals({ ids: [id] }, from, to).expected > 0;

/** Each person's count (or days, hours) of a measure over a range, for those expected at work on some day of it. */
export const measureEntries = (scope: Scope, measure: Measure, range: Range): Entry[] =>
  peopleIn(scope)
    .filter((p) => inRange(p.id, range))
    .map((p) => ({ id: p.id, value: measureOf(p.id, measure, range[0], range[1]) }));

/** Each person's attendance rate over a range (people with nothing to rate left out). */
export const rateEntries = (scope: Scope, [from, to]: Range): Entry[] =>
  peopleIn(scope)
    .map((p) => ({ id: p.id, value: totals({ ids: [p.id] }, from, to).rate }))
    .filter((e): e is Entry => e.value !== null);

/** Each scored person's final score in a quarter. */
export const scoreEntries = (period: string, scope: Scope = {}): Entry[] => scoresIn([period], scope).map((s) => ({ id: s.id, value: s.score }));

/** Each person scored in both quarters, with the move of their final score. */
export const changeEntries = (from: string, to: string, scope: Scope = {}): Entry[] => changes(from, to, scope).map((c) => ({ id: c.id, value: c.change }));

/* ---- Rankings. ---- */

const fullName = (id: string) => person(id).name;
const surname = (id: string) => person(id).name.split(' ').slice(1).join(' ');

function ordered(entries: readonly Entry[], direction: Direction, name: (id: string) => string): Entry[] {
  return [...entries].sort((a, b) => (direction === 'high' ? b.value - a.value : a.value - b.value) || name(a.id).localeCompare(name(b.id)));
}

/**
 * The first n of a ranking, ties broken by name (API.md). "By name" is read both as the full name and as the surname;
 * the question is asked only where both pick the same people (throws otherwise). Returns the ids, sorted.
 */
export function firstN(entries: readonly Entry[], n: number, direction: Direction): string[] {
  if (entries.length < n) throw new Error(`fewer than ${n} to rank`);
  const pick = (name: (id: string) => string) =>
    ordered(entries, direction, name)
      .slice(0, n)
      .map((e) => e.id)
      .sort();
  return agreed([pick(fullName), pick(surname)]);
}

/** Whether the n-th and the (n+1)-th of a ranking share a value (a tie falls across the cut). */
export function tiedAtCut(entries: readonly Entry[], n: number, direction: Direction): boolean {
  const sorted = ordered(entries, direction, fullName);
  return sorted.length > n && sorted[n - 1]!.value === sorted[n]!.value;
}

/** The first n, checked to have a tie across the cut (a question written to test API.md's tie rule). */
export function firstNTied(entries: readonly Entry[], n: number, direction: Direction): string[] {
  if (!tiedAtCut(entries, n, direction)) throw new Error(`no tie at the cut of ${n}`);
  return firstN(entries, n, direction);
}

/** The first n, checked to have no tie across the cut. */
export function firstNClean(entries: readonly Entry[], n: number, direction: Direction): string[] {
  if (tiedAtCut(entries, n, direction)) throw new Error(`a tie at the cut of ${n}`);
  return firstN(entries, n, direction);
}

/** Everyone tied at the top ("who was … the most", with no number: README), and the value; throws when the top is 0 for "high". */
export function atTop(entries: readonly Entry[], direction: Direction): { ids: string[]; value: number } {
  if (entries.length === 0) throw new Error('nothing to rank');
  const values = entries.map((e) => e.value);
  const top = direction === 'high' ? Math.max(...values) : Math.min(...values);
  if (direction === 'high' && top <= 0) throw new Error('nobody has any');
  return { ids: entries.filter((e) => e.value === top).map((e) => e.id), value: top };
}

/** The one person at the top (throws when tied). */
export function sole(entries: readonly Entry[], direction: Direction): { id: string; value: number } {
  const top = atTop(entries, direction);
  if (top.ids.length !== 1) throw new Error(`tied at the top: ${top.ids.join(', ')}`);
  return { id: top.ids[0]!, value: top.value };
}

/* ---- Teams. ---- */

export interface TeamEntry {
  team: string;
  value: number;
}

/** Every team's figure. */
export const perTeam = (of: (team: string) => number): TeamEntry[] => TEAM_CODES.map((team) => ({ team, value: of(team) }));

/** The teams at the top of a figure, ties kept (README: "which team had the most late arrivals", ties kept). */
export function teamsAtTop(entries: readonly TeamEntry[], direction: Direction): { teams: string[]; value: number } {
  const values = entries.map((e) => e.value);
  const top = direction === 'high' ? Math.max(...values) : Math.min(...values);
  return { teams: entries.filter((e) => e.value === top).map((e) => e.team), value: top };
}

/** The one team at the top (throws when two share it). */
export function soleTeam(entries: readonly TeamEntry[], direction: Direction): { team: string; value: number } {
  const top = teamsAtTop(entries, direction);
  if (top.teams.length !== 1) throw new Error(`teams tied at the top: ${top.teams.join(', ')}`);
  return { team: top.teams[0]!, value: top.value };
}

/** Every team's figure, each standing next to its team's code or name. */
export const labelledPerTeam = (entries: readonly TeamEntry[], as: (value: number) => Figure): Figure[] =>
  entries.map((e) => near(as(e.value), teamLabel(e.team)));

/* ---- Score moves read two ways. ---- */

/** Each person scored in both quarters, with the move of the unrounded mean of their three inputs. */
function rawChangeEntries(from: string, to: string, scope: Scope): Entry[] {
  const ids = new Set(peopleIn(scope).map((p) => p.id));
  const sumOf = (id: string, period: string) => {
    const s = dataset().scores.find((x) => x.employee === id && x.period === period);
    return s === undefined ? null : s.kpi + s.completedTask + s.feedback360;
  };
  return [...ids]
    .map((id) => ({ id, a: sumOf(id, from), b: sumOf(id, to) }))
    .filter((x): x is { id: string; a: number; b: number } => x.a !== null && x.b !== null)
    .map((x) => ({ id: x.id, value: Math.round(((x.b - x.a) / 3) * 1e6) / 1e6 }));
}

/** Everyone at the top of the rise (or fall) between two quarters, the same whether final scores or raw means are compared. */
export function biggestMove(from: string, to: string, direction: Direction, scope: Scope = {}): { ids: string[]; value: number } {
  const rounded = atTop(changeEntries(from, to, scope), direction);
  const raw = atTop(rawChangeEntries(from, to, scope), direction);
  agreed([[...rounded.ids].sort(), [...raw.ids].sort()]);
  if (direction === 'high' ? rounded.value <= 0 : rounded.value >= 0) throw new Error('nobody moved that way');
  return rounded;
}

/** The n biggest rises (or falls), the same both ways of reading a move and both ways of breaking a tie by name. */
export function biggestMoves(from: string, to: string, n: number, direction: Direction, scope: Scope = {}): string[] {
  return agreed([firstN(changeEntries(from, to, scope), n, direction), firstN(rawChangeEntries(from, to, scope), n, direction)]);
}
