/*
 * The sixty-first practice set: employees and managers asking about leave, holidays, working days and their own or
 * their team's attendance and hours. Leave balances and what is left after requests (the grant pro-rated for people
 * hired this year, holidays inside a week off costing nothing, a day off on a half-day holiday costing half); leave
 * requests and their status (pending, approved, rejected, cancelled, and the days each one costs); who is off when
 * (today, tomorrow, this week, next week, a named holiday, a month); team days and half-day holidays; working days in a
 * month, a week, a quarter or what is left of the month and the year, on each team's calendar; hours and late arrivals
 * this week, last week and this month, today's check-ins; and what callers may not see (colleagues outside their
 * scope, other teams, the whole company) and what the assistant must refuse (orders, advice, predictions, breakdowns
 * by weekday, a time of day, kinds of leave it does not keep, pay, reporting lines, credentials). Long and short,
 * polite and curt, with typos, lowercase and shorthand.
 *
 * Every role asks: the HR admin, the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team,
 * and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004)
 * about themselves; some questions cross the caller's scope (not found, or a refusal naming the team or the company).
 *
 * It was written code-blind, from /work/shared/API.md, docs/API.md and the README only (and the evaluation harness):
 * the assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed
 * from the data set by the oracle — oracle/practice61-figures.ts works each person's day out again from the absence
 * rule and checks the sums against the shared oracle; oracle/practice61-leave.ts rebuilds the leave ledger and the
 * work calendar and checks them against the earlier oracles — and a question whose readings would disagree (a period
 * reaching today, with and without today; a list with and without leavers or the manager; leave read by the rule and
 * by the requests; "left" with and without pending days) throws and is not asked.
 */
import type { Question } from '../expectation';
import { BALANCES } from './practice61/balances';
import { CALENDAR } from './practice61/calendar';
import { HOURS } from './practice61/hours';
import { LATES } from './practice61/lates';
import { MINE } from './practice61/mine';
import { OFF } from './practice61/off';
import { REFUSALS } from './practice61/refusals';
import { REQUESTS } from './practice61/requests';
import { SCOPE } from './practice61/scope';

export const PRACTICE61: readonly Question[] = [...BALANCES, ...REQUESTS, ...OFF, ...CALENDAR, ...HOURS, ...LATES, ...MINE, ...SCOPE, ...REFUSALS];
