/*
 * practice64 — scores and who works here, behind the long messages, beside oracle/practice64-figures.ts. A final score
 * is recomputed from its three inputs (their mean rounded half-up to two decimals, API.md) and checked against the data
 * set's own rounding and the shared score oracle; a group's mean and median against the shared statistics. A "top n"
 * whose n-th place ties with the next, a list against a line with a score on it, two teams too close to call, and a
 * list that changes with or without those who have left or the asker all throw. Headcounts, hires, leavers and tenure
 * are counted from the people and checked against the shared people oracle. Written code-blind from API.md, docs/API.md
 * and the README; reads only the data set and the other oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import type { Person } from '../dataset/people';
import { finalScore } from '../dataset/scores';
import { headcount as sharedHeadcount, hiredBetween, leftBetween, tenureYears } from './people-figures';
import { agree } from './practice58-figures';
import { membersOf, round, stillHere, team, type Group, type Range } from './practice64-figures';
import { scoreOf, stats } from './score-figures';

/* ---- Scores. ---- */

/** A final score from its three inputs (mean, half-up to two decimals), checked against the shared score oracle. */
export function scoreFor(id: string, period: string): number {
  const s = dataset().scores.find((x) => x.employee === id && x.period === period);
  if (!s) throw new Error(`${id} has no score for ${period}`);
  const mine = round((s.kpi + s.completedTask + s.feedback360) / 3, 2);
  return agree([mine, finalScore(s), scoreOf(id, period) ?? Number.NaN]);
}

function scoresOf(g: Group, period: string): Array<{ id: string; score: number }> {
  return membersOf(g)
    .filter((p) => dataset().scores.some((s) => s.employee === p.id && s.period === period))
    .map((p) => ({ id: p.id, score: scoreFor(p.id, period) }));
}

const meanOfList = (list: Array<{ score: number }>) => round(list.reduce((s, x) => s + x.score, 0) / list.length, 2);
function medianOfList(list: Array<{ score: number }>): number {
  const v = list.map((x) => x.score).sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return round(v.length % 2 === 1 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2, 2);
}

/**
 * A group's mean score in a period, checked against the shared statistics; the same with and without the scores of
 * those who have left since (else "the team's average" is in doubt).
 */
export function meanOf(g: Group, period: string): number {
  const list = scoresOf(g, period);
  if (list.length === 0) throw new Error(`no scores in ${period}`);
  const mine = agree([meanOfList(list), meanOfList(list.filter((x) => stillHere(person(x.id))))]);
  if (g.position === undefined && g.ids === undefined) agree([mine, stats([period], { team: g.team }).mean]);
  return mine;
}
/** A group's median score in a period, likewise. */
export function medianOf(g: Group, period: string): number {
  const list = scoresOf(g, period);
  const mine = agree([medianOfList(list), medianOfList(list.filter((x) => stillHere(person(x.id))))]);
  if (g.position === undefined && g.ids === undefined) agree([mine, stats([period], { team: g.team }).median]);
  return mine;
}
/** The highest score less the lowest, with and without those who have left. */
export function spreadOf(g: Group, period: string): number {
  const spread = (list: Array<{ score: number }>) => round(Math.max(...list.map((x) => x.score)) - Math.min(...list.map((x) => x.score)), 2);
  const list = scoresOf(g, period);
  return agree([spread(list), spread(list.filter((x) => stillHere(person(x.id))))]);
}

/**
 * The n at one end of a period's scores (ties by name), with and without those who have left and the asker; the n-th
 * and the next must not tie, or "the top n" is in doubt.
 */
export function endsOf(g: Group, period: string, n: number, direction: 'top' | 'bottom', asker?: string): string[] {
  const keeps: Array<(p: Person) => boolean> = [() => true, stillHere, (p) => p.id !== asker];
  return agree(
    keeps.map((keep) => {
      const sorted = scoresOf(g, period)
        .filter((x) => keep(person(x.id)))
        .sort((a, b) => (direction === 'top' ? b.score - a.score : a.score - b.score) || person(a.id).name.localeCompare(person(b.id).name));
      if (sorted.length > n && sorted[n - 1]!.score === sorted[n]!.score) throw new Error(`a tie at place ${n}`);
      return sorted
        .slice(0, n)
        .map((x) => x.id)
        .sort();
    }),
  );
}

/** The people of a group whose score passes a test, clear of the line by more than 0.05, with and without leavers. */
export function scoredWhere(g: Group, period: string, line: number, side: 'above' | 'below', asker?: string): string[] {
  const list = scoresOf(g, period);
  if (list.some((x) => Math.abs(x.score - line) <= 0.05)) throw new Error(`a score sits on the line ${line}`);
  const found = list
    .filter((x) => (side === 'above' ? x.score > line : x.score < line))
    .map((x) => x.id)
    .sort();
  const readings = [found, found.filter((id) => stillHere(person(id)))];
  return agree(asker === undefined ? readings : [...readings, ...readings.map((l) => l.filter((id) => id !== asker))]);
}

/** Each person's move from one period to the next (people scored in both), the biggest rise first (ties by name). */
export function mostImprovedIn(g: Group, from: string, to: string): string {
  const moves = scoresOf(g, to)
    .filter((x) => dataset().scores.some((s) => s.employee === x.id && s.period === from))
    .map((x) => ({ id: x.id, move: round(x.score - scoreFor(x.id, from), 2) }))
    .sort((a, b) => b.move - a.move || person(a.id).name.localeCompare(person(b.id).name));
  if (moves.length > 1 && moves[0]!.move === moves[1]!.move) throw new Error('a tie for the biggest rise');
  return moves[0]!.id;
}

/** The team with the highest mean score in a period, clear of the next, the same with and without those who have left. */
export function topTeam(period: string): string {
  const top = (keep: (p: Person) => boolean) => {
    const means = ['AI', 'DAT', 'DEV', 'QA', 'SEC']
      .map((t) => ({ t, m: meanOfList(scoresOf(team(t), period).filter((x) => keep(person(x.id)))) }))
      .sort((a, b) => b.m - a.m);
    if (means[0]!.m - means[1]!.m <= 0.05) throw new Error('the top teams are too close');
    return means[0]!.t;
  };
  return agree([top(() => true), top(stillHere)]);
}

/* ---- Who works here. ---- */

/** People employed today in a group, counted here and by the shared people oracle. */
export function heads(g: Group): number {
  const mine = membersOf(g).filter((p) => p.hire <= TODAY && stillHere(p)).length;
  if (g.ids === undefined) agree([mine, sharedHeadcount({ team: g.team, position: g.position })]);
  return mine;
}
export function joinedIn([from, to]: Range, g: Group = {}): string[] {
  const mine = membersOf(g)
    .filter((p) => from <= p.hire && p.hire <= to)
    .map((p) => p.id)
    .sort();
  return agree([mine, [...hiredBetween(from, to, g.team)].sort()]);
}
export function leftDuring([from, to]: Range, g: Group = {}): string[] {
  const mine = membersOf(g)
    .filter((p) => p.end !== null && from <= p.end && p.end <= to)
    .map((p) => p.id)
    .sort();
  return agree([mine, [...leftBetween(from, to, g.team)].sort()]);
}
/** Whole years of service today, from the dates and from the shared oracle. */
export function yearsHere(id: string): number {
  const p = person(id);
  const n = Number(TODAY.slice(0, 4)) - Number(p.hire.slice(0, 4)) - (TODAY.slice(5) < p.hire.slice(5) ? 1 : 0);
  return agree([n, tenureYears(p)]);
}
/** The one person of a group (still here) hired first or last, with and without the asker. */
export function byHire(g: Group, which: 'first' | 'last', asker?: string): string {
  const pick = (keep: (p: Person) => boolean) => {
    const sorted = membersOf(g)
      .filter((p) => stillHere(p) && keep(p))
      .sort((a, b) => a.hire.localeCompare(b.hire));
    const list = which === 'first' ? sorted : sorted.reverse();
    if (list[0]!.hire === list[1]!.hire) throw new Error('two hired the same day');
    return list[0]!.id;
  };
  return agree([pick(() => true), pick((p) => p.id !== asker)]);
}
