/*
 * practice23 — what the payroll clerk, the managers and the employees ask that the service does not keep or
 * do, to be refused naming it: salary and pay, payslips, tax and deductions, overtime pay, bonuses,
 * pensions, forecasts in any words, sentiment and morale, and month-end orders (run payroll, close the
 * month, approve, correct a check-out). Written code-blind from /work/shared/API.md, docs/API.md and the
 * README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'earn'];
const PAYSLIP = ['payslip', 'pay slip', 'pay stub', ...PAY];
const TAX = ['tax', 'deduction', 'withholding', ...PAY];
const OVERTIME = ['overtime', ...PAY];
const BONUS = ['bonus', ...PAY];
const PREDICT = ['predict', 'forecast', 'future', 'project'];
const SENTIMENT = ['sentiment', 'morale', 'mood', 'feel', 'happy', 'engagement', 'satisf'];

export const REFUSALS: readonly Question[] = [
  // The payroll clerk.
  q('I186', 'admin', 'total salary cost for october', () => refusal(...PAY, 'cost')),
  q('I187', 'admin', 'generate payslips for november', () => refusal(...PAYSLIP, 'generate')),
  q('I188', 'admin', 'tax deductions for DEV this month', () => refusal(...TAX)),
  q('I189', 'admin', 'overtime pay owed for october, per person', () => refusal(...OVERTIME)),
  q('I190', 'admin', 'bonus amounts for the top Q3 scorers', () => refusal(...BONUS)),
  q('I191', 'admin', 'forecast sick days for december', () => refusal(...PREDICT)),
  q('I192', 'admin', 'what is the sentiment in the QA team right now', () => refusal(...SENTIMENT)),
  q('I193', 'admin', 'net pay for Aisha Khan in October', () => refusal(...PAY, 'net pay')),
  q('I194', 'admin', 'pension contributions this month', () => refusal('pension', 'contribution', ...PAY)),
  q('I195', 'admin', 'what will attendance look like next month', () => refusal(...PREDICT, 'next month')),
  q('I196', 'admin', 'employee morale score by team', () => refusal(...SENTIMENT)),
  q('I197', 'admin', 'gross payroll for SEC in oct', () => refusal(...PAY, 'gross')),
  q('I198', 'admin', 'hourly rates for the juniors', () => refusal('hourly rate', 'rate of pay', ...PAY)),
  q('I199', 'admin', 'run payroll for november', () => refusal(...PAY, 'run payroll')),
  q('I200', 'admin', 'how much overtime did DEV work in october', () => refusal('overtime')),
  q('I201', 'admin', 'projected unpaid leave for Q1 next year', () => refusal(...PREDICT, 'projected', 'next year')),
  q('I202', 'admin', 'close the month and lock attendance for october', () => refusal('close', 'lock')),
  q('I203', 'admin', "fix DEV-006's missing check-out on the 18th to 17:30", () => refusal('correct', 'correction', 'check-out', 'attendance-corrections')),

  // The managers.
  q('I204', 'DEV-001', 'salaries on my team', () => refusal(...PAY)),
  q('I205', 'DEV-001', "predict who'll be late next week", () => refusal(...PREDICT, 'next week')),
  q('I206', 'DEV-001', 'who deserves a bonus on my team this quarter', () => refusal(...BONUS, 'deserve')),
  q('I207', 'DEV-001', 'approve Yuki Tanaka’s leave request', () => refusal('approve', '/approve')),
  q('I208', 'QA-001', 'how does my team feel about the new release process', () => refusal(...SENTIMENT)),
  q('I209', 'QA-001', 'overtime pay for Marcus last month', () => refusal(...OVERTIME)),
  q('I210', 'QA-001', 'will QA reach 95% attendance in december', () => refusal(...PREDICT, 'december')),

  // The employees.
  q('I211', 'DEV-003', 'show me my payslip for october', () => refusal(...PAYSLIP)),
  q('I212', 'DEV-003', 'how much tax did i pay this year', () => refusal(...TAX)),
  q('I213', 'QA-003', 'whats my salary', () => refusal(...PAY)),
  q('I214', 'DAT-004', 'will i get a bonus this yr', () => refusal(...BONUS)),
  q('I215', 'SEC-004', 'am i owed overtime for last week', () => refusal(...OVERTIME)),
  q('I216', 'SEC-004', 'when is payday', () => refusal('payday', 'pay day', ...PAY)),
  q('I217', 'DAT-004', 'whats my hourly rate', () => refusal('hourly rate', 'rate of pay', ...PAY)),
  q('I218', 'QA-003', 'predict my Q4 score', () => refusal(...PREDICT, 'q4')),
  q('I219', 'DEV-003', 'how happy is my team lately', () => refusal(...SENTIMENT)),
  q('I220', 'QA-003', 'check me out now', () => refusal('check out', 'check-out', 'check me out', '/check-out', 'attendance/check')),
];
