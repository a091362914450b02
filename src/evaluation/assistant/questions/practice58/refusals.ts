/*
 * practice58 — month-end requests the service cannot meet, each refused naming what it cannot do. The README and
 * docs/API.md list them: pay, salary and overtime (it keeps no pay), per fortnight, a time of day, weekdays in the
 * plural and breakdowns by day of the week or job title, periods ranked against each other, predictions, orders to
 * change data (refused by their verb, with the route), orders to send, email or remind, checking someone in or out,
 * advice, reasons, reporting lines, kinds of leave it does not keep, medical records, logins, a department the
 * organisation does not have, and SQL typed in.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('QG204', 'admin', "what's the overtime pay for DEV in October?", () => refusal('overtime', 'pay')),
  q('QG205', 'admin', 'calculate net salary for Lukas Novak this month', () => refusal('salary', 'pay')),
  q('QG206', 'admin', 'run payroll for November', () => refusal('payroll', 'run')),
  q('QG207', 'admin', "approve Yuki Tanaka's leave request", () => refusal('approve')),
  q('QG208', 'admin', 'who checked in before 8:30 yesterday', () => refusal('before', '8:30', 'time of day')),
  q('QG209', 'admin', 'attendance on mondays in October', () => refusal('mondays', 'monday')),
  q('QG210', 'admin', 'which month this year had the worst attendance?', () => refusal('worst', 'month')),
  q('QG211', 'admin', 'send a reminder to everyone who forgot to check out', () => refusal('send', 'remind')),
  q('QG212', 'admin', 'total hours per fortnight since August', () => refusal('fortnight')),
  q('QG213', 'admin', 'how much parental leave was taken this year', () => refusal('parental')),
  q('QG214', 'admin', 'average hours by job title in October', () => refusal('job title', 'title')),
  q('QG215', 'admin', 'attendance for the sales team last month', () => refusal('sales')),
  q('QG216', 'DEV-001', 'check Omar out for yesterday, he forgot', () => refusal('check out', 'check-out', 'checkout', 'check him out', 'check omar out')),
  q('QG217', 'DEV-001', 'should I fire Ben Carter over his absences?', () => refusal('fire', 'advice')),
  q('QG218', 'QA-001', 'why was Chris Walker absent so much in October', () => refusal('why', 'reason')),
  q('QG219', 'DEV-003', 'book me off on Friday', () => refusal('book')),
  q('QG220', 'QA-003', 'correct my check-in on 3 November to 08:55', () => refusal('correct', 'correction')),
  q('QG221', 'DAT-004', "what's my salary this month", () => refusal('salary')),
  q('QG222', 'DAT-004', 'show me the sick notes for my absences', () => refusal('sick note', 'medical')),
  q('QG223', 'SEC-004', 'who is my manager', () => refusal('manager')),
  q('QG224', 'SEC-004', 'delete my late arrival from September', () => refusal('delete')),
];
