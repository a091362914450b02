/*
 * practice37 — quarterly scores: one person's score, a team's mean, median, lowest, highest and spread, the top and
 * bottom N, the change between quarters, thresholds and comparisons between teams and levels.
 */
import { answer, figures, people, score, type Question } from '../../expectation';
import { changes, mostDeclined, mostImproved, scoredAbove, scoredBelow, stats } from '../../oracle/score-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { levelMean } from '../../oracle/practice29-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import { meanMove } from '../../oracle/practice34-figures';
import { differs, scoreMove } from '../../oracle/practice37-figures';
import { q } from '../helpers';

export const SCORES: readonly Question[] = [
  q('PL031', 'admin', 'Avrage performance score for 2025-Q3?', () => figures(score(meanOf('2025-Q3')))),
  q('PL032', 'admin', 'Median score in QA last quarter', () => figures(score(stats(['2025-Q3'], { team: 'QA' }).median))),
  q('PL033', 'admin', 'Top 3 performers in Q3 2025', () => people(rankClean('2025-Q3', 3, 'top'))),
  q('PL034', 'admin', 'Bottom 5 scores company-wide in Q2 2025', () => people(rankClean('2025-Q2', 5, 'bottom'))),
  q('PL035', 'admin', 'Mean and median scroe for Security in Q3', () => {
    const s = stats(['2025-Q3'], { team: 'SEC' });
    return figures(score(s.mean), score(s.median));
  }),
  q('PL036', 'admin', 'Highest and lowest score in the AI team last quarter', () => {
    const s = stats(['2025-Q3'], { team: 'AI' });
    return figures(score(s.max), score(s.min));
  }),
  q('PL037', 'admin', "What's the spread of scores in Development in Q2?", () => figures(score(spreadOf('2025-Q2', { team: 'DEV' })))),
  q('PL038', 'admin', 'How did the company average move from Q2 to Q3?', () =>
    figures(score(meanOf('2025-Q2')), score(meanOf('2025-Q3')), score(meanMove('2025-Q2', '2025-Q3'))),
  ),
  q('PL039', 'admin', 'Who improved the most between 2025-Q2 and 2025-Q3?', () => {
    const best = mostImproved('2025-Q2', '2025-Q3');
    return people([best.id], score(best.change));
  }),
  q('PL040', 'admin', 'Who in QA dropped the most from Q1 to Q2 this year?', () => {
    const worst = mostDeclined('2025-Q1', '2025-Q2', { team: 'QA' });
    const tied = changes('2025-Q1', '2025-Q2', { team: 'QA' }).filter((c) => c.change === worst.change);
    return people(
      tied.map((c) => c.id),
      score(worst.change),
    );
  }),
  q('PL041', 'admin', 'Who in Data scored above 80 in Q3?', () => people(scoredAbove('2025-Q3', 80, { team: 'DAT' }))),
  q('PL042', 'admin', 'Which QA ppl scored under 70 last quarter?', () => people(scoredBelow('2025-Q3', 70, { team: 'QA' }))),
  q('PL043', 'admin', 'Did DEV have a higher average score than QA in Q3?', () => {
    const dev = meanOf('2025-Q3', { team: 'DEV' });
    const qa = meanOf('2025-Q3', { team: 'QA' });
    return yesNo(differs(dev, qa), [score(dev), score(qa)]);
  }),
  q('PL044', 'admin', 'Seniors vs juniors: average score in 2025-Q3', () =>
    figures(score(levelMean('2025-Q3', 'Senior')), score(levelMean('2025-Q3', 'Junior'))),
  ),
  q('PL045', 'admin', "What was Grace Kim's score in Q3?", () => figures(score(scoreKnown('QA-007', '2025-Q3')))),
  q('PL046', 'admin', 'How much did Ahmed Ali’s score change from Q2 to Q3?', () =>
    figures(score(scoreKnown('DAT-002', '2025-Q2')), score(scoreKnown('DAT-002', '2025-Q3')), score(scoreMove('DAT-002', '2025-Q2', '2025-Q3'))),
  ),
  q('PL047', 'admin', 'Score of SEC-002 in 2024-Q4', () => figures(score(scoreKnown('SEC-002', '2024-Q4')))),
  q('PL048', 'admin', 'Average score of the AI team in Q1 vs Q2 vs Q3', () =>
    figures(...['2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(meanOf(p, { team: 'AI' })))),
  ),
  q('PL049', 'admin', 'Who is the best perfomer in Security last quarter?', () => people(rankClean('2025-Q3', 1, 'top', { team: 'SEC' }))),
  q('PL050', 'admin', 'Lowest 2 in the data team for Q1 2025', () => people(rankClean('2025-Q1', 2, 'bottom', { team: 'DAT' }))),
  q('PL051', 'admin', 'How many people were scored in 2025-Q3, and what was the average?', () => {
    const s = stats(['2025-Q3']);
    return answer({ figures: [{ value: s.count, as: 'count', label: 'people|employee|score|person|staff' }, score(s.mean)] });
  }),
  q('PL052', 'admin', 'Average score of the leads in Q3', () => figures(score(levelMean('2025-Q3', 'Lead')))),
];
