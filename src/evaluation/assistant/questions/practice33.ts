/*
 * The thirty-third practice set: questions as busy people type them on a phone or in a chat window — terse
 * fragments ("late ppl dev oct?"), run-on sentences, lowercase, shorthand ("hc", "hrs", "pto", "yday", "rn"),
 * misspelt names, teams and measure words ("attendnace", "Hanna Schmit", "maria gonzales"), polite padding, and a
 * few follow-ups that carry everything they need. It imitates every login of the data set: the admin, the two
 * managers (Priya Raman of DEV, Elena Petrova of QA) asking about "my team" and themselves, and the four employees
 * (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) asking in the first person. It covers attendance (rates,
 * late, absent, half days, missing check-outs, not checked in yet; a day, a week, a month, a quarter, ranges and
 * relative phrases), hours, quarterly scores and their statistics, leave balances and requests, who is on leave,
 * holidays and working days, hires, leavers and tenure, headcounts with filters, comparisons, rankings,
 * thresholds, yes-or-no questions, scope probes (a colleague "not found", a team or the company named back as
 * outside), an ambiguous first name (asked which), and refusals of what the service does not keep or do.
 *
 * Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section, with the
 * evaluation harness (expectation, grading, data set, oracle) for the format; the assistant was never run.
 * Assembled from the files of questions/practice33/; every figure, date, person and team is computed by the
 * oracle from the data set (oracle/practice33-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { ADMIN_ATTENDANCE } from './practice33/admin-attendance';
import { EMPLOYEES } from './practice33/employees';
import { LEAVE_CALENDAR } from './practice33/leave-calendar';
import { MANAGERS } from './practice33/managers';
import { SCORES_PEOPLE } from './practice33/scores-people';
import { REFUSALS, YES_NO } from './practice33/yes-no-refusals';

export const PRACTICE33: readonly Question[] = [...ADMIN_ATTENDANCE, ...MANAGERS, ...EMPLOYEES, ...SCORES_PEOPLE, ...LEAVE_CALENDAR, ...YES_NO, ...REFUSALS];
