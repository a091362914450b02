/* Score figures: a person's final score, statistics over a group and a period, rankings (ties by name), changes. */
import { dataset, person } from '../dataset/dataset';
import { finalScore } from '../dataset/scores';
import type { Scope } from './attendance-figures';

export interface ScoreStats {
  count: number;
  mean: number;
  min: number;
  max: number;
  median: number;
}

const round = (n: number, places = 2) => Math.round((n + Number.EPSILON) * 10 ** places) / 10 ** places;

export function scoreOf(id: string, period: string): number | null {
  const s = dataset().scores.find((x) => x.employee === id && x.period === period);
  return s ? finalScore(s) : null;
}

/** Scores follow the employee's team (API.md: scores are not dated). */
export function scoresIn(periods: string[], scope: Scope = {}): Array<{ id: string; period: string; score: number }> {
  return dataset()
    .scores.filter((s) => periods.includes(s.period))
    .filter((s) => (scope.team === undefined || person(s.employee).team === scope.team) && (scope.ids === undefined || scope.ids.includes(s.employee)))
    .map((s) => ({ id: s.employee, period: s.period, score: finalScore(s) }));
}

export function stats(periods: string[], scope: Scope = {}): ScoreStats {
  const values = scoresIn(periods, scope)
    .map((s) => s.score)
    .sort((a, b) => a - b);
  if (values.length === 0) throw new Error(`no scores in ${periods.join(', ')}`);
  const mid = Math.floor(values.length / 2);
  const median = values.length % 2 === 1 ? values[mid]! : (values[mid - 1]! + values[mid]!) / 2;
  return {
    count: values.length,
    mean: round(values.reduce((a, b) => a + b, 0) / values.length),
    min: values[0]!,
    max: values[values.length - 1]!,
    median: round(median),
  };
}

export function rank(period: string, n: number, direction: 'top' | 'bottom', scope: Scope = {}): string[] {
  return scoresIn([period], scope)
    .sort((a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score) || person(a.id).name.localeCompare(person(b.id).name))
    .slice(0, n)
    .map((s) => s.id);
}

/** Score change from one period to another, for people scored in both. */
export function changes(from: string, to: string, scope: Scope = {}): Array<{ id: string; change: number }> {
  const before = new Map(scoresIn([from], scope).map((s) => [s.id, s.score]));
  return scoresIn([to], scope)
    .filter((s) => before.has(s.id))
    .map((s) => ({ id: s.id, change: round(s.score - before.get(s.id)!) }));
}

export function mostImproved(from: string, to: string, scope: Scope = {}): { id: string; change: number } {
  const all = changes(from, to, scope).sort((a, b) => b.change - a.change || person(a.id).name.localeCompare(person(b.id).name));
  return all[0]!;
}

export const scoredAbove = (period: string, threshold: number, scope: Scope = {}) =>
  scoresIn([period], scope)
    .filter((s) => s.score > threshold)
    .map((s) => s.id);

export const scoredBelow = (period: string, threshold: number, scope: Scope = {}) =>
  scoresIn([period], scope)
    .filter((s) => s.score < threshold)
    .map((s) => s.id);

export function kpiOf(id: string, period: string): number | null {
  return dataset().scores.find((x) => x.employee === id && x.period === period)?.kpi ?? null;
}

/** The biggest fall from one period to the other, for people scored in both (ties by name). Added for practice2. */
export function mostDeclined(from: string, to: string, scope: Scope = {}): { id: string; change: number } {
  const all = changes(from, to, scope).sort((a, b) => a.change - b.change || person(a.id).name.localeCompare(person(b.id).name));
  return all[0]!;
}

/** The mean per period, in the order given: a trend. Added for practice2. */
export const meansOver = (periods: string[], scope: Scope = {}): number[] => periods.map((p) => stats([p], scope).mean);

/** Teams by their mean score in the period, highest first (ties by code). Added for practice3. */
export function teamsByMean(period: string): string[] {
  return ['AI', 'DAT', 'DEV', 'QA', 'SEC']
    .map((team) => ({ team, mean: stats([period], { team }).mean }))
    .sort((a, b) => b.mean - a.mean || a.team.localeCompare(b.team))
    .map((t) => t.team);
}
