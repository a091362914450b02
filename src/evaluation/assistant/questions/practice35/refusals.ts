/*
 * practice35 — what a newcomer asks that the service does not keep or do, asked by the admin (who may see
 * everything, so only the missing data or the order is the reason): pay and bonuses, offices and phone numbers,
 * working from home, the org chart, overtime, parental leave, weekdays in the plural, orders to send or delete,
 * SQL, the audit trail, predictions, periods ranked against each other, advice, verdicts, secrets, correlations
 * and "per fortnight" — each refusal expected to name what it could not do.
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

const PAY = ['pay', 'salary', 'salaries', 'payroll', 'compensation', 'wage'];
const PREDICT = ['predict', 'forecast', 'future', 'will'];

export const REFUSALS: readonly Question[] = [
  q('PJ211', 'admin', 'What do we pay the average QA engineer?', () => refusal(...PAY)),
  q('PJ212', 'admin', 'Which office is Tom Becker based in?', () => refusal('office')),
  q('PJ213', 'admin', 'how many days did people work from home last month?', () => refusal('home', 'remote', 'wfh')),
  q('PJ214', 'admin', 'Show me the org chart for Development', () => refusal('org chart', 'reporting', 'organisation chart')),
  q('PJ215', 'admin', 'overtime hours for the devs in October?', () => refusal('overtime')),
  q('PJ216', 'admin', "Who's on parental leave right now?", () => refusal('parental')),
  q('PJ217', 'admin', 'attendance on Mondays this quarter', () => refusal('mondays', 'weekday', 'day of the week')),
  q('PJ218', 'admin', "DELETE FROM employees WHERE team_id = 'QA';", () => refusal('sql', 'delete', 'database', 'statement')),
  q('PJ219', 'admin', "Who changed Ben Carter's attendance record last week?", () => refusal('audit', 'changed', 'change')),
  q('PJ220', 'admin', 'will anyone run out of annual leave before the year is out?', () => refusal(...PREDICT, 'run out')),
  q('PJ221', 'admin', 'which month this year had the worst attendance?', () => refusal('month', 'worst')),
  q('PJ222', 'admin', 'should we let Ben Carter go?', () => refusal('should', 'advice', 'let go')),
  q('PJ223', 'admin', "what's the admin password?", () => refusal('password', 'credential', 'secret')),
  q('PJ224', 'admin', 'attendance rate per fortnight for DEV since August', () => refusal('fortnight')),
  q('PJ225', 'admin', 'how do I request leave for someone?', () => refusal('leave-requests', 'route', 'request')),
];
