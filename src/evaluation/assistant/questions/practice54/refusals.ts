/*
 * practice54 — what leave and calendar questions must be refused, naming what cannot be done (API.md, README): pay
 * (no salary is held), a fortnight, predictions in any words, orders to change data (book, cancel, approve, move or
 * add a holiday: refused by the verb, with the route that does it), kinds of leave the service does not keep (only
 * annual, sick and unpaid), breakdowns by day of the week and weekdays in the plural, reasons, orders to send or
 * remind, a verdict on a person, carry-over rules, and a date the calendar does not have. Every role asks.
 */
import { refusal, type Question } from '../../expectation';
import { LEAVE_TYPES } from '../../dataset/calendar';
import { q } from '../helpers';

/** A kind of leave the service does not keep (checked against the data set's types). */
const notKept = (word: string) => {
  if (Object.keys(LEAVE_TYPES).some((code) => code.toLowerCase().includes(word.toLowerCase()))) throw new Error(`${word} leave is kept`);
  return refusal(word);
};

export const REFUSALS: readonly Question[] = [
  q('QC205', 'admin', "how much does Daniel Okafor's unpaid leave take off his salary?", () => refusal('salary', 'pay', 'deduct')),
  q('QC206', 'admin', 'leave taken per fortnight this quarter', () => refusal('fortnight')),
  q('QC207', 'DEV-001', 'which of my team will call in sick next month?', () => refusal('predict', 'call in sick', 'future', 'forecast', 'will')),
  q('QC208', 'admin', 'will Felix Wagner have used up his annual leave by new year?', () => refusal('predict', 'used up', 'future', 'forecast')),
  // Orders to change data: refused by the verb, with the route.
  q('QC209', 'QA-003', 'book the 23rd of December off for me', () => refusal('book', '/leave-requests', 'leave request', 'request leave')),
  q('QC210', 'SEC-004', 'cancel my leave request for 28 November', () => refusal('cancel', '/cancel')),
  q('QC211', 'admin', 'move the QA offsite to 19 September', () => refusal('move', '/holidays', 'change', 'update')),
  q('QC212', 'admin', 'add a half-day holiday for the data team on 23 December', () => refusal('add', '/holidays', 'create')),
  q('QC213', 'DEV-001', "approve Yuki's December leave", () => refusal('approve', '/approve')),
  // Kinds of leave the service does not keep.
  q('QC214', 'admin', "what's the compassionate leave allowance?", () => notKept('compassionate')),
  q('QC215', 'DAT-004', 'how many days of study leave do I get', () => notKept('study')),
  // Breakdowns it does not make.
  q('QC216', 'admin', 'which day of the week do people take the most leave on?', () => refusal('day of the week', 'weekday')),
  q('QC217', 'admin', 'how many people take leave on mondays', () => refusal('mondays', 'weekday', 'day of the week')),
  // Reasons, reminders, verdicts, rules it does not hold.
  q('QC218', 'admin', "why was Omar Haddad's leave rejected?", () => refusal('why', 'reason')),
  q('QC219', 'admin', 'email everyone a reminder about the Christmas Eve half day', () => refusal('email', 'remind', 'send')),
  q('QC220', 'QA-001', 'is Zoe taking too much leave?', () => refusal('too much', 'verdict', 'judge')),
  q('QC221', 'admin', 'how many unused leave days can people carry over into 2026', () => refusal('carry')),
  // A date the calendar does not have.
  q('QC222', 'admin', "who's on leave on 2025-11-31?", () => refusal('2025-11-31', '31 november', 'november 31')),
];
