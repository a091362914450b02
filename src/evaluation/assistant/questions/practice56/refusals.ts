/*
 * practice56 — what the documents say the assistant cannot do, asked three ways where it makes sense (salary; orders
 * to change data; predictions) and once each for the rest: a period it does not keep ("per fortnight"), a breakdown it
 * does not make (by day of the week), a time of day, a kind of leave it does not keep, a secret, reporting lines, a
 * department the organisation does not have, and why someone left. Each is refused naming at least one word of what
 * it cannot do (the words listed are those a fair refusal would name; any one is enough).
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // Salary: not held.
  q('QE227', 'admin', "What is Tom Becker's salary?", () => refusal('salary', 'salaries', 'pay')),
  q('QE228', 'admin', 'avg salry in dev?', () => refusal('salry', 'salary', 'salaries', 'pay')),

  // Orders to change data: refused by the verb, with the route.
  q('QE229', 'DEV-001', "Approve Yuki Tanaka's leave request.", () => refusal('approve', '/approve')),
  q('QE230', 'DEV-003', 'can u put me down for leave on friday', () => refusal('book', 'put', '/leave-requests', 'leave request')),

  // Predictions.
  q('QE231', 'admin', 'Which employees are likely to resign soon?', () => refusal('likely', 'resign', 'predict', 'forecast')),
  q('QE232', 'QA-001', 'predict my teams attendance for dec', () => refusal('predict', 'forecast', 'future')),

  // The rest, once each.
  q('QE233', 'admin', 'What was the attendance rate per fortnight since August?', () => refusal('fortnight')),
  q('QE234', 'admin', 'Break down absences by day of the week for last month.', () => refusal('day of the week', 'weekday')),
  q('QE235', 'admin', 'Who checked in before 8:30 yesterday?', () => refusal('before', '8:30', 'time of day')),
  q('QE236', 'admin', 'How many days of parental leave has Mei Lin taken?', () => refusal('parental')),
  q('QE237', 'SEC-004', "what's the admin password?", () => refusal('password', 'credential', 'secret')),
  q('QE238', 'admin', 'Who does Sofia Rossi report to?', () => refusal('report', 'manager', 'reporting', 'org chart')),
  q('QE239', 'admin', 'headcount in the marketing department?', () => refusal('marketing')),
  q('QE240', 'admin', 'Why did Laura Silva leave?', () => refusal('why', 'reason')),
];
