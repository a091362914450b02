/*
 * practice73 — people and scores for the hurried questions, on the shared oracle (people-figures.ts, score-figures.ts,
 * tenure-since.ts): headcounts (active staff unless leavers are asked for), a past day's headcount, lists by team,
 * position and job title, the whole less a part, hires and leavers, tenure; names as people type them in a hurry (a
 * first name only one person has, a surname only, a letter wrong — each checked to point at one person only), a first
 * name two people share, names and ids nobody has, people outside the caller's scope; and score statistics,
 * rankings and moves. Guards: a ranking or a list must not be tied at its cut, hold a leaver, or (for a manager's own
 * team) hold the manager; a "most" has one clear top. Each guard throws rather than guess. Written code-blind from
 * API.md, docs/API.md and the README.
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
import type { Span } from './practice73-periods';

const hasLeft = (id: string) => !employedOn(person(id), TODAY);

/* ---- Names. ---- */

function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

const words = (id: string) => person(id).name.toLowerCase().split(' ');

/**
 * A name as typed (a full name with a letter wrong, a first name, a surname), checked to point at this person only:
 * nearest by edit distance over full names, first names and surnames, with every other person at least two edits further.
 */
export function typed(written: string, id: string): string {
  const w = written.toLowerCase();
  const near = (pid: string) => Math.min(distance(person(pid).name.toLowerCase(), w), ...words(pid).map((x) => distance(x, w)));
  const ranked = dataset()
    .people.map((p) => ({ id: p.id, d: near(p.id) }))
    .sort((a, b) => a.d - b.d);
  if (ranked[0]!.id !== id) throw new Error(`${written} is nearer ${ranked[0]!.id} than ${id}`);
  if (ranked[1]!.d <= ranked[0]!.d + 1) throw new Error(`${written} is near both ${id} and ${ranked[1]!.id}`);
  return id;
}

/** Everyone of this first name; several, each in the caller's scope: a question back listing them. */
export function askWhich(first: string, who: Caller): Expected {
  const scope = scopeOf(who);
  const found = dataset()
    .people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase())
    .map((p) => p.id)
    .filter((id) => scope === null || scope.has(id));
  if (found.length < 2) throw new Error(`${first}: ${found.length} in the scope of ${who}`);
  return ask(...found);
}

/** The one person of a shared first name the caller can see (a manager seeing one of two). */
export function seenOne(first: string, who: Caller): string {
  const scope = scopeOf(who);
  const all = dataset().people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase());
  const seen = all.filter((p) => scope === null || scope.has(p.id));
  if (all.length < 2 || seen.length !== 1) throw new Error(`${first}: ${seen.length} of ${all.length} seen by ${who}`);
  return seen[0]!.id;
}

/** A name nobody has, nor anything near it: "not found". */
export function noSuch(name: string): Expected {
  const n = name.toLowerCase();
  const near = dataset().people.filter(
    (p) =>
      distance(p.name.toLowerCase(), n) < 4 ||
      p.name
        .toLowerCase()
        .split(' ')
        .some((w) => n.split(' ').some((x) => distance(w, x) < 2)),
  );
  if (near.length > 0) throw new Error(`${name} is near ${near.map((p) => p.id).join(', ')}`);
  return notFound();
}
/** An id nobody has. */
export function noSuchId(id: string): Expected {
  if (dataset().people.some((p) => p.id === id)) throw new Error(`${id} exists`);
  return notFound();
}
/** Someone outside the caller's scope: "not found", as if absent. */
export function outOfSight(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  person(id);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  return notFound();
}

/* ---- People. ---- */

export const headOf = (filter: PeopleFilter = {}): number => select(filter).length;

/** A manager's headcount of their team that counts them: must hold the manager. */
export function headWithMe(asker: string, filter: PeopleFilter): number {
  const ids = select(filter).map((p) => p.id);
  if (!ids.includes(asker)) throw new Error(`${asker} is not among them`);
  return ids.length;
}

/** A list of people; for a manager's team, without the manager; never empty. */
export function roster(filter: PeopleFilter, asker?: string): string[] {
  const ids = select(filter).map((p) => p.id);
  if (ids.length === 0) throw new Error('an empty list');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/** Those employed on a past day: hired by then, last day not gone by. */
export const employedThen = (d: Day): number => dataset().people.filter((p) => employedOn(p, d)).length;

/** The whole (active) less the parts left out. */
export function allBut(filter: PeopleFilter, out: { teams?: string[]; positions?: Position[] }): number {
  return select(filter).filter((p) => !(out.teams ?? []).includes(p.team) && !(out.positions ?? []).includes(p.position)).length;
}

/** People hired within the span (leavers included), optionally of one team. */
export const joined = (r: Span, code?: string): string[] =>
  select({ team: code, status: 'any' })
    .filter((p) => r[0] <= p.hire && p.hire <= r[1])
    .map((p) => p.id);
/** People whose last day fell within the span. */
export const left = (r: Span, code?: string): string[] =>
  select({ team: code, status: 'any' })
    .filter((p) => p.end !== null && r[0] <= p.end && p.end <= r[1])
    .map((p) => p.id);

/** Whole years of service today (an active person). */
export function serviceYears(id: string): number {
  if (hasLeft(id)) throw new Error(`${id} has left`);
  return tenureYears(person(id));
}

/** The active person hired first (or last) among those filtered: one clear first. */
export function firstHired(filter: PeopleFilter, which: 'earliest' | 'latest', asker?: string): string {
  const sorted = select(filter).sort((a, b) => (which === 'earliest' ? a.hire.localeCompare(b.hire) : b.hire.localeCompare(a.hire)));
  if (sorted.length > 1 && sorted[0]!.hire === sorted[1]!.hire) throw new Error('two hired the same day');
  if (asker !== undefined && sorted[0]!.id === asker) throw new Error(`${asker} is the first: "my team" reads two ways`);
  return sorted[0]!.id;
}

/** Active people hired more than n years ago on the calendar; nobody may sit on n whole years (read two ways). */
export function overYears(n: number, filter: PeopleFilter = {}): string[] {
  const edge = select(filter).filter((p) => tenureYears(p) === n);
  if (edge.length > 0) throw new Error(`${edge.map((p) => p.id).join(', ')} have ${n} whole years`);
  return select(filter)
    .filter((p) => p.hire < yearsBeforeToday(n))
    .map((p) => p.id);
}
/** Active people hired less than a year ago (nobody exactly a year ago). */
export function underYear(filter: PeopleFilter = {}): string[] {
  const line = yearsBeforeToday(1);
  if (select(filter).some((p) => p.hire === line)) throw new Error('someone hired exactly a year ago');
  return select(filter)
    .filter((p) => p.hire > line)
    .map((p) => p.id);
}

/* ---- Scores (final scores: the mean of the three inputs; a team's follow the employee). ---- */

export const mean = (period: string, scope: Scope = {}): number => stats([period], scope).mean;
export const median = (period: string, scope: Scope = {}): number => stats([period], scope).median;
export const low = (period: string, scope: Scope = {}): number => stats([period], scope).min;
export const high = (period: string, scope: Scope = {}): number => stats([period], scope).max;
export const spread = (period: string, scope: Scope = {}): number => Math.round((high(period, scope) - low(period, scope)) * 100) / 100;
export const scored = (period: string, scope: Scope = {}): number => stats([period], scope).count;

/** A manager's team mean that their own score would change: the same with and without them. */
export function teamMean(period: string, code: string, asker: string): number {
  const withMe = mean(period, { team: code });
  const ids = dataset()
    .people.filter((p) => p.team === code && p.id !== asker)
    .map((p) => p.id);
  if (mean(period, { ids }) !== withMe) throw new Error(`${code}'s mean in ${period} differs without ${asker}`);
  return withMe;
}

export function scoreFor(id: string, period: string): number {
  const s = scoresIn([period], { ids: [id] })[0];
  if (!s) throw new Error(`${id} has no score in ${period}`);
  return s.score;
}
export function kpiFor(id: string, period: string): number {
  const s = dataset().scores.find((x) => x.employee === id && x.period === period);
  if (!s) throw new Error(`${id} has no score in ${period}`);
  return s.kpi;
}

/** The top or bottom n of a period: no tie at the cut, no leaver, not the asking manager. */
export function best(period: string, n: number, direction: 'top' | 'bottom', scope: Scope = {}, asker?: string): string[] {
  const sorted = scoresIn([period], scope).sort(
    (a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score) || person(a.id).name.localeCompare(person(b.id).name),
  );
  if (sorted.length > n && sorted[n - 1]!.score === sorted[n]!.score) throw new Error(`tie at the cut of ${n} in ${period}`);
  const ids = sorted.slice(0, n).map((s) => s.id);
  if (ids.some(hasLeft)) throw new Error('a leaver in the ranking');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in their team's ranking`);
  return ids;
}

/** Scores of a period passing a test, guarded like a ranking's list. */
export function scoring(period: string, passes: (s: number) => boolean, scope: Scope = {}, asker?: string): string[] {
  const ids = scoresIn([period], scope)
    .filter((s) => passes(s.score))
    .map((s) => s.id);
  if (ids.some(hasLeft)) throw new Error('a leaver in the list');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/** The one person with the biggest rise (or fall) between two periods. */
export function move(from: string, to: string, way: 'rise' | 'fall', scope: Scope = {}, asker?: string): { id: string; change: number } {
  const all = changes(from, to, scope)
    .filter((c) => c.id !== asker)
    .sort((a, b) => (way === 'rise' ? b.change - a.change : a.change - b.change));
  if (all[0]!.change === all[1]!.change) throw new Error('tied at the top of the moves');
  if (hasLeft(all[0]!.id)) throw new Error('a leaver moved most');
  if (asker !== undefined) {
    const mine = changes(from, to, { ids: [asker] })[0];
    if (mine && (way === 'rise' ? mine.change >= all[0]!.change : mine.change <= all[0]!.change)) throw new Error(`${asker} moved most`);
  }
  return all[0]!;
}
/** How many people scored higher (or lower) in the second period than the first. */
export const movedCount = (from: string, to: string, way: 'up' | 'down', scope: Scope = {}): number =>
  changes(from, to, scope).filter((c) => (way === 'up' ? c.change > 0 : c.change < 0)).length;

/** The share of a period's scores passing a test, over the people scored in it. */
export function shareOf(period: string, passes: (s: number) => boolean): number {
  const all = scoresIn([period]);
  return Math.round((all.filter((s) => passes(s.score)).length / all.length) * 10000) / 10000;
}

/** The team with the highest (or lowest) mean in a period: one clear top. */
export function teamByScore(period: string, which: 'highest' | 'lowest'): string {
  const means = ['AI', 'DAT', 'DEV', 'QA', 'SEC']
    .map((t) => ({ t, m: mean(period, { team: t }) }))
    .sort((a, b) => (which === 'highest' ? b.m - a.m : a.m - b.m));
  if (means[0]!.m === means[1]!.m) throw new Error('teams tied');
  return means[0]!.t;
}

/** Active people hired at least n years ago (whole years and the calendar agree on "at least"). */
export const atLeastYears = (n: number, filter: PeopleFilter = {}): string[] =>
  select(filter)
    .filter((p) => p.hire <= yearsBeforeToday(n))
    .map((p) => p.id);
