/*
 * practice39 — what the service does not keep or do, each refused naming what is missing (README: pay, reporting
 * lines, advice, why someone left, kinds of leave it has no type for, credentials, orders to check someone out or
 * to approve, how to use the service, logins, the audit trail, reasons, predictions, a figure with people left out
 * other than a headcount, list or score, a breakdown per fortnight, a holiday the calendar does not hold, a
 * department the organisation does not have, a correction ordered, breakdowns by job title, a message in another
 * language, a cohort by hire date on anything but who was late, absent or on leave, medical records, contracts,
 * notice periods, verdicts on a person). From every role.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('PN207', 'admin', 'how much do we pay Hannah Schmidt?', () => refusal('pay', 'salary', 'salaries', 'payroll', 'compensation')),
  q('PN208', 'admin', 'who manages Sofia Rossi?', () => refusal('manages', 'manager', 'report', 'reporting')),
  q('PN209', 'admin', 'how do I improve QA attendance?', () => refusal('improve', 'advice', 'how do i')),
  q('PN210', 'admin', 'who got fired this year?', () => refusal('fired', 'why', 'reason', 'dismiss')),
  q('PN211', 'admin', 'How much parental leave has Nina Kowalski taken?', () => refusal('parental')),
  q('PN212', 'QA-001', "what's the admin password", () => refusal('password', 'credential', 'secret')),
  q('PN213', 'DAT-004', 'check me out', () => refusal('check-out', 'check out', 'check me out', '/attendance/check-out')),
  q('PN214', 'SEC-004', 'how do I request leave?', () => refusal('/leave-requests', 'request leave', 'leave request')),
  q('PN215', 'admin', 'who logged in today?', () => refusal('logged in', 'login', 'log in')),
  q('PN216', 'admin', "who changed Omar Haddad's record?", () => refusal('audit', 'changed', 'change')),
  q('PN217', 'admin', 'why was Zoe Adams absent last week?', () => refusal('why', 'reason')),
  q('PN218', 'admin', 'will anyone run out of annual leave this year?', () => refusal('predict', 'run out', 'future', 'forecast')),
  // README: a figure other than a headcount, a list or scores with people left out is refused naming those words.
  q('PN219', 'admin', 'attendance rate for everyone except QA last month', () => refusal('except', 'everyone except', 'excluding', 'left out')),
  q('PN220', 'admin', 'attendance per fortnight since August', () => refusal('fortnight')),
  q('PN221', 'admin', 'who is off on Easter Monday 2026?', () => refusal('easter')),
  q('PN222', 'admin', 'attendance for marketing last month', () => refusal('marketing')),
  q('PN223', 'QA-001', 'pending requests for my team, and approve the ones for December', () => refusal('approve', '/approve')),
  q('PN224', 'DEV-003', 'correct my check-in yesterday to 08:55', () => refusal('correct', 'correction', '/attendance-corrections')),
  q('PN225', 'admin', '¿cuántos empleados hay en QA?', () => refusal('cuántos', 'empleados')),
  q('PN226', 'admin', 'hours worked last week by the people hired this year', () => refusal('hired this year', 'hired')),
  q('PN227', 'QA-003', 'show me my sick notes', () => refusal('sick note', 'medical')),
];
