/*
 * The sixteenth practice set: mostly managers and employees (about a third HR), typing questions with
 * several constraints at once — a team, a level, a period and a threshold or a top/bottom N, two teams or
 * two periods compared, the team with the most of something, per-person averages — with dates and periods
 * written every way (13/11, Nov 3rd, the 3rd of November, ISO, between 1 and 15 October, from Sept to Nov,
 * H1, Q4 so far, the last 30 days, since the start of the quarter, a weekday), as statements, keywords and
 * lead-ins, with typos; about a quarter refused (not kept, orders, predictions, advice, out of the caller's
 * scope) and a tenth role-scope cases. Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; assembled from the files of questions/practice16/.
 */
import type { Question } from '../expectation';
import { ADMIN_ATTENDANCE } from './practice16/admin-attendance';
import { ATTENDANCE_MANAGERS } from './practice16/attendance-managers';
import { EMPLOYEES } from './practice16/employees';
import { PEOPLE_AND_CALENDAR } from './practice16/people-calendar';
import { REFUSALS } from './practice16/refusals';
import { SCOPE } from './practice16/scope';
import { SCORES } from './practice16/scores';

export const PRACTICE16: readonly Question[] = [
  ...ATTENDANCE_MANAGERS,
  ...ADMIN_ATTENDANCE,
  ...SCORES,
  ...EMPLOYEES,
  ...PEOPLE_AND_CALENDAR,
  ...REFUSALS,
  ...SCOPE,
];
