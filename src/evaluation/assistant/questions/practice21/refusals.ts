/*
 * practice21 — report questions an honest assistant refuses, naming what it cannot do: figures the service
 * does not keep (salary, overtime pay, bonuses, engagement, diversity, age, location, training, cost of
 * absence, exit reasons), period units it does not use (a fortnight, a pay period), statistics it does not
 * compute (a correlation, a standard deviation stated as such), forecasts in any words, and orders to change
 * data. Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'earn'];
const OVERTIME = ['overtime'];
const DIVERSITY = ['diversity', 'gender', 'ethnic', 'women', 'female', 'male'];
const FORTNIGHT = ['fortnight', 'two weeks', 'two-week', 'biweekly', 'bi-weekly'];
const PREDICT = ['predict', 'forecast', 'future', 'project'];

export const REFUSALS: readonly Question[] = [
  // Not kept: pay and cost.
  q('F203', 'admin', 'average salary by team', () => refusal(...PAY)),
  q('F204', 'admin', 'median salary of the seniors vs their median Q3 score', () => refusal(...PAY)),
  q('F205', 'admin', 'overtime pay for DEV in October', () => refusal(...OVERTIME, ...PAY)),
  q('F206', 'admin', 'overtime hours by team last month', () => refusal(...OVERTIME)),
  q('F207', 'admin', 'total bonus pool for the top 10% of Q3 scorers', () => refusal('bonus', ...PAY)),
  q('F208', 'admin', 'what did absences cost us in October', () => refusal('cost', ...PAY)),
  q('F209', 'QA-001', 'payroll total for my team this month', () => refusal(...PAY)),

  // Not kept: people data.
  q('F210', 'admin', 'engagement score by team for Q3', () => refusal('engagement')),
  q('F211', 'admin', 'eNPS for QA this quarter', () => refusal('enps', 'engagement', 'net promoter')),
  q('F212', 'admin', 'diversity breakdown of our headcount', () => refusal(...DIVERSITY)),
  q('F213', 'admin', 'gender split of the 2025 hires', () => refusal(...DIVERSITY)),
  q('F214', 'admin', 'average age of the DEV team', () => refusal('ages', 'age of', 'birth')),
  q('F215', 'admin', 'headcount by office location', () => refusal('office', 'location')),
  q('F216', 'admin', 'training hours completed per team in Q3', () => refusal('training')),
  q('F217', 'admin', 'reasons for leaving for this year’s leavers', () => refusal('reason', 'why')),
  q('F218', 'admin', 'how many people are on a performance improvement plan', () => refusal('performance improvement', 'improvement plan', 'pip')),
  q('F219', 'admin', 'time to hire for the juniors we hired this year', () => refusal('time to hire', 'recruit')),
  q('F220', 'DEV-001', 'overtime worked by my seniors in October', () => refusal(...OVERTIME)),

  // Units and statistics not offered.
  q('F221', 'admin', 'fortnightly attendance rate since August', () => refusal(...FORTNIGHT)),
  q('F222', 'admin', 'late arrivals by fortnight for QA in Q3', () => refusal(...FORTNIGHT)),
  q('F223', 'admin', 'absences per pay period this quarter', () => refusal('pay period', 'pay', 'period')),
  q('F224', 'admin', 'correlation between attendance rate and Q3 score', () => refusal('correlation', 'correlate')),
  q('F225', 'QA-001', "my team's late arrivals per fortnight in October", () => refusal(...FORTNIGHT)),

  // Forecasts.
  q('F226', 'admin', 'forecast attendance for December', () => refusal(...PREDICT)),
  q('F227', 'admin', 'predict the Q4 average score for QA', () => refusal(...PREDICT)),
  q('F228', 'admin', 'projected headcount at the end of next year', () => refusal(...PREDICT, 'projected')),
  q('F229', 'admin', 'how many people will leave next quarter', () => refusal(...PREDICT, 'next quarter')),
  q('F230', 'DEV-001', 'will my team hit 95% attendance next month', () => refusal(...PREDICT, 'next month')),
  q('F231', 'admin', 'expected sick days in January based on this year', () => refusal(...PREDICT, 'january')),

  // Orders.
  q('F232', 'admin', 'approve every pending leave request in DEV', () => refusal('approve', '/approve')),
  q('F233', 'admin', 'add 2 January 2026 as a public holiday', () => refusal('add', 'create', 'holidays', 'POST')),
  q('F234', 'admin', 'export the Q3 score report to Excel', () => refusal('export', 'excel')),
];
