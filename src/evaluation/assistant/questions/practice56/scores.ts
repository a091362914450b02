/*
 * practice56 — quarterly scores: the statistics the documents list (mean, median, lowest, highest, the range or
 * "spread"), the change between two quarters (up or down, who moved most, how many improved), one person's KPI, one's
 * own scores, teams ranked by their mean, lines and bands, seniors against juniors, a team's people against the
 * company's mean, the bottom N, a share of a quarter's scores, and scores over "this time last year" and "H1". Each is
 * asked plainly, casually, and with one more constraint. A group's statistic is over the quarter's scores:
 * every score of the quarter counts, those of people who have since left included; "last quarter" is the last one scored.
 */
import { answer, figures, people, rate, score, type Question } from '../../expectation';
import { rankClean } from '../../oracle/practice19-figures';
import { wentUp } from '../../oracle/practice20-figures';
import { aboveInAll, biggestMove, scoredPast } from '../../oracle/practice31-figures';
import { LAST_Q, Q_BEFORE, some } from '../../oracle/practice53-figures';
import { scoreOfOne } from '../../oracle/practice53-people';
import { teamsAtEnd } from '../../oracle/practice53-rankings';
import { aboveCompanyMean, inBand, shareUnder, statOf, teamMean } from '../../oracle/practice56-figures';
import { kpiOf } from '../../oracle/score-figures';
import { quarterOf } from '../../dataset/dates';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const kpi = (id: string, period: string) => score(kpiOf(id, period));
const mine = (id: string, ...periods: string[]) => figures(...periods.map((p) => score(scoreOfOne(id, p))));
/** The team with the highest (or lowest) mean in a quarter, and its mean (throws on a tie). */
function teamAtEnd(period: string, direction: 'high' | 'low') {
  const end = teamsAtEnd((code) => teamMean(period, code), direction);
  if (end.codes.length !== 1) throw new Error('two teams share the end');
  return answer({ teams: end.codes, figures: [score(end.value)] });
}
const change = (from: string, to: string, code?: string) =>
  wentUp(statOf(from, 'mean', code), statOf(to, 'mean', code), [score(statOf(from, 'mean', code)), score(statOf(to, 'mean', code))]);
const THIS_TIME_LAST_YEAR = quarterOf(`${Number(TODAY.slice(0, 4)) - 1}${TODAY.slice(4)}`).period;
const H1 = [`${TODAY.slice(0, 4)}-Q1`, `${TODAY.slice(0, 4)}-Q2`];

export const SCORES: readonly Question[] = [
  // The median.
  q('QE162', 'admin', "What's the median score in Development for Q3?", () => figures(score(statOf('2025-Q3', 'median', 'DEV')))),
  q('QE163', 'admin', 'median scor qa q3', () => figures(score(statOf('2025-Q3', 'median', 'QA')))),
  q('QE164', 'DEV-001', "What's my team's median score for last quarter?", () => figures(score(statOf(LAST_Q, 'median', 'DEV')))),

  // The range ("spread": the highest less the lowest).
  q('QE165', 'admin', "What's the range between the highest and lowest QA score last quarter?", () => figures(score(statOf(LAST_Q, 'spread', 'QA')))),
  q('QE166', 'QA-001', 'spread of q2 scores on my team?', () => figures(score(statOf('2025-Q2', 'spread', 'QA')))),
  q('QE167', 'admin', "Is DEV's score range for Q3 above 30?", () => {
    const spread = statOf('2025-Q3', 'spread', 'DEV');
    if (Math.abs(spread - 30) < 1) throw new Error('too near the line');
    return answer({ mentions: [spread > 30 ? 'yes' : 'no'], figures: [score(spread)] });
  }),

  // The highest and the lowest.
  q('QE168', 'admin', 'What was the highest score in Q2?', () => figures(score(statOf('2025-Q2', 'max')))),

  // The change between two quarters.
  q('QE169', 'admin', 'Was the average score higher in Q3 than in Q2?', () => {
    const [q2, q3] = [statOf('2025-Q2', 'mean'), statOf('2025-Q3', 'mean')];
    if (q2 === q3) throw new Error('no change');
    return answer({ mentions: [q3 > q2 ? 'yes' : 'no'], figures: [score(q3), score(q2)] });
  }),
  q('QE170', 'admin', 'avg score q1 vs q2 2025 - up or down?', () => change('2025-Q1', '2025-Q2')),
  q('QE171', 'QA-001', "Did my team's average score go up from Q2 to Q3?", () => change('2025-Q2', '2025-Q3', 'QA')),

  // Who moved most, and how many improved.
  q('QE172', 'admin', 'Whose score rose the most from Q2 to Q3?', () => people([biggestMove('2025-Q2', '2025-Q3', 'up').id])),
  q('QE173', 'DEV-001', 'Who on my team dropped the most from Q2 to Q3?', () => people([biggestMove('2025-Q2', '2025-Q3', 'down', { team: 'DEV' }).id])),

  // One person's KPI.
  q('QE174', 'admin', "What was Tom Becker's KPI in Q3?", () => figures(kpi('DEV-002', '2025-Q3'))),
  q('QE175', 'DEV-001', 'toms kpi last qtr?', () => figures(kpi('DEV-002', LAST_Q))),

  // One's own scores.
  q('QE176', 'DEV-003', 'How did I score last quarter?', () => mine('DEV-003', LAST_Q)),
  q('QE177', 'QA-003', 'my q3 scor?', () => mine('QA-003', '2025-Q3')),
  q('QE178', 'DAT-004', 'What was my score in each quarter this year?', () => mine('DAT-004', '2025-Q1', '2025-Q2', '2025-Q3')),
  q('QE179', 'SEC-004', 'My score last quarter vs the quarter before?', () => mine('SEC-004', LAST_Q, Q_BEFORE)),

  // Teams ranked by their mean.
  q('QE180', 'admin', 'Which team had the best average score in Q3?', () => teamAtEnd('2025-Q3', 'high')),
  q('QE181', 'admin', 'Which team had the lowest average score in Q3?', () => teamAtEnd('2025-Q3', 'low')),

  // Lines, both quarters, and a band.
  q('QE182', 'admin', 'Which people scored more than 85 last quarter?', () => people(some(scoredPast(LAST_Q, 85, 'above')))),
  q('QE183', 'admin', 'Who in SEC scored above 85 in Q3?', () => people(some(scoredPast('2025-Q3', 85, 'above', { team: 'SEC' })))),
  q('QE184', 'admin', 'Who scored above 80 in Q2 and again in Q3?', () => people(some(aboveInAll(['2025-Q2', '2025-Q3'], 80)))),
  q('QE185', 'admin', 'Which DEV scores in Q3 fell between 70 and 80?', () => people(some(inBand('2025-Q3', 70, 80, { team: 'DEV' })))),

  // Levels, a team against the company, the bottom N.
  q('QE186', 'admin', 'Who in Development scored higher than the company average in Q3?', () => people(some(aboveCompanyMean('2025-Q3', 'DEV')))),
  q('QE187', 'admin', 'Who were the bottom 3 performers in Q3?', () => people(rankClean('2025-Q3', 3, 'bottom'))),
  q('QE188', 'QA-001', 'Who were the bottom 2 on my team in Q3?', () => people(rankClean('2025-Q3', 2, 'bottom', { team: 'QA' }))),

  // A share of a quarter's scores; "this time last year"; "H1".
  q('QE189', 'admin', 'What share of Q3 scores fell below 70?', () => figures(rate(shareUnder('2025-Q3', 70)))),
  q('QE190', 'admin', 'What was the average score this time last year?', () => figures(score(statOf(THIS_TIME_LAST_YEAR, 'mean')))),
  q('QE191', 'admin', 'avg score in H1, quarter by quarter?', () => figures(...H1.map((p) => score(statOf(p, 'mean'))))),
];
