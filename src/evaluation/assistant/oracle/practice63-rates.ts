/*
 * practice63 — the HR admin's people analytics, part three: attendance rates across teams and levels. A rate is the
 * attended share of what was expected over the closed days of the range, pooled (API.md: Σ min(a, e) ÷ Σ e; a record
 * with status present, late or half-day attends, a half holiday or half-day leave expects half a day, nobody is
 * expected before tracking starts, outside their employment, on weekends or whole holidays); each person counts in the
 * team they belonged to that day (nobody in the data set moves). The expected fraction is worked out again here from
 * the holidays and the approved leave of the data set, and every rate is checked against the shared oracle's totals().
 * A level's rate (every one of that position employed on the day, leavers' days included) must agree with the same
 * level without the leavers to the grader's precision, or it throws. Rankings and lines refuse rates too close to
 * call. Written code-blind from API.md's absence rule, docs/API.md and the README; reads only the data set and the
 * other oracle modules.
 */
import { HOLIDAYS, LEAVE, TODAY, TRACKING_START } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, isWeekend, type Day } from '../dataset/dates';
import type { Person, Position } from '../dataset/people';
import { rate, type Figure } from '../expectation';
import { recordOf, totals } from './attendance-figures';
import { near } from './practice10-figures';
import { levelLabel, teamLabel, TEAM_CODES, type Range } from './practice63-figures';

/** This module's own expected fraction of a person on a day (see the header). */
function expected(p: Person, day: Day): number {
  if (day < TRACKING_START || day < p.hire || (p.end !== null && day > p.end) || isWeekend(day)) return 0;
  let am = false;
  let pm = false;
  const take = (half: 'am' | 'pm' | null) => {
    if (half !== 'pm') am = true;
    if (half !== 'am') pm = true;
  };
  for (const h of HOLIDAYS) if (h.date === day && (h.team === null || h.team === p.team)) take(h.half);
  for (const l of LEAVE) if (l.employee === p.id && l.status === 'approved' && l.from <= day && day <= l.to) take(l.half);
  return (am ? 0 : 0.5) + (pm ? 0 : 0.5);
}

const round4 = (n: number) => Math.round((n + Number.EPSILON) * 10_000) / 10_000;

/** The pooled rate of some people over a range, worked out here and checked against totals(); null when nothing was expected. */
export function rateFor(ids: string[], [from, to]: Range): number | null {
  let attended = 0;
  let due = 0;
  for (const id of ids) {
    const p = person(id);
    for (const day of daysBetween(from, to)) {
      if (day >= TODAY) continue;
      const e = expected(p, day);
      const r = recordOf(id, day);
      const a = r !== undefined && r.status !== 'absent' ? 1 : 0;
      due += e;
      attended += Math.min(a, e);
    }
  }
  const own = due > 0 ? round4(attended / due) : null;
  const shared = totals({ ids }, from, to).rate;
  if (own !== shared) throw new Error(`rates disagree over ${from}…${to}: ${own} against ${shared}`);
  return own;
}

/** A rate that must exist. */
function sure(r: number | null): number {
  if (r === null) throw new Error('nothing to rate');
  return r;
}

const everyone = (): string[] => dataset().people.map((p) => p.id);
const teamIds = (team: string): string[] =>
  dataset()
    .people.filter((p) => p.team === team)
    .map((p) => p.id);
const stillHere = (id: string): boolean => {
  const p = person(id);
  return p.end === null || p.end >= TODAY;
};

export const companyRate = (range: Range): number => sure(rateFor(everyone(), range));
export const teamRate = (team: string, range: Range): number => sure(rateFor(teamIds(team), range));
export const personRate = (id: string, range: Range): number => sure(rateFor([id], range));
export const absenceRate = (r: number): number => round4(1 - r);

/** A level's rate (a team's, or everyone's), checked to agree with the same level without leavers to 0.0004. */
export function levelRate(position: Position, range: Range, team?: string): number {
  const all = dataset()
    .people.filter((p) => p.position === position && (team === undefined || p.team === team))
    .map((p) => p.id);
  const withLeavers = sure(rateFor(all, range));
  const without = sure(rateFor(all.filter(stillHere), range));
  if (Math.abs(withLeavers - without) > 0.0004) throw new Error(`the ${position}s' rate is in doubt: ${withLeavers} against ${without}`);
  return withLeavers;
}

/** A rate next to a team's name, or a level's. */
export const teamRateFigure = (team: string, range: Range): Figure => near(rate(teamRate(team, range)), teamLabel(team));
export const levelRateFigure = (position: Position, range: Range, team?: string): Figure => near(rate(levelRate(position, range, team)), levelLabel(position));

/** Every team's rate, next to its name. */
export const ratesPerTeam = (range: Range): Figure[] => TEAM_CODES.map((team) => teamRateFigure(team, range));

/** Teams by rate over the range, best first; two neighbours within 0.001 refuse the ranking. */
export function teamsByRate(range: Range): string[] {
  const sorted = TEAM_CODES.map((team) => ({ team, r: teamRate(team, range) })).sort((a, b) => b.r - a.r);
  for (let i = 1; i < sorted.length; i += 1) if (sorted[i - 1]!.r - sorted[i]!.r < 0.001) throw new Error('two teams are too close to rank');
  return sorted.map((t) => t.team);
}

/** The teams whose rate passes a line (a fraction); no team within 0.001 of it. */
export function teamsPast(range: Range, line: number, side: 'above' | 'below'): string[] {
  return TEAM_CODES.filter((team) => {
    const r = teamRate(team, range);
    if (Math.abs(r - line) < 0.001) throw new Error(`${team}'s rate ${r} is on the line ${line}`);
    return side === 'above' ? r > line : r < line;
  });
}

/**
 * The people of a team (or everyone) whose own rate over the range passes a line, nobody within 0.001 of it; read with
 * and without the people who have left (a list must not depend on it), and only people with something expected.
 */
export function peoplePast(range: Range, line: number, side: 'above' | 'below' | 'at least', team?: string): string[] {
  const pool = team === undefined ? everyone() : teamIds(team);
  const pick = (ids: string[]) =>
    ids.filter((id) => {
      const r = rateFor([id], range);
      if (r === null) return false;
      if (side !== 'at least' && Math.abs(r - line) < 0.001) throw new Error(`${id}'s rate ${r} is on the line ${line}`);
      return side === 'above' ? r > line : side === 'below' ? r < line : r >= line;
    });
  const withLeavers = pick(pool);
  const without = pick(pool.filter(stillHere));
  if (JSON.stringify(withLeavers) !== JSON.stringify(without)) throw new Error('the list depends on the leavers');
  return withLeavers;
}

/** Whether rate a is clearly above rate b (more than 0.001 apart), for a yes or no. */
export function clearlyBetter(a: number, b: number): boolean {
  if (Math.abs(a - b) <= 0.001) throw new Error(`${a} and ${b} are too close to call`);
  return a > b;
}

/** The best or worst team by rate over the range, standing 0.001 or more clear of the next one. */
export function extremeTeam(range: Range, which: 'best' | 'worst'): string {
  const sorted = TEAM_CODES.map((team) => ({ team, r: teamRate(team, range) })).sort((a, b) => (which === 'best' ? b.r - a.r : a.r - b.r));
  if (Math.abs(sorted[0]!.r - sorted[1]!.r) < 0.001) throw new Error(`the ${which} team is too close to call`);
  return sorted[0]!.team;
}

/** The person of a list with the best or worst rate over the range, 0.001 or more clear of the next; people with nothing expected left out. */
export function extremePerson(ids: string[], range: Range, which: 'best' | 'worst'): string {
  const sorted = ids
    .map((id) => ({ id, r: rateFor([id], range) }))
    .filter((x): x is { id: string; r: number } => x.r !== null)
    .sort((a, b) => (which === 'best' ? b.r - a.r : a.r - b.r));
  if (sorted.length < 2) throw new Error('fewer than two people to compare');
  if (Math.abs(sorted[0]!.r - sorted[1]!.r) < 0.001) throw new Error(`the ${which} person is too close to call`);
  return sorted[0]!.id;
}
