/*
 * practice63 — the HR admin's people analytics, part two: performance scores. A final score is the mean of the three
 * inputs rounded half-up to two decimals (API.md), worked out here in whole hundredths and checked against the data
 * set's finalScore; a group's statistics (count, mean, median, lowest, highest, spread) are worked out here and checked
 * against the shared score oracle; a team's or a level's scores are those of the people in it now (API.md: scores are
 * not dated and follow the employee), everyone scored in the quarter (a leaver's recorded score included, as the
 * summary route counts it). Rankings, falls and rises refuse a tie at their cut, and a ranking or a list must come out
 * the same with and without the people who have since left (else it is in doubt and throws). Written code-blind from
 * API.md, docs/API.md and the README; reads only the data set (dataset/*) and the other oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { finalScore, type Score } from '../dataset/scores';
import type { Position } from '../dataset/people';
import { score, type Figure } from '../expectation';
import { near } from './practice10-figures';
import { agreed } from './practice16-figures';
import { stats } from './score-figures';
import { levelLabel, teamLabel, TEAM_CODES } from './practice63-figures';

export const Q4_24 = '2024-Q4';
export const Q1 = '2025-Q1';
export const Q2 = '2025-Q2';
export const Q3 = '2025-Q3';
export const QUARTERS = [Q4_24, Q1, Q2, Q3] as const;
/** "Last quarter", asked in Q4 2025: the latest scored quarter. */
export const LAST_QUARTER = Q3;

/** The final score in whole hundredths, half-up: the inputs are whole numbers, so their sum × 100 ÷ 3 is never a tie. */
function finalOf(s: Score): number {
  const sum = s.kpi + s.completedTask + s.feedback360;
  const own = Math.floor((sum * 100 + 1.5) / 3) / 100;
  if (Math.abs(own - finalScore(s)) > 1e-9) throw new Error(`final score of ${s.employee} in ${s.period}: ${own} against ${finalScore(s)}`);
  return own;
}

export interface Who {
  team?: string;
  position?: Position;
  ids?: string[];
  /** Leave out the people who have left by today. */
  current?: boolean;
}

const stillHere = (id: string): boolean => {
  const p = person(id);
  return p.end === null || p.end >= TODAY;
};

const fits = (id: string, w: Who): boolean => {
  const p = person(id);
  return (
    (w.team === undefined || p.team === w.team) &&
    (w.position === undefined || p.position === w.position) &&
    (w.ids === undefined || w.ids.includes(id)) &&
    (!w.current || stillHere(id))
  );
};

/** Everyone of the group scored in the period, with their final score. */
export function scoresOf(period: string, w: Who = {}): Array<{ id: string; score: number }> {
  return dataset()
    .scores.filter((s) => s.period === period && fits(s.employee, w))
    .map((s) => ({ id: s.employee, score: finalOf(s) }));
}

/** One person's final score in a period (throws when they have none). */
export function scoreIn(id: string, period: string): number {
  const found = scoresOf(period, { ids: [id] });
  if (found.length !== 1) throw new Error(`${id} has no score in ${period}`);
  return found[0]!.score;
}

const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;

export interface Stats {
  count: number;
  mean: number;
  median: number;
  min: number;
  max: number;
  spread: number;
}

/** A group's statistics in a period, checked against the shared oracle (and the mean against the unrounded inputs). */
export function statsOf(period: string, w: Who = {}): Stats {
  const values = scoresOf(period, w)
    .map((s) => s.score)
    .sort((a, b) => a - b);
  if (values.length === 0) throw new Error(`nobody scored in ${period}`);
  const n = values.length;
  const mean = round2(values.reduce((a, b) => a + b, 0) / n);
  const median = round2(n % 2 === 1 ? values[(n - 1) / 2]! : (values[n / 2 - 1]! + values[n / 2]!) / 2);
  const own: Stats = { count: n, mean, median, min: values[0]!, max: values[n - 1]!, spread: round2(values[n - 1]! - values[0]!) };
  // Second way: the shared oracle over the same people; and the mean from the raw inputs, unrounded.
  const ids = scoresOf(period, w).map((s) => s.id);
  const shared = stats([period], { ids });
  if (shared.count !== own.count || shared.mean !== own.mean || shared.min !== own.min || shared.max !== own.max || shared.median !== own.median) {
    throw new Error(`statistics of ${period} disagree with the shared oracle`);
  }
  const raw =
    dataset()
      .scores.filter((s) => s.period === period && ids.includes(s.employee))
      .reduce((a, s) => a + (s.kpi + s.completedTask + s.feedback360) / 3, 0) / n;
  if (Math.abs(raw - mean) > 0.02) throw new Error(`the mean of ${period} is in doubt: ${mean} against ${raw}`);
  return own;
}

export const meanOf = (period: string, w: Who = {}): number => statsOf(period, w).mean;

/** A mean or other score figure next to a team's name. */
export const teamScore = (team: string, value: number): Figure => near(score(value), teamLabel(team));
/** A mean next to a level's name. */
export const levelScore = (position: Position, value: number): Figure => near(score(value), levelLabel(position));

/** Each team's mean in a period, next to its name. */
export const meansPerTeam = (period: string): Figure[] => TEAM_CODES.map((team) => teamScore(team, meanOf(period, { team })));

/** Teams by their mean in a period, highest first; throws when two neighbours are within 0.1 of each other. */
export function teamsByMean(period: string): string[] {
  const readings = [false, true].map((current) => {
    const sorted = TEAM_CODES.map((team) => ({ team, mean: meanOf(period, { team, current }) })).sort((a, b) => b.mean - a.mean);
    for (let i = 1; i < sorted.length; i += 1) if (sorted[i - 1]!.mean - sorted[i]!.mean < 0.1) throw new Error('two teams are too close to rank');
    return sorted.map((t) => t.team);
  });
  return agreed(readings);
}

/** The teams whose mean in a period passes a line; no team may stand within 0.1 of it. */
export function teamsWithMean(period: string, passes: (mean: number) => boolean, line: number): string[] {
  const readings = [false, true].map((current) =>
    TEAM_CODES.filter((team) => {
      const mean = meanOf(period, { team, current });
      if (Math.abs(mean - line) < 0.1) throw new Error(`${team}'s mean ${mean} is too near ${line}`);
      return passes(mean);
    }),
  );
  return agreed(readings);
}

/** A ranking of people by score in a period, n of them; the same with and without leavers, no tie at the cut. */
export function ranked(period: string, n: number, direction: 'top' | 'bottom', w: Who = {}): string[] {
  const readings = [w, { ...w, current: true }].map((who) => {
    const sorted = scoresOf(period, who).sort((a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score));
    if (sorted.length < n) throw new Error(`fewer than ${n} scored`);
    if (sorted.length > n && sorted[n - 1]!.score === sorted[n]!.score) throw new Error(`a tie at the cut of ${n}`);
    return sorted.slice(0, n).map((s) => s.id);
  });
  return agreed(readings);
}

/** The people of a group scoring strictly above (or below) a line in a period; nobody on the line; with and without leavers alike. */
export function scoredPast(period: string, line: number, side: 'above' | 'below', w: Who = {}): string[] {
  const readings = [w, { ...w, current: true }].map((who) =>
    scoresOf(period, who)
      .filter((s) => {
        if (Math.abs(s.score - line) < 0.06) throw new Error(`${s.id} scored ${s.score}, on the line ${line}`);
        return side === 'above' ? s.score > line : s.score < line;
      })
      .map((s) => s.id),
  );
  return agreed(readings);
}

/** The people of a group scored in a band, both marks included; nobody within a hair of either mark. */
export function scoredBetween(period: string, low: number, high: number, w: Who = {}): string[] {
  const readings = [w, { ...w, current: true }].map((who) =>
    scoresOf(period, who)
      .filter((s) => {
        if (Math.abs(s.score - low) < 0.06 || Math.abs(s.score - high) < 0.06) throw new Error(`${s.id} is on a mark`);
        return low <= s.score && s.score <= high;
      })
      .map((s) => s.id),
  );
  return agreed(readings);
}

/** Each person's change between two quarters (later less earlier), for the people of the group scored in both. */
export function movesOf(from: string, to: string, w: Who = {}): Array<{ id: string; change: number }> {
  const before = new Map(scoresOf(from, w).map((s) => [s.id, s.score]));
  return scoresOf(to, w)
    .filter((s) => before.has(s.id))
    .map((s) => ({ id: s.id, change: round2(s.score - before.get(s.id)!) }));
}

/** The n biggest rises (or falls); no tie at the cut, the same with and without leavers, every move in the asked way. */
export function biggestMoves(from: string, to: string, n: number, direction: 'up' | 'down', w: Who = {}): Array<{ id: string; change: number }> {
  const readings = [w, { ...w, current: true }].map((who) => {
    const sorted = movesOf(from, to, who).sort((a, b) => (direction === 'up' ? b.change - a.change : a.change - b.change));
    if (sorted.length > n && sorted[n - 1]!.change === sorted[n]!.change) throw new Error('a tie at the cut of the moves');
    const top = sorted.slice(0, n);
    if (top.length < n || top.some((m) => (direction === 'up' ? m.change <= 0 : m.change >= 0))) throw new Error(`fewer than ${n} went ${direction}`);
    return top;
  });
  return agreed(readings);
}

/** The people of a group who went up (or down) between two quarters; nobody unchanged counts; the same without leavers. */
export function wentWay(from: string, to: string, direction: 'up' | 'down', w: Who = {}): string[] {
  return agreed(
    [w, { ...w, current: true }].map((who) =>
      movesOf(from, to, who)
        .filter((m) => (direction === 'up' ? m.change > 0 : m.change < 0))
        .map((m) => m.id),
    ),
  );
}

/** The people of a group whose score moved by more than a number of points the asked way; nobody within 0.06 of it. */
export function movedMoreThan(from: string, to: string, points: number, direction: 'up' | 'down', w: Who = {}): string[] {
  const readings = [w, { ...w, current: true }].map((who) =>
    movesOf(from, to, who)
      .filter((m) => {
        const size = direction === 'up' ? m.change : -m.change;
        if (Math.abs(size - points) < 0.06) throw new Error(`${m.id} moved ${m.change}, on the line`);
        return size > points;
      })
      .map((m) => m.id),
  );
  return agreed(readings);
}

/** The move of a group's mean between two quarters (later less earlier), in points to two places. */
export const meanMove = (from: string, to: string, w: Who = {}): number => round2(meanOf(to, w) - meanOf(from, w));

/** The team whose mean moved the most the asked way between two quarters; throws on a near tie. */
export function teamMovingMost(from: string, to: string, direction: 'up' | 'down'): string {
  const readings = [false, true].map((current) => {
    const sorted = TEAM_CODES.map((team) => ({ team, move: round2(meanOf(to, { team, current }) - meanOf(from, { team, current })) })).sort((a, b) =>
      direction === 'up' ? b.move - a.move : a.move - b.move,
    );
    if (Math.abs(sorted[0]!.move - sorted[1]!.move) < 0.1) throw new Error('two teams moved alike');
    return sorted[0]!.team;
  });
  return agreed(readings);
}

/** Whether a is clearly above b (more than 0.1 apart), for a yes or no. */
export function clearlyHigher(a: number, b: number): boolean {
  if (Math.abs(a - b) <= 0.1) throw new Error(`${a} and ${b} are too close to call`);
  return a > b;
}

/** The best scorer of each team in a period (the same with and without leavers, no tie). */
export const bestPerTeam = (period: string): string[] => TEAM_CODES.flatMap((team) => ranked(period, 1, 'top', { team }));

/** Everyone tied at the top of the rises (or falls) between two quarters — "the most" with no number names them all. */
export function tiedTop(from: string, to: string, direction: 'up' | 'down', w: Who = {}): { ids: string[]; change: number } {
  const readings = [w, { ...w, current: true }].map((who) => {
    const moves = movesOf(from, to, who);
    const best = direction === 'up' ? Math.max(...moves.map((m) => m.change)) : Math.min(...moves.map((m) => m.change));
    if (direction === 'up' ? !(best > 0) : !(best < 0)) throw new Error(`nobody went ${direction}`);
    return { ids: moves.filter((m) => m.change === best).map((m) => m.id), change: best };
  });
  return agreed(readings);
}

/** The team with the highest (or lowest) mean in a period, 0.1 or more clear of the next, with and without leavers alike. */
export function extremeTeamByMean(period: string, which: 'highest' | 'lowest'): string {
  const readings = [false, true].map((current) => {
    const sorted = TEAM_CODES.map((team) => ({ team, mean: meanOf(period, { team, current }) })).sort((a, b) =>
      which === 'highest' ? b.mean - a.mean : a.mean - b.mean,
    );
    if (Math.abs(sorted[0]!.mean - sorted[1]!.mean) < 0.1) throw new Error(`the ${which} team is too close to call`);
    return sorted[0]!.team;
  });
  return agreed(readings);
}
