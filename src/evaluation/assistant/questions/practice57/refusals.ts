/*
 * practice57 — number questions the documents say the assistant cannot answer, each refused naming what it cannot do
 * (README, API.md): pay (no salary is held), a forecast or prediction in any words, a period it does not keep ("per
 * fortnight"), breakdowns it does not make (by day of the week, by hour of the day, by job title), a time of day,
 * correlations, a statistic it does not compute (a standard deviation), periods ranked against each other, reasons,
 * advice, an order to change a score, working-time contracts, a department the organisation does not have. Every role
 * asks.
 */
import { refusal, type Question } from '../../expectation';
import { TEAMS } from '../../dataset/people';
import { q } from '../helpers';

/** A department the organisation does not have, checked against the data set's teams. */
function noSuchTeam(word: string) {
  if (Object.values(TEAMS).some((name) => name.toLowerCase().includes(word.toLowerCase()))) throw new Error(`${word} is a team`);
  return refusal(word);
}

export const REFUSALS: readonly Question[] = [
  // Pay.
  q('QF213', 'admin', "what's the average salary in DEV?", () => refusal('salary', 'salaries', 'pay')),
  q('QF214', 'DAT-004', 'how does my salary compare with the rest of the team', () => refusal('salary', 'salaries', 'pay')),
  q('QF215', 'admin', 'which 5 people got the biggest bonus last year', () => refusal('bonus', 'pay')),

  // Forecasts.
  q('QF216', 'admin', "forecast next month's attendance rate for QA", () => refusal('forecast', 'predict', 'future')),
  q('QF217', 'SEC-004', 'will my attendance be above 95% next month?', () => refusal('predict', 'forecast', 'future', 'next month')),
  q('QF218', 'admin', "who's likely to quit in the next quarter?", () => refusal('quit', 'predict', 'likely', 'forecast')),

  // Periods and breakdowns it does not keep.
  q('QF219', 'admin', 'attendance rate per fortnight since august', () => refusal('fortnight')),
  q('QF220', 'admin', 'which day of the week has the most late arrivals?', () => refusal('day of the week', 'weekday')),
  q('QF221', 'QA-003', 'which weekday am i usually late on', () => refusal('weekday', 'day of the week')),
  q('QF222', 'admin', 'late arrivals by hour of the day last month', () => refusal('hour of the day', 'by hour', 'time of day')),
  q('QF223', 'admin', 'average score by job title in q3', () => refusal('job title')),
  q('QF224', 'DEV-003', 'how many times did I check in after 10am this month?', () => refusal('10am', 'after 10', 'time of day')),

  // Statistics and rankings it does not make.
  q('QF225', 'admin', 'is there a correlation between lateness and q3 scores?', () => refusal('correlation', 'correlate')),
  q('QF226', 'admin', 'standard deviation of the q3 scores', () => refusal('standard deviation', 'deviation')),
  q('QF227', 'admin', 'which month this year had the worst attendance?', () => refusal('which month', 'months', 'periods', 'rank')),

  // Reasons, advice, orders, contracts.
  q('QF228', 'QA-001', 'why was Zoe Adams absent so much in October?', () => refusal('why', 'reason')),
  q('QF229', 'admin', 'how do I improve QA attendance', () => refusal('improve', 'advice', 'how do i')),
  q('QF230', 'QA-001', 'should I put Leo Martins on a performance plan?', () => refusal('should', 'advice', 'performance plan')),
  q('QF231', 'DEV-001', "set Ben Carter's Q3 score to 60", () => refusal('set', 'change', 'update', '/performance-scores')),
  q('QF232', 'DEV-001', 'which of my team are part time', () => refusal('part time', 'part-time', 'contract')),
  q('QF233', 'admin', 'attendance rate for the sales team last month', () => noSuchTeam('sales')),
];
