/*
 * The forty-second practice set: time written every way HR people write it. An HR desk at the admin login, the two
 * team managers (Priya Raman of DEV, Elena Petrova of QA) and the four employees with logins (Aisha Khan, Fatima
 * Zahra, Kevin O'Brien, Emma Clarke) ask about the measures the assistant answers — attendance and absence rates,
 * lateness, absences, leave, hours, scores, headcount on a day, hires and leavers, working days — over periods such as
 * "the last fortnight", "past 30 days", "year to date", "since March", "H2", "Q3 vs Q2", "this time last year", "the
 * week before last", "the first half of October", "between the 3rd and the 14th", "the last working day of
 * September", "the Monday after Founders Day", named holidays, "last thursday", "so far this month", "the end of last
 * quarter", and spans across months and quarters. A phrase with more than one fair reading is asked only where every
 * reading gives the same answer (oracle/practice42-figures.ts lists the readings). A share of the questions name a
 * period the data cannot answer — wholly before tracking began on 1 August 2025, wholly after today for what is
 * recorded, a quarter nobody was scored in — and expect the period named back, never a figure. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README's assistant section, without reading the assistant's code or running
 * it; every figure, date and person is computed by the oracle from the data set.
 */
import type { Question } from '../expectation';
import { ABSENCE } from './practice42/absence';
import { EMPLOYEES } from './practice42/employees';
import { HOURS } from './practice42/hours';
import { LATENESS } from './practice42/lateness';
import { LEAVE_PERIODS } from './practice42/leave';
import { MANAGERS } from './practice42/managers';
import { NOT_HELD } from './practice42/not-held';
import { PEOPLE } from './practice42/people';
import { RATES } from './practice42/rates';
import { SCORES } from './practice42/scores';
import { WORKING_DAYS } from './practice42/working-days';

export const PRACTICE42: readonly Question[] = [
  ...RATES,
  ...LATENESS,
  ...ABSENCE,
  ...HOURS,
  ...LEAVE_PERIODS,
  ...SCORES,
  ...PEOPLE,
  ...WORKING_DAYS,
  ...MANAGERS,
  ...EMPLOYEES,
  ...NOT_HELD,
];
