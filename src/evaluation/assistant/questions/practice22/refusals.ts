/*
 * practice22 — what a new HR coordinator, the managers and employees ask in their first month that an
 * honest assistant refuses, naming what it cannot do: pay (salary, bonuses, overtime pay), promotions,
 * forecasts, a fortnight as a period, personal opinions about people, and orders to change data. Written
 * code-blind from /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'earn'];
const BONUS = ['bonus', ...PAY];
const OVERTIME = ['overtime', ...PAY];
const PROMOTION = ['promot', 'career', 'raise'];
const PREDICT = ['predict', 'forecast', 'future', 'project'];
const FORTNIGHT = ['fortnight', 'two weeks', 'two-week', 'biweekly', 'bi-weekly'];
const OPINION = ['opinion', 'judge', 'judgement', 'assess', 'personal', 'subjective', 'verdict'];

export const REFUSALS: readonly Question[] = [
  // Pay.
  q('A222', 'admin', "what's Tom Becker's salary", () => refusal(...PAY)),
  q('A223', 'admin', 'total payroll for QA', () => refusal(...PAY)),
  q('A224', 'admin', 'who earns the most in DEV', () => refusal(...PAY)),
  q('A225', 'admin', 'how big was the Q3 bonus for the top scorers', () => refusal(...BONUS)),
  q('A226', 'admin', 'overtime pay owed to security for october', () => refusal(...OVERTIME)),
  q('A227', 'DEV-001', 'bonus for my team this year?', () => refusal(...BONUS)),
  q('A228', 'DEV-003', 'what is my salary', () => refusal(...PAY)),
  q('A229', 'SEC-004', 'how much overtime pay will i get for last week', () => refusal(...OVERTIME)),

  // Promotions.
  q('A230', 'admin', 'who was promoted this year', () => refusal(...PROMOTION)),
  q('A231', 'admin', 'which juniors are due a promotion', () => refusal(...PROMOTION)),
  q('A232', 'QA-001', 'who on my team should I promote', () => refusal(...PROMOTION, ...OPINION)),
  q('A233', 'DAT-004', 'when am i up for promotion', () => refusal(...PROMOTION)),

  // Forecasts.
  q('A234', 'admin', 'forecast attendance for next month', () => refusal(...PREDICT, 'next month')),
  q('A235', 'admin', 'predict who will be late tomorrow', () => refusal(...PREDICT, 'tomorrow')),
  q('A236', 'admin', 'what will the Q4 average score be', () => refusal(...PREDICT, 'q4')),
  q('A237', 'DEV-001', 'how many of my team will be off sick in january', () => refusal(...PREDICT, 'january')),

  // A fortnight.
  q('A238', 'admin', 'attendance rate for the last fortnight', () => refusal(...FORTNIGHT)),
  q('A239', 'admin', 'late arrivals per fortnight in october', () => refusal(...FORTNIGHT)),
  q('A240', 'QA-001', 'my team absences in the past fortnight', () => refusal(...FORTNIGHT)),

  // Opinions.
  q('A241', 'admin', 'is Chris Morgan a lazy worker', () => refusal(...OPINION)),
  q('A242', 'admin', 'who is the best person in the company in your opinion', () => refusal(...OPINION)),
  q('A243', 'DEV-001', "what do you think of Daniel Okafor's attitude", () => refusal(...OPINION, 'attitude')),
  q('A244', 'admin', 'should we fire Peter Hansen', () => refusal(...OPINION, 'fire', 'dismiss')),

  // Orders.
  q('A245', 'admin', 'approve all the pending leave requests', () => refusal('approve', '/approve')),
  q('A246', 'DEV-001', 'mark Omar Haddad as present yesterday', () => refusal('mark', 'change', 'record')),
];
