/*
 * practice70 — people and scores for the tester's combinations, on the shared oracle (people-figures.ts,
 * score-figures.ts, tenure-since.ts): headcounts and lists (active staff unless leavers are asked for) by team,
 * level, job title and status, the whole less a part, hires and leavers over a period by team and level, tenure
 * against a line; score statistics (mean, median, lowest, highest, range) of a quarter for a team, a level within a
 * team, or everyone; rankings, lines, bands, moves between quarters, a person against a group's average. Guards: a
 * level's scores hold no leaver's (a filter read with or without leavers); a ranking or list holds no leaver, no tie at
 * its cut and, for a manager's own team, not the manager; a tenure line nobody sits on in whole years; names checked
 * to be shared, unknown or clearly one person's. Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import type { Position } from '../dataset/people';
import { ask, notFound, scopeOf, type Caller, type Expected } from '../expectation';
import { employedOn } from './absence';
import { peopleIn } from './attendance-figures';
import { select, tenureYears, type PeopleFilter } from './people-figures';
import { changes, scoresIn, stats, type ScoreStats } from './score-figures';
import { yearsBeforeToday } from './tenure-since';
import type { Group } from './practice70-figures';
import type { Range } from './practice70-periods';

const gone = (id: string) => !employedOn(person(id), TODAY);
const byName = (a: string, b: string) => person(a).name.localeCompare(person(b).name);
const round = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

/* ---- Headcounts and lists. ---- */

export const headcount = (filter: PeopleFilter = {}): number => select(filter).length;
export const idsOf = (filter: PeopleFilter = {}): string[] => select(filter).map((p) => p.id);

/** A list for a caller: not empty, and for a manager about their team, never the manager. */
export function listOf(filter: PeopleFilter, asker?: string): string[] {
  const ids = idsOf(filter);
  if (ids.length === 0) throw new Error('an empty list');
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/** The active people of a filter, less those of some teams or levels. */
export function lessParts(filter: PeopleFilter, out: { teams?: string[]; positions?: Position[] }): string[] {
  return select(filter)
    .filter((p) => !(out.teams ?? []).includes(p.team) && !(out.positions ?? []).includes(p.position))
    .map((p) => p.id);
}

/** Those employed on a day (hired by then, last day not gone by). */
export const employedOnDay = (d: string): number => dataset().people.filter((p) => employedOn(p, d)).length;

/** People hired within the range (leavers included), by team and level. */
export const hiredIn = (r: Range, filter: { team?: string; position?: Position } = {}): string[] =>
  select({ ...filter, status: 'any' })
    .filter((p) => r[0] <= p.hire && p.hire <= r[1])
    .map((p) => p.id);
/** People whose last day fell within the range. */
export const leftIn = (r: Range, filter: { team?: string; position?: Position } = {}): string[] =>
  select({ ...filter, status: 'any' })
    .filter((p) => p.end !== null && r[0] <= p.end && p.end <= r[1])
    .map((p) => p.id);

/** Active people with strictly more (or fewer) than n years; nobody may sit on n whole years (two readings). */
export function tenureLine(n: number, way: 'more' | 'less', filter: PeopleFilter = {}): string[] {
  const edge = select(filter).filter((p) => tenureYears(p) === n && p.hire !== yearsBeforeToday(n));
  if (way === 'more' && edge.length > 0) throw new Error(`${edge.map((p) => p.id).join(', ')} have ${n} whole years and some months`);
  const line = yearsBeforeToday(n);
  if (select(filter).some((p) => p.hire === line)) throw new Error(`someone hired exactly ${n} years ago`);
  return select(filter)
    .filter((p) => (way === 'more' ? p.hire < line : p.hire > line))
    .map((p) => p.id);
}

/** Whole years of service of an active person. */
export function yearsOf(id: string): number {
  if (gone(id)) throw new Error(`${id} has left`);
  return tenureYears(person(id));
}

/** Active people by hire date (earliest or latest first), n of them, no tie at the cut. */
export function byHire(filter: PeopleFilter, n: number, which: 'earliest' | 'latest', asker?: string): string[] {
  const sorted = select(filter).sort((a, b) => (which === 'earliest' ? a.hire.localeCompare(b.hire) : b.hire.localeCompare(a.hire)));
  if (sorted.length > n && sorted[n - 1]!.hire === sorted[n]!.hire) throw new Error('hired the same day at the cut');
  const ids = sorted.slice(0, n).map((p) => p.id);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/* ---- Names. ---- */

export function askFirst(first: string, who: Caller): Expected {
  const scope = scopeOf(who);
  const found = dataset()
    .people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase())
    .map((p) => p.id)
    .filter((id) => scope === null || scope.has(id));
  if (found.length < 2) throw new Error(`${first}: ${found.length} in the scope of ${who}`);
  return ask(...found);
}

const distance = (a: string, b: string): number => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j += 1) d[0]![j] = j;
  for (let i = 1; i <= a.length; i += 1)
    for (let j = 1; j <= b.length; j += 1) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
};

/** A misspelt full name, nearest one person only and clearly so. */
export function misspelt(written: string, id: string): string {
  const ranked = dataset()
    .people.map((p) => ({ id: p.id, d: distance(p.name.toLowerCase(), written.toLowerCase()) }))
    .sort((a, b) => a.d - b.d);
  if (ranked[0]!.id !== id || ranked[0]!.d === 0 || ranked[1]!.d <= ranked[0]!.d + 1) throw new Error(`${written} is not clearly ${id}`);
  return id;
}

/** A first name (or a misspelt one) only one person in the data set has. */
export function onlyOne(first: string): string {
  const found = dataset().people.filter((p) => p.name.split(' ')[0]!.toLowerCase() === first.toLowerCase());
  if (found.length !== 1) throw new Error(`${first}: ${found.length} people`);
  return found[0]!.id;
}

/** A name nobody has, nor anything near it. */
export function nobody(name: string): Expected {
  const near = dataset().people.filter(
    (p) => distance(p.name.toLowerCase(), name.toLowerCase()) < 4 || p.name.split(' ').some((w) => name.toLowerCase().includes(w.toLowerCase())),
  );
  if (near.length > 0) throw new Error(`${name} is near ${near.map((p) => p.id).join(', ')}`);
  return notFound();
}

/** Someone outside the caller's scope: "not found", as if absent. */
export function unseen(who: Caller, id: string): Expected {
  const scope = scopeOf(who);
  person(id);
  if (scope === null || scope.has(id)) throw new Error(`${id} is in the scope of ${who}`);
  return notFound();
}

/* ---- Scores. ---- */

/** The scores of a period for a group; a level's must hold no leaver's score (read with or without leavers). */
function scored(period: string, g: Group = {}): Array<{ id: string; score: number }> {
  const list = scoresIn([period], g);
  if (g.filtered && list.some((s) => gone(s.id))) throw new Error(`a level's ${period} scores hold a leaver's`);
  return list;
}

export function statsOf(period: string, g: Group = {}): ScoreStats & { spread: number } {
  scored(period, g);
  const s = stats([period], g);
  return { ...s, spread: round(s.max - s.min) };
}
export const meanOf = (period: string, g: Group = {}): number => statsOf(period, g).mean;

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

function checked(ids: string[], asker?: string): string[] {
  if (ids.some(gone)) throw new Error(`a leaver in the list: ${ids.filter(gone).join(', ')}`);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in the list`);
  return ids;
}

/** The top or bottom n of a period in a group (ties by name), no tie at the cut. */
export function ranked(period: string, n: number, way: 'top' | 'bottom', g: Group = {}, asker?: string): string[] {
  const sorted = scored(period, g).sort((a, b) => (way === 'top' ? b.score - a.score : a.score - b.score) || byName(a.id, b.id));
  if (sorted.length > n && sorted[n - 1]!.score === sorted[n]!.score) throw new Error(`tie at the cut of ${n} in ${period}`);
  return checked(
    sorted.slice(0, n).map((s) => s.id),
    asker,
  );
}

/** The scores of a period in a group passing a test (a line or a band). */
export const scoredWhere = (period: string, passes: (s: number) => boolean, g: Group = {}, asker?: string): string[] =>
  checked(
    scored(period, g)
      .filter((s) => passes(s.score))
      .map((s) => s.id),
    asker,
  );

/** The people scored in every period given, passing the test in each. */
export function scoredInAll(periods: string[], passes: (s: number) => boolean, g: Group = {}, asker?: string): string[] {
  const sets = periods.map((p) => new Set(scoredWhere(p, passes, g)));
  return checked(
    [...sets[0]!].filter((id) => sets.every((s) => s.has(id))),
    asker,
  );
}

/** Moves from one period to another for the people scored in both. */
export const movesOf = (from: string, to: string, g: Group = {}): Array<{ id: string; change: number }> => {
  scored(from, g);
  scored(to, g);
  return changes(from, to, g);
};

/** The one person with the biggest rise (or fall); no tie, no leaver, not the asker. */
export function biggestMove(from: string, to: string, way: 'rise' | 'fall', g: Group = {}, asker?: string): { id: string; change: number } {
  const all = movesOf(from, to, g).sort((a, b) => (way === 'rise' ? b.change - a.change : a.change - b.change));
  if (all.length > 1 && all[0]!.change === all[1]!.change) throw new Error('tied moves');
  checked([all[0]!.id], asker);
  return all[0]!;
}

/** The team whose mean is highest (or lowest) in a period, or whose mean moved most; one clear team. */
export function teamBy(value: (code: string) => number, way: 'highest' | 'lowest'): string {
  const all = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((t) => ({ t, v: value(t) })).sort((a, b) => (way === 'highest' ? b.v - a.v : a.v - b.v));
  if (all[0]!.v === all[1]!.v) throw new Error('teams tied');
  return all[0]!.t;
}

/** The people of a group (now) scored in a period. */
export const scoredPeople = (period: string, g: Group = {}): string[] => scored(period, g).map((s) => s.id);

export { peopleIn };
