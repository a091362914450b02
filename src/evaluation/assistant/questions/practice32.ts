/*
 * The thirty-second practice set: a demanding payroll and people-operations lead at month and quarter boundaries —
 * the admin closing the books, the two team managers (Priya Raman of DEV, Elena Petrova of QA) closing their team's
 * month, and the four employees (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) checking their own figures
 * before payroll. Periods cross months, quarters and the year (22 Sep – 10 Oct, 27 Oct – 7 Nov, 2024-Q4 to 2025-Q1,
 * 22 Dec – 2 Jan), hold weekends, public, team and half-day holidays, hires and leavers inside them and leave that
 * spans a holiday or the period's edge; part-periods ("so far", "the first two weeks of", "between X and Y", "the last
 * week of October"), former employees, several parts in one question, precise yes-or-no checks against thresholds,
 * scope probes (a colleague "not found", a team or the company named back as outside, a shared first name asked
 * about) and payroll data the service does not keep (pay, overtime, pension, tax, payslips, bonuses, reporting
 * lines), with typos and shorthand along the way. Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; assembled from the files of questions/practice32/, every figure, date, person and team computed by the
 * oracle from the data set (oracle/practice32-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { EMPLOYEES } from './practice32/employees';
import { LEAVE_CALENDAR } from './practice32/leave-calendar';
import { MANAGERS } from './practice32/managers';
import { MONTH_END } from './practice32/month-end';
import { PEOPLE_MOVES } from './practice32/people-moves';
import { SCOPE_REFUSALS } from './practice32/scope-refusals';
import { SCORES } from './practice32/scores';
import { YES_NO } from './practice32/yes-no';

export const PRACTICE32: readonly Question[] = [
  ...MONTH_END,
  ...PEOPLE_MOVES,
  ...SCORES,
  ...LEAVE_CALENDAR,
  ...MANAGERS,
  ...EMPLOYEES,
  ...YES_NO,
  ...SCOPE_REFUSALS,
];
