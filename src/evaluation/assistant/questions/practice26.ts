/*
 * The twenty-sixth practice set: month-end payroll and operations. An HR operations admin and a payroll clerk
 * (both the admin login), the two team managers (Priya Raman for DEV, Elena Petrova for QA) and four
 * employees close the month: hours worked by a person, a team and everyone over a day, a week, a month, the
 * quarter, a date range and relative periods; days late, absent, on leave and with a missing check-out; the
 * attendance and absence rates, two periods compared and month by month ("late arrivals month by month this
 * quarter"); thresholds ("who worked fewer than 150 hours in October", "who missed more than 2 days") and top
 * or bottom N; leave taken by type, balances and pending requests; corrections waiting; public holidays and
 * working days in a month; score statistics (average, median, lowest, highest, the spread); average tenure,
 * overall and by team; two teams' average scores compared; negations and exclusions ("who was not late in
 * October", "headcount excluding DEV"); scope probes (an employee about a colleague or their team, a manager
 * about another team or the company: refused as outside, or "not found" for a person elsewhere); and about
 * twenty-five refusals naming what the service does not keep or do (salary, overtime pay rates, bank
 * details, tax codes, payslips, payroll runs, sending emails, approving, editing or deleting through the
 * chat, exporting a file). About a fifth is typed as in a chat box (typos, lowercase, fragments) and about
 * eighteen are yes or no. Written code-blind from /work/shared/API.md, docs/API.md and the README; assembled
 * from the files of questions/practice26/, every figure, date and person computed by the oracle from the
 * data set.
 */
import type { Question } from '../expectation';
import { ADMIN } from './practice26/admin';
import { EDGES } from './practice26/edges';
import { EMPLOYEES } from './practice26/employees';
import { MANAGERS } from './practice26/managers';
import { OPERATIONS } from './practice26/operations';
import { REFUSALS } from './practice26/refusals';
import { YES_NO } from './practice26/yes-no';

export const PRACTICE26: readonly Question[] = [...ADMIN, ...OPERATIONS, ...MANAGERS, ...EMPLOYEES, ...EDGES, ...YES_NO, ...REFUSALS];
