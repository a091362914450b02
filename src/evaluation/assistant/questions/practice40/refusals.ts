/*
 * practice40 — what a payroll officer asks that the service does not keep or do: pay, overtime, kinds of leave it has
 * no type for, carry-over, contracts, audit, reasons, rankings of periods, weekdays in the plural, fortnights,
 * predictions, orders (email, book, approve, correct, remind, export), medical notes, times of day, an impossible
 * date and a secret — each refused naming what it could not do.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('PO199', 'admin', "What's the payroll total for November?", () => refusal('payroll', 'pay', 'salary', 'salaries')),
  q('PO200', 'admin', 'How much overtime did Lukas Novak work in October?', () => refusal('overtime')),
  q('PO201', 'admin', 'How much maternity leave has Hannah Schmidt taken?', () => refusal('maternity')),
  q('PO202', 'admin', 'How many annual leave days will roll over into 2026 for Aisha Khan?', () => refusal('roll over', 'carry', 'roll')),
  q('PO203', 'admin', 'Who is on a part-time contract?', () => refusal('part-time', 'part time', 'contract')),
  q('PO204', 'admin', 'Email the December holiday list to all staff', () => refusal('email')),
  q('PO205', 'DAT-004', 'Book me off on 5 December', () => refusal('book', 'leave-requests')),
  q('PO206', 'DEV-001', "Approve Yuki Tanaka's leave request", () => refusal('approve')),
  q('PO207', 'admin', "Who changed Laura Silva's end date?", () => refusal('audit', 'changed')),
  q('PO208', 'admin', 'Why was Ben Carter absent so often in October?', () => refusal('why', 'reason')),
  q('PO209', 'admin', 'Which month this year had the most absences?', () => refusal('which month', 'month', 'months')),
  q('PO210', 'admin', 'Absences on Fridays in October', () => refusal('fridays', 'day of the week', 'weekday')),
  q('PO211', 'admin', 'absent days per fortnight in October', () => refusal('fortnight')),
  q('PO212', 'admin', 'Will anyone run out of annual leave before year end?', () => refusal('predict', 'run out', 'forecast', 'future')),
  q('PO213', 'admin', 'Send a reminder to everyone who forgot to check out', () => refusal('send', 'remind')),
  q('PO214', 'admin', "Show me Mei Lin's sick notes", () => refusal('sick note', 'medical')),
  q('PO215', 'admin', 'How many days of TOIL does Tom Becker have?', () => refusal('toil')),
  q('PO216', 'admin', "Export October's attendance as a CSV", () => refusal('export', 'csv')),
  q('PO217', 'admin', 'Who checked in before 8am yesterday?', () => refusal('8am', 'before 8', 'time of day')),
  q('PO218', 'admin', 'How many working days in 2025-02-30?', () => refusal('2025-02-30')),
  q('PO219', 'admin', "correct Omar Haddad's check-out on 13 Nov to 17:30", () => refusal('correct', 'attendance-corrections')),
  q('PO220', 'QA-003', "what's my password", () => refusal('password', 'credential')),
];
