/*
 * The fifty-eighth practice set: month-end and payroll-minded HR work. What HR checks before a month closes — hours
 * worked, late arrivals, absences through the absence rule (half-day holidays leave half a day to be absent, leave is
 * never absence, whole holidays have nobody absent, today has no absentees), missing check-outs, corrections pending,
 * who is on leave and how much leave was taken (paid and unpaid), working days and public holidays in a month, hires,
 * leavers, headcounts and tenure — per person, per team and for the company; and employees checking their own month
 * (my hours, my lates, my absences, my check-in times, my leave left and pending, my working days, am I off on a day),
 * in every kind of wording, long and short, polite and curt, with typos and shorthand. Every role asks: the HR admin,
 * the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team, and the employees Aisha Khan
 * (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004) about themselves. Some questions
 * cross the caller's scope (not found, or a refusal naming the team or the company) and some must be refused, naming
 * what cannot be done (pay, salary, payroll runs, orders, a time of day, weekdays in the plural, predictions, advice,
 * reasons, kinds of leave not kept, medical records, reporting lines, a department that does not exist, SQL).
 *
 * It was written code-blind from /work/shared/API.md, docs/API.md and the README only (and the evaluation harness),
 * never from the assistant's code, and the assistant was not run. Every figure, person, team and date is computed from
 * the data set by the oracle: oracle/practice58-figures.ts adds each person's days up a second way, as a payroll row,
 * and checks the sums against the shared oracle's totals; oracle/practice58-lists.ts reads a group's figure every way
 * the question allows (a period reaching today with and without today, lists with and without leavers, a manager's
 * "my team" with and without the manager) and throws when the readings disagree; oracle/practice58-calendar.ts holds
 * leave, the work calendar and the people side.
 */
import type { Question } from '../expectation';
import { ABSENCES } from './practice58/absences';
import { CALENDAR } from './practice58/calendar';
import { CHECK_OUTS } from './practice58/checkouts';
import { HOURS } from './practice58/hours';
import { LATES } from './practice58/lates';
import { LEAVE } from './practice58/leave';
import { MINE } from './practice58/mine';
import { PEOPLE } from './practice58/people';
import { REFUSALS } from './practice58/refusals';
import { SCOPE } from './practice58/scope';

export const PRACTICE58: readonly Question[] = [
  ...HOURS,
  ...LATES,
  ...ABSENCES,
  ...CHECK_OUTS,
  ...LEAVE,
  ...CALENDAR,
  ...PEOPLE,
  ...MINE,
  ...SCOPE,
  ...REFUSALS,
];
