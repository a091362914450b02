/*
 * practice54 — working days for a person or a team over a period. README: the days of the work week less the holidays
 * on them, a half-day holiday as a half, on the calendar of the team asked about (the organisation's holidays and the
 * team's own); a person's are their team's; "working days left this year" runs from tomorrow. Where a team's own day
 * falls in the period the answer depends on the team, and is checked to differ from another team's; asked without a
 * team, the period holds no team's day on a working day, so every calendar agrees. The calendar is everyone's: an
 * employee may ask about another team's working days. Working days are the calendar's, tracked or not (July).
 */
import { figures, type Question } from '../../expectation';
import { myWorkingDays, workingDaysAnyTeam, workingDaysFor } from '../../oracle/practice44-calendar';
import { AFTER_TODAY, isoWeek, month, Q3, REST_OF_NOVEMBER, week, working, workingDaysAgainst, YEAR_2025 } from '../../oracle/practice54-figures';
import { q } from '../helpers';

const wd = (n: number, ...also: string[]) => figures(working(n, ...also));

export const WORKING_DAYS: readonly Question[] = [
  // Employees: their own team's calendar.
  q('QC116', 'DEV-003', 'how many working days have I got in december', () => wd(myWorkingDays(month(12), 'DEV-003'))),
  // The Security Team Day is Emma Clarke's too.
  q('QC117', 'SEC-004', 'how many days am I due to work in dec', () => wd(workingDaysAgainst(month(12), 'SEC', 'DAT'))),
  // The DEV Recharge Day is Aisha Khan's: one day fewer than Kevin O'Brien's November.
  q('QC118', 'DEV-003', 'working days in nov for me?', () => wd(workingDaysAgainst(month(11), 'DEV', 'DAT'))),
  // The QA Offsite's morning is Fatima Zahra's.
  q('QC119', 'QA-003', 'how many work days did I have in Sep 2025', () => wd(workingDaysAgainst(month(9), 'QA', 'DEV'))),
  q('QC120', 'SEC-004', 'working days in the first week of December for me', () => wd(workingDaysAgainst(week('2025-12-01'), 'SEC', 'DAT'))),
  // Another team's calendar, asked by an employee.
  q('QC121', 'DEV-003', 'How many working days does QA have in September?', () => wd(workingDaysAgainst(month(9), 'QA', 'DEV'))),
  // Managers.
  q('QC122', 'DEV-001', 'how many working days are left this month for my team', () => wd(workingDaysFor(REST_OF_NOVEMBER, 'DEV'))),
  q('QC123', 'QA-001', 'working days in Q3 for QA', () => wd(workingDaysAgainst(Q3, 'QA', 'DEV'))),
  // The admin, with a team.
  q('QC124', 'admin', 'working days in December: Security vs Development', () =>
    figures(working(workingDaysAgainst(month(12), 'SEC', 'DEV')), working(workingDaysAgainst(month(12), 'DEV', 'SEC'))),
  ),
  q('QC125', 'admin', 'how many working days does Security have in the week of 1 December', () => wd(workingDaysAgainst(week('2025-12-01'), 'SEC', 'QA'))),
  q('QC126', 'admin', 'working days for QA in the week of 8 September', () => wd(workingDaysAgainst(week('2025-09-08'), 'QA', 'SEC'))),
  q('QC127', 'admin', 'working days left this year for DEV', () => wd(workingDaysFor(AFTER_TODAY, 'DEV'))),
  q('QC128', 'admin', 'working days from 20 Oct to 7 Nov for DEV', () => wd(workingDaysAgainst(['2025-10-20', '2025-11-07'], 'DEV', 'QA'))),
  // A person: their team's calendar (Emma Clarke is in Security).
  q('QC129', 'admin', 'how many working days has Emma Clarke got left in 2025', () => wd(workingDaysAgainst(AFTER_TODAY, 'SEC', 'DEV'))),
  q('QC130', 'admin', 'working days in 2025 for the Security team', () => wd(workingDaysAgainst(YEAR_2025, 'SEC', 'QA'))),
  // The admin, no team: periods on which every calendar agrees.
  q('QC131', 'admin', 'how many working days were there in July?', () => wd(workingDaysAnyTeam(month(7)))),
  q('QC132', 'admin', 'working days in wk 52', () => wd(workingDaysAnyTeam(isoWeek(2025, 52)))),
  q('QC133', 'admin', 'how many working days in the week of 13 October', () => wd(workingDaysAnyTeam(week('2025-10-13')))),
];
