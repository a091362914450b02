/*
 * practice16 — what an honest assistant refuses, naming it, asked mostly by managers and employees: data
 * the service does not keep (pay, bonuses, overtime, addresses, parental leave, reasons, sick notes,
 * reporting lines, training, probation, notice, logins, the audit trail, contractors, expenses, a
 * department it does not have), breakdowns it does not make (by weekday, time of day, job title, per
 * fortnight, periods ranked), orders to change data or to send, predictions, advice, verdicts and
 * correlations. Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'compensation', 'wage'];
const MANAGER = ['manager', 'manages', 'reporting', 'reports to', 'report', 'org chart'];
const PREDICT = ['predict', 'future', 'forecast'];
const ADVICE = ['advice', 'advise', 'recommend', 'should'];
const CORRECTION = ['correct', 'correction', 'attendance-corrections', 'fix'];

export const REFUSALS: readonly Question[] = [
  // Not kept, or not made.
  q('H165', 'DEV-001', "what's the average salary of my seniors", () => refusal(...PAY)),
  q('H166', 'QA-001', "Please tell me Zoe Adams' bonus for Q3", () => refusal('bonus', ...PAY)),
  q('H167', 'DEV-003', 'when is my next pay review', () => refusal(...PAY, 'review', 'raise')),
  q('H168', 'SEC-004', 'how much overtime did i do in october', () => refusal('overtime')),
  q('H169', 'DAT-004', 'what home address do you have on file for me', () => refusal('address', 'home', 'personal', 'contact')),
  q('H170', 'DEV-001', 'which of my mid-levels are on parental leave', () => refusal('parental', 'leave type', 'kind of leave')),
  q('H171', 'QA-001', 'why was chris walker absent on 3 november', () => refusal('why', 'reason')),
  q('H172', 'DEV-001', 'late arrivals in my team by day of the week in october', () => refusal('day of the week', 'weekday', 'by day')),
  q('H173', 'QA-001', 'who in my team checked in before 8:30 last week', () => refusal('before', 'time of day', '8:30', 'time')),
  q('H174', 'DEV-001', 'who does Tom Becker report to', () => refusal(...MANAGER)),
  q('H175', 'QA-003', 'who is my line manager', () => refusal(...MANAGER, 'line manager')),
  q('H176', 'DAT-004', 'training courses i completed this year', () => refusal('training', 'course')),
  q('H177', 'admin', 'sick notes handed in by DEV in October', () => refusal('sick note', 'medical', 'note')),
  q('H178', 'admin', 'avg score per job title for the mid-levels in Q2', () => refusal('job title', 'title', 'by title')),
  q('H179', 'admin', 'which month since august had the worst attendance for QA', () => refusal('which month', 'months', 'rank', 'worst')),
  q('H180', 'DEV-001', "which quarter was my team's best", () => refusal('which quarter', 'quarters', 'rank', 'best')),
  q('H181', 'admin', 'attendance on mondays in Q4 so far', () => refusal('monday', 'weekday', 'day of the week')),
  q('H182', 'admin', 'fortnightly attendance rate for SEC since september', () => refusal('fortnight')),
  q('H183', 'DEV-001', 'late arrivals per fortnight in my team since 1 october', () => refusal('fortnight')),
  q('H184', 'admin', 'gender balance among the seniors', () => refusal('gender', 'balance', 'diversity')),
  q('H185', 'QA-001', "when does ivan petrov's probation end", () => refusal('probation')),
  q('H186', 'DEV-001', 'notice period for ben carter', () => refusal('notice', 'notice period')),
  q('H187', 'admin', 'who logged in on 13/11', () => refusal('logged', 'login', 'log in')),
  q('H188', 'DEV-001', "who changed chris morgan's attendance on 18 november", () => refusal('audit', 'who changed', 'changed')),
  q('H189', 'admin', 'how many contractors are in AI', () => refusal('contractor', 'contract')),
  q('H190', 'admin', 'expense claims of the seniors in Q3', () => refusal('expense', 'claim')),
  q('H191', 'admin', 'attendance rate for finance in october', () => refusal('finance')),
  q('H192', 'QA-001', 'how many hours of overtime did my juniors do last week', () => refusal('overtime')),

  // Orders to change data, to send or to remind.
  q('H193', 'DEV-001', "Please approve Yuki Tanaka's leave for 8-12 December", () => refusal('approve', '/approve')),
  q('H194', 'QA-001', "reject QA-004's half day request on 2 dec", () => refusal('reject', '/reject')),
  q('H195', 'DEV-003', 'cancel my pending leave at the end of december', () => refusal('cancel', '/cancel')),
  q('H196', 'QA-003', 'book me annual leave from 22 to 24 december', () => refusal('book', 'leave-requests', 'request')),
  q('H197', 'SEC-004', 'please check me out', () => refusal('check out', 'check-out', '/attendance')),
  q('H198', 'DEV-001', "change ben carter's position to Mid", () => refusal('change', 'update', 'promot', 'position')),
  q('H199', 'QA-001', 'mark zoe adams as present on 12/11', () => refusal('mark', ...CORRECTION, 'change', 'update')),
  q('H200', 'admin', "set Omar Haddad's Q3 score to 90", () => refusal('set', 'change', 'update', 'score')),
  q('H201', 'DAT-004', 'fix my check-out on Nov 3rd to 17:30', () => refusal(...CORRECTION)),
  q('H202', 'DEV-001', 'email my juniors their october attendance', () => refusal('email', 'send')),
  q('H203', 'QA-001', 'remind my team to check out every day', () => refusal('remind', 'reminder', 'send')),
  q('H204', 'admin', 'delete the QA offsite from the calendar', () => refusal('delete', 'remove')),
  q('H205', 'DEV-001', 'who in my team has pending leave, and approve the December ones', () => refusal('approve', '/approve')),

  // Predictions, advice, verdicts, correlations, how-to.
  q('H206', 'DEV-001', 'which of my juniors is likely to quit in Q1 next year', () => refusal(...PREDICT, 'quit', 'likely')),
  q('H207', 'QA-001', "what will my team's attendance be in december", () => refusal(...PREDICT)),
  q('H208', 'SEC-004', 'will i get a higher score in Q4', () => refusal(...PREDICT)),
  q('H209', 'DEV-001', 'should I promote Sofia Rossi to senior', () => refusal(...ADVICE, 'promot')),
  q('H210', 'QA-001', "how do I improve my team's attendance", () => refusal(...ADVICE, 'improve')),
  q('H211', 'DAT-004', 'what should I do to raise my score', () => refusal(...ADVICE)),
  q('H212', 'DEV-001', 'is Chris Morgan a good developer', () => refusal('good developer', 'good', 'verdict', 'judge', 'opinion')),
  q('H213', 'admin', 'does lateness affect scores in QA', () => refusal('correlat', 'relationship', 'link', 'affect')),
  q('H214', 'QA-003', 'how do I ask for a correction of my check-in', () => refusal('attendance-corrections', 'correction', 'POST')),
];
