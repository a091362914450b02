/*
 * The forty-ninth practice set: compositions of parts, as a held-out grader builds them. API.md reads a question as
 * parts — who (a person, a team, everyone, me), what (headcount, attendance and absence rate, late, absent, half
 * days, on leave, missing check-outs, not checked in, hours, scores and their statistics, leave balances, taken and
 * requests, holidays and working days, hires and leavers, tenure, a change between periods), which period (a day
 * written day first, a weekday alone, a holiday's neighbour, an ISO week, a month, a quarter, a year, a range with
 * days, "since August", "the past two weeks", "this time last year", "so far"), which filters (a position, active or
 * including leavers, a leave type, a request state, teams or levels left out) and which operation (look up, count,
 * list, rank top or bottom N, compare, trend, threshold) — and promises that any sensible combination of supported
 * parts is answered. Each question here picks two to four parts across that grid, written as an HR person would type
 * it, and is asked by every login of the data set: the admin, the managers Priya Raman (DEV) and Elena Petrova (QA)
 * about their own team, and the employees Aisha Khan, Fatima Zahra, Kevin O'Brien and Emma Clarke about themselves.
 * Some cross the edge of a login's scope (not found, or named back as outside), "chris" is two people for the admin,
 * and some join a part the contract does not support to parts it does, which must be refused by name, never
 * dropped. Whoever wrote it read only /work/shared/API.md, docs/API.md and the README (and the evaluation harness),
 * never the assistant's code, and did not run the assistant: it is written code-blind. Every figure, person, team
 * and date is computed by the oracle from the data set (oracle/practice49-figures.ts for the parts and
 * oracle/practice49-ops.ts for the operations), never typed in; where the words of a question could be read two
 * honest ways, both readings are computed and must agree.
 */
import type { Question } from '../expectation';
import { CALENDAR } from './practice49/calendar';
import { DAY_STATES } from './practice49/day-states';
import { HOURS } from './practice49/hours';
import { LATENESS } from './practice49/lateness';
import { LEAVE_QUESTIONS } from './practice49/leave';
import { PEOPLE } from './practice49/people';
import { RATES } from './practice49/rates';
import { REFUSALS } from './practice49/refusals';
import { SCOPE } from './practice49/scope';
import { SCORES } from './practice49/scores';
import { TWO_IN_ONE } from './practice49/two-in-one';

export const PRACTICE49: readonly Question[] = [
  ...PEOPLE,
  ...RATES,
  ...LATENESS,
  ...DAY_STATES,
  ...HOURS,
  ...SCORES,
  ...LEAVE_QUESTIONS,
  ...CALENDAR,
  ...TWO_IN_ONE,
  ...SCOPE,
  ...REFUSALS,
];
