/*
 * practice71 — people and scores for a manager's week, on the shared oracle (people-figures.ts, score-figures.ts):
 * one person's final score and KPI, a team's mean, median, lowest and highest, rankings and moves inside a team,
 * tenure, and the names a question may use (a first name several people share, one only the caller can see, a name
 * or id nobody has, someone outside the caller's scope). Guards (each throws rather than guess): a ranking or list must
 * not be tied at its cut, hold a leaver, or — for a manager's "my team" — hold the manager; a manager's "my team" mean
 * must be the same with and without the manager. Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { ask, notFound, scopeOf, type Caller, type Expected } from '../expectation';
import { employedOn } from './absence';
import { peopleIn, type Scope } from './attendance-figures';
import { tenureYears } from './people-figures';
import { changes, scoresIn, stats } from './score-figures';

const gone = (id: string) => !employedOn(person(id), TODAY);

/* ---- One person's scores. ---- */

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

/* ---- A team's scores. ---- */

function withoutAsker(scope: Scope, asker: string): Scope {
  const ids = peopleIn(scope).map((p) => p.id);
  if (!ids.includes(asker)) throw new Error(`${asker} is not in the scope`);
  return { ids: ids.filter((id) => id !== asker) };
}

export function meanOf(period: string, scope: Scope = {}, asker?: string): number {
  const value = stats([period], scope).mean;
  if (asker !== undefined && stats([period], withoutAsker(scope, asker)).mean !== value) throw new Error(`mean differs without ${asker}`);
  return value;
}
export function medianOf(period: string, scope: Scope = {}, asker?: string): number {
  const value = stats([period], scope).median;
  if (asker !== undefined && stats([period], withoutAsker(scope, asker)).median !== value) throw new Error(`median differs without ${asker}`);
  return value;
}
export function maxOf(period: string, scope: Scope = {}, asker?: string): number {
  const value = stats([period], scope).max;
  if (asker !== undefined && stats([period], withoutAsker(scope, asker)).max !== value) throw new Error(`max differs without ${asker}`);
  return value;
}
export function minOf(period: string, scope: Scope = {}, asker?: string): number {
  const value = stats([period], scope).min;
  if (asker !== undefined && stats([period], withoutAsker(scope, asker)).min !== value) throw new Error(`min differs without ${asker}`);
  return value;
}

function guardList(ids: string[], asker?: string): string[] {
  if (ids.some(gone)) throw new Error('a leaver in the list');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in their own team's list`);
  return ids;
}

/** The top (or bottom) n of a period, ties by name: no tie at the cut, no leaver, not the asking manager. */
export function ranked(period: string, n: number, direction: 'top' | 'bottom', scope: Scope = {}, asker?: string): string[] {
  const sorted = scoresIn([period], scope).sort(
    (a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score) || person(a.id).name.localeCompare(person(b.id).name),
  );
  if (sorted.length > n && sorted[n - 1]!.score === sorted[n]!.score) throw new Error(`tie at the cut of ${n} in ${period}`);
  return guardList(
    sorted.slice(0, n).map((s) => s.id),
    asker,
  );
}

/** Scores of a period passing a test (a line, a band), guarded like a ranking. */
export const scoredWhere = (period: string, passes: (s: number) => boolean, scope: Scope = {}, asker?: string): string[] =>
  guardList(
    scoresIn([period], scope)
      .filter((s) => passes(s.score))
      .map((s) => s.id),
    asker,
  );

/** The one person with the biggest rise (or fall) between two periods, among those scored in both. */
export function biggestMove(from: string, to: string, way: 'rise' | 'fall', scope: Scope = {}, asker?: string): { id: string; change: number } {
  const all = changes(from, to, scope).sort((a, b) => (way === 'rise' ? b.change - a.change : a.change - b.change));
  if (all.length < 2 || all[0]!.change === all[1]!.change) throw new Error('tied at the top of the moves');
  if (way === 'rise' && all[0]!.change <= 0) throw new Error('nobody rose');
  if (way === 'fall' && all[0]!.change >= 0) throw new Error('nobody fell');
  guardList([all[0]!.id], asker);
  return all[0]!;
}

/** How many of a scope scored higher (or lower) in the second period, with and without the asker. */
export function movedCount(from: string, to: string, way: 'up' | 'down', scope: Scope, asker?: string): number {
  const n = (s: Scope) => changes(from, to, s).filter((c) => (way === 'up' ? c.change > 0 : c.change < 0)).length;
  const value = n(scope);
  if (asker !== undefined && n(withoutAsker(scope, asker)) !== value) throw new Error(`count differs without ${asker}`);
  return value;
}

/* ---- Tenure. ---- */

/** Whole years of service today (an active person, not on an anniversary's edge). */
export function yearsOf(id: string): number {
  const p = person(id);
  if (gone(id)) throw new Error(`${id} has left`);
  if (p.hire.slice(5) === TODAY.slice(5)) throw new Error(`${id} has an anniversary today`);
  return tenureYears(p);
}

/* ---- Names. ---- */

const firstName = (id: string) => person(id).name.split(' ')[0]!.toLowerCase();

/** Everyone of this first name, several, each in the caller's scope: a question back listing them. */
export function askFirst(first: string, who: Caller): Expected {
  const scope = scopeOf(who);
  const all = dataset().people.filter((p) => firstName(p.id) === first.toLowerCase());
  const seen = all.filter((p) => scope === null || scope.has(p.id)).map((p) => p.id);
  if (seen.length < 2 || seen.length !== all.length) throw new Error(`${first}: ${seen.length} of ${all.length} in the scope of ${who}`);
  return ask(...seen);
}

/** The one person of this first name the caller can see (others of that name may exist outside their scope). */
export function onlyFirst(first: string, who: Caller): string {
  const scope = scopeOf(who);
  const seen = dataset().people.filter((p) => firstName(p.id) === first.toLowerCase() && (scope === null || scope.has(p.id)));
  if (seen.length !== 1) throw new Error(`${first}: ${seen.length} seen by ${who}`);
  return seen[0]!.id;
}

const distance = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
};

/** A misspelling, checked to be clearly nearest one person (by edit distance over full names). */
export function misspelt(written: string, id: string): string {
  const ranked2 = dataset()
    .people.map((p) => ({ id: p.id, d: distance(p.name.toLowerCase(), written.toLowerCase()) }))
    .sort((a, b) => a.d - b.d);
  if (ranked2[0]!.id !== id || ranked2[0]!.d === 0 || ranked2[1]!.d <= ranked2[0]!.d + 1) throw new Error(`${written} is not clearly ${id}`);
  return id;
}

/**
 * Someone outside the caller's scope: "not found", as if absent. Their name must not be near anyone the caller can see
 * (no shared first or last name, no near spelling), so that "as if absent" cannot turn into a match in scope.
 */
export function unseen(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  const target = person(id).name.toLowerCase();
  const parts = target.split(' ');
  const near = [...scope].filter((other) => {
    const name = person(other).name.toLowerCase();
    return distance(name, target) < 5 || name.split(' ').some((w) => parts.some((x) => distance(w, x) <= 1));
  });
  if (near.length > 0) throw new Error(`${id} is near ${near.join(', ')} in the scope of ${who}`);
  return notFound();
}

/** A name nobody has, nor anything near it: "not found". */
export function nobody(name: string): Expected {
  const lower = name.toLowerCase();
  const near = dataset().people.filter(
    (p) =>
      distance(p.name.toLowerCase(), lower) < 4 ||
      p.name
        .toLowerCase()
        .split(' ')
        .some((w) => lower.split(' ').some((x) => distance(w, x) <= 1)),
  );
  if (near.length > 0) throw new Error(`${name} is near ${near.map((p) => p.id).join(', ')}`);
  return notFound();
}
