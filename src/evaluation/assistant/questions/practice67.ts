/*
 * The sixty-seventh practice set: comparisons and judgements. Yes-or-no questions and A-versus-B questions, asked
 * mostly by HR and the managers: team against team (attendance rate, late arrivals, absence days, hours, half days,
 * missed check-outs, average scores), a period against another (this month against last month, last week against the
 * week before, a month against the next, Q3 against this quarter so far, a quarter's scores against the quarter
 * before, hires and leavers this year against last, headcount then and now), one person against another (who was
 * late or absent more, whose rate or score was better and by how many points, who improved more, who has more leave
 * left, who has been here longer), a person or a team against an average (the team's, the company's), and a figure
 * against a line ("is anyone below 90 %", "were there more than 60 late arrivals", "is the spread over 30", "who
 * dropped more than 3 points"). Employees compare themselves with themselves (this month against last, Q3 against
 * Q2, their rate, hours or leave against a line). Every answer is expected to state the figures of both sides, the
 * yes or no first when the question is a plain yes or no, and the way ("better"/"worse", "up"/"down",
 * "more"/"fewer") when the question offers one.
 *
 * Who asks: the HR admin; the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team; the
 * employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004) about
 * themselves. Some questions cross the caller's scope (two people outside it are "not found"; another team, the
 * company or, for an employee, the team average is named back), and some ask for what the service does not keep or
 * refuses to do (pay, offices, engagement, a verdict on a person, managers ranked, months ranked, predictions,
 * correlations, times of day, advice, orders): refused naming it. Long and short, polite and curt, typos, lowercase
 * and shorthand ("v", "vs", "sept", "hrs", "wk").
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md and the README (and the evaluation harness): the
 * assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed
 * from the data set: oracle/practice67-periods.ts works out each period from the data set's today (2025-11-19) by
 * calendar arithmetic of its own, checked against the shared helpers and the ISO dates written beside each period;
 * oracle/practice67-figures.ts takes attendance from the shared oracle's totals (the absence rule; rates pooled as
 * Σ min(a, e) ÷ Σ e over closed days; counts of records; hours summed) and guards each comparison; and
 * oracle/practice67-judge.ts does scores (the mean of a quarter's final scores, leavers' scores of that quarter
 * included as the score summary holds them), leave balances (allocated − taken − pending) and hire dates, and builds
 * the expectations. The oracle throws rather than guess where two readings would differ: a count over a period
 * reaching today that today's open records change; two sides too close to call (a rate within 0.1 point, a score
 * within 0.1); a figure on or within rounding of its line; a list of people that changes without those not employed
 * for the whole period, those who have left since, or the asking manager; a person's rate against an average where
 * the pooled rate and the mean of people's rates give different verdicts.
 */
import type { Question } from '../expectation';
import { AVERAGES } from './practice67/averages';
import { DEV_MANAGER } from './practice67/dev-manager';
import { EMPLOYEES } from './practice67/employees';
import { LINES } from './practice67/lines';
import { PEOPLE_VS } from './practice67/people';
import { PERIODS } from './practice67/periods';
import { QA_MANAGER } from './practice67/qa-manager';
import { REFUSALS } from './practice67/refusals';
import { SCOPE } from './practice67/scope';
import { TEAMS_VS } from './practice67/teams';

export const PRACTICE67: readonly Question[] = [
  ...TEAMS_VS,
  ...PERIODS,
  ...PEOPLE_VS,
  ...AVERAGES,
  ...LINES,
  ...DEV_MANAGER,
  ...QA_MANAGER,
  ...EMPLOYEES,
  ...SCOPE,
  ...REFUSALS,
];
