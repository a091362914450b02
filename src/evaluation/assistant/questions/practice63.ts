/*
 * The sixty-third practice set: the HR admin's people analytics. Headcount by team, level, job title and status and
 * their combinations ("active seniors in DAT"), the headcount of a past day, teams against a line; hires and leavers in
 * a month, a quarter, a half or a year, per team and per level; cohorts ("of the people hired in 2023, how many are
 * still here"); tenure (the longest-serving and the newest, how long someone has been here, average tenure by team and
 * level, people with at least or under n years); performance scores (the average, median, lowest, highest and spread
 * of the company, a team, a level, a team's level; the best and worst teams; top and bottom n; people above, below or
 * between lines), quarter against quarter (up or down, the move in points, who and which team improved or fell the
 * most, how many went up or down); attendance rates ranked across teams, the company's rate, teams and people against
 * a line, the absence rate, two teams or two levels side by side. Phrased as analysts and HR business partners write:
 * long and short, polite and curt, with typos, lowercase and shorthand.
 *
 * The HR admin asks most; the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) ask about their own team, and
 * the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004) about
 * themselves; some questions cross the caller's scope (not found, or a refusal naming the team, the other teams, the
 * company or the others), and some must be refused (pay, forecasts, a median or distribution of tenure, gender, age,
 * surveys, vacancies, promotions, reasons for leaving, correlations, breakdowns by job title or weekday, orders).
 *
 * It was written code-blind, from /work/shared/API.md, docs/API.md and the README only (and the evaluation harness):
 * the assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed
 * from the data set by the oracle — oracle/practice63-figures (people, hires, leavers, cohorts), practice63-tenure,
 * oracle/practice63-scores (final scores worked out again from their inputs, statistics, rankings, moves) and
 * oracle/practice63-rates (each person's expected day worked out again from the holidays and the approved leave) —
 * each figure found twice and checked against the shared oracle; a question whose readings would disagree (a list with
 * and without leavers, tenure read on the calendar and in whole years, a ranking tied at its cut, a figure on its line)
 * throws and is not asked.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice63/attendance';
import { HEADCOUNT } from './practice63/headcount';
import { MOVES } from './practice63/moves';
import { REFUSALS } from './practice63/refusals';
import { SCOPE } from './practice63/scope';
import { SCORE_MOVES } from './practice63/score-moves';
import { SCORES } from './practice63/scores';
import { TENURE } from './practice63/tenure';

export const PRACTICE63: readonly Question[] = [...HEADCOUNT, ...MOVES, ...TENURE, ...SCORES, ...SCORE_MOVES, ...ATTENDANCE, ...SCOPE, ...REFUSALS];
