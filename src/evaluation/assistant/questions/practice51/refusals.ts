/*
 * practice51 — breakdowns the service does not make and several asks it cannot all answer, each refused naming what
 * it cannot do (README: "breakdowns the service does not make (by hour of the day, by day of the week, by job
 * title)", "per fortnight", periods ranked against each other, weekdays in the plural, pay, kinds of leave and records
 * it does not keep, reporting lines, reasons, correlations, arithmetic, predictions, logins, the audit trail, a
 * department the organisation does not have, periods before attendance was recorded; "an order after a question"
 * — "pending requests for my team, and approve the ones for December" — refused by its verb). A message with one ask
 * it cannot answer is refused as a whole: an answer with figures is given only when nothing constraining is left
 * unused. Series come by month, week or quarter (README: "at most 12 months, 13 weeks or 8 quarters"), and two levels
 * side by side (`filters.position` and `filters.position_also`): a series day by day and a breakdown over every level
 * are read here as breakdowns the contract does not promise.
 */
import { refusal, type Question } from '../../expectation';
import { beforeTracking } from '../../oracle/practice42-figures';
import { q } from '../helpers';

const DAILY = ['day by day', 'daily', 'per day', 'each day', 'by day'];
const LEVELS = ['level', 'position', 'grade', 'seniority'];

export const REFUSALS: readonly Question[] = [
  // Breakdowns it does not make.
  q('PZ206', 'admin', 'attendance rate day by day last week', () => refusal(...DAILY)),
  q('PZ207', 'QA-001', 'daily late count for my team last week', () => refusal(...DAILY)),
  q('PZ208', 'admin', 'headcount broken down by level', () => refusal(...LEVELS)),
  q('PZ209', 'admin', 'average score for each grade in Q3', () => refusal(...LEVELS)),
  q('PZ210', 'admin', 'average score by job title last quarter', () => refusal('job title', 'title')),
  q('PZ211', 'DEV-001', 'attendance by job title on my team last month', () => refusal('job title', 'title')),
  q('PZ212', 'admin', 'late arrivals by hour of check-in last month', () => refusal('hour', 'time of day')),
  q('PZ213', 'admin', 'absences by day of the week in October', () => refusal('day of the week', 'weekday')),
  q('PZ214', 'admin', 'attendance rate on mondays vs fridays since august', () => refusal('mondays', 'fridays', 'weekday', 'day of the week')),
  q('PZ215', 'admin', 'attendance per fortnight since August', () => refusal('fortnight')),
  q('PZ216', 'admin', 'which month this year had the worst attendance, and which had the best?', () => refusal('month', 'worst', 'best', 'rank')),
  q('PZ217', 'admin', 'salary per team, and headcount per team', () => refusal('salary', 'salaries', 'pay')),
  q('PZ218', 'admin', 'headcount by gender', () => refusal('gender')),
  q('PZ219', 'admin', 'headcount per office location', () => refusal('office', 'location')),
  q('PZ220', 'admin', 'parental leave taken per team this year', () => refusal('parental')),
  q('PZ221', 'admin', 'sick notes per team this year', () => refusal('sick note', 'medical')),
  q('PZ222', 'admin', 'logins per team this week', () => refusal('login', 'logged')),
  q('PZ223', 'admin', 'attendance for sales and marketing, month by month', () => refusal('sales', 'marketing')),

  // Several asks, one it cannot answer.
  q('PZ224', 'DEV-001', 'pending leave requests for my team, then approve them all', () => refusal('approve', '/approve')),
  q('PZ225', 'admin', 'who was late yesterday, and send each of them a reminder', () => refusal('send', 'remind')),
  q('PZ226', 'QA-001', 'late arrivals per person on my team last month, and email me the list', () => refusal('email', 'send')),
  q('PZ227', 'DEV-003', 'my leave balance, and book me off on 5 December', () => refusal('book', '/leave-requests')),
  q('PZ228', 'admin', 'attendance by month since August and a forecast for December', () => refusal('forecast', 'predict', 'future')),
  q('PZ229', 'SEC-004', 'my hours last week, and will I hit 40 this week?', () => refusal('predict', 'will', 'future', 'forecast')),
  q('PZ230', 'admin', 'leavers per team this year and the reasons they left', () => refusal('reason', 'why')),
  q('PZ231', 'admin', 'who manages each team, and how big is it?', () => refusal('manages', 'manager', 'reporting', 'org chart')),
  q('PZ232', 'admin', 'correlation between lateness and score, per team', () => refusal('correlat', 'relationship')),
  q('PZ233', 'admin', "what's 14 plus 10, and what's QA's headcount?", () => refusal('arithmetic', 'plus', 'calculat', 'math', 'sum')),
  q('PZ234', 'admin', "who changed Tom Becker's record, and when did he join?", () => refusal('changed', 'audit', '/audit')),

  // Periods before attendance was recorded.
  q('PZ235', 'admin', 'late arrivals per team in H1', () => beforeTracking(['2025-01-01', '2025-06-30'], 'h1', 'first half', 'tracking', 'recorded')),
  q('PZ236', 'admin', 'attendance rate quarter by quarter in 2024', () => beforeTracking(['2024-01-01', '2024-12-31'], '2024', 'tracking', 'recorded')),
];
