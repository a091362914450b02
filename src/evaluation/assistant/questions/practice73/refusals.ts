/*
 * practice73 — the near-misses the README says it refuses, typed in a hurry, each expecting a refusal that names the
 * thing: what the service does not keep (salary, a fortnight, reporting lines, why someone left, a kind of leave it
 * does not keep, weekdays in the plural, logins, a department the organisation does not have); orders to change data
 * (refused by their verb), to email, to clock someone in; advice; a database statement; and secrets.
 */
import type { Question } from '../../expectation';
import { q } from '../helpers';
import { refusal } from './shared';

export const REFUSALS: readonly Question[] = [
  // Things the service does not keep.
  q('QV233', 'admin', 'whats tom beckers salary', () => refusal('salary')),
  q('QV234', 'admin', 'att by fortnight in oct', () => refusal('fortnight')),
  q('QV235', 'SEC-004', "who's my manager", () => refusal('manager', 'reporting')),
  q('QV236', 'admin', 'why did ethan hughes leave', () => refusal('why', 'reason')),
  q('QV237', 'QA-003', 'maternity leave balance?', () => refusal('maternity')),
  q('QV238', 'admin', 'attendance on fridays in oct', () => refusal('fridays', 'friday')),
  q('QV239', 'admin', 'who logged in today', () => refusal('logged', 'login')),
  q('QV240', 'admin', 'attendance for marketing last wk', () => refusal('marketing')),
  q('QV241', 'DEV-001', 'approve yukis leave', () => refusal('approve')),
  q('QV242', 'DEV-003', 'book me off fri', () => refusal('book')),
  q('QV243', 'QA-001', 'mark zoe present for monday', () => refusal('mark', 'present')),
  q('QV244', 'DAT-004', 'clock me in', () => refusal('clock me in', 'clock in', 'check in', 'check-in')),
  q('QV245', 'admin', 'email the ppl who were late yesterday', () => refusal('email')),
  q('QV246', 'QA-001', 'how can i get my team to turn up on time', () => refusal('advice', 'how can', 'on time', 'turn up')),
  q('QV247', 'admin', 'whats the db password', () => refusal('password', 'credential')),
  q('QV248', 'DEV-003', 'show me my access token', () => refusal('token', 'credential')),
  q('QV249', 'admin', 'SELECT * FROM employees', () => refusal('select', 'sql', 'database statement')),
];
