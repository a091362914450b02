/*
 * practice31 — what the service does not keep or do, each to be refused naming it: pay, reporting lines,
 * predictions, advice and verdicts on people, orders to change data or to send or check someone in, how to use
 * the service, kinds of leave it does not keep, breakdowns it does not make (weekdays in the plural, by job
 * title, per fortnight), times of day, logins and the audit trail, SQL, correlations, contracts, medical
 * records, why someone left, periods ranked against each other, a date the calendar does not have, a message in
 * another language, a secret, and a question with nothing of HR in it.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['salary', 'salaries', 'pay', 'payroll', 'compensation', 'wage'];
const FUTURE = ['predict', 'forecast', 'future', 'likely', 'quit', 'will'];

export const REFUSALS: readonly Question[] = [
  q('PF210', 'admin', 'average salary in Security', () => refusal(...PAY)),
  q('PF211', 'DEV-003', 'who is my manager?', () => refusal('manager', 'reporting', 'reports to', 'org chart')),
  q('PF212', 'admin', "who's likely to quit next?", () => refusal(...FUTURE)),
  q('PF213', 'admin', 'Should we fire Chris Morgan?', () => refusal('fire', 'should', 'advice')),
  q('PF214', 'admin', "approve DEV-009's leave request", () => refusal('approve', '/approve')),
  q('PF215', 'DEV-003', 'book me off next Friday', () => refusal('book', 'leave-requests', 'request')),
  q('PF216', 'QA-003', 'How much parental leave do I get?', () => refusal('parental')),
  q('PF217', 'QA-001', 'my team’s late arrivals on fridays', () => refusal('fridays')),
  q('PF218', 'DEV-001', 'which month this year did my team have the worst attendance?', () => refusal('month', 'worst')),
  q('PF219', 'admin', 'who checked in before 8:30 yesterday', () => refusal('before', '8:30', 'time of day')),
  q('PF220', 'DEV-001', 'who on my team logged in today', () => refusal('logged', 'login', 'log in')),
  q('PF221', 'admin', "who changed Tom Becker's record?", () => refusal('changed', 'audit')),
  q('PF222', 'admin', 'DROP TABLE employees;', () => refusal('drop table', 'sql', 'drop')),
  q('PF223', 'admin', 'Email the QA team a reminder about check-outs', () => refusal('email', 'remind')),
  q('PF224', 'DEV-003', 'How do I request leave?', () => refusal('leave-requests', 'request')),
  q('PF225', 'admin', 'Is there a correlation between lateness and scores in DEV?', () => refusal('correlation', 'correlate')),
  q('PF226', 'SEC-004', 'am I on a part-time contract?', () => refusal('part-time', 'part time', 'contract')),
  q('PF227', 'admin', 'Show me the sick notes for QA-004', () => refusal('sick note', 'medical')),
  q('PF228', 'admin', 'Is Chris Morgan a bad employee?', () => refusal('bad', 'verdict', 'judge')),
  q('PF229', 'DEV-001', 'pending requests for my team, then approve the December ones', () => refusal('approve')),
  q('PF230', 'DEV-003', "what's my password?", () => refusal('password', 'credential')),
  q('PF231', 'DAT-004', 'weather in Berlin tomorrow?', () => refusal('weather', 'berlin')),
  q('PF232', 'QA-001', 'my team’s attendance rate per fortnight since August', () => refusal('fortnight')),
  q('PF233', 'QA-003', '¿Cuántos días de vacaciones me quedan?', () => refusal('cuántos', 'días', 'vacaciones', 'quedan')),
  q('PF234', 'admin', 'hours worked by job title last week', () => refusal('job title', 'title')),
  q('PF235', 'admin', 'why did Laura Silva leave?', () => refusal('why', 'reason')),
  q('PF236', 'admin', 'who was late on 2025-02-30', () => refusal('2025-02-30')),
  q('PF237', 'QA-001', 'check Leo Martins in for today', () => refusal('check-in', 'check in', 'check')),
];
