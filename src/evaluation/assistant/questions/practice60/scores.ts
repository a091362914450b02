/*
 * practice60 — performance scores, asked in the first week by HR, the managers and the employees: a quarter's mean and
 * median, the best and the lowest, two teams side by side, a team's trend over the quarters, the biggest rise and
 * fall and by how much, one person's quarters and KPI, the spread, a score band, a yes or no on the company average,
 * how many improved. API.md: "ties in a ranking go by name"; README: "'the most' with no number names everyone tied at
 * the top", "Q3 scores for everyone on my team", "up or down … answered with the way". A ranking is asked only when no
 * tie falls at its cut, and a manager's ranking of their team only when it is the same with and without them.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { kpiOf } from '../../oracle/score-figures';
import { near } from '../../oracle/practice10-figures';
import { LAST_Q, Q_BEFORE, TEAM_CODES, team } from '../../oracle/practice53-figures';
import { clearOf, levelMean, meanOf, medianOf, moveEntries, scoreEntries, scoredInAll, scoreOfOne } from '../../oracle/practice53-people';
import { teamsAtEnd } from '../../oracle/practice53-rankings';
import { cleanCut, myTeamRanked, statsOf, theMost } from '../../oracle/practice55-figures';
import { myScores, SCORED } from '../../oracle/practice57-figures';
import { above, decided } from '../../oracle/practice59-figures';
import { q } from '../helpers';

const Q1 = SCORED.find((p) => p.endsWith('-Q1'))!;
const Q2 = SCORED.find((p) => p.endsWith('-Q2') && p.startsWith(LAST_Q.slice(0, 4)))!;
const known = (n: number | null): number => {
  if (n === null) throw new Error('no such score');
  return n;
};
/** A manager's top or bottom scorer of their team, the same with and without the manager. */
const teamEnd = (manager: string, period: string, direction: 'high' | 'low') =>
  myTeamRanked(
    manager,
    ['2025-01-01', '2025-01-01'],
    (s) => scoreEntries(period, s),
    (entries) => theMost(entries, direction).ids,
  );
const teamMoveEnd = (manager: string, direction: 'high' | 'low') =>
  myTeamRanked(
    manager,
    ['2025-01-01', '2025-01-01'],
    (s) => moveEntries(Q_BEFORE, LAST_Q, s),
    (entries) => theMost(entries, direction).ids,
  );

export const SCORES: readonly Question[] = [
  q('QI081', 'admin', 'Q3: company-wide mean score, and the median please', () => figures(score(meanOf(LAST_Q)), score(medianOf(LAST_Q)))),
  q('QI082', 'admin', 'best 5 people by score in the 2nd quarter of this year', () => people(cleanCut(scoreEntries(Q2), 5, 'high'))),
  q('QI083', 'admin', 'how did DEV and QA compare on scores last quarter?', () =>
    figures(score(meanOf(LAST_Q, team('DEV'))), score(meanOf(LAST_Q, team('QA')))),
  ),
  q('QI084', 'admin', "AI's average score each quarter - want to see the trend", () => figures(...SCORED.map((p) => score(meanOf(p, team('AI')))))),
  q('QI085', 'admin', 'biggest score jump from Q2 to Q3 - who, and how many points?', () => {
    const top = theMost(moveEntries(Q_BEFORE, LAST_Q), 'high');
    return answer({ people: top.ids, figures: [score(top.value)] });
  }),
  q('QI086', 'admin', 'bottom 3 scores in Q3 - whose are they?', () => people(cleanCut(scoreEntries(LAST_Q), 3, 'low'))),
  q('QI087', 'admin', "Marcus Lee's score last quarter and the one before that", () =>
    figures(score(scoreOfOne('QA-002', LAST_Q)), score(scoreOfOne('QA-002', Q_BEFORE))),
  ),
  q('QI088', 'admin', 'gap between the highest and lowest Q3 score in SEC?', () => figures(score(statsOf(LAST_Q, team('SEC')).spread))),
  q('QI089', 'admin', 'who in the data team scored above 80 in Q3?', () =>
    people(
      scoreEntries(LAST_Q, team('DAT'))
        .filter((e) => clearOf(e.value, 80) > 80)
        .map((e) => e.id),
    ),
  ),
  q('QI090', 'admin', 'which team had the highest average in 2025-Q1, and what was it?', () => {
    const end = teamsAtEnd((c) => meanOf(Q1, team(c)), 'high');
    return answer({ teams: end.codes, figures: [score(end.value)] });
  }),
  q('QI091', 'admin', 'Was the company-wide average score higher in Q3 than in Q2?', () => {
    const [before, after] = [meanOf(Q_BEFORE), meanOf(LAST_Q)];
    return decided(above(after, before, 0.005), [score(before), score(after)]);
  }),
  q('QI092', 'admin', "Tom Becker's KPI in Q3?", () => figures(score(known(kpiOf('DEV-002', LAST_Q))))),
  q('QI093', 'admin', 'avg Q3 score: seniors compared with leads', () => figures(score(levelMean(LAST_Q, 'Senior')), score(levelMean(LAST_Q, 'Lead')))),
  q('QI094', 'admin', "each team's median for 2025-Q2", () => figures(...TEAM_CODES.map((c) => score(medianOf(Q_BEFORE, team(c)))))),
  q('QI095', 'admin', 'who was above 85 in Q2 and also above 85 in Q3?', () => {
    for (const p of [Q_BEFORE, LAST_Q]) for (const e of scoreEntries(p)) clearOf(e.value, 85);
    return people(scoredInAll([Q_BEFORE, LAST_Q], (s) => s > 85));
  }),
  q('QI096', 'admin', 'how many of our people scored higher in Q3 than in Q2?', () =>
    figures(near(count(moveEntries(Q_BEFORE, LAST_Q).filter((e) => e.value > 0).length), 'people|person|employee|staff|improv|up')),
  ),

  // The managers, their own team.
  q('QI097', 'DEV-001', "my team's Q3 average, and who came out on top?", () =>
    answer({ figures: [score(meanOf(LAST_Q, team('DEV')))], people: teamEnd('DEV-001', LAST_Q, 'high') }),
  ),
  q('QI098', 'DEV-001', 'who on my team dropped the most from q2 to q3', () => people(teamMoveEnd('DEV-001', 'low'))),
  q('QI099', 'QA-001', 'QA scores Q2 vs Q3 - up or down?', () => {
    const [before, after] = [meanOf(Q_BEFORE, team('QA')), meanOf(LAST_Q, team('QA'))];
    return answer({ figures: [score(before), score(after)], mentions: [above(after, before, 0.005) ? 'up' : 'down'] });
  }),
  q('QI100', 'QA-001', 'lowest scorer on my team last quarter?', () => people(teamEnd('QA-001', LAST_Q, 'low'))),
  q('QI101', 'QA-001', "what's my team's median for Q3 and the range", () =>
    figures(score(statsOf(LAST_Q, team('QA')).median), score(statsOf(LAST_Q, team('QA')).spread)),
  ),

  // The employees, about themselves.
  q('QI102', 'DEV-003', 'how did I score in Q3, and was it better than Q2?', () => {
    const [before, after] = [scoreOfOne('DEV-003', Q_BEFORE), scoreOfOne('DEV-003', LAST_Q)];
    return decided(above(after, before, 0.005), [score(after), score(before)]);
  }),
  q('QI103', 'QA-003', 'my scores for every quarter pls', () => figures(...myScores('QA-003'))),
  q('QI104', 'DAT-004', 'what was my KPI last quarter?', () => figures(score(known(kpiOf('DAT-004', LAST_Q))))),
  q('QI105', 'SEC-004', 'my final score in 2025-Q1 and in 2025-Q2', () => figures(score(scoreOfOne('SEC-004', Q1)), score(scoreOfOne('SEC-004', Q2)))),
];
