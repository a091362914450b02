/*
 * The twenty-seventh practice set: an outside tester who has read only /work/shared/API.md and the README, and
 * now checks every capability the README's assistant section lists. Each is rephrased three or four ways
 * (formal, chatty, terse, misspelt) and asked by every role (the admin, both managers, the four employees),
 * stressing the combinations the README promises: who (a person by full name, first name or misspelt name; a
 * team by code, name or nickname; a level; everyone; me) × what (headcount, profile facts, tenure, hires and
 * leavers; the attendance rate, late, absent, on leave, half-day, missing check-out, not checked in, hours;
 * scores and their mean, median, min, max and range; leave balances and requests; holidays and working days)
 * × which period (a day, a week, a month, a quarter, a year, a range of dates, yesterday, last week, last
 * month, last quarter, this year so far, the past 14 or 30 days, H1, since a month) × filters (level,
 * position, job title, status) × operation (look up, count, list, rank top or bottom N, two teams or two
 * periods side by side, the month-by-month trend, thresholds "more than N", "below X %"). Also: an ambiguous
 * first name (asked back, listing both), people and departments the organisation does not have ("not found",
 * or named back), breakdowns the service does not make (per fortnight, by weekday, by hour, months ranked),
 * about twenty yes-or-no questions, scope probes (an employee about a colleague or the company, a manager
 * about another team: named back as outside, or "not found") and twenty refusals naming what the service does
 * not keep or do. Written code-blind; assembled from the files of questions/practice27/, every figure, date
 * and person computed by the oracle from the data set.
 */
import type { Question } from '../expectation';
import { ATTENDANCE } from './practice27/attendance';
import { EDGES } from './practice27/edges';
import { EMPLOYEES } from './practice27/employees';
import { LEAVE_QUESTIONS } from './practice27/leave';
import { MANAGERS } from './practice27/managers';
import { PEOPLE_QUESTIONS } from './practice27/people';
import { REFUSALS } from './practice27/refusals';
import { SCORES } from './practice27/scores';
import { YES_NO } from './practice27/yes-no';

export const PRACTICE27: readonly Question[] = [
  ...PEOPLE_QUESTIONS,
  ...ATTENDANCE,
  ...SCORES,
  ...LEAVE_QUESTIONS,
  ...MANAGERS,
  ...EMPLOYEES,
  ...EDGES,
  ...YES_NO,
  ...REFUSALS,
];
