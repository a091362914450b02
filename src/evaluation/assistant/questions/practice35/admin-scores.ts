/*
 * practice35 — the admin's first week on quarterly scores: the mean, median, spread and highest of a team or the
 * company, top and bottom N, the biggest rise and fall between two quarters, how many improved, levels and teams
 * side by side, a score band, a trend over the quarters, a former employee's score and one KPI.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { kpiOf, meansOver, scoreOf, stats } from '../../oracle/score-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { scoredBetween } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { QUARTERS } from '../../oracle/practice28-figures';
import { clearlyDiffer } from '../../oracle/practice29-figures';
import { meanOfLevel, movedCount, scoredPast } from '../../oracle/practice31-figures';
import { biggestMove } from '../../oracle/practice32-figures';
import { teamByMean } from '../../oracle/practice33-figures';
import { q } from '../helpers';

const Q2 = '2025-Q2';
const Q3 = '2025-Q3';

function mustScore(id: string, period: string): number {
  const value = scoreOf(id, period);
  if (value === null) throw new Error(`${id} has no score in ${period}`);
  return value;
}

function mustKpi(id: string, period: string): number {
  const value = kpiOf(id, period);
  if (value === null) throw new Error(`${id} has no KPI in ${period}`);
  return value;
}

export const ADMIN_SCORES: readonly Question[] = [
  q('PJ058', 'admin', 'Company-wide mean performance score for 2025-Q3?', () => figures(score(meanOf(Q3)))),
  q('PJ059', 'admin', 'median Q2 score for the Data team, please', () => figures(score(stats([Q2], { team: 'DAT' }).median))),
  q('PJ060', 'admin', 'top 3 performers in Security last quarter', () => people(rankClean(Q3, 3, 'top', { team: 'SEC' }))),
  q('PJ061', 'admin', 'bottom five scorers across the company for Q3', () => people(rankClean(Q3, 5, 'bottom'))),
  q('PJ062', 'admin', 'Who improved the most from Q2 to Q3 in the AI team?', () => {
    const top = biggestMove(Q2, Q3, 'rise', { team: 'AI' });
    return people([top.id], score(top.change));
  }),
  q('PJ063', 'admin', 'who dropped the most between Q2 and Q3?', () => {
    const fall = biggestMove(Q2, Q3, 'fall');
    return people([fall.id], score(fall.change));
  }),
  q('PJ064', 'admin', 'How many people improved their score from Q2 to Q3?', () =>
    figures(near(count(movedCount(Q2, Q3, 'up')), 'people|employee|person|improv|staff|score')),
  ),
  q('PJ065', 'admin', "What's the spread of QA's Q3 scores?", () => figures(score(spreadOf(Q3, { team: 'QA' })))),
  q('PJ066', 'admin', 'compare DEV and QA on performance for Q2', () =>
    figures(near(score(meanOf(Q2, { team: 'DEV' })), teamLabel('DEV')), near(score(meanOf(Q2, { team: 'QA' })), teamLabel('QA'))),
  ),
  q('PJ067', 'admin', 'Q3 average: seniors compared with juniors', () =>
    figures(near(score(meanOfLevel(Q3, 'Senior')), 'senior'), near(score(meanOfLevel(Q3, 'Junior')), 'junior')),
  ),
  q('PJ068', 'admin', 'who scored above 90 in Q3?', () => people(scoredPast(Q3, 90, 'above'))),
  q('PJ069', 'admin', 'Who in SEC scored between 70 and 80 in Q3?', () => people(scoredBetween(Q3, 70, 80, { team: 'SEC' }))),
  q('PJ070', 'admin', "How has DEV's average score trended over the quarters?", () => figures(...meansOver(QUARTERS, { team: 'DEV' }).map((m) => score(m)))),
  q('PJ071', 'admin', 'which team scored highest on average in Q3?', () => {
    const team = teamByMean(Q3, 'highest');
    return answer({ teams: [team], figures: [score(meanOf(Q3, { team }))] });
  }),
  q('PJ072', 'admin', 'What did Laura Silva score in Q3?', () => figures(score(mustScore('DAT-009', Q3)))),
  q('PJ073', 'admin', "KPI for Kevin O'Brien in Q3?", () => figures(score(mustKpi('DAT-004', Q3)))),
  q('PJ074', 'admin', 'mean and median score for AI in Q3', () => {
    const s = stats([Q3], { team: 'AI' });
    return figures(near(score(s.mean), 'mean|average|avg'), near(score(s.median), 'median'));
  }),
  q('PJ075', 'admin', 'Is the company average for Q3 higher than it was in Q2?', () => {
    const [q3, q2] = [meanOf(Q3), meanOf(Q2)];
    return yesNo(clearlyDiffer(q3, q2, 0.1), [score(q3), score(q2)]);
  }),
];
