/*
 * practice59 — an answerable question joined to one it cannot answer, and questions it must refuse outright.
 * README: two to five questions in one message are each asked alone, and "if one of them is refused, the refusal is
 * the answer"; every stated part is applied or named back ("I can't filter …", "not per fortnight", "I can't
 * predict"); an order to change data is refused by its verb with the route; advice, reporting lines ("who is my
 * manager", "the org chart"), breakdowns by hour of the day, day of the week or job title, why someone left, kinds of
 * leave it does not keep, secrets, SQL, orders to send, email or remind, logins, the audit trail, contracts, medical
 * records, correlations, weekdays in the plural, periods ranked against each other, a time of day and predictions are
 * refused naming them. So none of these may be answered with a figure for the part that could be.
 */
import { refusal, type Question } from '../../expectation';
import { noSuchTeam } from '../../oracle/practice59-figures';
import { q } from '../helpers';

export const MIXED: readonly Question[] = [
  // An answerable part and an unanswerable one: the refusal is the answer.
  q('QH196', 'admin', "DEV's attendance rate last month and the average salary there", () => refusal('salary', 'salaries', 'pay')),
  q('QH197', 'DEV-001', "my team's late arrivals last week, and who's likely to quit", () => refusal('quit', 'likely', 'predict', 'forecast')),
  q('QH198', 'QA-001', 'headcount of my team, and who do I report to?', () => refusal('report', 'manager', 'reporting')),
  q('QH199', 'DEV-003', 'my leave balance and my bonus for this year', () => refusal('bonus')),
  q('QH200', 'SEC-004', 'my hours last week, and approve my pending leave please', () => refusal('approve', '/approve')),
  q('QH201', 'admin', 'who was late yesterday and why?', () => refusal('why', 'reason')),
  q('QH202', 'admin', 'hours worked by QA last week, broken down by hour of the day', () => refusal('hour of the day', 'by hour')),
  q('QH203', 'admin', 'absences in SEC in October split by day of the week', () => refusal('day of the week', 'weekday')),
  q('QH204', 'DAT-004', 'my attendance this month + my sick notes', () => refusal('sick note', 'medical')),
  q('QH205', 'admin', 'q3 average per team and per job title', () => refusal('job title', 'title')),
  q('QH206', 'DEV-001', "list my team's pending leave and reject anything in december", () => refusal('reject', '/reject')),
  q('QH207', 'admin', 'headcount in AI plus the org chart', () => refusal('org chart', 'organisation chart', 'reporting')),
  q('QH208', 'QA-001', 'late count for my team last week, then send each of them a reminder', () => refusal('send', 'remind')),
  q('QH209', 'admin', 'attendance rate for DEV in October, and for the sales team', () => noSuchTeam('sales')),
  q('QH210', 'DAT-004', 'my q3 score and my parental leave balance', () => refusal('parental')),
  q('QH211', 'admin', 'who was absent last week and who logged in this morning', () => refusal('logged in', 'login', 'log in')),
  q('QH212', 'QA-003', 'my attendance in october, and will I be late tomorrow?', () => refusal('predict', 'future', 'tomorrow', 'will')),

  // Refused outright.
  q('QH213', 'admin', "what's the password for DEV-003's login", () => refusal('password', 'credential')),
  q('QH214', 'DEV-001', 'should I fire Ben Carter given his absences?', () => refusal('fire', 'advice')),
  q('QH215', 'QA-001', 'did anyone in QA get sacked this year?', () => refusal('sacked', 'fired', 'why')),
  q('QH216', 'admin', "DELETE FROM employees WHERE team_id = 'QA';", () => refusal('delete', 'sql')),
  q('QH217', 'DAT-004', 'book me off next friday', () => refusal('book', 'leave-requests')),
  q('QH218', 'SEC-004', 'can you clock me out now', () => refusal('clock', 'check-out', 'check out')),
  q('QH219', 'admin', "who edited Lukas Novak's attendance last week", () => refusal('audit', 'edited')),
  q('QH220', 'QA-003', 'am I going to use up all my annual leave by december?', () => refusal('going to', 'use up', 'predict', 'forecast', 'future')),
  q('QH221', 'admin', 'late arrivals on fridays in october', () => refusal('fridays', 'weekday', 'day of the week')),
  q('QH222', 'DEV-003', "who's my boss?", () => refusal('boss', 'manager', 'reporting')),
  q('QH223', 'QA-001', 'email my team their late counts', () => refusal('email')),
  q('QH224', 'admin', 'anyone clock in before 8:30 yesterday?', () => refusal('8:30', 'time of day', 'before')),
];
