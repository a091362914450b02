/*
 * The seventy-first practice set: a team manager's working week. Mostly the managers Priya Raman (DEV-001) and Elena
 * Petrova (QA-001) asking about their own team and its people, day to day and week to week: who has checked in today,
 * who checked in late, who is not in yet or on leave, what happened yesterday or on a named day (late, no-shows, half
 * days, forgotten check-outs), a team member's hours, check-in and check-out times, attendance rate, score and leave
 * balance; pending leave requests and corrections; who is off next week or on a named day; the team this month against
 * last month, another period or a line; the top and bottom of the team. Then the same managers stepping outside their
 * team (another team's figures, a person in another team, the whole company: named back or "not found" as API.md
 * says), the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004)
 * asking the same things about themselves, the admin looking at the two teams, and the orders, advice and things not
 * kept that must be refused, a first name two people share (asked back) and a name nobody has.
 *
 * Written code-blind, from /work/shared/API.md, docs/API.md and the README (and the evaluation harness): the
 * assistant's code was never read and the assistant was not run. Every figure, person, team and date is computed from
 * the data set by code: oracle/practice71-periods.ts derives each relative period from the data set's "today" (checked
 * against the ISO dates the question files write beside it); oracle/practice71-team.ts computes attendance on the
 * shared absence rule and attendance-figures.ts; oracle/practice71-people.ts scores, tenure and names on
 * score-figures.ts and people-figures.ts; oracle/practice71-leave.ts leave, holidays and working days on
 * leave-figures.ts and absence.ts. A question two readings would answer differently throws and is not asked: a count
 * or list over a period reaching today that today's open day changes, a manager's "my team" figure or list that the
 * manager's own record changes, a list holding a leaver or a ranking tied at its cut, "who is off" with a pending,
 * rejected or cancelled request in the period, "leave taken" with approved leave still ahead.
 */
import type { Question } from '../expectation';
import { LEAVE } from './practice71/leave';
import { MONTH } from './practice71/month';
import { REFUSALS } from './practice71/refusals';
import { ROSTER } from './practice71/roster';
import { SCOPE } from './practice71/scope';
import { SCORES } from './practice71/scores';
import { SELF } from './practice71/self';
import { TODAY_AND_DAYS } from './practice71/today';
import { WEEK } from './practice71/week';

export const PRACTICE71: readonly Question[] = [...TODAY_AND_DAYS, ...WEEK, ...MONTH, ...SCORES, ...LEAVE, ...ROSTER, ...SELF, ...SCOPE, ...REFUSALS];
