/*
 * The thirtieth practice set: a mixed week of real requests — the admin, the two team managers (Priya Raman of
 * DEV, Elena Petrova of QA) and the four employees (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke), each
 * asking in their own words what they would during a normal week: attendance over days, weeks, months and
 * relative periods, hours, scores and their statistics, leave balances and requests, who is off, holidays and
 * working days, hires and leavers, tenure, comparisons and rankings, 12 yes-or-no questions, scope probes
 * (a colleague "not found", a team or the company named back as outside), refusals of what the service does not
 * keep or do, and about a fifth typed in a hurry. Written code-blind from /work/shared/API.md, docs/API.md and
 * the README; assembled from the files of questions/practice30/, every figure, date and person computed by the
 * oracle from the data set (oracle/practice30-figures.ts for what is new).
 */
import type { Question } from '../expectation';
import { ADMIN } from './practice30/admin';
import { EMPLOYEES } from './practice30/employees';
import { HASTY } from './practice30/hasty';
import { MANAGERS } from './practice30/managers';
import { REFUSALS, YES_NO } from './practice30/yes-no';

export const PRACTICE30: readonly Question[] = [...ADMIN, ...MANAGERS, ...EMPLOYEES, ...YES_NO, ...REFUSALS, ...HASTY];
