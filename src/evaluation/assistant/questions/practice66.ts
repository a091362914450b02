/*
 * The sixty-sixth practice set: an employee's own questions on a phone. The employees Aisha Khan (DEV-003), Fatima
 * Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004), and the managers Priya Raman (DEV-001) and Elena
 * Petrova (QA-001), ask mostly about themselves — my attendance rate, my late days and which days, my absences, when I
 * was last late, what time I checked in or out, whether I have checked in today or forgot to check out, my hours, my
 * leave balance by type ("sickies", "lv bal"), my entitlement, what I have used and what is pending, my requests and
 * whether they went through, the next public holiday and the holidays left, my working days, my score last quarter and
 * how it moved, my KPI, how long I have worked here, when I started, my team, title and level — in one-liners, slang,
 * typos and shorthand. The managers also ask about their own team's members (leave, check-outs, scores), and HR asks
 * the same about these people. Some questions cross the caller's scope (a colleague: not found; a team or the company:
 * named back as outside what they can see; a ranking of people asked by an employee), and some ask what the service
 * does not keep or do (pay, payslips, bonus, tax, pension, an office, desk or floor, who my manager is, sick notes,
 * contracts, a prediction, a ranked month, orders, a password): a refusal naming the thing.
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md and the README's assistant section (and the evaluation
 * harness): the assistant's code was never read and the assistant was not run. Every figure, date, time, person and
 * team is computed from the data set by the oracle: oracle/practice66-self.ts walks one person's days (the expected
 * fraction by the absence rule, the record's status and times, hours, missing check-outs, late by the clock) and adds
 * them over periods computed from the data set's today, checking each sum against the shared oracle
 * (attendance-figures.ts, absence.ts); oracle/practice66-calendar.ts works out leave balances from the ledger's rules
 * (checked against leave-figures.ts), request costs and states, holidays and working days by the person's own team's
 * calendar, final scores (checked against score-figures.ts), tenure (checked against people-figures.ts) and the scope
 * checks. Rates follow API.md: over the closed days only (today is open and not rated). A question two readings would
 * answer differently throws and is not asked: a late count over a period reaching today when today's record is late
 * (then "before today" is said), a late day that is a half-day record checked in late (late by the clock, not by its
 * status), a manager's "my team" list where the manager would change it, who is on leave when a pending request falls
 * in the span, "left this year" without "after today", a figure within rounding of a yes-or-no line.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice66/attendance';
import { CALENDAR } from './practice66/calendar';
import { CLOCK } from './practice66/clock';
import { LEAVE } from './practice66/leave';
import { REFUSALS } from './practice66/refusals';
import { SCOPE } from './practice66/scope';
import { SCORES } from './practice66/scores';

export const PRACTICE66: readonly Question[] = [...ATTENDANCE, ...CLOCK, ...LEAVE, ...CALENDAR, ...SCORES, ...SCOPE, ...REFUSALS];
