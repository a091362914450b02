/*
 * The seventieth practice set: the tester who has just read API.md's /chat section. It takes every part API.md says
 * a question is read as — who (a person by id, full name, misspelling or a first name one person has; a team by code,
 * name or nickname; a level; everyone; me), what (headcount, attendance and absence rates, late, absent, half days, on
 * leave, missing check-outs, not checked in yet, check-in times, hours, scores and their statistics, leave balances,
 * allowances and requests, holidays and working days, hires and leavers, tenure, change between periods), which
 * period (a day, a weekday alone, a day named by a holiday or its place in the month, an ISO week, a week, a month, a
 * quarter, a year, a range of dates, relative phrases, "so far"), which filters (level, job title, status, leave kind
 * and request state, teams or levels left out) and which operation (look up, count, list, rank top/bottom n, compare,
 * trend, threshold "more than n", "exactly n", who did not) — and asks combinations of them that no example shows, in
 * plain HR words, so that every stated constraint matters to the figure: oracle/practice70-figures.ts's `matters`
 * checks that dropping or changing each constraint (the team, the level, the period, the line) changes the expected
 * figure, list or team, and the question is not asked when it does not. Then the refusals API.md says must name what
 * could not be done (a filter the service does not keep, a period it cannot read, a kind of leave it does not keep,
 * orders, advice, SQL), the scope edges, a first name two people share and names nobody has.
 *
 * Every role asks: the HR admin, the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about their own team,
 * and the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004)
 * about themselves; some questions cross the caller's scope.
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md, the README and the evaluation harness: the assistant's
 * code was never read and the assistant was not run. Every figure, person, team and date is computed from the data
 * set: oracle/practice70-periods.ts derives each relative period from the data set's "today" (checked against the ISO
 * dates the question files write beside it); oracle/practice70-figures.ts computes attendance on the shared absence
 * rule and attendance-figures.ts; oracle/practice70-people.ts people and scores on people-figures.ts,
 * score-figures.ts and tenure-since.ts; oracle/practice70-calendar.ts leave, holidays and working days on
 * leave-figures.ts and absence.ts. A question two readings would answer differently throws and is not asked: a count
 * over a period reaching today that today's open day changes, a manager's "my team" figure or list that the manager's
 * own record changes, a level's figure or scores a leaver changes, a list holding a leaver or tied at its cut, "who is
 * off" with a pending request in the period, a tenure line someone sits on in whole years.
 */
import type { Question } from '../expectation';
import { ABSENCE } from './practice70/absence';
import { CALENDAR } from './practice70/calendar';
import { HOURS } from './practice70/hours';
import { LATE } from './practice70/late';
import { LEAVE } from './practice70/leave';
import { PEOPLE } from './practice70/people';
import { RATES } from './practice70/rates';
import { REFUSALS } from './practice70/refusals';
import { SCOPE } from './practice70/scope';
import { SCORES } from './practice70/scores';
import { SELF } from './practice70/self';

export const PRACTICE70: readonly Question[] = [
  ...PEOPLE,
  ...RATES,
  ...LATE,
  ...ABSENCE,
  ...HOURS,
  ...SCORES,
  ...LEAVE,
  ...CALENDAR,
  ...SELF,
  ...SCOPE,
  ...REFUSALS,
];
