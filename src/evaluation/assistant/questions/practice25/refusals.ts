/*
 * practice25 — what a first-week user of every role asks that the service does not keep or do, to be
 * refused naming it: salary and pay, PTO accrual forecasts and other predictions, sending messages or
 * reminders, approving, booking or editing through the chat, personal data it does not keep (home address,
 * phone number, birthday, emergency contact), performance review text, reasons for absences, reporting
 * lines, kinds of leave it does not keep, shifts, logins, breakdowns by fortnight or weekday, and other
 * systems' features (payroll runs, benefits, expenses). Written code-blind from /work/shared/API.md,
 * docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'earn'];
const PREDICT = ['predict', 'forecast', 'future', 'project', 'accru'];
const SEND = ['send', 'email', 'message', 'remind', 'notify', 'notif', 'slack'];
const PERSONAL = ['address', 'phone', 'birthday', 'birth', 'personal', 'contact', 'emergency'];
const REVIEW = ['review', 'comment', 'written', 'text', 'feedback', 'appraisal'];
const WHY = ['why', 'reason'];
const MANAGER = ['manager', 'manages', 'reporting', 'reports to', 'org chart'];

export const REFUSALS: readonly Question[] = [
  // Pay and forecasts.
  q('O191', 'DEV-003', 'whats my salary', () => refusal(...PAY)),
  q('O192', 'admin', 'salary by department', () => refusal(...PAY)),
  q('O193', 'DAT-004', 'how much PTO will i have accrued by march', () => refusal(...PREDICT, 'march')),
  q('O194', 'admin', 'PTO accrual forecast for next year', () => refusal(...PREDICT, 'next year')),
  q('O195', 'QA-001', "who's going to quit next", () => refusal(...PREDICT, 'quit')),
  q('O196', 'admin', 'run payroll for november', () => refusal(...PAY, 'run payroll')),

  // Sending, approving, booking and editing through the chat.
  q('O197', 'DEV-001', 'send chris a reminder to clock out', () => refusal(...SEND)),
  q('O198', 'QA-001', 'message the team that friday is a day off', () => refusal(...SEND)),
  q('O199', 'admin', 'email everyone the holiday calendar', () => refusal(...SEND)),
  q('O200', 'DEV-001', "approve Yuki's time off request", () => refusal('approve', '/approve')),
  q('O201', 'QA-001', 'reject the PTO request from zoe', () => refusal('reject', '/reject')),
  q('O202', 'SEC-004', 'book me off on friday', () => refusal('book', 'leave-requests', 'request')),
  q('O203', 'DEV-003', 'change my clock-in yesterday to 08:45', () => refusal('change', 'correct', 'correction', 'attendance-corrections')),
  q('O204', 'QA-003', 'clock me out now', () => refusal('clock', 'check out', 'check-out', '/check-out', 'attendance/check')),
  q('O205', 'admin', "update Mei Lin's job title to Senior Data Analyst", () => refusal('update', 'change', 'edit', '/employees', 'PUT', 'PATCH')),

  // Personal data and review text the service does not keep.
  q('O206', 'admin', "what's Tom Becker's home address", () => refusal(...PERSONAL)),
  q('O207', 'DEV-001', "sofia rossi's phone number", () => refusal(...PERSONAL)),
  q('O208', 'admin', 'whose birthday is this month', () => refusal(...PERSONAL)),
  q('O209', 'DAT-004', 'my emergency contact on file', () => refusal(...PERSONAL)),
  q('O210', 'QA-001', "show me grace kim's last performance review comments", () => refusal(...REVIEW)),
  q('O211', 'DEV-003', 'what did my manager write in my review', () => refusal(...REVIEW, 'manager', 'write')),

  // Reasons, reporting lines, leave kinds, shifts, logins, breakdowns.
  q('O212', 'DEV-001', 'why was ben carter absent in october', () => refusal(...WHY)),
  q('O213', 'admin', 'reasons for the no-shows yesterday', () => refusal(...WHY)),
  q('O214', 'DEV-003', 'who is my manager', () => refusal(...MANAGER)),
  q('O215', 'admin', 'show me the org chart', () => refusal(...MANAGER)),
  q('O216', 'admin', 'who is on parental leave', () => refusal('parental')),
  q('O217', 'SEC-004', 'what shift am i on tomorrow', () => refusal('shift')),
  q('O218', 'admin', 'who logged in today', () => refusal('log', 'login')),
  q('O219', 'admin', 'attendance per fortnight since september', () => refusal('fortnight')),
  q('O220', 'admin', 'attendance on mondays last month', () => refusal('monday')),
  q('O221', 'admin', 'who clocked in before 8 yesterday', () => refusal('before 8', 'time of day', 'before')),
  q('O222', 'DEV-001', 'should we let chris go', () => refusal('advice', 'should', 'let')),
  q('O223', 'admin', 'benefits enrolment status for the new hires', () => refusal('benefit', 'enrol')),
  q('O224', 'QA-003', 'submit my expense report', () => refusal('expense', 'submit')),
  q('O225', 'admin', 'who is part time', () => refusal('part time', 'part-time', 'contract')),
];
