/*
 * practice29 — figures for an HR analyst's deep dive, over the evaluation's data set and independent of the
 * app: cohorts (hired in a range), weeks and quarters as series, thresholds that must not sit on the line,
 * statistics of scores without a team, leave by kind over a range, and rankings of people by a count with the
 * count beside each name — built on the earlier oracle helpers. Added for practice29.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import { addDays, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { measureOf, peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { hiredBetween, select, tenureYears } from './people-figures';
import { rateIn } from './practice15-figures';
import { absenceRate } from './practice17-figures';
import { stats } from './score-figures';
import { TEAM_CODES } from './practice11-figures';

type Range = readonly [Day, Day];

export const Q3_TRACKED: [Day, Day] = ['2025-07-01', '2025-09-30'];
export const Q4_SO_FAR: [Day, Day] = ['2025-10-01', TODAY];
export const QUARTERS_SO_FAR: Array<[Day, Day]> = [Q3_TRACKED, Q4_SO_FAR];
export const HIRED_THIS_YEAR: [Day, Day] = ['2025-01-01', TODAY];

/** The four whole weeks (Monday to Sunday) starting on the given Mondays. */
export const weeksFrom = (mondays: Day[]): Array<[Day, Day]> => mondays.map((m) => [m, addDays(m, 6)]);
export const WEEKS_OCT20_TO_NOV10 = weeksFrom(['2025-10-20', '2025-10-27', '2025-11-03', '2025-11-10']);
export const WEEKS_OF_SEPTEMBER = weeksFrom(['2025-09-01', '2025-09-08', '2025-09-15', '2025-09-22']);

/** A cohort: the people (leavers included) hired within the range, as a scope. */
export const cohort = (range: Range, team?: string): Scope => ({ ids: hiredBetween(range[0], range[1], team) });

/** A rate over each range, in order. */
export const ratesOver = (scope: Scope, ranges: readonly Range[]): number[] => ranges.map((r) => rateIn(scope, r));
/** The absence rate over each range, in order. */
export const absenceRatesOver = (scope: Scope, ranges: readonly Range[]): number[] => ranges.map((r) => absenceRate(scope, r));
/** A measure over each range, in order. */
export const countsOver = (scope: Scope, measure: Measure, ranges: readonly Range[]): number[] => ranges.map(([f, t]) => totals(scope, f, t)[measure]);

/** Teams whose rate over the range is under the line; throws when a team sits within 0.2 points of it (in doubt). */
export function teamsUnder(range: Range, line: number): string[] {
  const rates = TEAM_CODES.map((team) => ({ team, rate: rateIn({ team }, range) }));
  if (rates.some((r) => Math.abs(r.rate - line) < 0.002)) throw new Error('a team sits on the line');
  return rates.filter((r) => r.rate < line).map((r) => r.team);
}

/** Teams whose rate over the range is at or above the line (same doubt rule). */
export const teamsAtOrAbove = (range: Range, line: number): string[] => {
  const under = teamsUnder(range, line);
  return TEAM_CODES.filter((t) => !under.includes(t));
};

/** People of the scope with strictly more than n of a measure ("more than 3": exactly 3 is out); throws when nobody passes. */
export function overClean(scope: Scope, measure: Measure, [from, to]: Range, n: number): string[] {
  const over = peopleIn(scope)
    .filter((p) => measureOf(p.id, measure, from, to) > n)
    .map((p) => p.id);
  if (over.length === 0) throw new Error('nobody over the line');
  return over;
}

/** The n people of the scope with the most of a measure, with their figures, most first; throws on a tie at the cut or a zero. */
export function topWithCounts(scope: Scope, measure: Measure, [from, to]: Range, n: number): Array<{ id: string; value: number }> {
  const ranked = peopleIn(scope)
    .map((p) => ({ id: p.id, value: measureOf(p.id, measure, from, to) }))
    .sort((a, b) => b.value - a.value);
  if (ranked.length > n && ranked[n - 1]!.value === ranked[n]!.value) throw new Error('tied at the cut');
  if (ranked.slice(0, n).some((x) => x.value === 0)) throw new Error('a zero in the top');
  return ranked.slice(0, n);
}

/** The mean score of a period over everyone outside the given teams. */
export const meanWithout = (period: string, teams: string[]): number =>
  stats([period], {
    ids: peopleIn({})
      .filter((p) => !teams.includes(p.team))
      .map((p) => p.id),
  }).mean;

/** The mean of a level's scores in a period, optionally within a team. */
export const levelMean = (period: string, position: Position, team?: string): number =>
  stats([period], {
    ids: peopleIn({ team })
      .filter((p) => p.position === position)
      .map((p) => p.id),
  }).mean;

/** Average tenure in years to one decimal over the active people of a filter, checked against the whole-year mean to agree on the floor. */
export function tenureMean(filter: { team?: string; position?: Position } = {}): number {
  const people = select(filter);
  const exact =
    people.reduce((s, p) => s + (Date.parse(`${TODAY}T00:00:00Z`) - Date.parse(`${p.hire}T00:00:00Z`)) / (365.2425 * 86_400_000), 0) / people.length;
  const whole = people.reduce((s, p) => s + tenureYears(p), 0) / people.length;
  if (Math.floor(exact) !== Math.floor(whole)) throw new Error('average tenure is in doubt');
  return Math.floor(exact);
}

/** Two values that must differ by more than a margin for a comparison to be sure. */
export function clearlyDiffer(a: number, b: number, margin: number): boolean {
  if (Math.abs(a - b) <= margin) throw new Error('too close to call');
  return a > b;
}

/** Headcount of active people of a team hired before a day. */
export const hiredBeforeIn = (day: Day, team?: string): string[] =>
  select({ team })
    .filter((p) => p.hire < day)
    .map((p) => p.id);

export const nameOf = (id: string): string => person(id).name;
