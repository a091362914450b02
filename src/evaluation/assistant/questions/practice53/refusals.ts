/*
 * practice53 — what the service says it cannot do, asked in the course of a working week. docs/API.md: a question
 * about something the service does not hold ("salary, an office, a forecast, 'per fortnight', who manages whom or the
 * org chart, why someone left, a kind of leave other than annual, sick and unpaid, a breakdown by hour of the day, day
 * of the week or job title"), an order to change data (refused by its verb, with the route that makes it), advice, an
 * order to send, email, remind or schedule, weekdays in the plural, periods ranked against each other, "a time of day
 * ('who checked in before 9')", predictions in any words, a department the organisation does not have. Each is refused
 * naming what it could not do; the words listed are the ones a fair refusal names (any one of them).
 */
import { refusal, type Question } from '../../expectation';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  q('QB210', 'admin', 'what do we pay DEV on average, salary-wise?', () => refusal('salary', 'salaries', 'pay')),
  q('QB211', 'admin', 'fortnightly late counts for Q4 so far', () => refusal('fortnight')),
  q('QB212', 'admin', "who's likely to quit next quarter?", () => refusal('quit', 'predict', 'likely', 'forecast')),
  q('QB213', 'DEV-001', "predict my team's attendance for December", () => refusal('predict', 'forecast', 'future')),
  q('QB214', 'DEV-001', "go ahead and approve Yuki Tanaka's December leave", () => refusal('approve', '/approve')),
  q('QB215', 'admin', 'which day of the week do people come in late most?', () => refusal('day of the week', 'weekday')),
  q('QB216', 'admin', 'who checked in before 8:30 today?', () => refusal('before', '8:30', 'time of day', 'time')),
  q('QB217', 'QA-001', "send a reminder to everyone on my team who hasn't checked in", () => refusal('send', 'remind')),
  q('QB218', 'admin', 'email me the late list every Monday morning', () => refusal('email', 'schedule', 'send')),
  q('QB219', 'admin', 'what was our worst month for attendance this year?', () => refusal('month', 'worst', 'rank')),
  q('QB220', 'admin', "break last month's absences down by job title", () => refusal('job title', 'title')),
  q('QB221', 'QA-001', 'why was Chris Walker absent so much in October?', () => refusal('why', 'reason')),
  q('QB222', 'admin', 'marketing team headcount?', () => refusal('marketing')),
  q('QB223', 'SEC-004', 'book me off on 28 November', () => refusal('book', '/leave-requests')),
  q('QB224', 'admin', 'who should we let go from QA?', () => refusal('let go', 'should', 'advice')),
  q('QB225', 'admin', "who is Tom Becker's line manager?", () => refusal('line manager', 'manager', 'manage', 'reporting')),
  q('QB226', 'admin', 'what hour of the day do most late check-ins happen?', () => refusal('hour of the day', 'hour', 'time of day')),
  q('QB227', 'admin', 'is anyone on track to use up all their annual leave by Christmas?', () => refusal('on track', 'use up', 'predict', 'forecast')),
  q('QB228', 'DEV-001', "what's attendance like on mondays for my team?", () => refusal('mondays', 'weekday', 'day of the week')),
];
