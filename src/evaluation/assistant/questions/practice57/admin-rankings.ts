/*
 * practice57 — the HR admin ranks people and teams: top and bottom N by score, attendance rate, late arrivals,
 * absences and hours; who improved or fell the most between quarters; the best and worst team. API.md: "ties in a
 * ranking go by name"; README: "'the most' with no number names everyone tied at the top ('(tied)'), a number asked
 * for ('top 3') names that many", "which team scored highest on average in Q3", "which team improved the most from Q2
 * to Q3" (teams by the move of their average), "best and worst team by attendance last month". A "top N" is asked only
 * where the N-th place is not tied with the next (the oracle checks), and every ranking is the same with and without
 * those who have left.
 */
import { answer, people, rate, score, type Question } from '../../expectation';
import type { Position } from '../../dataset/people';
import {
  ALL,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  Q_BEFORE,
  Q_BEFORE_THAT,
  rateOf,
  SINCE_TRACKING,
  team,
  TEAM_CODES,
  THIS_QUARTER,
} from '../../oracle/practice53-figures';
import { meanOf } from '../../oracle/practice53-people';
import {
  absentEntries,
  atEnd,
  endValue,
  hourEntriesOf,
  lateEntries,
  levelScope,
  moveEntriesOf,
  NOV,
  OCT,
  oneTeam,
  rateEntriesOf,
  scoreEntriesOf,
  onRecord,
  SEP,
  teamCount,
  teamMean,
  teamMovedMost,
  teamRate,
  teamsAt,
  topN,
} from '../../oracle/practice57-figures';
import { q } from '../helpers';

const bestOf = (period: string, code: string) => atEnd(team(code), scoreEntriesOf(period), 'high');
const level = (position: Position) => levelScope(position);

export const ADMIN_RANKINGS: readonly Question[] = [
  // People by score.
  q('QF029', 'admin', 'top 5 perfomers for 2025-Q3 pls', () => people(topN(ALL, scoreEntriesOf(LAST_Q), 5, 'high'))),
  q('QF030', 'admin', 'bottom 3 scores q3', () => people(topN(ALL, scoreEntriesOf(LAST_Q), 3, 'low'))),
  q('QF031', 'admin', 'top 3 QA scorers last quarter please', () => people(topN(team('QA'), scoreEntriesOf(LAST_Q), 3, 'high'))),
  q('QF032', 'admin', 'who was the highest scoring junior in Q3?', () => {
    const ids = atEnd(level('Junior'), scoreEntriesOf(LAST_Q), 'high');
    return people(ids, score(endValue(level('Junior'), scoreEntriesOf(LAST_Q), 'high')));
  }),
  q('QF033', 'admin', 'best scorer per team for last quarter', () => people(TEAM_CODES.flatMap((code) => bestOf(LAST_Q, code)))),
  q('QF034', 'admin', 'lowest scorer in DEV for Q2?', () => people(atEnd(team('DEV'), scoreEntriesOf(Q_BEFORE), 'low'))),

  // People by improvement.
  q('QF035', 'admin', 'who improved the most between Q2 and Q3', () => {
    const ids = atEnd(ALL, moveEntriesOf(Q_BEFORE, LAST_Q), 'high');
    return people(ids, score(endValue(ALL, moveEntriesOf(Q_BEFORE, LAST_Q), 'high')));
  }),
  q('QF036', 'admin', 'biggest drop in score in QA from q1 to q2?', () => people(atEnd(team('QA'), moveEntriesOf(Q_BEFORE_THAT, Q_BEFORE), 'low'))),
  q('QF037', 'admin', 'which 3 people improved most from Q1 to Q3', () => people(topN(ALL, moveEntriesOf(Q_BEFORE_THAT, LAST_Q), 3, 'high'))),
  q('QF038', 'admin', 'in the security team who fell furthest q2 -> q3', () => people(atEnd(team('SEC'), moveEntriesOf(Q_BEFORE, LAST_Q), 'low'))),

  // People by attendance.
  q('QF039', 'admin', 'who had the worst attendance in september?', () => {
    const ids = atEnd(ALL, rateEntriesOf(SEP), 'low');
    return people(ids, rate(endValue(ALL, rateEntriesOf(SEP), 'low')));
  }),
  q('QF040', 'admin', 'three lowest attendance rates for october?', () => people(topN(ALL, rateEntriesOf(OCT), 3, 'low'))),
  q('QF041', 'admin', 'bottom 2 in DAT by attendance since August', () => people(topN(team('DAT'), rateEntriesOf(SINCE_TRACKING), 2, 'low'))),
  q('QF042', 'admin', 'who in AI has the lowest attendance rate this quarter', () => people(atEnd(team('AI'), rateEntriesOf(THIS_QUARTER), 'low'))),
  q('QF043', 'admin', 'who was late the most last quarter?', () => people(atEnd(ALL, lateEntries(LAST_QUARTER), 'high'))),
  q('QF044', 'admin', 'the 2 ppl late most often in october', () => people(topN(ALL, lateEntries(OCT), 2, 'high'))),
  q('QF045', 'admin', 'who has racked up the most absences since august', () => {
    const ids = atEnd(ALL, absentEntries(SINCE_TRACKING), 'high');
    return people(ids);
  }),
  q('QF046', 'admin', 'top 3 by hours worked last week', () => people(topN(ALL, hourEntriesOf(LAST_WEEK), 3, 'high'))),
  q('QF047', 'admin', 'fewest hours in DEV last week — bottom 3', () => people(topN(team('DEV'), hourEntriesOf(LAST_WEEK), 3, 'low'))),

  // Teams.
  q('QF048', 'admin', 'wich team had the best attendance last month', () => {
    const code = oneTeam(teamRate(OCT), 'high');
    return answer({ teams: [code], figures: [rate(rateOf(team(code), OCT))] });
  }),
  q('QF049', 'admin', 'worst team for attendance this quarter?', () => {
    const code = oneTeam(teamRate(THIS_QUARTER), 'low');
    return answer({ teams: [code], figures: [rate(rateOf(team(code), THIS_QUARTER))] });
  }),
  q('QF050', 'admin', 'In September which team had the most lates?', () => answer({ teams: teamsAt(teamCount('late', SEP), 'high') })),
  q('QF051', 'admin', 'which dept had the fewest absences last month', () => answer({ teams: teamsAt(teamCount('absent', OCT), 'low') })),
  q('QF052', 'admin', 'highest-scoring team on average for Q3?', () => {
    const code = oneTeam(teamMean(LAST_Q), 'high');
    return answer({ teams: [code], figures: [score(meanOf(LAST_Q, team(code)))] });
  }),
  q('QF053', 'admin', 'lowest average score by team, q2', () => answer({ teams: [oneTeam(teamMean(Q_BEFORE), 'low')] })),
  q('QF054', 'admin', "which dept's average went up the most between q2 and q3?", () => answer({ teams: [teamMovedMost(Q_BEFORE, LAST_Q, 'high')] })),
  q('QF055', 'admin', 'rank the teams by attendance last week', () =>
    answer({ teams: [...TEAM_CODES], figures: TEAM_CODES.map((code) => rate(rateOf(team(code), LAST_WEEK))) }),
  ),
  q('QF056', 'admin', 'which team had the most missing check-outs this month', () => answer({ teams: teamsAt(teamCount('missingCheckOut', NOV), 'high') })),
  q('QF057', 'admin', 'which team was best and which was worst on attendance in Q3?', () =>
    answer({ teams: [oneTeam(teamRate(LAST_QUARTER), 'high'), oneTeam(teamRate(LAST_QUARTER), 'low')] }),
  ),
  q('QF058', 'admin', 'who has the top score in the data team for 2024-Q4', () => people(atEnd(team('DAT'), scoreEntriesOf(onRecord('2024-Q4')), 'high'))),
];
