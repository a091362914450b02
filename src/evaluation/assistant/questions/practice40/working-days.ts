/*
 * practice40 — working days for payroll: a month, a quarter, a year, an ISO week or two dates apart, for the
 * organisation or one team (team holidays differ), asked by the HR desk, the managers and the employees (the
 * calendar is everyone's). README: the days of the work week less the holidays on them, a half-day holiday as a half.
 */
import { days, figures, type Question } from '../../expectation';
import {
  DECEMBER_WHOLE,
  NOV_3_TO_28,
  NOVEMBER_WHOLE,
  Q3_WHOLE,
  Q4_WHOLE,
  SEP_1_TO_OCT_15,
  TOMORROW_TO_YEAR_END,
  WEEK_42,
  WEEK_OF_NOV_3,
  workingDaysIn,
  YEAR_2025,
  AUGUST_WHOLE,
} from '../../oracle/practice40-figures';
import { OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const wd = (...args: Parameters<typeof workingDaysIn>) => figures(days(workingDaysIn(...args)));

export const WORKING_DAYS: readonly Question[] = [
  q('PO001', 'admin', 'How many working days are there in November 2025?', () => wd(NOVEMBER_WHOLE, null)),
  q('PO002', 'admin', 'Working days in December for the whole company?', () => wd(DECEMBER_WHOLE, null)),
  q('PO003', 'admin', 'How many working days does Security have in December?', () => wd(DECEMBER_WHOLE, 'SEC')),
  q('PO004', 'admin', 'how many workin days did QA hav in sept', () => wd(SEPTEMBER, 'QA')),
  q('PO005', 'admin', 'How many working days were there in October?', () => wd(OCTOBER, null)),
  q('PO006', 'admin', 'no. of wrking days for Development in Nov', () => wd(NOVEMBER_WHOLE, 'DEV')),
  q('PO007', 'admin', 'How many working days between 3 Nov and 28 Nov?', () => wd(NOV_3_TO_28, null)),
  q('PO008', 'admin', 'working days from 2025-11-03 to 2025-11-28 for DEV', () => wd(NOV_3_TO_28, 'DEV')),
  q('PO009', 'admin', 'Working days in Q4 for the company', () => wd(Q4_WHOLE, null)),
  // The calendar's working days, not the tracked ones: July is before tracking started, yet its weekdays are working days.
  q('PO010', 'admin', 'How many working days in Q3 for the Data team?', () => wd(Q3_WHOLE, 'DAT')),
  // "So far" ends today (README: "holidays so far this year" ends today; "this month" is the 1st to today).
  q('PO011', 'admin', 'How many working days have we had so far this month?', () => wd(THIS_MONTH, null)),
  q('PO012', 'admin', 'How many working days are there from tomorrow to the end of the year?', () => wd(TOMORROW_TO_YEAR_END, null)),
  q('PO013', 'admin', 'wrking days in dec for the data team?', () => wd(DECEMBER_WHOLE, 'DAT')),
  q('PO014', 'admin', 'How many working days between 1 Sep and 15 Oct for QA?', () => wd(SEP_1_TO_OCT_15, 'QA')),
  q('PO015', 'admin', 'how many working days did the testers have in Aug', () => wd(AUGUST_WHOLE, 'QA')),
  q('PO016', 'admin', 'working days in wk 42', () => wd(WEEK_42, null)),
  q('PO017', 'admin', 'How many working days does DEV have in the week of 3 November?', () => wd(WEEK_OF_NOV_3, 'DEV')),
  q('PO018', 'admin', 'Working days in November vs December for the company', () =>
    figures(days(workingDaysIn(NOVEMBER_WHOLE, null)), days(workingDaysIn(DECEMBER_WHOLE, null))),
  ),
  // The whole calendar year: the work week's days less the organisation's holidays the calendar holds.
  q('PO019', 'admin', 'How many working days in 2025?', () => wd(YEAR_2025, null)),
  q('PO020', 'DEV-001', 'How many working days does my team have in November?', () => wd(NOVEMBER_WHOLE, 'DEV')),
  q('PO021', 'QA-001', 'working days for my team in september', () => wd(SEPTEMBER, 'QA')),
  // An employee's working days are their team's calendar (DEV-003's December leave is only pending).
  q('PO022', 'DEV-003', 'How many working days do I have in December?', () => wd(DECEMBER_WHOLE, 'DEV')),
  q('PO023', 'SEC-004', 'how many working days do we have in december', () => wd(DECEMBER_WHOLE, 'SEC')),
  q('PO024', 'QA-003', 'How many working days did I have in September?', () => wd(SEPTEMBER, 'QA')),
  q('PO025', 'DAT-004', 'how many working days are in october?', () => wd(OCTOBER, 'DAT')),
  // docs/API.md: "the calendar is everyone's" — a manager may read another team's holidays, so its working days too.
  q('PO026', 'QA-001', 'How many working days does Security have in December?', () => wd(DECEMBER_WHOLE, 'SEC')),
];
