/*
 * The twenty-fourth practice set: an HR director and HR business partners preparing a monthly review and a
 * board pack, who have read the README's assistant section and API.md's description of the assistant but
 * type the way busy people do — comparisons between periods (this month against last, September against
 * October, Q3 against Q4 so far, this week against last), between teams and between two people; trends
 * ("is lateness getting worse"); rankings (top and bottom N by score, attendance rate, late arrivals and
 * hours; best and worst team); thresholds (more than N absences, below a line of attendance, scored under
 * a line); statistics (mean, median, highest, lowest, spread); headcount by team, level, position and
 * status, hires and leavers by period, tenure; leave (balances, taken by kind, pending, who is off on a day
 * or next week), holidays (next, in a month, half-days), working days, pending corrections and missing
 * check-outs. About twenty-five questions combine two or three constraints (some in the combined file, some
 * among the others), about sixteen are yes or no, and about thirty are refused naming what the service
 * does not keep or do (salaries, promotions, review text, predictions, overtime pay, ratings of managers,
 * exit interviews, "why", sentiment, orders such as "approve all" or "send an email"). Every role asks: the
 * admin, the two managers (their own team; another team or the company named back as outside; a person
 * outside "not found") and the four employees (only their own data). Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; assembled from the files of questions/practice24/, with
 * what the oracle lacked in oracle/practice24-figures.ts.
 */
import type { Question } from '../expectation';
import { COMBINED } from './practice24/combined';
import { COMPARISONS } from './practice24/comparisons';
import { EMPLOYEES } from './practice24/employees';
import { HEADCOUNT } from './practice24/headcount';
import { LEAVE_CALENDAR } from './practice24/leave-calendar';
import { MANAGERS } from './practice24/managers';
import { RANKINGS } from './practice24/rankings';
import { REFUSALS } from './practice24/refusals';
import { THRESHOLDS } from './practice24/thresholds';
import { YES_NO } from './practice24/yes-no';

export const PRACTICE24: readonly Question[] = [
  ...COMPARISONS,
  ...RANKINGS,
  ...THRESHOLDS,
  ...HEADCOUNT,
  ...LEAVE_CALENDAR,
  ...MANAGERS,
  ...EMPLOYEES,
  ...COMBINED,
  ...YES_NO,
  ...REFUSALS,
];
