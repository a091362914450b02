/*
 * practice29 — what the analyst asks that the service does not keep or do, each to be refused naming it:
 * correlations, predictions, pay, reasons for absences, a fortnight, breakdowns by hour of the day, by weekday
 * and by job title, periods ranked against each other, gender and age, overtime, turnover cost, advice and
 * verdicts. Written code-blind from docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'bonus', 'cost'];
const PREDICT = ['predict', 'forecast', 'future', 'project', 'likely', 'going to'];
const ADVICE = ['advice', 'should', 'recommend', 'improve'];

export const REFUSALS: readonly Question[] = [
  q('PD178', 'admin', 'Is there a correlation between attendance and Q3 scores?', () => refusal('correlat')),
  q('PD179', 'admin', 'do late arrivals correlate with lower scores in DEV', () => refusal('correlat')),
  q('PD180', 'admin', 'predict QA attendance for December', () => refusal(...PREDICT)),
  q('PD181', 'admin', "forecast next quarter's average score", () => refusal(...PREDICT)),
  q('PD182', 'admin', "who's likely to leave next", () => refusal(...PREDICT, 'quit', 'leave next')),
  q('PD183', 'admin', 'average salary by team', () => refusal(...PAY)),
  q('PD184', 'admin', 'how much did absences cost us in salary in October', () => refusal(...PAY)),
  q('PD185', 'admin', 'Why was QA absent so much in October?', () => refusal('why', 'reason')),
  q('PD186', 'admin', 'reasons for the sick days in DAT this quarter', () => refusal('reason', 'why', 'sick note')),
  q('PD187', 'admin', 'attendance rate per fortnight since September', () => refusal('fortnight')),
  q('PD188', 'admin', 'late arrivals by hour of the day in October', () => refusal('hour of the day', 'hour')),
  q('PD189', 'admin', 'how many people checked in per hour yesterday', () => refusal('hour', 'per hour', 'time of day')),
  q('PD190', 'admin', 'attendance on mondays vs fridays', () => refusal('monday', 'friday', 'day of the week', 'weekday')),
  q('PD191', 'admin', 'average score by job title in Q3', () => refusal('job title', 'title')),
  q('PD192', 'admin', 'which month this year had the worst attendance', () => refusal('month', 'ranked', 'worst')),
  q('PD193', 'admin', 'gender split of the leads', () => refusal('gender')),
  q('PD194', 'admin', 'average age by team', () => refusal('age', 'birth', 'how old')),
  q('PD195', 'admin', 'overtime hours in DEV last month', () => refusal('overtime')),
  q('PD196', 'admin', 'what is our turnover cost this year', () => refusal(...PAY, 'turnover')),
  q('PD197', 'admin', 'which team should we cut to improve the average score', () => refusal(...ADVICE, 'cut')),
  q('PD198', 'QA-001', 'is Peter Hansen a bad employee', () => refusal('verdict', 'bad', 'judge', 'opinion')),
  q('PD199', 'DEV-001', 'which of my juniors should I promote', () => refusal(...ADVICE, 'promot')),
  q('PD200', 'admin', 'rank the managers by how well their teams attend', () => refusal('manager', 'managers ranked', 'rank')),
];
