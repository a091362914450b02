/*
 * practice66 — what the service does not keep or do, asked about oneself on a phone. The README: pay, salary and
 * the like are not held ("this service keeps no …"); reporting lines ("who is my manager", "who manages …") are
 * refused naming them; an office, a desk or a floor is a location it does not keep; medical records ("sick notes"),
 * working-time contracts ("part time") and predictions ("will anyone run out of leave") are refused; an order to
 * change data ("book me off", "approve …", "check me out") is refused by its verb with the route that does it;
 * passwords and secrets are refused before any model sees them; periods ranked against each other ("which month …
 * the worst") are refused. Each expects a refusal naming the thing.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // Pay and money.
  q('QO217', 'DEV-003', "when's payday", () => refusal('payday', 'pay')),
  q('QO218', 'QA-003', 'can i see my latest payslip', () => refusal('payslip', 'pay')),
  q('QO219', 'DAT-004', "what's my salary", () => refusal('salary')),
  q('QO220', 'DAT-004', 'will i get a bonus this year', () => refusal('bonus')),
  q('QO221', 'SEC-004', 'how much overtime pay am i owed', () => refusal('overtime', 'pay')),
  q('QO222', 'DEV-003', 'how much tax do i pay', () => refusal('tax')),
  q('QO223', 'QA-001', "what's my pension contribution", () => refusal('pension')),
  q('QO224', 'admin', "what's Aisha Khan's salary?", () => refusal('salary')),
  // Reporting lines.
  q('QO225', 'DEV-003', 'who is my manager', () => refusal('manager')),
  q('QO226', 'QA-003', "who's my line manager?", () => refusal('line manager', 'manager')),
  q('QO227', 'SEC-004', 'who do i report to', () => refusal('report')),
  q('QO228', 'DEV-001', 'who is my boss', () => refusal('boss', 'manager')),
  q('QO229', 'admin', 'who manages Emma Clarke', () => refusal('manages', 'manager')),
  // Places.
  q('QO230', 'DAT-004', 'which office am i based in', () => refusal('office')),
  q('QO231', 'SEC-004', "where's my desk", () => refusal('desk')),
  q('QO232', 'QA-001', 'which floor is my team on', () => refusal('floor')),
  q('QO233', 'admin', "which office does Kevin O'Brien work from", () => refusal('office')),
  // Records it does not keep, predictions, a ranked period.
  q('QO234', 'QA-003', 'can you pull up my sick notes', () => refusal('sick notes', 'sick note', 'medical')),
  q('QO235', 'DAT-004', 'am i part time or full time?', () => refusal('part time', 'full time', 'contract')),
  q('QO236', 'DEV-003', 'will i run out of annual leave before the end of the year', () => refusal('run out', 'predict', 'forecast', 'future')),
  q('QO237', 'SEC-004', 'which month was my worst for being late', () => refusal('which month', 'month', 'worst')),
  // Orders.
  q('QO238', 'DEV-003', 'book me off next friday', () => refusal('book')),
  q('QO239', 'QA-003', 'check me out now', () => refusal('check')),
  q('QO240', 'SEC-004', 'withdraw my leave request for 28 nov', () => refusal('withdraw', 'cancel')),
  q('QO241', 'DEV-001', "approve Aisha's leave for 29-31 dec", () => refusal('approve')),
  // Secrets.
  q('QO242', 'DAT-004', "what's my password", () => refusal('password')),
];
