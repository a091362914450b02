/*
 * The sixty-eighth practice set: month-end and payroll preparation. The HR admin, mostly, and the managers for their
 * own team get a month ready to close: working days in a month (weekends and holidays out, a half-day holiday as a
 * half, each team's own days), the holidays of a month, leave taken in a month by type and by person, hours worked per
 * person and per team over a month or a week, missing check-outs to chase, absences per person over a month, who had
 * no absences, who was late the most, who joined or left in the month, the headcount at month end, the leave requests
 * still waiting before the cut-off, and a team's attendance rate for the month. Refusals cover what the service does
 * not keep (salary, pay, overtime, bonuses, payslips, tax, expenses, a forecast) and the changes the assistant cannot
 * make (approve, reject, cancel, book, correct, delete, adjust, lock a month, run payroll, send or email, clock out).
 *
 * Every role asks: the HR admin, the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team,
 * and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004)
 * about themselves; some questions cross the caller's scope (not found, a refusal naming the team or the company, or a
 * first name two people share asked back). Long and short, polite and curt, typos, lowercase and shorthand.
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md and the README (and the evaluation harness): the
 * assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed from
 * the data set, with its own "today" (2025-11-19) for relative periods: oracle/practice68-periods.ts turns each written
 * period into its days by calendar arithmetic of its own, checked against the ISO dates the question files write
 * beside it; oracle/practice68-figures.ts counts each person's day by API.md's absence rule (expected fraction,
 * attended, absent, late, hours, missing check-outs, leave) and checks every sum against the shared oracle
 * (attendance-figures.ts, absence.ts); oracle/practice68-calendar.ts does working days, holidays, leave taken (by the
 * halves off, checked against each request's charge), pending requests, balances (leave-figures.ts), joiners, leavers
 * and headcounts on a day. A question two readings would answer differently throws and is not asked: a period reaching
 * today whose figure changes with the open day, a list that changes with a leaver or the asking manager, "nobody did"
 * lists that change with the people who joined or left during the period, working days asked with no team where the
 * teams' calendars differ, leave "taken" over a period while someone's leave runs through today, a rate on its line.
 */
import type { Question } from '../expectation';
import { ABSENCES } from './practice68/absences';
import { CALENDAR } from './practice68/calendar';
import { CHECKOUTS } from './practice68/checkouts';
import { HOURS } from './practice68/hours';
import { LATENESS } from './practice68/lateness';
import { LEAVE } from './practice68/leave';
import { PEOPLE } from './practice68/people';
import { RATES } from './practice68/rates';
import { REFUSALS } from './practice68/refusals';
import { SCOPE } from './practice68/scope';

export const PRACTICE68: readonly Question[] = [
  ...CALENDAR,
  ...HOURS,
  ...ABSENCES,
  ...LATENESS,
  ...CHECKOUTS,
  ...LEAVE,
  ...PEOPLE,
  ...RATES,
  ...SCOPE,
  ...REFUSALS,
];
