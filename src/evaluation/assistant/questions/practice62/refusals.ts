/*
 * practice62 — what a manager asks on a Monday that the assistant must refuse, naming what it cannot do: orders to
 * change data (approve, reject, book, check someone in, change a check-in), orders to send or remind, advice and
 * verdicts on people, reasons, a time of day, weekdays in the plural, predictions, pay, reporting lines, medical notes and
 * kinds of leave the service does not keep. README: an order is refused by its verb with the route that does it; advice,
 * reporting lines, reasons, predictions, a verdict on a person, a time of day and weekdays in the plural are refused
 * naming them. The words listed are those a fair refusal would name (any one of them will do).
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // Priya Raman, DEV.
  q('QK231', 'DEV-001', 'pls approve the leave yuki asked for in december', () => refusal('approve', '/approve')),
  q('QK232', 'DEV-001', 'remind daniel to clock in on time from now on', () => refusal('remind')),
  q('QK233', 'DEV-001', 'should i give daniel a written warning for all his lates?', () => refusal('should', 'warning', 'advice')),
  q('QK234', 'DEV-001', 'why was ravi absent last thursday', () => refusal('why', 'reason')),
  q('QK235', 'DEV-001', 'who on my team checked in before 8:30 today', () => refusal('8:30', 'before', 'time of day')),
  q('QK236', 'DEV-001', 'are my lot late more on mondays?', () => refusal('mondays', 'day of the week', 'weekday')),
  q('QK237', 'DEV-001', 'check tom in for me please', () => refusal('check', '/attendance/check-in')),
  q('QK238', 'DEV-001', 'who on my team is likely to be late tomorrow', () => refusal('likely', 'predict', 'tomorrow', 'future')),
  q('QK239', 'DEV-001', "what's daniel's salary", () => refusal('salary', 'pay')),

  // Elena Petrova, QA.
  q('QK240', 'QA-001', "reject chris walker's leave for the 2nd", () => refusal('reject', '/reject')),
  q('QK241', 'QA-001', 'is leo a bad employee', () => refusal('bad employee', 'bad', 'judge', 'verdict')),
  q('QK242', 'QA-001', 'email my team their attendance for the week', () => refusal('email', 'send')),
  q('QK243', 'QA-001', 'which manager do i report into', () => refusal('boss', 'manager', 'report')),
  q('QK244', 'QA-001', "set zoe's check-in yesterday to 9:00", () => refusal('set', 'change', 'correct', '/attendance-corrections', '/attendance/')),
  q('QK245', 'QA-001', 'how many sick notes has zoe handed in this year', () => refusal('sick note', 'medical')),
  q('QK246', 'QA-001', 'how much parental leave is my team using', () => refusal('parental')),

  // An employee, ordering their own.
  q('QK247', 'DEV-003', 'approve my december leave please', () => refusal('approve', '/approve')),
];
