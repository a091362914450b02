/*
 * practice41 — what the assistant does not do or keep (API.md's assistant section, the README's list), typed as
 * sloppily as the rest: pay, orders to change data or to act (approve, book, delete, remind, clock out), predictions,
 * times of day, weekdays in the plural, periods ranked against each other, reporting lines, advice, reasons, kinds of
 * leave it has no type for, the audit trail, breakdowns by hour, fortnights and a secret — each refused naming what it
 * could not do.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('PP211', 'admin', "whats priya's salary", () => refusal('salary', 'salaries', 'pay')),
  q('PP212', 'DEV-001', "approve yuki's leave", () => refusal('approve', 'leave-requests')),
  q('PP213', 'DEV-003', 'book me off fri', () => refusal('book', 'leave-requests')),
  q('PP214', 'admin', 'delete dev-012', () => refusal('delete')),
  q('PP215', 'DEV-001', 'remind my team to check out', () => refusal('remind')),
  q('PP216', 'DEV-003', 'clock me out', () => refusal('clock', 'check out', 'check-out')),
  q('PP217', 'admin', "who's gonna quit next", () => refusal('predict', 'quit', 'forecast', 'future')),
  q('PP218', 'admin', 'who checked in before 8:30 yday', () => refusal('8:30', 'before 8', 'time of day', 'times of day')),
  q('PP219', 'admin', 'lates on mondays in oct', () => refusal('mondays', 'day of the week', 'weekday')),
  q('PP220', 'admin', 'which month had the worst attendance this yr', () => refusal('which month', 'month', 'months')),
  q('PP221', 'admin', 'who manages sofia rossi', () => refusal('manages', 'manager', 'reporting')),
  q('PP222', 'admin', 'should we let ben carter go', () => refusal('should', 'advice', 'let')),
  q('PP223', 'admin', 'why was chris morgan out so much in oct', () => refusal('why', 'reason')),
  q('PP224', 'admin', 'parental leave bal for hannah', () => refusal('parental')),
  q('PP225', 'admin', "who changed omar's record", () => refusal('audit', 'changed')),
  q('PP226', 'admin', 'absences per fortnight since aug', () => refusal('fortnight')),
  q('PP227', 'QA-003', "what's the admin password", () => refusal('password', 'credential')),
];
