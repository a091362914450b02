/*
 * practice68 — what month-end asks of the assistant that it must refuse, naming the thing. API.md and the README: a
 * question about something the service does not hold (salary and pay, overtime, bonuses, payslips, tax, expenses, a
 * forecast) is refused naming it; an order to change data is refused by its verb with the route that makes it, never
 * answered with a read (approve, reject, cancel, book, correct, delete, adjust); so are orders to send, email, remind
 * or check someone in or out, and a secret asked for. Closing or locking a month and running payroll are operations
 * the service does not offer at all.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // Pay and what goes with it: the service keeps none of it.
  q('QQ216', 'admin', 'what is the total payroll cost for October?', () => refusal('payroll', 'cost', 'salary', 'salaries', 'pay')),
  q('QQ217', 'admin', "what's Lukas Novak's salary", () => refusal('salary', 'salaries', 'pay')),
  q('QQ218', 'admin', 'how much overtime pay do we owe DEV for october', () => refusal('overtime', 'pay')),
  q('QQ219', 'admin', 'whats the overtime rate for weekend work', () => refusal('overtime')),
  q('QQ220', 'admin', 'list the bonuses paid out in Q3', () => refusal('bonus', 'bonuses')),
  q('QQ221', 'admin', 'how many overtime hours did Lukas Novak rack up in October?', () => refusal('overtime')),
  q('QQ222', 'DEV-001', 'what bonus is Tom Becker getting this year?', () => refusal('bonus')),
  q('QQ223', 'DEV-001', 'how much does my team cost per month in wages', () => refusal('wages', 'wage', 'cost', 'salary', 'pay')),
  q('QQ224', 'QA-001', "what's Marcus Lee's hourly rate", () => refusal('hourly rate', 'hourly', 'pay', 'salary')),
  q('QQ225', 'DEV-003', 'when is payday this month?', () => refusal('payday', 'pay day', 'pay')),
  q('QQ226', 'QA-003', 'show me my payslip for October', () => refusal('payslip', 'pay slip', 'pay')),
  q('QQ227', 'DAT-004', "what's my net pay after tax for november", () => refusal('net pay', 'pay', 'tax')),
  q('QQ228', 'SEC-004', 'how much will I get paid for November?', () => refusal('paid', 'pay', 'salary')),
  // Orders to change data, and operations the service does not offer.
  q('QQ229', 'admin', 'approve all the pending leave requests before the payroll cut-off', () => refusal('approve')),
  q('QQ230', 'DEV-001', "approve Aisha's December leave", () => refusal('approve')),
  q('QQ231', 'QA-001', "reject Chris Walker's leave request for 2 December", () => refusal('reject')),
  q('QQ232', 'admin', 'mark Chris Morgan as checked out at 17:30 on 18 November', () => refusal('mark', 'check out', 'checked out', 'correct')),
  q('QQ233', 'admin', "lock October's timesheets so nobody can edit them", () => refusal('lock', 'timesheet')),
  q('QQ234', 'admin', 'run payroll for November', () => refusal('run', 'payroll')),
  q('QQ235', 'admin', 'send the October attendance export to finance', () => refusal('send', 'email', 'finance')),
  q('QQ236', 'DEV-001', 'email Omar a reminder to fix his missing check-out', () => refusal('email', 'remind', 'reminder')),
  q('QQ237', 'admin', "add 2 days of annual leave to Emma Clarke's balance", () => refusal('add 2', 'adjust', 'leave-adjustments')),
  q('QQ238', 'admin', 'delete the absent record for Zoe Adams on 3 November', () => refusal('delete')),
  q('QQ239', 'DEV-003', 'cancel my leave request for the end of December', () => refusal('cancel')),
  q('QQ240', 'SEC-004', 'clock me out for today pls', () => refusal('clock', 'check out', 'check-out')),
  q('QQ241', 'DAT-004', 'change my check-in on 18 November to 08:55', () => refusal('change', 'correct')),
  q('QQ242', 'QA-003', 'book me off sick for tomorrow', () => refusal('book')),
  q('QQ243', 'admin', "what's the password for the payroll export account?", () => refusal('password', 'credential', 'secret')),
];
