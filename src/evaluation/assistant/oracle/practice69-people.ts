/*
 * practice69 — people and scores for the newcomer's questions, on the shared oracle (people-figures.ts,
 * score-figures.ts, tenure-since.ts): headcounts (active staff unless leavers are asked for, as the README says), a
 * past day's headcount (those employed that day), lists by team, position and job title, the whole less a part,
 * hires and leavers, tenure, names (a first name several people share, a name nobody has), and score statistics,
 * rankings and changes. Guards: a ranking or a list of scores must not be tied at its cut, hold a leaver, or (for a
 * manager's own team) hold the manager; a "most improved" must have one clear top. Each guard throws rather than
 * guess. Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import type { Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { ask, notFound, scopeOf, type Caller, type Expected } from '../expectation';
import { employedOn } from './absence';
import type { Scope } from './attendance-figures';
import { select, tenureYears, type PeopleFilter } from './people-figures';
import { changes, scoresIn, stats } from './score-figures';
import { yearsBeforeToday } from './tenure-since';
import type { Range } from './practice69-periods';

/* ---- People. ---- */

export const idsOf = (filter: PeopleFilter = {}): string[] => select(filter).map((p) => p.id);
export const countOf = (filter: PeopleFilter = {}): number => select(filter).length;

/** A manager's "me included" headcount: must hold the manager. */
export function countWithMe(asker: string, filter: PeopleFilter): number {
  const ids = idsOf(filter);
  if (!ids.includes(asker)) throw new Error(`${asker} is not among ${filter.team ?? 'them'}`);
  return ids.length;
}

/** A list asked by a manager about their team: the manager must not be in it (with and without them). */
export function listFor(filter: PeopleFilter, asker?: string): string[] {
  const ids = idsOf(filter);
  if (ids.length === 0) throw new Error('an empty list');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/** Those employed on a past day: hired by then, last day not gone by. */
export const employedOnDay = (d: Day): number => dataset().people.filter((p) => employedOn(p, d)).length;

/** The whole (active) less the parts left out: teams, or positions within a team. */
export function excluding(filter: PeopleFilter, out: { teams?: string[]; positions?: Position[] }): number {
  return select(filter).filter((p) => !(out.teams ?? []).includes(p.team) && !(out.positions ?? []).includes(p.position)).length;
}

/** People hired within the range (leavers included: they joined then), optionally in one team. */
export const hiredIn = (r: Range, code?: string): string[] =>
  select({ team: code, status: 'any' })
    .filter((p) => r[0] <= p.hire && p.hire <= r[1])
    .map((p) => p.id);
/** People whose last day fell within the range. */
export const leftIn = (r: Range, code?: string): string[] =>
  select({ team: code, status: 'any' })
    .filter((p) => p.end !== null && r[0] <= p.end && p.end <= r[1])
    .map((p) => p.id);
/** Everyone who has ever left (a team's losses). */
export const everLeft = (code?: string): string[] =>
  select({ team: code, status: 'any' })
    .filter((p) => p.end !== null && p.end < TODAY)
    .map((p) => p.id);

/** Whole years of service today (an active person). */
export function yearsOf(id: string): number {
  const p = person(id);
  if (!employedOn(p, TODAY)) throw new Error(`${id} has left`);
  return tenureYears(p);
}

/** Active people by hire date, earliest (or latest) first; one clear first. */
export function byHire(filter: PeopleFilter, which: 'earliest' | 'latest'): string {
  const sorted = select(filter).sort((a, b) => (which === 'earliest' ? a.hire.localeCompare(b.hire) : b.hire.localeCompare(a.hire)));
  if (sorted.length > 1 && sorted[0]!.hire === sorted[1]!.hire) throw new Error('two hired the same day');
  return sorted[0]!.id;
}

/** Active people with strictly more than n years, on the calendar; nobody may have exactly n whole years (read two ways). */
export function servedOver(n: number, filter: PeopleFilter = {}): string[] {
  const edge = select(filter).filter((p) => tenureYears(p) === n);
  if (edge.length > 0) throw new Error(`${edge.map((p) => p.id).join(', ')} have ${n} whole years: "more than ${n}" reads two ways`);
  return select(filter)
    .filter((p) => p.hire < yearsBeforeToday(n))
    .map((p) => p.id);
}
/** Active people with at least n whole years (the calendar and whole years agree on "at least"). */
export const servedAtLeast = (n: number, filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => tenureYears(p) >= n)
    .map((p) => p.id);
/** Active people with less than a year: hired after the day a year ago (a hire exactly a year ago is ambiguous: throws). */
export function underAYear(filter: PeopleFilter = {}): string[] {
  const line = yearsBeforeToday(1);
  if (select(filter).some((p) => p.hire === line)) throw new Error('someone hired exactly a year ago');
  return select(filter)
    .filter((p) => p.hire > line)
    .map((p) => p.id);
}

/** Everyone of this first name; several, each in the caller's scope (else it is not a question back). */
export function askFirst(first: string, who: Caller): Expected {
  const scope = scopeOf(who);
  const found = dataset()
    .people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase())
    .map((p) => p.id)
    .filter((id) => scope === null || scope.has(id));
  if (found.length < 2) throw new Error(`${first}: ${found.length} in the scope of ${who}`);
  return ask(...found);
}
/** The one person of this first name the caller can see (a manager seeing one of two). */
export function onlyFirst(first: string, who: Caller): string {
  const scope = scopeOf(who);
  const all = dataset().people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase());
  const seen = all.filter((p) => scope === null || scope.has(p.id));
  if (all.length < 2 || seen.length !== 1) throw new Error(`${first}: ${seen.length} of ${all.length} seen by ${who}`);
  return seen[0]!.id;
}

const distance = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
};
/** A name nobody has, nor anything near it: "not found". */
export function nobody(name: string): Expected {
  const near = dataset().people.filter((p) => distance(p.name.toLowerCase(), name.toLowerCase()) < 4 || p.name.split(' ').some((w) => name.includes(w)));
  if (near.length > 0) throw new Error(`${name} is near ${near.map((p) => p.id).join(', ')}`);
  return notFound();
}
/** An id nobody has. */
export function noId(id: string): Expected {
  if (dataset().people.some((p) => p.id === id)) throw new Error(`${id} exists`);
  return notFound();
}
/** Someone outside the caller's scope: "not found", as if absent. */
export function unseen(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  person(id);
  return notFound();
}
/** A misspelling, checked to be nearest one person only (by edit distance over full names). */
export function misspelt(written: string, id: string): string {
  const ranked = dataset()
    .people.map((p) => ({ id: p.id, d: distance(p.name.toLowerCase(), written.toLowerCase()) }))
    .sort((a, b) => a.d - b.d);
  if (ranked[0]!.id !== id || ranked[0]!.d === 0 || ranked[1]!.d <= ranked[0]!.d + 1) throw new Error(`${written} is not clearly ${id}`);
  return id;
}

/* ---- Scores (final scores: the mean of the three inputs; a team's follow the employee). ---- */

export const meanOf = (period: string, scope: Scope = {}): number => stats([period], scope).mean;
export const medianOf = (period: string, scope: Scope = {}): number => stats([period], scope).median;
export const minOf = (period: string, scope: Scope = {}): number => stats([period], scope).min;
export const maxOf = (period: string, scope: Scope = {}): number => stats([period], scope).max;
export const spreadOf = (period: string, scope: Scope = {}): number => Math.round((maxOf(period, scope) - minOf(period, scope)) * 100) / 100;

export function scoreOf(id: string, period: string): number {
  const s = scoresIn([period], { ids: [id] })[0];
  if (!s) throw new Error(`${id} has no score in ${period}`);
  return s.score;
}
export function kpiOf(id: string, period: string): number {
  const s = dataset().scores.find((x) => x.employee === id && x.period === period);
  if (!s) throw new Error(`${id} has no score in ${period}`);
  return s.kpi;
}

const leftNow = (id: string) => !employedOn(person(id), TODAY);

/** The top (or bottom) n of a period: no tie at the cut, no leaver, not the asking manager. */
export function ranked(period: string, n: number, direction: 'top' | 'bottom', scope: Scope = {}, asker?: string): string[] {
  const sorted = scoresIn([period], scope).sort(
    (a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score) || person(a.id).name.localeCompare(person(b.id).name),
  );
  if (sorted.length > n && sorted[n - 1]!.score === sorted[n]!.score) throw new Error(`tie at the cut of ${n} in ${period}`);
  const ids = sorted.slice(0, n).map((s) => s.id);
  if (ids.some(leftNow)) throw new Error('a leaver in the ranking');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in their team's ranking`);
  return ids;
}

/** Scores of a period passing a test (a line, a band), guarded like a ranking's list. */
export function scoredWhere(period: string, passes: (s: number) => boolean, scope: Scope = {}, asker?: string): string[] {
  const ids = scoresIn([period], scope)
    .filter((s) => passes(s.score))
    .map((s) => s.id);
  if (ids.some(leftNow)) throw new Error('a leaver in the list');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/** The one person with the biggest rise (or fall) from one period to the other. */
export function biggestMove(from: string, to: string, way: 'rise' | 'fall', scope: Scope = {}): { id: string; change: number } {
  const all = changes(from, to, scope).sort((a, b) => (way === 'rise' ? b.change - a.change : a.change - b.change));
  if (all[0]!.change === all[1]!.change) throw new Error('tied at the top of the moves');
  if (leftNow(all[0]!.id)) throw new Error('a leaver moved most');
  return all[0]!;
}
/** How many people scored higher in the second period than the first. */
export const improvedCount = (from: string, to: string, scope: Scope = {}): number => changes(from, to, scope).filter((c) => c.change > 0).length;

/** The share of a period's scores under a line (over the people scored in it). */
export function shareUnder(period: string, line: number): number {
  const all = scoresIn([period]);
  return Math.round((all.filter((s) => s.score < line).length / all.length) * 10000) / 10000;
}

/** The team with the highest (or lowest) mean in a period, one clear top. */
export function teamByMean(period: string, which: 'highest' | 'lowest'): string {
  const means = ['AI', 'DAT', 'DEV', 'QA', 'SEC']
    .map((t) => ({ t, m: meanOf(period, { team: t }) }))
    .sort((a, b) => (which === 'highest' ? b.m - a.m : a.m - b.m));
  if (means[0]!.m === means[1]!.m) throw new Error('teams tied');
  return means[0]!.t;
}

/** Each team's single best scorer in a period (one clear best each). */
export const bestPerTeam = (period: string): string[] => ['AI', 'DAT', 'DEV', 'QA', 'SEC'].flatMap((t) => ranked(period, 1, 'top', { team: t }));
