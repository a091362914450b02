/*
 * The fifty-seventh practice set: numbers people act on. Thresholds (more than N absences or late arrivals, fewer than
 * N hours, a rate under a line, a score above or below one, a move of more than N points, teams over a count or an
 * average), rankings (top and bottom N people or teams by score, attendance rate, lateness, absences, hours and
 * improvement, ties kept or the cut checked clean), comparisons (two teams, two periods, two people, a person against
 * their team or the company, two levels), statistics (mean, median, highest, lowest, spread) and trends over weeks,
 * months and quarters. Every role asks: the HR admin across the company; the managers Priya Raman (DEV-001) and Elena
 * Petrova (QA-001) about their own team; the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien
 * (DAT-004) and Emma Clarke (SEC-004) about themselves. Some questions cross the caller's scope (another team, the
 * company, team by team, a colleague: named back as outside, or "not found"), and some must be refused, naming what
 * cannot be done (salary, a forecast, a fortnight, a day-of-week or hour-of-day breakdown, a correlation, a standard
 * deviation, periods ranked against each other, a reason, advice, an order, a department that does not exist).
 * Messages are written as people type them: lowercase, abbreviations, curt and polite. Whoever wrote it read only
 * /work/shared/API.md, docs/API.md and the README (and the evaluation harness), never the assistant's code, and did
 * not run the assistant: it is written code-blind. Every figure, person, team and date is computed from the data set
 * by the oracle (oracle/practice57-figures.ts for what is new, with the earlier oracles), never typed in; a question
 * whose readings give different answers (with or without leavers, with or without the asking manager, a period with
 * or without today, a line too near a figure, a tie at a cut) throws in its oracle and is not asked.
 */
import type { Question } from '../expectation';
import { ADMIN_COMPARISONS } from './practice57/admin-comparisons';
import { ADMIN_RANKINGS } from './practice57/admin-rankings';
import { ADMIN_STATS_TRENDS } from './practice57/admin-stats-trends';
import { ADMIN_THRESHOLDS } from './practice57/admin-thresholds';
import { EMPLOYEES_DAT_SEC } from './practice57/employees-dat-sec';
import { EMPLOYEES_DEV_QA } from './practice57/employees-dev-qa';
import { MANAGER_DEV } from './practice57/manager-dev';
import { MANAGER_QA } from './practice57/manager-qa';
import { REFUSALS } from './practice57/refusals';

export const PRACTICE57: readonly Question[] = [
  ...ADMIN_THRESHOLDS,
  ...ADMIN_RANKINGS,
  ...ADMIN_COMPARISONS,
  ...ADMIN_STATS_TRENDS,
  ...MANAGER_DEV,
  ...MANAGER_QA,
  ...EMPLOYEES_DEV_QA,
  ...EMPLOYEES_DAT_SEC,
  ...REFUSALS,
];
