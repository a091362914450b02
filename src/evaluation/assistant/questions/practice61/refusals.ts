/*
 * practice61 — leave and attendance requests the assistant must refuse, naming what it cannot do. README: an order to
 * change data (approve, reject, cancel, book, adjust a balance) is refused by its verb with the route that does it,
 * never answered with a read; so are orders to send, remind or check someone in or out, advice, predictions in any
 * words, breakdowns by day of the week, a time of day, kinds of leave the service does not keep, pay, reporting lines
 * and credentials; a rule the service does not keep (carrying leave over) is named back.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('QJ189', 'admin', "go ahead and approve Chris Walker's half day on 2 Dec", () => refusal('approve')),
  q('QJ190', 'admin', "add 2 days of annual leave to Omar Haddad's balance", () => refusal('adjust', 'add 2 days')),
  q('QJ191', 'admin', 'on which weekday do people take the most leave?', () => refusal('weekday', 'day of the week')),
  q('QJ192', 'admin', 'will anyone run out of annual leave before the end of the year?', () => refusal('predict', 'run out')),
  q('QJ193', 'admin', 'who checked in before 8am yesterday', () => refusal('before', '8am', 'time of day')),
  q('QJ194', 'DEV-001', "reject Aisha's request for the end of december", () => refusal('reject')),
  q('QJ195', 'DEV-001', 'who should I let take time off over christmas?', () => refusal('should', 'advice', 'recommend')),
  q('QJ196', 'DEV-001', 'which of my team is most likely to call in sick next week', () => refusal('likely', 'predict')),
  q('QJ197', 'QA-001', 'how much maternity leave does Nina Kowalski have left', () => refusal('maternity')),
  q('QJ198', 'QA-001', 'remind my team to get their December leave requests in', () => refusal('remind')),
  q('QJ199', 'DEV-003', 'cancel my leave request for december', () => refusal('cancel')),
  q('QJ200', 'QA-003', 'book the 22nd of december off for me pls', () => refusal('book')),
  q('QJ201', 'QA-003', "who's my line manager?", () => refusal('manager')),
  q('QJ202', 'DAT-004', 'can I carry unused leave over into next year?', () => refusal('carry')),
  q('QJ203', 'DAT-004', "what's my account password", () => refusal('password', 'credential')),
  q('QJ204', 'SEC-004', 'check me in', () => refusal('check in', 'check-in', 'checkin', 'check me in')),
  q('QJ205', 'SEC-004', 'how much will I be paid for overtime this month?', () => refusal('overtime', 'pay')),
];
