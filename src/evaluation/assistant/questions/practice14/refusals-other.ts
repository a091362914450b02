/*
 * practice14 — attendance, correction and check-out questions an honest assistant must refuse, naming what
 * it cannot do: fixing or submitting check-outs and corrections, approving them, working from home, part
 * time, breakdowns it does not make (weekdays in the plural, hour of the day, fortnights, months ranked),
 * reasons, logins, the audit trail, correlations, SQL, predictions and advice. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README's "Assistant" section.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const WFH = ['wfh', 'work from home', 'working from home', 'remote', 'home', 'location'];
const PREDICT = ['predict', 'future', 'forecast'];

export const OTHER_REFUSALS: readonly Question[] = [
  q('M163', 'DEV-003', 'fix my check-out from yday', () => refusal('fix', 'correct', 'attendance-corrections', 'change')),
  q('M164', 'admin', 'check out DEV-006 for 18 nov', () => refusal('check out', 'check-out', 'check someone')),
  q('M165', 'DEV-001', 'approve the pending corrections', () => refusal('approve', '/approve')),
  q('M166', 'QA-003', 'submit a correction for my check-in on 12 nov', () => refusal('submit', 'attendance-corrections', 'post /')),
  q('M167', 'admin', "who's wfh today", () => refusal(...WFH)),
  q('M168', 'DEV-001', 'how many wfh days did my team have in oct', () => refusal(...WFH)),
  q('M169', 'admin', 'who works part time', () => refusal('part time', 'part-time', 'contract', 'working time')),
  q('M170', 'admin', 'attendance on mondays last month', () => refusal('monday', 'weekday', 'day of the week')),
  q('M171', 'admin', 'what hour of the day do most ppl check in', () => refusal('hour of the day', 'by hour', 'hour')),
  q('M172', 'admin', 'which month had the worst attendance this year', () => refusal('which month', 'months', 'worst', 'rank')),
  q('M173', 'QA-001', 'why was chris walker absent yday', () => refusal('why', 'reason')),
  q('M174', 'admin', 'who logged in today', () => refusal('logged', 'login', 'log in')),
  q('M175', 'admin', 'who changed the qa offsite date', () => refusal('audit', 'changed', 'who changed')),
  q('M176', 'DEV-001', 'will attendance drop over xmas', () => refusal(...PREDICT, 'drop')),
  q('M177', 'admin', 'attendance per fortnight since aug', () => refusal('fortnight')),
  q('M178', 'DAT-004', 'whats my overtime pay this mth', () => refusal('overtime', 'pay', 'salary')),
  q('M179', 'admin', 'who has a shift swap next wk', () => refusal('shift', 'swap')),
  q('M180', 'admin', 'is late arrival linked to low scores', () => refusal('correlat', 'linked', 'link', 'relationship')),
  q('M181', 'admin', 'DELETE FROM leave_requests;', () => refusal('sql', 'delete', 'statement', 'database')),
  q('M182', 'admin', 'who is going to quit next quarter', () => refusal(...PREDICT, 'quit')),
  q('M183', 'DEV-001', 'how do i improve my teams attendance', () => refusal('improve', 'advice', 'recommend')),
  q('M184', 'admin', 'who should we let go for missing check outs', () => refusal('let go', 'should', 'advice', 'fire', 'dismiss')),
  q('M185', 'admin', "who's travelling for work next week", () => refusal('travel', 'business trip', 'trip')),
  q('M186', 'admin', "who's on probation", () => refusal('probation')),
  q('M187', 'SEC-004', 'remind me to check out at 5', () => refusal('remind', 'schedule')),
];
