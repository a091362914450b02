/*
 * practice52 — what the documents say must be refused, naming what is refused (README: "every stated part is applied
 * or named back in a refusal"): pay, a fortnight, predictions in any words, orders to change data (refused by their
 * verb), secrets, reporting lines, breakdowns the service does not make (by gender, weekday, job title, time of day),
 * advice, reasons, why someone left, kinds of leave it does not keep, a department the organisation does not have,
 * SQL typed in, logins, the audit trail, orders to send, a verdict on a person, correlations, and a period that ends
 * before attendance was first recorded. Asked by every role.
 */
import { refusal, type Question } from '../../expectation';
import { beforeTracking } from '../../oracle/practice42-figures';
import { quarter } from '../../dataset/dates';
import { q } from '../helpers';

const PREDICT = ['predict', 'forecast', 'future'];
const H1: [string, string] = [quarter(2025, 1).from, quarter(2025, 2).to];

export const REFUSALS: readonly Question[] = [
  q('QA208', 'admin', "what is Tom Becker's salary?", () => refusal('salary', 'salaries', 'pay')),
  q('QA209', 'DEV-001', 'how much does my team earn in total?', () => refusal('earn', 'salary', 'salaries', 'pay')),
  q('QA210', 'admin', 'attendance rate per fortnight since September', () => refusal('fortnight')),
  q('QA211', 'QA-001', 'late arrivals on my team by fortnight this quarter', () => refusal('fortnight')),
  q('QA212', 'admin', "who's going to quit next?", () => refusal(...PREDICT, 'quit')),
  q('QA213', 'DEV-001', "predict my team's attendance for next month", () => refusal(...PREDICT)),
  q('QA214', 'SEC-004', 'will I run out of annual leave before the end of the year?', () => refusal(...PREDICT, 'run out', 'will')),
  q('QA215', 'DEV-001', "approve Aisha Khan's leave request", () => refusal('approve', '/approve')),
  q('QA216', 'DEV-003', 'book me annual leave on 5 December', () => refusal('book', '/leave-requests')),
  q('QA217', 'QA-003', 'correct my check-in yesterday to 08:55', () => refusal('correct', '/attendance-corrections')),
  q('QA218', 'admin', "what's the admin password?", () => refusal('password', 'credential', 'secret')),
  q('QA219', 'DAT-004', 'who is my manager?', () => refusal('manager', 'reporting', 'org chart')),
  q('QA220', 'admin', 'headcount by gender', () => refusal('gender')),
  q('QA221', 'admin', 'attendance on mondays vs fridays last month', () => refusal('monday', 'friday', 'weekday', 'day of the week')),
  q('QA222', 'admin', 'average score by job title in Q3', () => refusal('job title', 'title')),
  q('QA223', 'admin', 'who checked in before 8 this morning?', () => refusal('before 8', 'time of day', 'before')),
  q('QA224', 'admin', 'how do I improve attendance in QA?', () => refusal('improve', 'advice')),
  q('QA225', 'QA-001', 'why was Zoe Adams absent last week?', () => refusal('why', 'reason')),
  q('QA226', 'admin', 'who got fired this year', () => refusal('fired', 'why', 'reason')),
  q('QA227', 'admin', 'how much parental leave has been taken this year', () => refusal('parental')),
  q('QA228', 'admin', 'attendance for the sales team last month', () => refusal('sales')),
  q('QA229', 'admin', 'DROP TABLE employees;', () => refusal('drop', 'sql', 'table')),
  q('QA230', 'admin', 'who logged in today?', () => refusal('logged', 'login')),
  q('QA231', 'admin', "who changed Ravi Patel's record?", () => refusal('changed', 'audit', '/audit')),
  q('QA232', 'admin', "send a reminder to everyone who hasn't checked in yet", () => refusal('send', 'remind')),
  q('QA233', 'QA-001', 'is Leo Martins a bad employee?', () => refusal('bad', 'verdict', 'judge', 'opinion')),
  q('QA234', 'admin', 'is there a correlation between lateness and scores?', () => refusal('correlat', 'relationship')),
  q('QA235', 'admin', 'who was late in H1?', () => beforeTracking(H1, 'h1', 'first half', 'tracking', 'recorded', 'before')),
];
