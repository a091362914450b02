/*
 * The thirty-first practice set: an outside examiner's check of every promise of the README's assistant section
 * and of API.md's /chat section. For each thing the README says the built-in assistant understands, it is asked
 * two or three different ways, as real users type them (long and short forms, typos, slang and HR shorthand such
 * as "tardies", "no-shows", "OOO", "PTO", "roster", "grade"), and parts are combined in ways the README's
 * examples do not show (a measure with a team, a level, a period and an operation). Every role of the data set
 * asks: the admin, the two managers (Priya Raman of DEV, Elena Petrova of QA) and the four employees (Aisha Khan,
 * Fatima Zahra, Kevin O'Brien, Emma Clarke). It covers attendance rates and counts over days, weeks, months,
 * quarters, ranges and relative phrases; who was late, absent, on leave or missing a check-out; hours; scores and
 * their statistics, rankings and changes; leave balances, requests and who is off; holidays and working days;
 * hires, leavers and tenure; headcounts with filters; comparisons, thresholds and yes-or-no questions; scope
 * probes (a colleague "not found", another team or the company named back as outside, a shared first name asked
 * about); and what the service does not keep or do, refused by name.
 *
 * Written code-blind from /work/shared/API.md, docs/API.md and the README (the assistant's code, its answers and
 * the other evaluation halves unseen), in the format of questions/practice30; assembled from the files of
 * questions/practice31/, every figure, date, person and team computed by the oracle from the data set
 * (oracle/practice31-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice31/attendance';
import { HOURS_AND_SCORES } from './practice31/hours-scores';
import { LEAVE_AND_CALENDAR } from './practice31/leave-calendar';
import { PEOPLE } from './practice31/people';
import { REFUSALS } from './practice31/refusals';
import { SCOPE } from './practice31/scope';
import { SELF_SERVICE } from './practice31/self-service';
import { WHO } from './practice31/who';

export const PRACTICE31: readonly Question[] = [
  ...ATTENDANCE,
  ...WHO,
  ...HOURS_AND_SCORES,
  ...LEAVE_AND_CALENDAR,
  ...PEOPLE,
  ...SELF_SERVICE,
  ...SCOPE,
  ...REFUSALS,
];
