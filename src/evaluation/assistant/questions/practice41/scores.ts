/*
 * practice41 — quarterly scores in shorthand ("qa avg score q3??", "last qtr", "min and max", "bottom 3"): a team's
 * mean, median, spread, lowest and highest; top and bottom N, the top of a team, the best team; two teams, two people,
 * two quarters, two levels side by side and a team's trend; who went up or down the most; thresholds in one quarter
 * or both; a KPI; and the two managers on their own team. Scores are not dated: a leaver keeps theirs in the quarters they were
 * scored, and a ranking is asked only where no tie falls across its cut.
 */
import { answer, figures, people, score, type Question } from '../../expectation';
import { type Scope } from '../../oracle/attendance-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { yesNo, wentUp } from '../../oracle/practice20-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { scoreTrend } from '../../oracle/practice28-figures';
import { levelMean } from '../../oracle/practice29-figures';
import { topScorer, scoredPast } from '../../oracle/practice31-figures';
import { aboveInAll, kpiKnown, scoredUnder } from '../../oracle/practice32-figures';
import { soleMover, teamByMean } from '../../oracle/practice33-figures';
import { movers, sameWithoutAsker } from '../../oracle/practice34-figures';
import { scoreKnown } from '../../oracle/practice38-figures';
import { near } from '../../oracle/practice10-figures';
import { firstIsMore } from '../../oracle/practice41-figures';
import { meansOver, stats } from '../../oracle/score-figures';
import { some } from '../../oracle/practice39-figures';
import { q } from '../helpers';

const QUARTERS = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };

export const SCORES: readonly Question[] = [
  // Means and statistics.
  q('PP077', 'admin', 'qa avg score q3??', () => figures(score(meanOf(Q3, QA)))),
  q('PP078', 'admin', 'median score ai q3', () => figures(score(medianOf(Q3, { team: 'AI' })))),
  q('PP079', 'admin', 'spread of scores in dat last qtr', () => figures(score(spreadOf(Q3, { team: 'DAT' })))),
  q('PP080', 'admin', 'min and max score q3 dev', () => {
    const s = stats([Q3], DEV);
    return figures(score(s.min), score(s.max));
  }),

  // Rankings.
  q('PP081', 'admin', 'top 5 q3', () => people(rankClean(Q3, 5, 'top'))),
  q('PP082', 'admin', 'bottom 3 performers in dev last qtr', () => people(rankClean(Q3, 3, 'bottom', DEV))),
  q('PP083', 'admin', 'who scored highest in sec in q3', () => {
    const top = topScorer(Q3, { team: 'SEC' });
    return people([top.id], score(top.score));
  }),
  q('PP084', 'admin', 'which team had the best avg last qtr', () => answer({ teams: [teamByMean(Q3, 'highest')] })),
  q('PP085', 'admin', 'who improved the most q2 to q3', () => {
    const rise = soleMover(Q2, Q3, 'up');
    return people([rise.id], score(rise.change));
  }),
  q('PP086', 'admin', 'who dropped the most from q1 to q2', () => {
    const fall = soleMover('2025-Q1', Q2, 'down');
    return people([fall.id], score(fall.change));
  }),

  // Two teams, two quarters, two people, two levels.
  q('PP087', 'admin', 'dev vs qa avg q3', () => figures(score(meanOf(Q3, DEV)), score(meanOf(Q3, QA)))),
  q('PP088', 'admin', 'seniors vs juniors avg q3', () => figures(score(levelMean(Q3, 'Senior')), score(levelMean(Q3, 'Junior')))),
  q('PP089', 'admin', 'sec score trend over the quarters', () => figures(...meansOver(QUARTERS, { team: 'SEC' }).map(score))),
  q('PP090', 'admin', 'did dev score higher than qa in q2', () => {
    const [dev, qa] = [meanOf(Q2, DEV), meanOf(Q2, QA)];
    return yesNo(firstIsMore(dev, qa), [score(dev), score(qa)]);
  }),
  q('PP091', 'admin', 'did the ai avg go up or down from q2 to q3', () => {
    const [before, after] = [meanOf(Q2, { team: 'AI' }), meanOf(Q3, { team: 'AI' })];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PP092', 'admin', 'tom becker vs ravi patel q3 score', () =>
    figures(near(score(scoreKnown('DEV-002', Q3)), 'tom|becker|score'), near(score(scoreKnown('DEV-014', Q3)), 'ravi|patel|score')),
  ),

  // Thresholds and single figures.
  q('PP093', 'admin', 'who scored under 60 in q3', () => people(scoredUnder(Q3, 60))),
  q('PP094', 'admin', 'who scored over 88 last qtr', () => people(some(scoredPast(Q3, 88, 'above')))),
  q('PP095', 'admin', 'who was above 80 in both q2 and q3', () => people(some(aboveInAll([Q2, Q3], 80)))),
  q('PP096', 'admin', 'kpi for grace kim q2', () => figures(score(kpiKnown('QA-007', Q2)))),

  // The managers on their own team.
  q('PP097', 'DEV-001', 'bottom 3 on my team last qtr', () => people(sameWithoutAsker(DEV, 'DEV-001', (s) => rankClean(Q3, 3, 'bottom', s)))),
  q('PP098', 'DEV-001', 'who on my team scored under 70 in q3', () => people(sameWithoutAsker(DEV, 'DEV-001', (s) => scoredUnder(Q3, 70, s)))),
  q('PP099', 'DEV-001', 'dev avg q3 vs q2', () => figures(score(meanOf(Q3, DEV)), score(meanOf(Q2, DEV)))),
  q('PP100', 'QA-001', 'who in qa went down from q2 to q3', () => people(sameWithoutAsker(QA, 'QA-001', (s) => movers(Q2, Q3, 'down', s)))),
  q('PP101', 'QA-001', "leo's score q3", () => figures(score(scoreKnown('QA-008', Q3)))),
  q('PP102', 'QA-001', "nina's score trend", () => figures(...scoreTrend('QA-005').map(score))),
];
