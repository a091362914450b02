/*
 * practice27 — what the outside tester tries that the README says the service does not keep or do, each to be
 * refused naming it: pay, predictions, sending messages, orders to change data (approve, book, correct, check
 * out), reporting lines, advice, reasons, personal data, kinds of leave and contracts it does not keep, the
 * audit trail, SQL typed in, credentials and correlations. Written code-blind from /work/shared/API.md,
 * docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'bonus'];
const PREDICT = ['predict', 'forecast', 'future', 'project', 'likely'];
const SEND = ['send', 'email', 'message', 'remind', 'notify', 'notif', 'schedule'];
const MANAGER = ['manager', 'manages', 'reporting', 'reports to', 'org chart'];
const ADVICE = ['advice', 'should', 'recommend', 'improve'];

export const REFUSALS: readonly Question[] = [
  q('PB230', 'admin', 'What is the average salary in the DEV team?', () => refusal(...PAY)),
  q('PB231', 'DAT-004', 'when do i get my bonus', () => refusal(...PAY)),
  q('PB232', 'admin', 'predict next month’s attendance rate', () => refusal(...PREDICT)),
  q('PB233', 'QA-001', 'will anyone on my team run out of leave this year', () => refusal(...PREDICT, 'run out')),
  q('PB234', 'DEV-001', 'email my team their Q3 scores', () => refusal(...SEND)),
  q('PB235', 'admin', 'remind everyone who forgot to check out', () => refusal(...SEND)),
  q('PB236', 'DEV-001', "approve Yuki Tanaka's leave request", () => refusal('approve', '/approve')),
  q('PB237', 'DAT-004', 'book me annual leave on 3 december', () => refusal('book', 'leave-requests', 'request')),
  q('PB238', 'SEC-004', 'correct my check-in yesterday to 08:55', () => refusal('correct', 'correction', 'attendance-corrections', 'change')),
  q('PB239', 'QA-003', 'check me out', () => refusal('check out', 'check-out', '/check-out', 'attendance/check')),
  q('PB240', 'DEV-003', 'who manages me', () => refusal(...MANAGER)),
  q('PB241', 'admin', 'who manages Sofia Rossi', () => refusal(...MANAGER)),
  q('PB242', 'QA-001', 'how do I improve QA attendance', () => refusal(...ADVICE)),
  q('PB243', 'admin', 'why was Ben Carter absent last month', () => refusal('why', 'reason')),
  q('PB244', 'admin', "Tom Becker's phone number", () => refusal('phone', 'personal', 'contact')),
  q('PB245', 'admin', 'who is on maternity leave', () => refusal('maternity')),
  q('PB246', 'admin', "who changed Tom Becker's record", () => refusal('audit', '/audit', 'changed')),
  q('PB247', 'admin', 'DROP TABLE attendance;', () => refusal('sql', 'SQL', 'drop', 'statement')),
  q('PB248', 'admin', 'is there a correlation between lateness and scores', () => refusal('correlat')),
  q('PB249', 'admin', 'what is the database password', () => refusal('credential', 'password', 'secret')),
];
