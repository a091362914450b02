/*
 * The seventeenth practice set: HR administrators at month end and quarter end (headcount by level and
 * team, joiners and leavers, attrition, tenure, attendance and absence rates by team, lateness, no-shows,
 * leave taken by kind, pending requests, missing check-outs, hours) and employees asking about themselves
 * (annual leave remaining, vacation and sick days, PTO, their requests, lateness, clock-ins, timesheet
 * hours, scores, holidays), plus the two managers about their direct reports — in the words HR people use,
 * with two figures side by side, thresholds and top/bottom N; about a quarter refused (FTE, carry-over, pay,
 * orders, predictions, advice, another person's data). Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; assembled from the files of questions/practice17/.
 */
import type { Question } from '../expectation';
import { ADMIN_MONTH_END } from './practice17/admin-month-end';
import { EMPLOYEES } from './practice17/employees';
import { MANAGERS } from './practice17/managers';
import { REFUSALS } from './practice17/refusals';
import { SCOPE } from './practice17/scope';

export const PRACTICE17: readonly Question[] = [...ADMIN_MONTH_END, ...EMPLOYEES, ...MANAGERS, ...REFUSALS, ...SCOPE];
