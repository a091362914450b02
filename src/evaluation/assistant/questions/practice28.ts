/*
 * The twenty-eighth practice set: self-service in the first month. The four employees of the data set (DEV-003
 * Aisha Khan, QA-003 Fatima Zahra, DAT-004 Kevin O'Brien, SEC-004 Emma Clarke), the two team managers (DEV-001
 * Priya Raman for DEV, QA-001 Elena Petrova for QA) and a few admin questions, typed on a phone: typos,
 * lowercase, fragments, slang, long rambling questions with a greeting or some context first. My attendance
 * (late, absent, half days, missing check-outs, hours, the rate) over today, yesterday, this week, last week,
 * this month, last month, the past N days, since a date and a range; my check-in and check-out times; when I
 * was last late or absent; my leave balance by kind, my requests and their state, leave taken so far against
 * booked ahead, am I off on a day, my next day off, the public holidays ahead, my working days in a month; my
 * scores (a quarter, the last, the trend, up or down, the best quarter). For managers: who on my team is off,
 * late or absent today, this week and next week; pending requests and corrections; team hours, the rate, month
 * by month; who was not late; the team's score average, median and range, top or bottom N, thresholds; a member
 * by first name or misspelt name. About twenty yes-or-no questions; scope probes (an employee about a colleague,
 * their team or the company; a manager about another team or someone elsewhere: named back as outside, or
 * "not found"); and refusals naming what the service does not keep or do. Written code-blind; assembled from
 * the files of questions/practice28/, every figure, date and person computed by the oracle from the data set.
 */
import type { Question } from '../expectation';
import { ADMIN } from './practice28/admin';
import { MANAGERS } from './practice28/managers';
import { MY_ATTENDANCE } from './practice28/my-attendance';
import { MY_LEAVE_AND_SCORES } from './practice28/my-leave-scores';
import { REFUSALS } from './practice28/refusals';
import { SCOPE } from './practice28/scope';
import { YES_NO } from './practice28/yes-no';

export const PRACTICE28: readonly Question[] = [...MY_ATTENDANCE, ...MY_LEAVE_AND_SCORES, ...MANAGERS, ...ADMIN, ...YES_NO, ...SCOPE, ...REFUSALS];
