/*
 * practice15 — what the service does not keep or does not make, which an honest assistant refuses naming
 * it: pay and benefits, personal details, kinds of leave it has no type for, reasons, medical records,
 * breakdowns by weekday, hour or job title, periods ranked against each other, times of day, managers
 * ranked, reporting lines, notice periods, probation, training, logins and the audit trail.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'compensation', 'wage'];
const MANAGER = ['manager', 'manages', 'reporting', 'reports to', 'org chart'];

export const NOT_KEPT: readonly Question[] = [
  q('N159', 'admin', "what's Tom Becker's salary", () => refusal(...PAY)),
  q('N160', 'DEV-001', 'average pay in my team?', () => refusal(...PAY)),
  q('N161', 'DEV-003', 'when is my next pay rise', () => refusal(...PAY, 'raise', 'rise')),
  q('N162', 'admin', 'who got the biggest bonus in Q3', () => refusal('bonus', ...PAY)),
  q('N163', 'admin', "what's Grace Kim's home address", () => refusal('address', 'home', 'personal', 'contact')),
  q('N164', 'admin', 'phone number for james wilson pls', () => refusal('phone', 'contact', 'number')),
  q('N165', 'admin', 'whose birthday is it this month', () => refusal('birthday', 'birth', 'date of birth')),
  q('N166', 'admin', 'gender split per team', () => refusal('gender', 'split', 'diversity')),
  q('N167', 'DEV-003', 'how much parental leave can i take', () => refusal('parental', 'leave type', 'kind of leave')),
  q('N168', 'admin', 'who is on maternity leave', () => refusal('maternity', 'leave type', 'kind of leave')),
  q('N169', 'QA-001', 'did zoe adams hand in a sick note for her absences', () => refusal('sick note', 'medical', 'note')),
  q('N170', 'admin', 'why did laura silva leave', () => refusal('why', 'reason')),
  q('N171', 'admin', 'who got fired this year', () => refusal('fired', 'dismiss', 'why', 'reason', 'terminat')),
  q('N172', 'DEV-001', 'why is ben absent so often', () => refusal('why', 'reason')),
  q('N173', 'admin', 'late arrivals by day of the week last month', () => refusal('day of the week', 'weekday', 'by day')),
  q('N174', 'admin', 'attendance on fridays since august', () => refusal('friday', 'weekday', 'day of the week')),
  q('N175', 'admin', 'check-ins by hour of the day yesterday', () => refusal('hour of the day', 'by hour', 'hour')),
  q('N176', 'admin', 'average score by job title last quarter', () => refusal('job title', 'title', 'by title')),
  q('N177', 'admin', 'which quarter had the best scores', () => refusal('which quarter', 'quarters', 'rank', 'best')),
  q('N178', 'admin', 'which week in october had the lowest attendance', () => refusal('which week', 'weeks', 'rank', 'lowest')),
  q('N179', 'admin', 'who checked in before 8am yesterday', () => refusal('before', 'time of day', '8am', 'time')),
  q('N180', 'DEV-001', 'who on my team left after 6pm last week', () => refusal('after', 'time of day', '6pm', 'time')),
  q('N181', 'admin', 'rank the managers by their team attendance', () => refusal('manager', 'rank', 'managers ranked')),
  q('N182', 'SEC-004', 'who is my manager', () => refusal(...MANAGER)),
  q('N183', 'admin', 'who does Isabel Santos report to', () => refusal(...MANAGER, 'report')),
  q('N184', 'admin', 'show me the org chart for AI', () => refusal(...MANAGER, 'org')),
  q('N185', 'admin', "what's Noah Brown's notice period", () => refusal('notice', 'notice period')),
  q('N186', 'admin', 'is ivan petrov still on probation', () => refusal('probation')),
  q('N187', 'admin', 'how many training hours did DEV complete this year', () => refusal('training')),
  q('N188', 'admin', 'who logged in to the system yesterday', () => refusal('logged', 'login', 'log in')),
  q('N189', 'admin', "who edited Chris Morgan's attendance record", () => refusal('audit', 'edited', 'who changed', 'changed')),
  q('N190', 'admin', 'who works part-time in QA', () => refusal('part-time', 'part time', 'contract', 'working time')),
  q('N191', 'admin', "what are everyone's overtime hours this month", () => refusal('overtime')),
  q('N192', 'admin', 'expense claims pending for DEV', () => refusal('expense', 'claim')),
  q('N193', 'admin', 'attendance for sales last month', () => refusal('sales')),
  q('N194', 'admin', 'headcount in the marketing department', () => refusal('marketing')),
];
