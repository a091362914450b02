/*
 * practice42 — quarterly scores over periods written every way: Q3 vs Q2, "did it go up", "this time last year" (the
 * quarter holding 19 November 2024: 2024-Q4), H1 (two quarters: its highest and lowest are the same pooled or quarter by
 * quarter), the trend this year, last quarter and the quarter before last, each quarter since Q4 2024, one person's two
 * quarters, the move from Q4 2024 to Q3 2025. Scores exist for 2024-Q4 to 2025-Q3 only. The admin asks.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { wentUp } from '../../oracle/practice20-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import { biggestMove, movedCount } from '../../oracle/practice31-figures';
import { teamByMean } from '../../oracle/practice33-figures';
import { meansOver, stats } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
/** The quarter holding today's date of last year. */
const LAST_YEAR_THIS_QUARTER = '2024-Q4';
const H1 = [Q1, Q2];
const mean = (period: string, team?: string) => score(meanOf(period, team === undefined ? {} : { team }));

export const SCORES: readonly Question[] = [
  q('PQ101', 'admin', 'average score Q3 vs Q2', () => figures(mean(Q3), mean(Q2))),
  q('PQ102', 'admin', "Development's average score, Q3 vs Q2", () => figures(mean(Q3, 'DEV'), mean(Q2, 'DEV'))),
  q('PQ103', 'admin', 'Did the company average score go up from Q2 to Q3?', () => wentUp(meanOf(Q2), meanOf(Q3), [mean(Q2), mean(Q3)])),
  q('PQ104', 'admin', "What was QA's average score this time last year?", () => figures(mean(LAST_YEAR_THIS_QUARTER, 'QA'))),
  // H1 holds Q1 and Q2: its highest score is the higher of the two quarters' highest, pooled or side by side.
  q('PQ105', 'admin', 'What was the highest score in H1?', () => figures(score(stats(H1).max))),
  q('PQ106', 'admin', 'lowest score in the AI team in H1', () => figures(score(stats(H1, { team: 'AI' }).min))),
  q('PQ107', 'admin', 'average score trend this year', () => figures(...meansOver([Q1, Q2, Q3]).map(score))),
  q('PQ108', 'admin', 'Who improved the most from Q2 to Q3?', () => {
    const top = biggestMove(Q2, Q3, 'up');
    return people([top.id], score(top.change));
  }),
  q('PQ109', 'admin', 'median score last quarter', () => figures(score(medianOf(Q3)))),
  q('PQ110', 'admin', 'top 3 performers last quarter', () => people(rankClean(Q3, 3, 'top'))),
  q('PQ111', 'admin', "QA's average score in each quarter since Q4 2024", () =>
    figures(...meansOver([LAST_YEAR_THIS_QUARTER, Q1, Q2, Q3], { team: 'QA' }).map(score)),
  ),
  q('PQ112', 'admin', "Lukas Novak's score Q3 vs Q2", () => figures(score(scoreKnown('DEV-004', Q3)), score(scoreKnown('DEV-004', Q2)))),
  q('PQ113', 'admin', 'How many people improved their score from Q2 to Q3?', () =>
    figures(near(count(movedCount(Q2, Q3, 'up')), 'people|person|employee|improv|rose|went up|higher')),
  ),
  // Asked in Q4: last quarter is Q3, the quarter before last Q2.
  q('PQ114', 'admin', 'average score for the quarter before last', () => figures(mean(Q2))),
  q('PQ115', 'admin', 'Which team had the highest average score last quarter?', () => answer({ teams: [teamByMean(Q3, 'highest')] })),
  q('PQ116', 'admin', 'How did the company average move from Q4 2024 to Q3 2025?', () => figures(mean(LAST_YEAR_THIS_QUARTER), mean(Q3))),
];
