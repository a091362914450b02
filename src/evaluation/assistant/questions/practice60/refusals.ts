/*
 * practice60 — what the new HR generalist, the managers and the employees ask in their first week that the assistant
 * must refuse, each expected to name at least one word of what it cannot do. The README and docs/API.md list them:
 * pay and salary, orders to send, email or remind, predictions, orders to change data (refused by their verb, with
 * the route), breakdowns by day of the week, reporting lines and the org chart, a time of day, the audit trail, kinds
 * of leave it does not keep, per fortnight, SQL typed in, secrets, advice, periods ranked against each other, checking
 * someone in or out, reasons, weekdays in the plural, medical records and working-time contracts. "If one of them is
 * refused, the refusal is the answer": an answerable ask joined to one of these is refused too.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('QI201', 'admin', "what's the average salary in DEV, and the headcount?", () => refusal('salary')),
  q('QI202', 'admin', "email yesterday's late list to the managers please", () => refusal('email', 'send')),
  q('QI203', 'admin', 'which of our people are a flight risk for next quarter?', () => refusal('flight risk', 'predict')),
  q('QI204', 'admin', "approve Yuki Tanaka's December leave", () => refusal('approve')),
  q('QI205', 'admin', 'which day of the week are people late most often?', () => refusal('day of the week', 'weekday')),
  q('QI206', 'admin', 'what does the org chart for QA look like', () => refusal('org chart', 'organisation chart', 'reporting')),
  q('QI207', 'admin', 'who checked in after 10am yesterday?', () => refusal('10am', 'after', 'time of day')),
  q('QI208', 'admin', "who edited Lukas Novak's attendance record last week?", () => refusal('audit', 'edited')),
  q('QI209', 'admin', 'how many people are on parental leave right now', () => refusal('parental')),
  q('QI210', 'admin', 'attendance rate per fortnight since August', () => refusal('fortnight')),
  q('QI211', 'admin', "SELECT * FROM employees WHERE team_id = 'QA';", () => refusal('select', 'sql', 'database')),
  q('QI212', 'admin', "what's the admin password again?", () => refusal('password')),
  q('QI213', 'admin', 'should we let Chris Morgan go, given his absences?', () => refusal('should', 'advice', 'let go')),
  q('QI214', 'admin', 'what was our worst month for attendance in 2025?', () => refusal('worst', 'month')),
  q('QI215', 'DEV-001', 'check Omar in for me, he forgot this morning', () => refusal('check in', 'check-in', 'check omar in', 'check him in')),
  q('QI216', 'DEV-001', 'how many people are on my team, and remind them all to submit timesheets', () => refusal('remind', 'timesheet')),
  q('QI217', 'QA-001', 'why was Zoe Adams absent so often in October?', () => refusal('why', 'reason')),
  q('QI218', 'QA-001', "how does my team's attendance look on fridays generally", () => refusal('fridays', 'friday')),
  q('QI219', 'DEV-003', 'who do I report to?', () => refusal('report', 'manager')),
  q('QI220', 'DEV-003', 'put me down for annual leave on 24/12', () => refusal('request', 'book', 'put me down')),
  q('QI221', 'QA-003', 'change my check-in on Monday to 8:50', () => refusal('change', 'correct')),
  q('QI222', 'DAT-004', 'how much overtime pay am I due this month?', () => refusal('overtime', 'pay')),
  q('QI223', 'DAT-004', 'can you pull up my sick notes', () => refusal('sick note', 'medical')),
  q('QI224', 'SEC-004', 'what is my access token', () => refusal('token')),
  q('QI225', 'SEC-004', 'am I on a part time contract?', () => refusal('part time', 'part-time', 'contract')),
];
