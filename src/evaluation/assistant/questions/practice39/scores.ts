/*
 * practice39 — quarterly scores, promise by promise: the mean, median, range ("spread", "max minus min"), highest
 * and lowest; top and bottom N, the top of each team, the best team; team against team; the trend over quarters;
 * the change between two quarters (up or down, the biggest fall, how many improved, each team's move); thresholds,
 * both quarters, above a team's own average, a band; levels side by side and a level left out; a KPI; a
 * headcount beside a mean; "this time last year" as 2024-Q4; a former employee's score. The admin asks.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { scoredCount, spreadOf } from '../../oracle/practice21-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { levelMean } from '../../oracle/practice29-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import { meanWithoutLevels, scoredPast } from '../../oracle/practice31-figures';
import { kpiKnown, topOfEachTeam } from '../../oracle/practice32-figures';
import { aboveInAll, aboveOwnMean, improvedCount, soleMover, teamByMean } from '../../oracle/practice33-figures';
import { meanMovePerTeam } from '../../oracle/practice34-figures';
import { scoredBetween } from '../../oracle/practice18-figures';
import { clearlyAbove, sameCount, some } from '../../oracle/practice39-figures';
import { meansOver, stats } from '../../oracle/score-figures';
import { q } from '../helpers';

const QUARTERS = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];

export const SCORES: readonly Question[] = [
  // The mean of a quarter, two ways of naming it.
  q('PN101', 'admin', "What's the average score for Q1 2025?", () => figures(score(meanOf('2025-Q1')))),
  q('PN102', 'admin', 'avg perf score, first quarter of this year', () => figures(score(meanOf('2025-Q1')))),
  // Median, range, highest and lowest.
  q('PN103', 'admin', 'median score in the data team last quarter', () => figures(score(medianOf('2025-Q3', { team: 'DAT' })))),
  q('PN104', 'admin', 'range of scores in QA last quarter', () => figures(score(spreadOf('2025-Q3', { team: 'QA' })))),
  q('PN105', 'admin', 'highest and lowest score in the AI team in Q3', () => {
    const s = stats(['2025-Q3'], { team: 'AI' });
    return figures(score(s.max), score(s.min));
  }),
  q('PN106', 'admin', 'mean and median score for SEC in Q3', () => {
    const s = stats(['2025-Q3'], { team: 'SEC' });
    return figures(score(s.mean), score(s.median));
  }),
  // Top and bottom N; the top of each team; the best team.
  q('PN107', 'admin', 'Who are the top 5 performers in 2025-Q2?', () => people(rankClean('2025-Q2', 5, 'top'))),
  q('PN108', 'admin', 'bottom 3 in Q3', () => people(rankClean('2025-Q3', 3, 'bottom'))),
  q('PN109', 'admin', 'top performer in each team last quarter', () => people(topOfEachTeam('2025-Q3'))),
  q('PN110', 'admin', 'which team scored highest on average in Q3', () => answer({ teams: [teamByMean('2025-Q3', 'highest')] })),
  // Team against team; the trend over quarters.
  q('PN111', 'admin', 'Compare DEV and QA performance in Q3', () =>
    figures(score(meanOf('2025-Q3', { team: 'DEV' })), score(meanOf('2025-Q3', { team: 'QA' }))),
  ),
  q('PN112', 'admin', 'Performance trends over quarters', () => figures(...meansOver(QUARTERS).map(score))),
  // Q3 against Q2: up or down, the biggest fall, how many improved, each team's move.
  q('PN113', 'admin', 'Did the average score go up from Q2 to Q3?', () => {
    const [before, after] = [meanOf('2025-Q2'), meanOf('2025-Q3')];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PN114', 'admin', 'Who dropped the most from Q2 to Q3?', () => {
    const fall = soleMover('2025-Q2', '2025-Q3', 'down');
    return people([fall.id], score(fall.change));
  }),
  q('PN115', 'admin', 'how many people improved from Q2 to Q3', () =>
    figures(near(count(improvedCount('2025-Q2', '2025-Q3')), 'people|improv|employee|person|went up|higher')),
  ),
  q('PN116', 'admin', "each team's change in average score from Q2 to Q3", () => figures(...meanMovePerTeam('2025-Q2', '2025-Q3'))),
  // Thresholds: a line, both quarters, a team's own average, a band.
  q('PN117', 'admin', 'who scored abve 85 last qtr', () => people(some(scoredPast('2025-Q3', 85, 'above')))),
  // Laura Silva left in October but was scored in both quarters: her scores stay and count.
  q('PN118', 'admin', 'who scored over 80 in both Q2 and Q3', () => people(some(aboveInAll(['2025-Q2', '2025-Q3'], 80)))),
  q('PN119', 'admin', 'who in AI scored above the AI average in Q3', () => people(some(aboveOwnMean('2025-Q3', 'AI')))),
  q('PN120', 'admin', 'who in SEC scored between 70 and 80 in Q3', () => people(some(scoredBetween('2025-Q3', 70, 80, { team: 'SEC' })))),
  // Levels side by side; a level left out; a KPI; a headcount beside a mean.
  q('PN121', 'admin', 'seniors vs juniors average score last quarter', () =>
    figures(score(levelMean('2025-Q3', 'Senior')), score(levelMean('2025-Q3', 'Junior'))),
  ),
  q('PN122', 'admin', "QA's Q3 average excluding leads", () => figures(score(meanWithoutLevels('2025-Q3', 'QA', ['Lead'])))),
  q('PN123', 'admin', "What was Grace Kim's KPI in Q3?", () => figures(score(kpiKnown('QA-007', '2025-Q3')))),
  // Asked of AI, whose headcount today and number scored in Q2 agree, so "how many people" is not in doubt.
  q('PN124', 'admin', 'how many people in AI and their average score in Q2', () =>
    figures(
      near(count(sameCount(headcount({ team: 'AI' }), scoredCount('2025-Q2', { team: 'AI' }))), 'people|employee|member|staff|person|headcount'),
      score(meanOf('2025-Q2', { team: 'AI' })),
    ),
  ),
  q('PN125', 'admin', "is DEV's Q3 average above the company's?", () => {
    const [dev, all] = [meanOf('2025-Q3', { team: 'DEV' }), meanOf('2025-Q3')];
    return yesNo(clearlyAbove(dev, all, 0.05), [score(dev), score(all)]);
  }),
  // "This time last year" for scores: the quarter holding 19 November 2024, 2024-Q4 (quarters are the only unit).
  q('PN126', 'admin', 'average score this time last year', () => figures(score(meanOf('2024-Q4')))),
  q('PN127', 'admin', "Laura Silva's score in Q3", () => figures(score(scoreKnown('DAT-009', '2025-Q3')))),
];
