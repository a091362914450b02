/*
 * practice44 — working days of a period, for rota and payroll planning. README: "working days" are the days of the
 * work week less the holidays on them, a half-day holiday as a half, on the calendar of the team asked about (the
 * organisation's holidays and the team's own). An employee's or a manager's own are their team's; the calendar is
 * everyone's, so a manager or an employee may ask about another team's. Asked without a team, the period holds no
 * team's holiday on a working day, so the organisation's calendar and every team's agree.
 */
import { days, figures, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { myWorkingDays, workingDaysAnyTeam, workingDaysFor } from '../../oracle/practice44-calendar';
import {
  AUGUST,
  DECEMBER,
  JANUARY_2026,
  NOVEMBER,
  NOVEMBER_SO_FAR,
  OCTOBER,
  Q4,
  REST_OF_NOVEMBER,
  REST_OF_YEAR,
  SEPTEMBER,
  weekOf,
} from '../../oracle/practice44-figures';
import { q } from '../helpers';

const wd = (n: number) => figures(near(days(n), 'day|working'));

export const WORKING_DAYS: readonly Question[] = [
  // The admin, no team named: periods where every team's calendar agrees.
  q('PS116', 'admin', 'how many working days in October?', () => wd(workingDaysAnyTeam(OCTOBER))),
  q('PS117', 'admin', 'working days in August', () => wd(workingDaysAnyTeam(AUGUST))),
  q('PS118', 'admin', 'How many working days are there in January 2026?', () => wd(workingDaysAnyTeam(JANUARY_2026))),
  q('PS119', 'admin', 'working days in the week of the Autumn Half Day', () => wd(workingDaysAnyTeam(weekOf('Autumn Half Day')))),
  // The admin, a team named.
  q('PS120', 'admin', 'working days for the Data team in Q4', () => wd(workingDaysFor(Q4, 'DAT'))),
  q('PS121', 'admin', 'how many working days does Security have from 24 November to 5 December', () => wd(workingDaysFor(['2025-11-24', '2025-12-05'], 'SEC'))),
  q('PS122', 'admin', 'How many working days does the data team have from tomorrow to the end of the year?', () => wd(workingDaysFor(REST_OF_YEAR, 'DAT'))),
  // Employees: their own team's calendar.
  q('PS123', 'DEV-003', 'how many working days do I have in November', () => wd(myWorkingDays(NOVEMBER, 'DEV-003'))),
  q('PS124', 'DEV-003', 'working days so far this month?', () => wd(myWorkingDays(NOVEMBER_SO_FAR, 'DEV-003'))),
  q('PS125', 'QA-003', 'working days in sept for me?', () => wd(myWorkingDays(SEPTEMBER, 'QA-003'))),
  q('PS126', 'SEC-004', 'how many working days in december', () => wd(myWorkingDays(DECEMBER, 'SEC-004'))),
  q('PS127', 'SEC-004', 'how many working days in the week of christmas', () => wd(myWorkingDays(weekOf('Christmas Day'), 'SEC-004'))),
  q('PS128', 'DAT-004', 'How many working days in December?', () => wd(myWorkingDays(DECEMBER, 'DAT-004'))),
  q('PS129', 'DAT-004', 'how many working days from tomorrow until the end of the month', () => wd(myWorkingDays(REST_OF_NOVEMBER, 'DAT-004'))),
  // The calendar is everyone's: another team's working days.
  q('PS130', 'DAT-004', 'How many working days does SEC have in December?', () => wd(workingDaysFor(DECEMBER, 'SEC'))),
  // Managers.
  q('PS131', 'DEV-001', 'working days for my team in Q4', () => wd(workingDaysFor(Q4, 'DEV'))),
  q('PS132', 'DEV-001', 'how many working days did my team have last month', () => wd(workingDaysFor(OCTOBER, 'DEV'))),
  q('PS133', 'QA-001', 'working days for QA from 1 September to 31 October', () => wd(workingDaysFor(['2025-09-01', '2025-10-31'], 'QA'))),
  q('PS134', 'QA-001', 'How many working days does DEV have in November?', () => wd(workingDaysFor(NOVEMBER, 'DEV'))),
];
