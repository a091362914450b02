/*
 * The fortieth practice set: an HR officer preparing month-end and year-end payroll and the holiday calendar — the
 * admin at the HR desk, the two team managers (Priya Raman of DEV, Elena Petrova of QA) and the four employees with
 * logins (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) — asking for working days in a month or between two
 * dates for the company and for a team (team holidays differ), public and team holidays (next, last, in a month, by
 * name, for another team), who clocked in on a holiday, days absent per person, late counts, hours, check-outs still
 * missing, leave taken and leave balances by type, who is on leave on a day, joiners, leavers and headcount on a
 * day, and pending corrections; dates written many ways (2025-11-03, 3/11, Nov 3rd, "the 3rd", "last Monday", "the
 * Friday before last"), yes-or-no questions, questions whose right answer is "nobody" or "no", scope probes and what
 * the service does not keep, with a share of typos and shorthand. Written code-blind from /work/shared/API.md,
 * docs/API.md and the README's assistant section, without running the assistant; assembled from the files of
 * questions/practice40/, every figure, date and person computed by the oracle from the data set
 * (oracle/practice40-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { ABSENCE } from './practice40/absence';
import { HOLIDAYS } from './practice40/holidays';
import { LATE_AND_HOURS } from './practice40/late-hours';
import { LEAVE } from './practice40/leave';
import { PEOPLE } from './practice40/people';
import { REFUSALS } from './practice40/refusals';
import { CORRECTIONS, EMPLOYEES, MANAGERS } from './practice40/roles';
import { SCOPE } from './practice40/scope';
import { WORKING_DAYS } from './practice40/working-days';

export const PRACTICE40: readonly Question[] = [
  ...WORKING_DAYS,
  ...HOLIDAYS,
  ...ABSENCE,
  ...LATE_AND_HOURS,
  ...LEAVE,
  ...PEOPLE,
  ...CORRECTIONS,
  ...MANAGERS,
  ...EMPLOYEES,
  ...SCOPE,
  ...REFUSALS,
];
