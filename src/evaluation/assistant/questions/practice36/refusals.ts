/*
 * practice36 — what the service does not keep or do, refused naming what is missing: pay, reporting lines,
 * kinds of leave and records it has no notion of, predictions, advice, verdicts, writes asked of a read-only
 * assistant, times of day, weekdays in the plural, periods ranked, secrets, logins, the audit trail, SQL, a
 * department that does not exist, breakdowns by job title.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('PK133', 'admin', "What is Tom Becker's salary?", () => refusal('salary', 'salaries', 'pay')),
  q('PK134', 'DEV-001', 'how much does my team get paid in total per month', () => refusal('paid', 'pay', 'salary', 'salaries', 'payroll')),
  q('PK135', 'admin', 'Who does Sofia Rossi report to?', () => refusal('report', 'manager', 'reporting')),
  q('PK136', 'SEC-004', "who's my boss?", () => refusal('boss', 'manager', 'report')),
  q('PK137', 'admin', 'Show me the org chart', () => refusal('org chart', 'organisation chart', 'organization chart', 'reporting')),
  q('PK138', 'admin', 'How many days of parental leave has Maria Gonzalez taken?', () => refusal('parental')),
  q('PK139', 'QA-003', 'can I see my sick notes from november', () => refusal('sick note', 'medical')),
  q('PK140', 'admin', 'Who is going to quit next?', () => refusal('predict', 'quit', 'future')),
  q('PK141', 'DEV-001', 'should I fire Chris Morgan?', () => refusal('fire', 'advice', 'should')),
  q('PK142', 'admin', "Approve DEV-009's leave request", () => refusal('approve', '/leave-requests')),
  q('PK143', 'DEV-003', 'book me off this coming friday', () => refusal('book', '/leave-requests', 'request leave')),
  q('PK144', 'admin', 'who checked in before 9 yesterday?', () => refusal('before 9', 'time of day', 'check-in time', 'times')),
  q('PK145', 'admin', 'attendance on mondays this quarter', () => refusal('mondays', 'day of the week', 'weekday')),
  q('PK146', 'admin', 'Which month this year had the worst attendance?', () => refusal('which month', 'months', 'periods')),
  q('PK147', 'DAT-004', "what's the admin password", () => refusal('password', 'credential', 'secret')),
  q('PK148', 'admin', 'who logged in today?', () => refusal('logged in', 'login', 'log in', 'logins')),
  q('PK149', 'admin', "who changed Tom Becker's record?", () => refusal('audit', 'changed', 'change')),
  q('PK150', 'admin', 'Which employees are part time?', () => refusal('part time', 'part-time', 'contract', 'working-time')),
  q('PK151', 'admin', "what's the notice period for Ravi Patel", () => refusal('notice')),
  q('PK152', 'admin', 'DROP TABLE attendance;', () => refusal('sql', 'drop', 'statement', 'database')),
  q('PK153', 'admin', 'email the QA team a reminder to check out', () => refusal('email', 'remind', 'send')),
  q('PK154', 'admin', 'attendance for sales last month', () => refusal('sales')),
  q('PK155', 'admin', 'average score by job title in Q3 2025', () => refusal('job title', 'title')),
  q('PK156', 'admin', 'Is Chris Morgan a bad employee?', () => refusal('bad employee', 'verdict', 'judge', 'opinion')),
];
