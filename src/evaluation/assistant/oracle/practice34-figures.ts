/*
 * practice34 — what an HR business partner's quarterly-review and one-to-one preparation needs beyond the earlier
 * oracle helpers: who moved up or down between two quarters (and the n biggest moves, throwing on a tie at the cut),
 * the move of a group's mean, each team's move, lists and rankings that must come out the same whether or not a
 * manager counts themselves in their team (so a manager's question is never in doubt), people with more than n
 * absences read both as days and as occasions (throwing when the readings differ), the longest-serving of a scope, a
 * day on the organisation's own calendar, and a few periods the set names — built only from the data set (dataset/*)
 * and the earlier oracle modules' reading of API.md's rules. Added for practice34.
 */
import { HOLIDAYS, TODAY } from '../dataset/calendar';
import { isWeekend, type Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { score, type Figure } from '../expectation';
import { employedOn } from './absence';
import { measureOf, peopleIn, type Scope } from './attendance-figures';
import { levelIn } from './level-scope';
import { near } from './practice10-figures';
import { cutIsClean, TEAM_CODES, teamLabel } from './practice11-figures';
import { agreed } from './practice16-figures';
import { meanOf } from './practice19-figures';
import { absentDays } from './practice23-figures';
import { changes } from './score-figures';

type Range = readonly [Day, Day];

/** "Between 24 November and 5 December": leave booked ahead across the month's end. */
export const NOV_24_TO_DEC_5: [Day, Day] = ['2025-11-24', '2025-12-05'];
/** "From 6 October" (a hire date typed out) to today. */
export const SINCE_OCT_6: [Day, Day] = ['2025-10-06', TODAY];

/** The people of the scope whose final score went up (or down) between two quarters, in the data set's order; throws when nobody did. */
export function movers(from: string, to: string, direction: 'up' | 'down', scope: Scope = {}): string[] {
  const list = changes(from, to, scope)
    .filter((c) => (direction === 'up' ? c.change > 0 : c.change < 0))
    .map((c) => c.id);
  if (list.length === 0) throw new Error(`nobody went ${direction}`);
  return list;
}

/** The n biggest rises (or falls) between two quarters, biggest first; throws when the n-th and the next are tied. */
export function topMovers(from: string, to: string, n: number, direction: 'up' | 'down', scope: Scope = {}): string[] {
  const ranked = changes(from, to, scope)
    .filter((c) => (direction === 'up' ? c.change > 0 : c.change < 0))
    .map((c) => ({ id: c.id, value: Math.abs(c.change) }))
    .sort((a, b) => b.value - a.value);
  if (ranked.length < n) throw new Error(`fewer than ${n} people went ${direction}`);
  if (!cutIsClean(ranked, n)) throw new Error(`the ${n} biggest moves ${direction} are tied at the cut`);
  return ranked.slice(0, n).map((x) => x.id);
}

/** The move of a scope's mean score from one quarter to another (later less earlier), to two places. */
export const meanMove = (from: string, to: string, scope: Scope = {}): number => Math.round((meanOf(to, scope) - meanOf(from, scope)) * 100) / 100;

/** Each team's move of its mean score between two quarters, as a score figure next to the team's name. */
export const meanMovePerTeam = (from: string, to: string): Figure[] => TEAM_CODES.map((team) => near(score(meanMove(from, to, { team })), teamLabel(team)));

/** The team whose mean rose the most (or fell the most) between two quarters; throws on a tie. */
export function teamWithBiggestMove(from: string, to: string, direction: 'up' | 'down'): { team: string; move: number } {
  const sorted = TEAM_CODES.map((team) => ({ team, move: meanMove(from, to, { team }) })).sort((a, b) =>
    direction === 'up' ? b.move - a.move : a.move - b.move,
  );
  if (sorted[0]!.move === sorted[1]!.move) throw new Error('two teams moved alike');
  return sorted[0]!;
}

/** A scope without one person (a manager asking about "my team" may or may not count themselves). */
export const without = (scope: Scope, id: string): Scope => ({
  ids: peopleIn(scope)
    .map((p) => p.id)
    .filter((x) => x !== id),
});

/**
 * A manager's question about their team, answered over the team with and without the manager: the answer must be the
 * same both ways, or the question would be in doubt (throws).
 */
export const sameWithoutAsker = <T>(scope: Scope, asker: string, answer: (scope: Scope) => T): T => agreed([answer(scope), answer(without(scope, asker))]);

/** A team's people of one position, leavers included (their records stay), as a scope. */
export const level = (team: string | undefined, position: Position): Scope => levelIn(team, position);

/**
 * The people of the scope with more than n absences over the range, read both as days (a half day a half) and as the
 * days with some absence; throws when the two readings differ (the count would be in doubt) or nobody passes.
 */
export function overAbsences(scope: Scope, range: Range, n: number): string[] {
  const asDays = peopleIn(scope)
    .filter((p) => measureOf(p.id, 'absent', range[0], range[1]) > n)
    .map((p) => p.id);
  const asOccasions = peopleIn(scope)
    .filter((p) => absentDays(p.id, range).length > n)
    .map((p) => p.id);
  const list = agreed([asDays, asOccasions]);
  if (list.length === 0) throw new Error('nobody over the line');
  return list;
}

/** A day on the organisation's own calendar (team holidays aside): wholly off (a weekend or a full holiday), half off, or a full working day. */
export function organisationDay(day: Day): 'off' | 'half' | 'working' {
  if (isWeekend(day)) return 'off';
  const mine = HOLIDAYS.filter((h) => h.date === day && h.team === null);
  if (mine.some((h) => h.half === null)) return 'off';
  return mine.length > 0 ? 'half' : 'working';
}

/** The active person of the scope hired first (throws when two share the day). */
export function longestServingIn(scope: Scope): string[] {
  const sorted = peopleIn(scope)
    .filter((p) => employedOn(p, TODAY))
    .sort((a, b) => a.hire.localeCompare(b.hire));
  if (sorted.length > 1 && sorted[0]!.hire === sorted[1]!.hire) throw new Error('two people share the earliest hire date');
  return [sorted[0]!.id];
}
