/* Orders to change data, advice and opinions, predictions: refused by the verb, the advice or the forecast, never answered with a read. */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const ORDERS_ADVICE: Question[] = [
  // Orders.
  q('Y034', 'DEV-003', 'approve my leave', () => refusal('approve', 'approval')),
  q('Y035', 'DEV-001', "approve DEV-009's leave request", () => refusal('approve', 'approval')),
  q('Y036', 'QA-001', 'mark Chris Walker present for yesterday', () => refusal('mark', 'record', 'change')),
  q('Y037', 'admin', 'delete Ethan Hughes from the system', () => refusal('delete', 'remove')),
  q('Y038', 'admin', 'promote Omar Haddad to Mid', () => refusal('promote', 'promotion')),
  q('Y039', 'SEC-004', 'book me off on Friday', () => refusal('book', 'request')),
  q('Y040', 'DEV-003', 'cancel my pending leave request please', () => refusal('cancel')),
  q('Y041', 'admin', 'add a company holiday on 2 January 2026', () => refusal('add', 'create')),
  q('Y042', 'DEV-001', "reject Omar's leave", () => refusal('reject')),
  q('Y043', 'admin', 'give everyone in DEV an extra day of annual leave', () => refusal('give', 'adjust', 'extra')),
  q('Y044', 'admin', "fix DEV-006's missing check-out from the 18th", () => refusal('fix', 'correct', 'change')),
  q('Y045', 'QA-003', 'check me in', () => refusal('check me in', 'check-in', 'check in')),
  q('Y046', 'admin', "send a reminder to everyone who hasn't checked in today", () => refusal('send', 'remind')),
  q('Y047', 'admin', "change Chloe's job title to Frontend Developer", () => refusal('change', 'update')),
  q('Y048', 'admin', 'export october attendance as a CSV file', () => refusal('export', 'csv', 'file')),
  q('Y049', 'DEV-001', 'move Ben Carter to the QA team', () => refusal('move', 'transfer')),
  q('Y050', 'admin', "reset Kevin O'Brien's password", () => refusal('password', 'reset')),
  // Advice and opinions.
  q('Y051', 'admin', 'should we fire Chris Morgan?', () => refusal('fire', 'advice', 'should')),
  q('Y052', 'DEV-001', 'who deserves a raise in my team', () => refusal('raise', 'deserve')),
  q('Y053', 'QA-001', 'is Peter Hansen a good employee', () => refusal('good', 'opinion', 'judge')),
  q('Y054', 'admin', 'how do I improve QA attendance?', () => refusal('improve', 'advice')),
  q('Y055', 'admin', 'who should we promote next', () => refusal('promote', 'promotion')),
  q('Y056', 'DEV-003', 'should i ask for a raise?', () => refusal('raise', 'advice')),
  q('Y057', 'admin', 'is DEV-012 lazy', () => refusal('lazy', 'opinion', 'judge')),
  q('Y058', 'DEV-001', 'write a warning email to the people in my team who are always late', () => refusal('write', 'email', 'warning')),
  // Predictions.
  q('Y059', 'admin', 'who is likely to quit next year', () => refusal('quit', 'predict', 'likely', 'forecast')),
  q('Y060', 'admin', "predict DEV's attendance rate for next month", () => refusal('predict', 'forecast', 'future')),
  q('Y061', 'admin', 'what will the average score be in Q4?', () => refusal('predict', 'forecast', 'q4', 'future', 'will')),
  q('Y062', 'DEV-001', 'forecast how many of my team will be late next week', () => refusal('forecast', 'predict', 'future')),
  q('Y063', 'admin', 'how many people will we need to hire in 2026', () => refusal('predict', 'forecast', 'need', 'future', '2026')),
];
