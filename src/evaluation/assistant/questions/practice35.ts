/*
 * The thirty-fifth practice set: new employees and managers in their first week, exploring what the assistant
 * can do — the admin, the two team managers (Priya Raman of DEV, Elena Petrova of QA) and the four employees
 * (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke). They ask loosely and indirectly ("am I doing ok
 * attendance-wise?", "anything I should know about my team this week?"), politely and at length, or in a hurry
 * with typos and shorthand; they write dates every way (2025-11-03, the 3rd, Nov 13th, 3 November, 14/11, 13/10,
 * Thursday the 13th, last Friday, on Monday, the week of the 24th, since 1 Oct); they ask about former
 * employees, people who share a first name or whose names sound alike, and things the service does not keep or
 * do. Across the set: attendance (rates, late, absent, on leave, missing check-outs, who has not checked in,
 * over days, weeks, months, quarters and ranges), hours, quarterly scores and their statistics, leave balances
 * and requests, holidays and working days, hires, leavers and tenure, headcounts with filters, comparisons,
 * rankings, thresholds, yes-or-no questions, scope probes (a colleague "not found", a team or the company named
 * back as outside) and refusals naming what is missing.
 *
 * Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section, with the
 * evaluation harness (expectation.ts, grading/, dataset/, oracle/) and one earlier practice set read for the
 * file format only; the assistant was never run. Assembled from the files of questions/practice35/; every
 * figure, date, person and team is computed by the oracle from the data set (oracle/practice35-figures.ts for
 * what is new).
 */
import type { Question } from '../expectation';
import { ADMIN_ATTENDANCE } from './practice35/admin-attendance';
import { ADMIN_PEOPLE } from './practice35/admin-people';
import { ADMIN_SCORES } from './practice35/admin-scores';
import { EMPLOYEES } from './practice35/employees';
import { LEAVE_CALENDAR } from './practice35/leave-calendar';
import { MANAGER_DEV } from './practice35/manager-dev';
import { MANAGER_QA } from './practice35/manager-qa';
import { NAMES } from './practice35/names';
import { REFUSALS } from './practice35/refusals';

export const PRACTICE35: readonly Question[] = [
  ...ADMIN_ATTENDANCE,
  ...ADMIN_PEOPLE,
  ...ADMIN_SCORES,
  ...LEAVE_CALENDAR,
  ...MANAGER_DEV,
  ...MANAGER_QA,
  ...EMPLOYEES,
  ...NAMES,
  ...REFUSALS,
];
