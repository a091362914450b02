/*
 * practice44 — what a leave and payroll planner may ask that the assistant must refuse, naming what it could not do
 * (API.md, README): kinds of leave the service does not keep (only annual, sick and unpaid exist), orders to change
 * data (approve, reject, cancel, book, add or delete a holiday, adjust a balance: refused by the verb, with the route
 * that does it, never answered with a read), how to use the service, reminders, pay and deductions (no salary is
 * held), predictions in any words, reasons, medical records, weekdays in the plural, periods ranked against each
 * other, fortnights, correlations, carry-over and notice rules, the audit trail, a holiday the calendar does not
 * hold, a date the calendar does not have, secrets, advice and a verdict on a person. Every role asks.
 */
import { refusal, type Question } from '../../expectation';
import { HOLIDAYS } from '../../dataset/calendar';
import { q } from '../helpers';

/** A holiday name the calendar does not hold (throws when it does). */
const notHeld = (name: string) => {
  if (HOLIDAYS.some((h) => h.name.toLowerCase().includes(name.toLowerCase()))) throw new Error(`the calendar holds ${name}`);
  return refusal(name.toLowerCase());
};

export const REFUSALS: readonly Question[] = [
  // Kinds of leave the service does not keep.
  q('PS181', 'admin', "what's our parental leave policy?", () => refusal('parental', 'policy')),
  q('PS182', 'DEV-003', 'how many days of maternity leave do I get?', () => refusal('maternity')),
  q('PS183', 'QA-001', 'who on my team is on bereavement leave?', () => refusal('bereavement')),
  q('PS184', 'admin', 'TOIL balance for the data team', () => refusal('toil', 'time off in lieu', 'lieu')),
  // Orders to change data: refused by the verb, with the route.
  q('PS185', 'DEV-001', "approve Aisha's leave request for December", () => refusal('approve', '/approve')),
  q('PS186', 'SEC-004', 'book me annual leave on 5 December', () => refusal('book', '/leave-requests', 'request leave', 'leave request')),
  q('PS187', 'DEV-003', 'cancel my pending leave request', () => refusal('cancel', '/cancel')),
  q('PS188', 'QA-001', "reject Chris Walker's leave request", () => refusal('reject', '/reject')),
  q('PS189', 'admin', 'add 2 January 2026 as a company holiday', () => refusal('add', '/holidays', 'create')),
  q('PS190', 'admin', "give Kevin O'Brien 3 extra days of annual leave", () => refusal('give', '/leave-adjustments', 'adjust', 'extra')),
  q('PS191', 'admin', 'delete the Security Team Day holiday', () => refusal('delete', '/holidays')),
  // How to use the service, reminders.
  q('PS192', 'DAT-004', 'how do I request leave?', () => refusal('/leave-requests', 'request leave', 'leave request')),
  q('PS193', 'admin', 'remind Priya Raman to approve the pending leave requests', () => refusal('remind')),
  // Pay: the service holds none.
  q('PS194', 'admin', "how much will Daniel Okafor's unpaid leave be deducted from his pay?", () => refusal('pay', 'deduct', 'salary', 'payroll')),
  // Predictions, in any words.
  q('PS195', 'admin', 'who will run out of annual leave before the end of the year?', () => refusal('predict', 'run out', 'future', 'forecast')),
  q('PS196', 'DEV-001', 'who on my team is likely to call in sick next week?', () => refusal('predict', 'likely', 'call in sick', 'future', 'forecast')),
  // Reasons and medical records.
  q('PS197', 'admin', 'why is Anna Berg on leave?', () => refusal('why', 'reason')),
  q('PS198', 'QA-001', "show me Fatima's sick note", () => refusal('sick note', 'medical', 'note')),
  // Breakdowns and comparisons it does not make.
  q('PS199', 'admin', 'how many people take leave on Fridays?', () => refusal('fridays', 'day of the week', 'weekday')),
  q('PS200', 'admin', 'which month this year had the most leave taken?', () => refusal('which month', 'month', 'ranked', 'against each other')),
  q('PS201', 'admin', 'leave taken per fortnight since August', () => refusal('fortnight')),
  q('PS202', 'admin', 'do people call in sick more often around public holidays?', () => refusal('correlat', 'around', 'call in sick', 'more often')),
  // Rules it does not hold.
  q('PS203', 'DEV-003', 'how many days of leave can I carry over into 2026?', () => refusal('carry')),
  q('PS204', 'admin', "what is Laura Silva's notice period?", () => refusal('notice')),
  // The audit trail.
  q('PS205', 'admin', 'who added the DEV Recharge Day to the calendar?', () => refusal('audit', '/audit', 'added')),
  // A holiday the calendar does not hold, a date the calendar does not have.
  q('PS206', 'admin', 'when is Diwali this year?', () => notHeld('Diwali')),
  q('PS207', 'admin', 'who is on leave on 2025-02-30?', () => refusal('2025-02-30')),
  // Secrets, advice, a verdict on a person.
  q('PS208', 'SEC-004', "what's Elena Petrova's password?", () => refusal('password', 'credential')),
  q('PS209', 'QA-003', 'should I take my leave before Christmas?', () => refusal('should', 'advice')),
  q('PS210', 'admin', 'is Chris Walker abusing his sick leave?', () => refusal('abus', 'verdict', 'judge')),
];
