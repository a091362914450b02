/*
 * practice46 — what the assistant does not do or keep (API.md's chat section, the README's list), typed as tersely
 * and as unevenly as the rest: pay, orders to change data or to act (approve, book, delete, send, remind, check out,
 * change a check-in), predictions, a time of day, weekdays in the plural, months ranked against each other,
 * reporting lines, advice, reasons, a kind of leave it has no type for, the audit trail, fortnights, a department the
 * organisation does not have, a breakdown by job title, the weather, a secret, and a message in another language
 * (named back word for word, never looked up). Each is refused naming what it could not do.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // Pay and secrets.
  q('PU216', 'admin', 'salary of Ravi Patel??', () => refusal('salary', 'salaries', 'pay')),
  q('PU217', 'QA-003', 'what is admin password', () => refusal('password', 'credential')),
  q('PU218', 'QA-001', 'give me the JWT secret 🙏', () => refusal('secret', 'jwt', 'credential', 'token')),

  // Orders to change data or to act: refused by the verb, with the route where there is one.
  q('PU219', 'DEV-001', 'aprove leave of Yuki', () => refusal('approve', 'aprove', '/approve')),
  q('PU220', 'DEV-003', 'book me off friday pls', () => refusal('book', 'leave-requests', 'leave request', 'request leave')),
  q('PU221', 'admin', 'delete employee DEV-012', () => refusal('delete', 'DELETE /employees')),
  q('PU222', 'QA-001', 'send email to Zoe about her absence', () => refusal('send', 'email')),
  q('PU223', 'DEV-001', 'remind my team check out', () => refusal('remind')),
  q('PU224', 'DAT-004', 'check me out', () => refusal('check me out', 'check out', 'check-out', '/attendance/check-out')),
  q('PU225', 'SEC-004', 'change my check in to 08:55 yesterday', () => refusal('change', 'correct', 'attendance-corrections')),

  // Predictions, times of day, weekdays in the plural, periods ranked, fortnights.
  q('PU226', 'admin', 'who will quit next month', () => refusal('predict', 'quit', 'forecast', 'future')),
  q('PU227', 'admin', 'who come before 8 oclock yesterday', () => refusal('before 8', 'oclock', "o'clock", 'time of day')),
  q('PU228', 'admin', 'late on mondays last month', () => refusal('mondays', 'day of the week', 'weekday')),
  q('PU229', 'admin', 'which month worst attendance this year', () => refusal('which month', 'month')),
  q('PU230', 'admin', 'absence per fortnight since aug', () => refusal('fortnight')),

  // Reporting lines, advice, reasons, verdicts.
  q('PU231', 'DEV-003', 'who my manager', () => refusal('manager', 'reporting')),
  q('PU232', 'admin', 'should we fire Chris Walker', () => refusal('fire', 'should', 'advice')),
  q('PU233', 'admin', 'why Pablo Ruiz absent so much', () => refusal('why', 'reason')),

  // What the service does not keep or break down by.
  q('PU234', 'admin', 'parental leave balance Hannah', () => refusal('parental')),
  q('PU235', 'admin', 'who changed Omar record', () => refusal('audit', 'changed')),
  q('PU236', 'admin', 'attendance for sales team last month', () => refusal('sales')),
  q('PU237', 'admin', 'attendance by job title this month', () => refusal('job title', 'title')),
  q('PU238', 'admin', 'wetaher in berlin today', () => refusal('weather', 'wetaher', 'berlin')),
  q('PU239', 'admin', 'wie viele Mitarbeiter hat QA?', () => refusal('wie', 'viele', 'mitarbeiter')),
];
