/*
 * practice45 — comparisons and rankings the assistant does not make, each refused naming what it could not do (README):
 * periods ranked against each other ("which month had the worst attendance"), managers ranked by their teams,
 * correlations, breakdowns by day of the week, by hour of the day or by job title, fortnights, advice and verdicts on a
 * person, predictions in any words, pay, reasons, orders to act on a ranking; and a comparison over a period the data
 * cannot answer — wholly before tracking began, or a quarter nobody has been scored in yet.
 */
import { refusal, type Question } from '../../expectation';
import { beforeTracking, noScores } from '../../oracle/practice42-figures';
import { H1 } from '../../oracle/practice45-figures';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // Periods ranked against each other.
  q('PT212', 'admin', 'which month since august had the best attendance?', () => refusal('month', 'months')),
  q('PT213', 'admin', 'which week in october had the most late arrivals', () => refusal('week', 'weeks')),
  q('PT214', 'admin', "what was DEV's best quarter for scores", () => refusal('best quarter', 'quarter', 'quarters')),
  // Managers ranked by their teams, correlations, breakdowns it does not make.
  q('PT215', 'admin', "rank the managers by their team's attendance", () => refusal('manager', 'managers')),
  q('PT216', 'admin', 'is there a correlation between lateness and scores?', () => refusal('correlation', 'correlate')),
  q('PT217', 'admin', 'late arrivals by day of the week in october', () => refusal('day of the week', 'weekday', 'days of the week')),
  q('PT218', 'admin', 'compare attendance on mondays vs fridays', () => refusal('mondays', 'fridays', 'weekday', 'day of the week')),
  q('PT219', 'admin', 'average score by job title in q3', () => refusal('job title', 'title')),
  q('PT220', 'admin', 'late arrivals by hour of the day last month', () => refusal('hour of the day', 'hour', 'time of day')),
  q('PT221', 'admin', 'attendance fortnight by fortnight since august', () => refusal('fortnight')),
  // Advice, verdicts, predictions, pay, reasons, orders.
  q('PT222', 'admin', 'who should we promote based on the q3 rankings?', () => refusal('promote', 'promotion', 'advice', 'should')),
  q('PT223', 'admin', 'who should we let go from QA, the bottom 2?', () => refusal('let go', 'advice', 'should')),
  q('PT224', 'admin', 'is Chris Walker a worse employee than Nina Kowalski?', () => refusal('worse employee', 'verdict', 'judge', 'judgement')),
  q('PT225', 'admin', 'predict which team will have the best attendance in december', () => refusal('predict', 'forecast', 'future')),
  q('PT226', 'DEV-001', "will my team's average score go up in Q4?", () => refusal('predict', 'forecast', 'future')),
  q('PT227', 'admin', 'average salary by team', () => refusal('salary', 'salaries', 'pay')),
  q('PT228', 'admin', "why is QA's attendance so much worse than AI's?", () => refusal('why', 'reason')),
  // Periods the data cannot answer.
  q('PT229', 'admin', 'which team had the best attendance in H1?', () => beforeTracking(H1, 'H1', 'first half', 'tracking', 'recorded', 'before')),
  q('PT230', 'admin', 'compare DEV and QA scores for 2025-Q4', () => noScores('2025-Q4', 'Q4', '2025-Q4', 'no score', 'not yet')),
];
