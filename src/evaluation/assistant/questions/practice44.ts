/*
 * The forty-fourth practice set: leave and the work calendar in depth, asked by the people who plan rotas and run
 * payroll — the admin (HR operations), the managers Priya Raman (DEV) and Elena Petrova (QA) about their own team,
 * and the employees Aisha Khan, Fatima Zahra, Kevin O'Brien and Emma Clarke about themselves. Whoever wrote it read
 * only /work/shared/API.md, docs/API.md and the README (and the evaluation harness), never the assistant's code, and
 * did not run the assistant: it is written code-blind. It asks who is off or on leave on a day, a week or a month;
 * leave balances and leave taken (grants prorated for people hired or gone this year, pending days reserved, leave
 * under way today split at today); requests by state, kind, period and half day, and what a request costs; public
 * and team holidays (the next one, by month, by name or date, the half-day ones, whether a day is off for a team);
 * working days of a period on each team's calendar; one person's days in, on leave and absent; absences on the days
 * around holidays and leave — all by API.md's absence rule and each role's scope — plus refusals that must name
 * what they cannot do, scope escapes and a first name shared by two people. Messages are typed as HR people type
 * them (short and long, typos and slang: "whos off nxt week", "OOO", "PTO", "reqs"). Every figure, date, person and
 * team is computed by the oracle from the data set (oracle/practice44-figures.ts and practice44-calendar.ts for
 * what is new), never typed in as an answer.
 */
import type { Question } from '../expectation';
import { AROUND_HOLIDAYS } from './practice44/around-holidays';
import { BALANCES } from './practice44/balances';
import { DAYS_IN_AND_OUT } from './practice44/days-in-and-out';
import { HOLIDAYS_SET } from './practice44/holidays';
import { ON_LEAVE } from './practice44/on-leave';
import { REFUSALS } from './practice44/refusals';
import { REQUESTS_SET } from './practice44/requests';
import { SCOPE } from './practice44/scope';
import { WORKING_DAYS } from './practice44/working-days';

export const PRACTICE44: readonly Question[] = [
  ...ON_LEAVE,
  ...BALANCES,
  ...REQUESTS_SET,
  ...HOLIDAYS_SET,
  ...WORKING_DAYS,
  ...DAYS_IN_AND_OUT,
  ...AROUND_HOLIDAYS,
  ...REFUSALS,
  ...SCOPE,
];
