/*
 * The thirty-fourth practice set: an HR business partner preparing the quarterly reviews and the managers'
 * one-to-ones. The admin pulls the review pack — attendance rates and counts over quarters, months, weeks and
 * relative periods ("last week", "so far this month", "since 1 Oct", "the week before last", ISO weeks), hours,
 * quarterly scores and their statistics (mean, median, spread, top and bottom N within a team, a level or a
 * quarter), who improved or dropped and by how much, thresholds, teams against each other and against the
 * company, headcounts, hires, leavers, tenure, leave, holidays and working days, and questions of two or three
 * parts ("the seniors in DEV with more than 2 absences in October", "QA's median score in Q3 against the
 * company's"); the two managers (Priya Raman of DEV, Elena Petrova of QA) prepare their one-to-ones about their
 * own team; the four employees (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) prepare their own review.
 * Then the edges: a first name two people share, scope probes (a colleague "not found", another team, the company
 * or team-by-team figures named back as outside), and what the service does not keep or do (pay, reporting lines,
 * promotions, reasons, forecasts, breakdowns it does not make, orders), each to be refused naming it. Some are
 * typed in a hurry, with typos, slang and shorthand. Written code-blind from /work/shared/API.md, docs/API.md and
 * the README's assistant section; every figure, date, person and team expected is computed by the oracle from the
 * data set (oracle/practice34-figures.ts for what is new), and a question whose answer would hang on a tie, a
 * value on a line or a manager counting themselves in their team throws instead of expecting a guess.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice34/attendance';
import { BOUNDARIES } from './practice34/boundaries';
import { EMPLOYEES } from './practice34/employees';
import { MANAGER_DEV } from './practice34/manager-dev';
import { MANAGER_QA } from './practice34/manager-qa';
import { SCORES } from './practice34/scores';
import { WORKFORCE } from './practice34/workforce';

export const PRACTICE34: readonly Question[] = [...ATTENDANCE, ...SCORES, ...WORKFORCE, ...MANAGER_DEV, ...MANAGER_QA, ...EMPLOYEES, ...BOUNDARIES];
