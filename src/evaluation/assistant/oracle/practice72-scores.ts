/*
 * practice72 — score figures for the quarterly review, on the shared score-figures.ts: a quarter's final scores (the
 * mean of the three inputs, half-up to two decimals; a team's follow the employee; a leaver's score of a quarter they
 * were scored in counts, as the REST summary holds it) summed up as the mean, median, lowest, highest and spread
 * (highest less lowest), for everyone, a team, a level (position) or a level within a team; rankings (ties by name);
 * the moves between two quarters of the people scored in both; shares and counts against a line; teams by their mean.
 * Guards, each throwing rather than guessing: a group picked by level holding a leaver's score; a manager's "my team" figure must be the same without the manager; a list
 * or ranking must hold no leaver (the staff then or now) and not be tied at its cut; a "most" has one clear top; a line
 * nobody sits on exactly ("above 80" and "80 or more" must agree); a comparison whose sides are not within 0.05.
 * Written code-blind from API.md, docs/API.md and the README.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { employedOn } from './absence';
import type { Scope } from './attendance-figures';
import { changes, scoresIn, stats, type ScoreStats } from './score-figures';
import { TEAM_CODES, withoutAsker } from './practice72-attendance';

const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;
const hasLeft = (id: string) => !employedOn(person(id), TODAY);

export type Stat = 'mean' | 'median' | 'min' | 'max' | 'spread';

function statOf(s: ScoreStats, which: Stat): number {
  return which === 'spread' ? round2(s.max - s.min) : s[which];
}

/**
 * A group picked by level (a list of ids) holding a leaver scored in the quarter reads two ways (the level's people
 * then, or the active ones now); a team's or everyone's scores are the REST summary's, leavers' scores included.
 */
function steadyGroup(period: string, scope: Scope): void {
  if (scope.ids === undefined) return;
  const gone = scoresIn([period], scope).filter((s) => hasLeft(s.id));
  if (gone.length > 0) throw new Error(`a leaver scored in ${period} in a group picked by level: ${gone.map((s) => s.id).join(', ')}`);
}

/** A statistic of a quarter's scores; for a manager's "my team", the same without the manager. */
export function stat(which: Stat, period: string, scope: Scope = {}, asker?: string): number {
  steadyGroup(period, scope);
  const value = statOf(stats([period], scope), which);
  if (asker !== undefined && statOf(stats([period], withoutAsker(scope, asker)), which) !== value) throw new Error(`the ${which} differs without ${asker}`);
  return value;
}
export const mean = (period: string, scope: Scope = {}, asker?: string): number => stat('mean', period, scope, asker);
export const median = (period: string, scope: Scope = {}, asker?: string): number => stat('median', period, scope, asker);
export const lowest = (period: string, scope: Scope = {}, asker?: string): number => stat('min', period, scope, asker);
export const highest = (period: string, scope: Scope = {}, asker?: string): number => stat('max', period, scope, asker);
export const spread = (period: string, scope: Scope = {}, asker?: string): number => stat('spread', period, scope, asker);

/** How many were scored in the quarter. */
export const scoredCount = (period: string, scope: Scope = {}): number => scoresIn([period], scope).length;

/** The means of several quarters, in order: a trend. */
export const meansOver = (periods: readonly string[], scope: Scope = {}): number[] => periods.map((p) => mean(p, scope));

/** One person's final score; throws when they were not scored. */
export function scoreOf(id: string, period: string): number {
  const s = scoresIn([period], { ids: [id] })[0];
  if (!s) throw new Error(`${id} has no score in ${period}`);
  return s.score;
}

function guardList(ids: string[], asker?: string): string[] {
  if (ids.some(hasLeft)) throw new Error(`a leaver in the list: ${ids.filter(hasLeft).join(', ')}`);
  if (asker !== undefined && ids.includes(asker)) throw new Error(`${asker} is in their own team's list`);
  return ids;
}

/** The top (or bottom) n of a quarter: no tie at the cut, no leaver, not the asking manager. */
export function ranked(period: string, n: number, direction: 'top' | 'bottom', scope: Scope = {}, asker?: string): string[] {
  const sorted = scoresIn([period], scope).sort(
    (a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score) || person(a.id).name.localeCompare(person(b.id).name),
  );
  if (sorted.length < n) throw new Error(`fewer than ${n} scored`);
  if (sorted.length > n && sorted[n - 1]!.score === sorted[n]!.score) throw new Error(`tie at the cut of ${n} in ${period}`);
  return guardList(
    sorted.slice(0, n).map((s) => s.id),
    asker,
  );
}

/** A line nobody's score sits on (within half a hundredth): "above 80" and "80 or more" agree. */
function offTheLine(period: string, line: number, scope: Scope): void {
  const on = scoresIn([period], scope).filter((s) => Math.abs(s.score - line) < 0.005);
  if (on.length > 0) throw new Error(`${on.map((s) => s.id).join(', ')} scored exactly ${line}`);
}

/** The people of a scope scored above (or below) a line in the quarter, guarded like a ranking. */
export function scoredPast(period: string, way: 'above' | 'below', line: number, scope: Scope = {}, asker?: string): string[] {
  offTheLine(period, line, scope);
  return guardList(
    scoresIn([period], scope)
      .filter((s) => (way === 'above' ? s.score > line : s.score < line))
      .map((s) => s.id),
    asker,
  );
}

/** How many of a scope scored above (or below) a line: leavers scored in the quarter count (it is a count of scores). */
export function countPast(period: string, way: 'above' | 'below', line: number, scope: Scope = {}, asker?: string): number {
  offTheLine(period, line, scope);
  steadyGroup(period, scope);
  const hit = (sc: Scope) => scoresIn([period], sc).filter((s) => (way === 'above' ? s.score > line : s.score < line)).length;
  const value = hit(scope);
  if (asker !== undefined && hit(withoutAsker(scope, asker)) !== value) throw new Error(`the count differs without ${asker}`);
  return value;
}

/** The share of a quarter's scores above (or below) a line, over the people scored in it. */
export function sharePast(period: string, way: 'above' | 'below', line: number, scope: Scope = {}): number {
  offTheLine(period, line, scope);
  steadyGroup(period, scope);
  const all = scoresIn([period], scope);
  const hits = all.filter((s) => (way === 'above' ? s.score > line : s.score < line)).length;
  return Math.round((hits / all.length) * 10000) / 10000;
}

/** The one person with the biggest rise (or fall) between two quarters: a clear top, a real move, no leaver, not the manager. */
export function biggestMove(from: string, to: string, way: 'rise' | 'fall', scope: Scope = {}, asker?: string): { id: string; change: number } {
  const all = changes(from, to, scope).sort((a, b) => (way === 'rise' ? b.change - a.change : a.change - b.change));
  if (all.length < 2) throw new Error('fewer than two people scored in both');
  if (all[0]!.change === all[1]!.change) throw new Error('tied at the top of the moves');
  if (way === 'rise' ? all[0]!.change <= 0 : all[0]!.change >= 0) throw new Error(`nobody's score ${way === 'rise' ? 'rose' : 'fell'}`);
  guardList([all[0]!.id], asker);
  return all[0]!;
}

/** Who went up (or down) between two quarters, of those scored in both, guarded like a list. */
export const movers = (from: string, to: string, way: 'up' | 'down', scope: Scope = {}, asker?: string): string[] =>
  guardList(
    changes(from, to, scope)
      .filter((c) => (way === 'up' ? c.change > 0 : c.change < 0))
      .map((c) => c.id),
    asker,
  );

/** How many went up (or down) between two quarters, of those scored in both (nobody unchanged: "not up" reads two ways). */
export function moverCount(from: string, to: string, way: 'up' | 'down', scope: Scope = {}): number {
  const all = changes(from, to, scope);
  if (all.some((c) => c.change === 0)) throw new Error('someone did not move');
  if (all.some((c) => hasLeft(c.id))) throw new Error('a leaver among the movers');
  return all.filter((c) => (way === 'up' ? c.change > 0 : c.change < 0)).length;
}

/** The one team with the highest (or lowest) statistic in the quarter. */
export function topTeam(period: string, which: Stat, direction: 'highest' | 'lowest'): string {
  const values = TEAM_CODES.map((t) => ({ t, v: stat(which, period, { team: t }) })).sort((a, b) => (direction === 'highest' ? b.v - a.v : a.v - b.v));
  if (Math.abs(values[0]!.v - values[1]!.v) < 0.05) throw new Error('teams tied at the top');
  return values[0]!.t;
}

/** The teams whose mean in the quarter is above (or below) a line, none within 0.05 of it. */
export function teamsPast(period: string, way: 'above' | 'below', line: number): string[] {
  return TEAM_CODES.filter((t) => {
    const m = mean(period, { team: t });
    if (Math.abs(m - line) < 0.05) throw new Error(`${t} averages ${m}, on the line ${line}`);
    return way === 'above' ? m > line : m < line;
  });
}

/** The one team whose mean moved most (up or down) between two quarters. */
export function teamMovedMost(from: string, to: string, way: 'rise' | 'fall'): { team: string; change: number } {
  const moves = TEAM_CODES.map((t) => ({ team: t, change: round2(mean(to, { team: t }) - mean(from, { team: t })) })).sort((a, b) =>
    way === 'rise' ? b.change - a.change : a.change - b.change,
  );
  if (Math.abs(moves[0]!.change - moves[1]!.change) < 0.05) throw new Error('teams tied in their move');
  return moves[0]!;
}

/** The people of a team (or level) scored in a quarter above their own group's mean, guarded like a list. */
export function aboveOwnMean(period: string, scope: Scope, asker?: string): string[] {
  const m = mean(period, scope);
  return guardList(
    scoresIn([period], scope)
      .filter((s) => {
        if (Math.abs(s.score - m) < 0.05) throw new Error(`${s.id} sits on the mean`);
        return s.score > m;
      })
      .map((s) => s.id),
    asker,
  );
}

/** Two figures held against each other: they must differ by at least the margin, so the verdict reads one way. */
export function apart(a: number, b: number, margin: number): { a: number; b: number; firstHigher: boolean } {
  if (Math.abs(a - b) < margin) throw new Error(`${a} and ${b} are too close to call`);
  return { a, b, firstHigher: a > b };
}

/** Everyone of a position (within a team) as a scope, leavers included (their scores of a quarter count). */
export const levelScope = (position: string, code?: string): Scope => ({
  ids: dataset()
    .people.filter((p) => p.position === position && (code === undefined || p.team === code))
    .map((p) => p.id),
});
