/*
 * practice20 — what an honest assistant refuses on an employee's or a line manager's phone, naming it:
 * changes ("cancel my leave", "mark me present", "book me off", approvals, corrections, reminders),
 * opinions and verdicts on people ("is Leo a good worker"), predictions, things the service does not keep
 * (pay, overtime, notice period, remote days, parental leave, bonus, who manages whom, phone numbers,
 * reasons, reviews), a time of day used as a filter ("did anyone clock in after 10") and weekdays in the
 * plural. Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage', 'earn'];
const PREDICT = ['predict', 'future', 'forecast'];
const VERDICT = ['verdict', 'opinion', 'judge', 'judgement', 'assess', 'evaluate'];
const ADVICE = ['advice', 'advise', 'recommend', 'should'];
const CORRECT = ['correct', 'correction', 'attendance-corrections', 'change'];
const TIME_OF_DAY = ['time of day', 'check-in time', 'times of day'];
const WEEKDAYS = ['weekday', 'day of the week', 'days of the week'];

export const REFUSALS: readonly Question[] = [
  // Changes.
  q('D182', 'DEV-003', 'cancel my leave at the end of December', () => refusal('cancel', '/cancel')),
  q('D183', 'QA-003', 'mark me present for the 28th of October', () => refusal('mark', 'present', ...CORRECT)),
  q('D184', 'DAT-004', 'book me off this coming Friday', () => refusal('book', 'leave-requests', 'request')),
  q('D185', 'SEC-004', 'approve my leave for the 28th', () => refusal('approve', '/approve')),
  q('D186', 'DEV-001', "approve Yuki's leave", () => refusal('approve', '/approve')),
  q('D187', 'QA-001', "reject Chris's time off on the 2nd", () => refusal('reject', '/reject')),
  q('D188', 'QA-003', 'change my check-in this morning to 9:00', () => refusal(...CORRECT, 'check-in')),
  q('D189', 'DEV-001', 'clock Chris out for yesterday', () => refusal('clock', 'check out', 'check-out', 'check him out', ...CORRECT)),
  q('D190', 'QA-001', "delete Leo's late mark from the Friday before last", () => refusal('delete', 'remove', ...CORRECT)),
  q('D191', 'SEC-004', 'move my day off on the 28th to December', () => refusal('move', 'reschedule', ...CORRECT)),
  q('D192', 'DEV-003', 'give me an extra day of annual leave', () => refusal('give', 'adjust', 'extra', 'leave-adjustments')),
  q('D193', 'DAT-004', 'clock me out', () => refusal('clock', 'check out', 'check me out', 'check-out', '/attendance')),
  q('D194', 'QA-001', 'send Zoe a reminder about her absences', () => refusal('send', 'remind')),
  q('D195', 'DEV-001', 'mark Ben as present for Monday', () => refusal('mark', 'present', ...CORRECT)),
  q('D196', 'SEC-004', 'cancel my pending day off', () => refusal('cancel', '/cancel')),

  // Opinions, verdicts, advice, predictions.
  q('D197', 'QA-001', 'is Leo a good worker', () => refusal('good worker', 'good', ...VERDICT)),
  q('D198', 'DEV-001', "who's the laziest on my team", () => refusal('laziest', 'lazy', ...VERDICT)),
  q('D199', 'DEV-001', 'should I give Daniel a warning for being late', () => refusal(...ADVICE, 'warning')),
  q('D200', 'QA-001', 'is Zoe going to quit', () => refusal(...PREDICT, 'quit', 'going to')),
  q('D201', 'DEV-001', 'who deserves a raise', () => refusal('raise', 'deserve', ...PAY, ...VERDICT)),
  q('D202', 'SEC-004', 'am I a good employee', () => refusal('good employee', 'good', ...VERDICT)),
  q('D203', 'QA-001', 'is Peter a problem', () => refusal('problem', ...VERDICT)),
  q('D204', 'DAT-004', 'will I get promoted', () => refusal('promot', ...PREDICT)),
  q('D205', 'SEC-004', 'will I be late tomorrow', () => refusal(...PREDICT, 'will')),
  q('D206', 'DEV-003', 'will I run out of leave before the end of the year', () => refusal(...PREDICT, 'run out')),

  // Not kept.
  q('D207', 'DEV-003', 'how much do I earn', () => refusal(...PAY)),
  q('D208', 'QA-003', "when's payday", () => refusal(...PAY, 'payday')),
  q('D209', 'DAT-004', 'how much overtime did I do last week', () => refusal('overtime')),
  q('D210', 'SEC-004', "what's my notice period", () => refusal('notice')),
  q('D211', 'DEV-003', 'how many work from home days have I had this month', () => refusal('work from home', 'remote', 'wfh')),
  q('D212', 'QA-003', 'how much parental leave do I get', () => refusal('parental', 'leave type', 'kind of leave')),
  q('D213', 'SEC-004', 'did I get my bonus', () => refusal('bonus', ...PAY)),
  q('D214', 'DAT-004', 'who is my manager', () => refusal('manager', 'reporting', 'reports to', 'report')),
  q('D215', 'DEV-001', "what's Lukas's phone number", () => refusal('phone', 'contact', 'number')),
  q('D216', 'QA-001', 'why was Zoe off on Monday', () => refusal('why', 'reason')),
  q('D217', 'DEV-003', "when's my next performance review", () => refusal('review', 'appraisal', 'meeting')),
  q('D218', 'QA-003', "what's my sick note status for the 5th", () => refusal('sick note', 'note', 'medical')),

  // A time of day as a filter; weekdays in the plural.
  q('D219', 'DEV-001', 'did anyone clock in after 10 yesterday', () => refusal('after 10', '10', ...TIME_OF_DAY)),
  q('D220', 'QA-001', 'who got in before 8:45 this morning', () => refusal('before 8:45', '8:45', 'before', ...TIME_OF_DAY)),
  q('D221', 'DEV-001', 'did anyone leave before 5 last Friday', () => refusal('before 5', 'before', ...TIME_OF_DAY)),
  q('D222', 'QA-001', 'was anybody still here after 6pm yesterday', () => refusal('after 6', '6pm', ...TIME_OF_DAY)),
  q('D223', 'QA-003', 'am I late more on Mondays', () => refusal('mondays', ...WEEKDAYS)),
  q('D224', 'DEV-001', 'which day of the week are my guys off the most', () => refusal(...WEEKDAYS)),
];
