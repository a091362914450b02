/*
 * The twenty-first practice set: an HR analyst and an HR admin preparing reports — statistics of scores
 * (mean, median, min, max, spread, distribution, counts above and below a line, the share above a line as a
 * percentage), attendance rates and their extremes (the best and worst day, the best and worst team, a
 * person against their team), counts per team and per level (headcount, hires, leavers, late arrivals,
 * absences, half days, missing check-outs), changes between two periods, the work calendar (working days,
 * public and half-day holidays, team days off), leave (days taken by kind, pending requests and their days,
 * a team's balances, who has the most or least left), tenure and the corrections queue — in precise phrasing
 * and as analysts type ("QA Q2 median", "attn% by dept Oct"); mostly the admin, some managers (their own
 * team; other teams refused), a few employees (refused beyond their own data), and about a sixth refused
 * naming what cannot be done (salary, overtime pay, engagement, diversity, a fortnight, forecasts). Written
 * code-blind from /work/shared/API.md, docs/API.md and the README; assembled from the files of
 * questions/practice21/.
 */
import type { Question } from '../expectation';
import { ADMIN_ATTENDANCE } from './practice21/admin-attendance';
import { ADMIN_PEOPLE } from './practice21/admin-people';
import { ADMIN_SCORES } from './practice21/admin-scores';
import { CALENDAR_LEAVE } from './practice21/calendar-leave';
import { EMPLOYEES } from './practice21/employees';
import { MANAGERS } from './practice21/managers';
import { REFUSALS } from './practice21/refusals';

export const PRACTICE21: readonly Question[] = [
  ...ADMIN_SCORES,
  ...ADMIN_ATTENDANCE,
  ...ADMIN_PEOPLE,
  ...CALENDAR_LEAVE,
  ...MANAGERS,
  ...EMPLOYEES,
  ...REFUSALS,
];
