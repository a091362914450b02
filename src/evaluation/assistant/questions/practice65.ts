/*
 * The sixty-fifth practice set: dates and periods written every way people write them, over the measures the
 * assistant keeps. A day as ISO ("2025-11-03"), "Nov 3rd", "3rd of November", "the 3rd" (this month), "3/11" (day
 * first, as the README reads it), a weekday ("last Friday", "this Friday", "Monday" alone), "a week ago today", the day
 * before yesterday, yesterday, today and tomorrow; a week ("last week", "the week before last", "this week" so far,
 * "next week", "the week of 10 November", "wk 45"); a month with and without its year, "last month", "the month before
 * last", "this month"; a quarter ("Q3", "the third quarter", "2025-Q2", "last quarter", "the quarter before last", "Q4
 * 2024"); ranges ("from 3 to 14 November", "between 1 Oct and 15 Oct", "3/11 to 14/11", "since 1 September", "since the
 * 1st", "this year so far", "the last 10 days", "the past 3 days"). Over them: attendance rates, late arrivals,
 * absences, days in, half-day records, hours, check-in and check-out times, missing check-outs, leave taken and booked,
 * who is off, holidays, working days, and scores by quarter. Periods the assistant does not promise are asked to be
 * refused by name (a fortnight, a half-year, "mid-October", a date the calendar does not have), with weekdays in the
 * plural, ranked periods, times of day, predictions and dated orders to change data.
 *
 * Every role asks: the HR admin, the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team,
 * and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004)
 * about themselves; some questions cross the caller's scope (not found, a refusal naming the team or the company, or a
 * first name two people share asked back). Long and short, polite and curt, typos, lowercase and shorthand.
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md and the README (and the evaluation harness): the
 * assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed from
 * the data set by the oracle: oracle/practice65-periods.ts turns each written period into its days by calendar
 * arithmetic of its own (checked against the data set's helpers, the earlier oracles' constants and the ISO dates the
 * question files write beside each question); oracle/practice65-figures.ts builds each day as the REST summary does
 * and checks the sums against the shared oracle; oracle/practice65-calendar.ts does leave, holidays, working days and
 * scores, checked against the earlier oracles. A question two readings would answer differently (a period reaching
 * today with and without today; "the last 10 days" to today or to yesterday; "last Monday" on a Wednesday; a list with
 * and without leavers or the manager; who is off by the halves of leave or by the requests) throws and is not asked.
 */
import type { Question } from '../expectation';
import { CALENDAR } from './practice65/calendar';
import { DAYS } from './practice65/days';
import { LEAVE } from './practice65/leave';
import { MONTHS } from './practice65/months';
import { QUARTERS } from './practice65/quarters';
import { RANGES } from './practice65/ranges';
import { REFUSALS } from './practice65/refusals';
import { SCOPE } from './practice65/scope';
import { WEEKS } from './practice65/weeks';

export const PRACTICE65: readonly Question[] = [...DAYS, ...WEEKS, ...MONTHS, ...QUARTERS, ...RANGES, ...CALENDAR, ...LEAVE, ...SCOPE, ...REFUSALS];
