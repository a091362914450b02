/*
 * The twenty-third practice set: managers and employees on their phones, and a payroll clerk at month end —
 * short and long questions about my or our attendance this week, last week, this month and in October, the
 * days I was late or away, my hours, my leave balance and what is pending, whether I am off on a day, the
 * next public holiday and the half-day ones, working days in a month (a half-day holiday as a half), who in
 * my team is off, late, absent or missing a check-out, my team's scores (averages, best and worst, changes
 * between quarters); for the payroll clerk (the admin) hours per person and per team in a month, absences,
 * unpaid and sick leave days, missing check-outs, the corrections queue, working days, leavers and their
 * last days. About twenty questions combine two or three constraints, about eighteen are yes or no, and
 * about a sixth are refused naming what the service does not keep or do (salary, payslips, tax, overtime
 * pay, bonuses, pensions, forecasts, sentiment, month-end orders). Every role asks: the admin, the two
 * managers (their own team; another team named back as outside; a person outside "not found") and the four
 * employees (only their own data). Typed both precisely and as on a phone (typos, lowercase, fragments).
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; assembled from the files of
 * questions/practice23/.
 */
import type { Question } from '../expectation';
import { COMBINED } from './practice23/combined';
import { EMPLOYEES } from './practice23/employees';
import { MANAGERS } from './practice23/managers';
import { PAYROLL } from './practice23/payroll';
import { REFUSALS } from './practice23/refusals';
import { YES_NO } from './practice23/yes-no';

export const PRACTICE23: readonly Question[] = [...EMPLOYEES, ...MANAGERS, ...PAYROLL, ...COMBINED, ...YES_NO, ...REFUSALS];
