/*
 * practice57 — numbers people act on: thresholds, rankings, comparisons, statistics and trends. What the set needs
 * beyond the earlier oracles: every group read each way a question allows (as given, without those who have left, and
 * for a manager's "my team" without the manager), and a list, a ranking or a count given only when all readings agree;
 * people past a line (a count, hours, a rate, a score) kept clear of it so that neither rounding nor "at least" decides;
 * rankings of people and teams with ties kept or the cut checked clean; score moves per person and per team (the move of
 * the team's average, checked against the mean of its people's moves); a person against their team or the company; a
 * series of figures over weeks, months and quarters. Written code-blind from API.md, docs/API.md and the README's
 * assistant section; reads only the data set (dataset/*) and the earlier oracle modules.
 */
import { TODAY } from '../dataset/calendar';
import { person } from '../dataset/dataset';
import type { Position } from '../dataset/people';
import { PERIODS } from '../dataset/scores';
import { count, rate, score, type Figure } from '../expectation';
import { employedOn } from './absence';
import { peopleIn, totals, type Measure, type Scope } from './attendance-figures';
import { near } from './practice10-figures';
import { teamLabel } from './practice11-figures';
import { agreed } from './practice16-figures';
import { fig, measureEntries, month, rateEntries, rateOf, sumOf, team, TEAM_CODES, THIS_MONTH, type Range } from './practice53-figures';
import { moveEntries, scoreEntries } from './practice53-people';
import { teamsAtEnd, type Entry } from './practice53-rankings';
import { cleanCut, theMost } from './practice55-figures';
import { changes, stats } from './score-figures';

/* ---- Periods by name (months cut at today). ---- */

export const AUG: Range = month(8);
export const SEP: Range = month(9);
export const OCT: Range = month(10);
export const NOV: Range = THIS_MONTH;
export const MONTHS: readonly Range[] = [AUG, SEP, OCT, NOV];
/** Every quarter with scores, oldest first ("2024-Q4" … "2025-Q3"). */
export const SCORED: string[] = PERIODS.map((p) => p.period);

/* ---- Readings of a group. ---- */

const idsOf = (scope: Scope): string[] => peopleIn(scope).map((p) => p.id);

/** The group as given, without those who have left, and (when the asker is in it) without the asker. */
export function readings(scope: Scope, asker?: string): Scope[] {
  const list: Scope[] = [
    scope,
    {
      ids: peopleIn(scope)
        .filter((p) => employedOn(p, TODAY))
        .map((p) => p.id),
    },
  ];
  if (asker !== undefined && idsOf(scope).includes(asker)) list.push({ ids: idsOf(scope).filter((id) => id !== asker) });
  return list;
}
/** One answer over every reading of the group, or throws. */
export const overGroup = <T>(scope: Scope, of: (s: Scope) => T, asker?: string): T => agreed(readings(scope, asker).map(of));

/* ---- Past a line. ---- */

/** An entry is past the line (above or below), checked to be clear of it by more than the margin. */
function past(e: Entry, line: number, side: 'above' | 'below', margin: number): boolean {
  if (Math.abs(e.value - line) <= margin) throw new Error(`${e.id} at ${e.value} is too near the line ${line}`);
  return side === 'above' ? e.value > line : e.value < line;
}
/** Whoever of the group has more (or fewer) than n of a measure over a period — counts, so the line is exact. */
export const countPast = (scope: Scope, measure: Measure, range: Range, n: number, side: 'above' | 'below', asker?: string): string[] =>
  overGroup(
    scope,
    (s) =>
      measureEntries(s, measure, range)
        .filter((e) => (side === 'above' ? e.value > n : e.value < n))
        .map((e) => e.id),
    asker,
  );
/** Whoever of the group has a rate over the period past the line (people with nothing expected left out). */
export const ratePast = (scope: Scope, range: Range, line: number, side: 'above' | 'below', asker?: string): string[] =>
  overGroup(
    scope,
    (s) =>
      rateEntries(s, range)
        .filter((e) => past(e, line, side, 0.0005))
        .map((e) => e.id),
    asker,
  );
/** Whoever of the group worked more (or fewer) hours than the line over the period, among those expected at work then. */
export const hoursPast = (scope: Scope, range: Range, line: number, side: 'above' | 'below', asker?: string): string[] =>
  overGroup(
    scope,
    (s) =>
      hourEntriesOf(range)(s)
        .filter((e) => past(e, line, side, 0.05))
        .map((e) => e.id),
    asker,
  );
/** Whoever of the group attended every expected day of the period (a rate of 100 %). */
export const perfect = (scope: Scope, range: Range, asker?: string): string[] =>
  overGroup(
    scope,
    (s) =>
      rateEntries(s, range)
        .filter((e) => e.value === 1)
        .map((e) => e.id),
    asker,
  );
/** Whoever of the group has a final score in the quarter past the line. */
export const scorePast = (period: string, line: number, side: 'above' | 'below', scope: Scope = {}, asker?: string): string[] =>
  overGroup(
    scope,
    (s) =>
      scoreEntries(period, s)
        .filter((e) => past(e, line, side, 0.005))
        .map((e) => e.id),
    asker,
  );
/** Whoever of the group moved more than n points up (or down) from one quarter to the next. */
export const movedPast = (from: string, to: string, n: number, side: 'up' | 'down', scope: Scope = {}, asker?: string): string[] =>
  overGroup(
    scope,
    (s) =>
      moveEntries(from, to, s)
        .filter((e) => past(side === 'up' ? e : { ...e, value: -e.value }, n, 'above', 0.005))
        .map((e) => e.id),
    asker,
  );
/** How many of the group scored higher (or lower) in the later quarter. */
export const movedCount = (from: string, to: string, side: 'up' | 'down', scope: Scope = {}, asker?: string): number =>
  overGroup(scope, (s) => changes(from, to, s).filter((c) => (side === 'up' ? c.change > 0 : c.change < 0)).length, asker);

/* ---- Rankings. ---- */

/** The first n of the group by the entries (cut checked clean), the same over every reading. */
export const topN = (scope: Scope, of: (s: Scope) => Entry[], n: number, direction: 'high' | 'low', asker?: string): string[] =>
  overGroup(scope, (s) => cleanCut(of(s), n, direction), asker);
/** Everyone tied at the end of the group's ranking (not at 0), the same over every reading. */
export const atEnd = (scope: Scope, of: (s: Scope) => Entry[], direction: 'high' | 'low', asker?: string): string[] =>
  overGroup(scope, (s) => theMost(of(s), direction).ids, asker);
/** The value at that end. */
export const endValue = (scope: Scope, of: (s: Scope) => Entry[], direction: 'high' | 'low', asker?: string): number =>
  overGroup(scope, (s) => theMost(of(s), direction).value, asker);

export const lateEntries = (range: Range) => (s: Scope) => measureEntries(s, 'late', range);
export const absentEntries = (range: Range) => (s: Scope) => measureEntries(s, 'absent', range);
export const rateEntriesOf = (range: Range) => (s: Scope) => rateEntries(s, range);
export const scoreEntriesOf = (period: string) => (s: Scope) => scoreEntries(period, s);
export const moveEntriesOf = (from: string, to: string) => (s: Scope) => moveEntries(from, to, s);
/** Hours of everyone of the group expected at work on some day of the period (no record counts as 0). */
export const hourEntriesOf = (range: Range) => (s: Scope) =>
  measureEntries(s, 'hours', range).filter((e) => totals({ ids: [e.id] }, range[0], range[1]).expected > 0);

/* ---- Teams. ---- */

/** The team(s) at an end of a figure, ties kept. */
export const teamsAt = (of: (code: string) => number, direction: 'high' | 'low'): string[] => teamsAtEnd(of, direction).codes;
/** The one team at an end of a figure (throws when tied). */
export function oneTeam(of: (code: string) => number, direction: 'high' | 'low'): string {
  const codes = teamsAt(of, direction);
  if (codes.length !== 1) throw new Error(`teams tied: ${codes.join(', ')}`);
  return codes[0]!;
}
export const teamRate = (range: Range) => (code: string) => rateOf(team(code), range);
export const teamCount = (measure: Measure, range: Range) => (code: string) => sumOf(team(code), measure, range);
export const teamMean = (period: string) => (code: string) => stats([period], team(code)).mean;
/** A team's move in average score between two quarters (the move of its average, as the README reads it). */
export const teamMove =
  (from: string, to: string) =>
  (code: string): number =>
    Math.round((stats([to], team(code)).mean - stats([from], team(code)).mean) * 100) / 100;
/** The mean of a team's people's own moves between two quarters (those scored in both). */
const meanOfMoves = (from: string, to: string) => (code: string) => {
  const each = changes(from, to, team(code));
  return each.reduce((s, c) => s + c.change, 0) / each.length;
};
/** The one team that moved most (up or down), the same by the move of its average and by the mean of its people's moves. */
export const teamMovedMost = (from: string, to: string, direction: 'high' | 'low'): string =>
  agreed([oneTeam(teamMove(from, to), direction), oneTeam(meanOfMoves(from, to), direction)]);
/** The teams whose figure passes the line, each clear of it. */
export const teamsPast = (of: (code: string) => number, line: number, side: 'above' | 'below', margin: number): string[] =>
  TEAM_CODES.filter((code) => past({ id: code, value: of(code) }, line, side, margin));

/* ---- Figures with their labels. ---- */

/** A figure standing next to a team's code or name (rates and scores stand anywhere). */
export const forTeam = (f: Figure, code: string): Figure =>
  f.as === 'rate' || f.as === 'score' ? f : near(f, [f.label, teamLabel(code)].filter(Boolean).join('|'));
/** A figure standing next to a person's first or last name, or its own words. */
export const forPerson = (f: Figure, id: string): Figure =>
  near(
    f,
    [
      f.label,
      ...person(id)
        .name.toLowerCase()
        .replace(/[^a-z ]/g, '')
        .split(' '),
    ]
      .filter(Boolean)
      .join('|'),
  );
/** A count of people, next to a word for them or for what they did. */
export const peopleN = (n: number): Figure =>
  near(
    count(n),
    'people|person|employee|staff|member|colleague|of them|teammate|late|absen|scor|improv|drop|fell|rose|went|worked|under|over|above|below|more|fewer',
  );
/** A count of a measure, next to its words or the period's. */
export const countIn = (measure: Measure, value: number, ...words: string[]): Figure => fig(measure, value, ...words);
/** The rates of a group over each period, side by side. */
export const ratesOver = (scope: Scope, ranges: readonly Range[]): Figure[] => ranges.map((r) => rate(rateOf(scope, r)));
/** The average score of a group in each quarter, side by side. */
export const meansOver = (periods: readonly string[], scope: Scope = {}): Figure[] => periods.map((p) => score(stats([p], scope).mean));
/** One person's final score in each quarter they were scored. */
export const myScores = (id: string): Figure[] =>
  SCORED.flatMap((p) =>
    scoreEntries(p, { ids: [id] })
      .map((e) => score(e.value))
      .slice(0, 1),
  );

/* ---- Levels. ---- */

/** The people of a position (of a team when given). */
export const levelScope = (position: Position, code?: string): Scope => ({
  ids: peopleIn({ team: code })
    .filter((p) => p.position === position)
    .map((p) => p.id),
});
/** A level's mean in a quarter, the same with and without the scores of those who have left. */
export const levelMean = (period: string, position: Position, code?: string): number => overGroup(levelScope(position, code), (s) => stats([period], s).mean);
/** A level's attendance rate, the same with and without those who have left. */
export const levelRate = (position: Position, range: Range, code?: string): number => overGroup(levelScope(position, code), (s) => rateOf(s, range));

/* ---- Guards. ---- */

/** Two figures that differ, and which is higher: for "is A higher than B" and "up or down". */
export function higher(a: number, b: number): boolean {
  if (a === b) throw new Error('the two figures are equal: the comparison is in doubt');
  return a > b;
}
/** A value clear of a line by more than the margin. */
export function clearOf(value: number, line: number, margin: number): number {
  if (Math.abs(value - line) <= margin) throw new Error(`${value} is too near the line ${line}`);
  return value;
}
/** A quarter the question names, checked to be one with scores. */
export function onRecord(period: string): string {
  if (!SCORED.includes(period)) throw new Error(`no scores for ${period}`);
  return period;
}
