/*
 * practice48 — top and bottom N: the top 3 and bottom 5 scores of a quarter, the top 2 teams by mean, the lowest 3
 * attendance rates, the top 3 for late arrivals (a tie at the cut, broken by name as API.md says: "ties in a ranking
 * go by name"), the 3 with the most hours and the 3 with the fewest, the 2 weakest teams, the most improved, and
 * each manager's top or bottom of their own team. A ranking is asked only where both readings of "by name" (full
 * name, surname) pick the same people, the same with and without today for a period running to it, and, for a
 * manager, the same with or without the manager. "Who was late the most", with no number, names everyone tied at
 * the top (README).
 */
import { answer, people, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { totals } from '../../oracle/attendance-figures';
import { atTop, biggestMoves, firstN, firstNTied, measureEntries, rateEntries, scoreEntries } from '../../oracle/practice45-rankings';
import { ALL, LAST_WK, OCT, oneList, Q2, Q3, SINCE_AUG, settled, sorted, stayers, team, teamList, TEAMS, toDate } from '../../oracle/practice48-figures';
import { stats } from '../../oracle/score-figures';
import { q } from '../helpers';

const DEV = team('DEV');
/** The n teams at one end of a figure, with no tie across the cut (throws otherwise). */
function teamsAtEnd(value: (code: string) => number, n: number, direction: 'high' | 'low'): string[] {
  const ranked = TEAMS.map((code) => ({ code, v: value(code) })).sort((a, b) => (direction === 'high' ? b.v - a.v : a.v - b.v));
  if (ranked[n - 1]!.v === ranked[n]!.v) throw new Error('two teams tie at the cut');
  return sorted(ranked.slice(0, n).map((t) => t.code));
}
const rateOf = (range: readonly [string, string]) => (code: string) => totals(team(code), range[0], range[1]).rate!;
/** The n who worked the most (or least) hours, no one within 0.1 h of the next across the cut. */
function hoursEnd(scope: Scope, range: readonly [string, string], n: number, direction: 'high' | 'low'): string[] {
  const entries = measureEntries(scope, 'hours', range);
  const ranked = [...entries].sort((a, b) => (direction === 'high' ? b.value - a.value : a.value - b.value));
  settled(ranked[n - 1]!.value, ranked[n]!.value, 0.05);
  return firstN(entries, n, direction);
}

export const RANKINGS: readonly Question[] = [
  q('PW126', 'admin', 'top 3 perfomers in Q3', () => people(oneList(firstN(scoreEntries(Q3), 3, 'high'), firstN(scoreEntries(Q3, stayers(ALL)), 3, 'high')))),
  q('PW127', 'admin', 'bottom 5 scores in Q3', () => people(oneList(firstN(scoreEntries(Q3), 5, 'low'), firstN(scoreEntries(Q3, stayers(ALL)), 5, 'low')))),
  q('PW128', 'admin', 'top 2 teams by average score in Q3', () =>
    answer({
      teams: oneList(
        teamsAtEnd((code) => stats([Q3], team(code)).mean, 2, 'high'),
        teamsAtEnd((code) => stats([Q3], stayers(team(code))).mean, 2, 'high'),
      ),
    }),
  ),
  q('PW129', 'admin', 'lowest 3 attendence rates in oct', () => people(firstN(rateEntries(ALL, OCT), 3, 'low'))),
  q('PW130', 'admin', 'top 3 latecomers since August', () => people(toDate(SINCE_AUG, (r) => firstNTied(measureEntries(ALL, 'late', r), 3, 'high')))),
  q('PW131', 'admin', 'the 3 who worked the most hours last week', () => people(hoursEnd(ALL, LAST_WK, 3, 'high'))),
  q('PW132', 'admin', 'the 3 in DEV with the fewest hours in October', () => people(hoursEnd(DEV, OCT, 3, 'low'))),
  q('PW133', 'admin', 'which 2 teams had the lowest attendance in October?', () => answer({ teams: teamsAtEnd(rateOf(OCT), 2, 'low') })),
  q('PW134', 'admin', 'bottom 2 teams by attendance last week', () => answer({ teams: teamsAtEnd(rateOf(LAST_WK), 2, 'low') })),
  q('PW135', 'admin', 'top 5 most improved from Q2 to Q3', () =>
    people(oneList(biggestMoves(Q2, Q3, 5, 'high'), biggestMoves(Q2, Q3, 5, 'high', stayers(ALL)))),
  ),
  q('PW136', 'admin', 'which team had the most absence days in October?', () =>
    answer({ teams: teamsAtEnd((code) => totals(team(code), ...OCT).absent, 1, 'high') }),
  ),

  // The managers, about their own team.
  q('PW137', 'DEV-001', 'bottom 3 on my team in Q3', () => people(teamList('DEV-001', (s) => firstN(scoreEntries(Q3, s), 3, 'low')))),
  q('PW138', 'DEV-001', 'lowest 2 attendance rates on my team in October', () => people(teamList('DEV-001', (s) => firstN(rateEntries(s, OCT), 2, 'low')))),
  q('PW139', 'QA-001', 'top 2 on my team in Q3', () => people(teamList('QA-001', (s) => firstN(scoreEntries(Q3, s), 2, 'high')))),
  q('PW140', 'QA-001', 'who on my team was late the most in October?', () =>
    people(teamList('QA-001', (s) => atTop(measureEntries(s, 'late', OCT), 'high').ids)),
  ),
];
