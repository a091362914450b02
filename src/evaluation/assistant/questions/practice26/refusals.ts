/*
 * practice26 — what month-end users ask that the service does not keep or do, to be refused naming it:
 * salaries, overtime pay rates, bonuses, bank details, tax codes, payslips and payroll runs; sending emails or
 * reminders; approving, rejecting, editing or correcting through the chat; exporting a file; and other
 * things it does not keep (expenses, pensions, national insurance numbers). Written code-blind from
 * /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'earn'];
const OVERTIME = ['overtime', 'rate', 'pay', 'payroll'];
const BANK = ['bank', 'account', 'iban', 'payment details', 'personal'];
const TAX = ['tax', 'payroll', 'personal'];
const PAYSLIP = ['payslip', 'pay slip', 'payroll', 'pay'];
const SEND = ['send', 'email', 'message', 'remind', 'notify', 'notif'];
const EXPORT = ['export', 'file', 'csv', 'excel', 'spreadsheet', 'download', '/reports', 'report'];

export const REFUSALS: readonly Question[] = [
  // Pay, overtime and payroll data.
  q('PA196', 'admin', 'What is the total salary cost for October?', () => refusal(...PAY)),
  q('PA197', 'admin', "what's Tom Becker's salary", () => refusal(...PAY)),
  q('PA198', 'admin', 'overtime pay rate for weekend work', () => refusal(...OVERTIME)),
  q('PA199', 'admin', 'How much overtime pay do we owe the DEV team for October?', () => refusal(...OVERTIME)),
  q('PA200', 'admin', "Sarah Johnson's bank details", () => refusal(...BANK)),
  q('PA201', 'admin', 'which bank account does Ahmed Ali get paid into', () => refusal(...BANK)),
  q('PA202', 'admin', 'what tax code is Mei Lin on', () => refusal(...TAX)),
  q('PA203', 'admin', 'generate payslips for november', () => refusal(...PAYSLIP)),
  q('PA204', 'admin', 'run the payroll for this month', () => refusal(...PAY, 'run payroll')),
  q('PA205', 'admin', 'bonus amounts for the Q3 top scorers', () => refusal('bonus', ...PAY)),
  q('PA206', 'admin', "Olivia Martin's national insurance number", () => refusal('national insurance', 'insurance', 'personal', 'identification')),
  q('PA207', 'admin', 'pension contributions for the data team', () => refusal('pension', ...PAY)),
  q('PA208', 'admin', 'unsubmitted expense claims this month', () => refusal('expense', 'claim')),
  q('PA209', 'DEV-003', 'can i see my payslip for october', () => refusal(...PAYSLIP)),
  q('PA210', 'QA-003', 'how much overtime will i be paid this month', () => refusal(...OVERTIME)),
  q('PA211', 'SEC-004', 'update my bank details', () => refusal(...BANK, 'update', 'change')),

  // Sending, approving, editing and exporting through the chat.
  q('PA212', 'admin', 'Email the October attendance report to the managers', () => refusal(...SEND)),
  q('PA213', 'DEV-001', 'send a reminder to everyone who forgot to check out', () => refusal(...SEND)),
  q('PA214', 'admin', 'approve all pending leave requests', () => refusal('approve', '/approve')),
  q('PA215', 'QA-001', "reject Chris Walker's leave request", () => refusal('reject', '/reject')),
  q('PA216', 'admin', 'approve the pending attendance corrections', () => refusal('approve', '/approve', 'correction')),
  q('PA217', 'admin', "change Lukas Novak's check-in on 6 October to 09:00", () =>
    refusal('change', 'edit', 'correct', 'correction', 'attendance-corrections'),
  ),
  q('PA218', 'DAT-004', 'fix my missing check out from yesterday', () => refusal('change', 'edit', 'correct', 'correction', 'attendance-corrections')),
  q('PA219', 'admin', 'export the October timesheet to a CSV file', () => refusal(...EXPORT)),
  q('PA220', 'DEV-001', 'download my team hours as an excel file', () => refusal(...EXPORT)),
  q('PA221', 'admin', 'delete the attendance record for Pablo Ruiz on 2 October', () => refusal('delete', 'remove', 'edit', 'change')),
];
