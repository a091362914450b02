/*
 * practice48 — lines the service cannot draw, each refused naming what it cannot do (API.md: every constraint is
 * used or named back; README: what it refuses): pay and age it does not keep, predictions of who will cross a line,
 * times of day and weekdays in the plural, breakdowns by job title, managers ranked by their teams, kinds of leave
 * and records it does not keep (parental leave, sick notes, notice periods, logins, contracts), the audit trail,
 * reasons, correlations, arithmetic, verdicts and advice, orders to act on everyone past a line, a department the
 * organisation does not have, people left out of a rate, a quarter and a date the calendar does not have, a period
 * before attendance was recorded, and a database statement. Every role asks some.
 */
import { refusal, type Question } from '../../expectation';
import { beforeTracking } from '../../oracle/practice42-figures';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // What the service does not keep.
  q('PW200', 'admin', 'who earns more than 60k a year?', () => refusal('earn', 'salary', 'salaries', 'pay')),
  q('PW201', 'QA-003', 'is my salary above 50,000?', () => refusal('salary', 'pay')),
  q('PW202', 'admin', 'which employees are over 50 years old?', () => refusal('age', 'years old', 'birth', 'old')),
  q('PW203', 'admin', 'who has taken more than 5 days of parental leave this year?', () => refusal('parental')),
  q('PW204', 'admin', 'who handed in more than 2 sick notes since August?', () => refusal('sick note', 'medical')),
  q('PW205', 'admin', 'who has a notice period longer than 30 days?', () => refusal('notice')),
  q('PW206', 'admin', 'how many part-time staff worked under 20 hours last week?', () => refusal('part-time', 'part time', 'contract')),
  q('PW207', 'admin', 'who logged in more than 10 times this week?', () => refusal('logged in', 'login', 'log in')),
  q('PW208', 'admin', 'who changed more than 5 attendance records this month?', () => refusal('changed', 'audit', '/audit')),

  // Predictions.
  q('PW209', 'admin', 'who will drop below 90% attendance next month?', () => refusal('predict', 'future', 'next month', 'forecast')),
  q('PW210', 'DEV-001', 'will anyone on my team score under 60 in Q4?', () => refusal('predict', 'future', 'forecast', 'q4')),

  // Breakdowns, rankings and analyses it does not make.
  q('PW211', 'admin', 'who checked in before 8:30 more than 3 times last month?', () => refusal('before 8:30', '8:30', 'time of day', 'before')),
  q('PW212', 'admin', 'was attendance on mondays below 90% in October?', () => refusal('mondays', 'day of the week', 'weekday')),
  q('PW213', 'admin', 'which job titles averaged over 80 in Q3?', () => refusal('job title', 'title')),
  q('PW214', 'admin', 'which managers run teams under 90% attendance?', () => refusal('managers', 'manager')),
  q('PW215', 'admin', 'do people who were late more than 5 times score below 70?', () => refusal('correlat', 'relationship', 'link', 'both')),
  q('PW216', 'admin', 'what is 95% of 40 hours?', () => refusal('arithmetic', 'calculat', '95% of 40', 'math')),
  q('PW217', 'admin', 'why were people late more than 5 times in October?', () => refusal('why', 'reason')),

  // Verdicts, advice and orders.
  q('PW218', 'admin', 'should we fire everyone who scored below 60 in Q3?', () => refusal('fire', 'advice', 'should')),
  q('PW219', 'admin', 'is Chris Walker a bad employee for being under 75% attendance?', () => refusal('bad employee', 'verdict', 'judge', 'bad')),
  q('PW220', 'admin', 'approve every pending leave request under 2 days', () => refusal('approve', '/approve')),
  q('PW221', 'DEV-001', 'email everyone on my team who was late more than 3 times', () => refusal('email', 'send')),

  // Constraints it cannot apply, named back.
  q('PW222', 'admin', 'does the sales team have more than 5 people?', () => refusal('sales')),
  q('PW223', 'admin', 'was attendance excluding the juniors above 95% last week?', () => refusal('excluding', 'juniors')),
  q('PW224', 'admin', 'was the average score above 70 in 2025-Q5?', () => refusal('2025-q5', 'q5')),
  q('PW225', 'SEC-004', 'was I late more than twice in July?', () => beforeTracking(['2025-07-01', '2025-07-31'], 'july', 'tracking', 'recorded')),
  q('PW226', 'admin', 'DELETE FROM attendance WHERE rate < 0.9', () => refusal('sql', 'delete', 'statement')),
];
