/*
 * The twenty-second practice set: a new HR coordinator's first month — the broad, everyday questions of
 * people who have read only the README and API.md, in their own words (precise, lowercase, abbreviated,
 * with typos and chat fragments): headcounts by team, level and status; who is in, late, absent or on leave
 * today, yesterday, on a given date, this week and last month; attendance rates and hours; scores and their
 * statistics for a person, a team and everyone; leave balances, pending requests and who is off next week;
 * public holidays and working days; hires, leavers and tenure; the corrections queue; about thirty with
 * exclusions and negations ("everyone except QA", "excluding the juniors", "non-senior staff", "never late
 * in October", "which teams had no absences yesterday", "not on leave today"), figures computed by the
 * oracle; the two managers on their own team (another team's or the company's figures named back as
 * outside, a person outside "not found"), employees on their own data only, and a share refused naming what
 * cannot be done (salary, bonuses, overtime pay, promotions, forecasts, a fortnight, personal opinions,
 * orders). Written code-blind from /work/shared/API.md, docs/API.md and the README; assembled from the files
 * of questions/practice22/.
 */
import type { Question } from '../expectation';
import { DAYS } from './practice22/days';
import { EMPLOYEES } from './practice22/employees';
import { EXCLUSIONS } from './practice22/exclusions';
import { LEAVE_CALENDAR } from './practice22/leave-calendar';
import { MANAGERS } from './practice22/managers';
import { PEOPLE } from './practice22/people';
import { RATES_HOURS } from './practice22/rates-hours';
import { REFUSALS } from './practice22/refusals';
import { SCORES } from './practice22/scores';

export const PRACTICE22: readonly Question[] = [
  ...PEOPLE,
  ...DAYS,
  ...RATES_HOURS,
  ...SCORES,
  ...LEAVE_CALENDAR,
  ...EXCLUSIONS,
  ...MANAGERS,
  ...EMPLOYEES,
  ...REFUSALS,
];
