/*
 * practice28 — what people try in their first month that the service does not keep or do, each to be refused
 * naming it: pay, overtime and working from home (not kept), orders to change data (book, cancel, correct,
 * check in, approve), reminders, reporting lines, predictions, advice, how-to, a time of day, weekdays in the
 * plural, medical notes, a kind of leave it does not keep, a department the organisation does not have and a
 * secret. Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'payday', 'payslip'];
const PREDICT = ['predict', 'forecast', 'future', 'project', 'likely', 'run out'];
const SEND = ['send', 'email', 'message', 'remind', 'notify', 'notif', 'schedule'];
const MANAGER = ['manager', 'manages', 'reporting', 'reports to', 'org chart'];
const ADVICE = ['advice', 'should', 'recommend'];

export const REFUSALS: readonly Question[] = [
  q('PC211', 'DEV-003', 'when is payday and how much will i get', () => refusal(...PAY)),
  q('PC212', 'QA-003', 'how much overtime have i done this month', () => refusal('overtime')),
  q('PC213', 'DAT-004', 'how many wfh days have i had this month', () => refusal('wfh', 'work from home', 'working from home', 'remote')),
  q('PC214', 'SEC-004', 'book me off on friday pls', () => refusal('book', 'leave-requests', 'request')),
  q('PC215', 'DEV-003', 'cancel my december leave request', () => refusal('cancel', '/cancel', 'leave-requests')),
  q('PC216', 'SEC-004', 'fix my check out yesterday to 17:30', () => refusal('correct', 'correction', 'attendance-corrections', 'change', 'fix')),
  q('PC217', 'QA-003', 'check me in', () => refusal('check in', 'check-in', '/check-in', 'attendance/check')),
  q('PC218', 'DAT-004', 'who is my manager', () => refusal(...MANAGER)),
  q('PC219', 'QA-001', "approve marcus's leave", () => refusal('approve', '/approve')),
  q('PC220', 'DEV-001', 'remind my team to check out today', () => refusal(...SEND)),
  q('PC221', 'DEV-003', 'will i run out of annual leave before the end of the year', () => refusal(...PREDICT)),
  q('PC222', 'QA-003', 'should i take my leave in december or january', () => refusal(...ADVICE)),
  q('PC223', 'DEV-001', 'who on my team checked in before 9 yesterday', () => refusal('before 9', 'time of day', 'before')),
  q('PC224', 'QA-001', 'my team attendance on mondays', () => refusal('monday', 'weekday', 'day of the week')),
  q('PC225', 'SEC-004', 'where can i upload my sick note', () => refusal('sick note', 'medical', 'upload')),
  q('PC226', 'DAT-004', 'how much parental leave do i get', () => refusal('parental')),
  q('PC227', 'admin', 'attendance for the sales team last month', () => refusal('sales')),
  q('PC228', 'DEV-003', 'whats my password again', () => refusal('credential', 'password', 'secret')),
];
