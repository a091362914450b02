/*
 * practice49 — a part the contract does not support, joined to parts it does: it must be refused naming that part,
 * never dropped (API.md: every constraint is either used or named back in the refusal). From the README: people
 * picked by when they were hired take lists of who was late, absent or on leave only; people left out take
 * headcounts, lists and scores only; a job title takes headcounts and lists only; breakdowns by day of the week, by
 * hour or by job title, weekdays in the plural, periods ranked against each other, a time of day, "per fortnight",
 * predictions, managers ranked by their teams, "mid-October" (no edges), a holiday the calendar does not hold, a date
 * it does not have, a period before tracking, a department it does not have, kinds of leave it does not keep, pay,
 * reasons, correlations, reporting lines, and an order (alone or after a question) are all refused by name.
 */
import { refusal, type Question } from '../../expectation';
import { beforeTracking } from '../../oracle/practice42-figures';
import { H1 } from '../../oracle/practice49-figures';
import { q } from '../helpers';

export const REFUSALS: readonly Question[] = [
  // Filters that the measure does not take.
  q('PX213', 'admin', 'attendance rate last month for the people hired this year', () => refusal('hired')),
  q('PX214', 'admin', 'average Q3 score of people hired in 2024', () => refusal('hired')),
  q('PX215', 'admin', 'hours worked last week excluding the leads', () => refusal('excluding', 'leads')),
  q('PX216', 'admin', 'attendance rate for everyone except QA in October', () => refusal('except')),
  q('PX217', 'admin', 'average score of the ML engineers in Q3', () => refusal('ml engineer', 'job title', 'title')),

  // Breakdowns, groupings and periods it does not make.
  q('PX218', 'admin', 'average Q2 score by job title', () => refusal('job title', 'title')),
  q('PX219', 'admin', "break down october's late arrivals by day of the week", () => refusal('day of the week', 'weekday')),
  q('PX220', 'admin', 'check-ins by hour of the day last week', () => refusal('hour')),
  q('PX221', 'admin', 'who in QA is usually late on fridays', () => refusal('fridays', 'weekday', 'day of the week')),
  q('PX222', 'admin', 'which month since August had the most absences?', () => refusal('which month', 'month', 'periods')),
  q('PX223', 'admin', 'who in DEV checked in after 10am yesterday', () => refusal('10am', 'after 10', 'time of day', 'times')),
  q('PX224', 'admin', 'show late arrivals per fortnight since August', () => refusal('fortnight')),
  q('PX225', 'admin', "which manager's team had the best attendance in October?", () => refusal('manager')),

  // Periods and names the calendar does not hold.
  q('PX226', 'admin', 'who in SEC was late mid-October', () => refusal('mid-october', 'mid october')),
  q('PX227', 'admin', 'who was absent on Diwali', () => refusal('diwali')),
  q('PX228', 'admin', 'attendance for DAT on 2025-02-30', () => refusal('2025-02-30')),
  q('PX229', 'admin', 'attendance rate for the seniors in H1', () => beforeTracking(H1, 'h1', 'first half', 'tracking', 'recorded', 'before')),
  q('PX230', 'admin', 'headcount of the marketing team', () => refusal('marketing')),

  // What the service does not keep or do.
  q('PX231', 'admin', 'maternity leave balance for Mei Lin', () => refusal('maternity')),
  q('PX232', 'admin', 'average salary of the seniors in DEV', () => refusal('salary')),
  q('PX233', 'admin', 'correlation between late arrivals and Q3 scores', () => refusal('correlat')),
  q('PX234', 'admin', 'will QA’s attendance drop next month?', () => refusal('predict', 'future', 'forecast', 'next month')),
  q('PX235', 'QA-001', "who's my line manager?", () => refusal('manager', 'reporting')),
  q('PX236', 'DAT-004', 'am I going to run out of annual leave before December?', () => refusal('predict', 'future', 'run out', 'forecast')),
  q('PX237', 'SEC-004', 'why was I marked late on 3/11?', () => refusal('why', 'reason')),

  // Orders, alone or after a question.
  q('PX238', 'DEV-001', "show my team's pending leave, and approve anything that falls in December", () => refusal('approve')),
  q('PX239', 'DEV-003', 'please book annual leave for me on 1 December', () => refusal('book', 'leave-requests', 'leave request')),
  q('PX240', 'QA-003', 'can you clock me out for today', () => refusal('clock out', 'check-out', 'check out', 'checkout')),
];
