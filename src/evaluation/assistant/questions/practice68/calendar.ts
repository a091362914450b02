/*
 * practice68 — the month's calendar before payroll: working days in a month (README: the days of the work week less the
 * holidays on them, a half-day holiday as a half; a team's calendar adds its own day; one person's by their team's
 * calendar) and the holidays in a month. Asked with no team only over months where every team's calendar agrees
 * (August, October, the week of 22 December, the rest of November); a person's only over a month in which they have no
 * leave. "Public" holidays are the organisation's: the dates expected are those every reading lists.
 */
import type { Question } from '../../expectation';
import { holidayDates, holidayOn, teamsWithOwnHoliday, workingDaysEverywhere, workingDaysOf, workingDaysOn } from '../../oracle/practice68-calendar';
import { restOfMonth, weekOf } from '../../oracle/practice68-periods';
import { q } from '../helpers';
import { answer, AUG, dates, DEC, figs, NOV, OCT, SEP, workD, yesNo } from './shared';

const wd = (n: number) => figs(workD(n));
const REST_OF_NOV = restOfMonth('2025-11-20', '2025-11-30');
const XMAS_WEEK = weekOf('2025-12-22', '2025-12-22', '2025-12-28');
/** A day that is no full working day on a calendar: "no", and the holiday's name. */
const notWorking = (day: string, whose: string) => yesNo(false, { mentions: [holidayOn(day, whose).name] });

export const CALENDAR: readonly Question[] = [
  // HR.
  q('QQ001', 'admin', 'how many working days are there in October 2025?', () => wd(workingDaysEverywhere(OCT))),
  q('QQ002', 'admin', 'working days in august (weekends + bank hols out)', () => wd(workingDaysEverywhere(AUG))),
  q('QQ003', 'admin', 'no. of working days in December for the Security team', () => wd(workingDaysOn(DEC, 'SEC'))),
  q('QQ004', 'admin', 'how many working days does QA have in september', () => wd(workingDaysOn(SEP, 'QA'))),
  q('QQ005', 'admin', 'DEV working days in november - the whole month pls', () => wd(workingDaysOn(NOV, 'DEV'))),
  q('QQ006', 'admin', 'which public holidays fall in december?', () => dates(holidayDates(DEC, 'org'))),
  q('QQ007', 'admin', 'any public holidays in Oct?', () => dates(holidayDates(OCT, 'org'))),
  q('QQ008', 'admin', 'which team has a holiday of its own in november, and on what date', () =>
    answer({ teams: teamsWithOwnHoliday(NOV), dates: holidayDates(NOV, teamsWithOwnHoliday(NOV)[0]!) }),
  ),
  q('QQ009', 'admin', 'how many working days in the week of 22 december', () => wd(workingDaysEverywhere(XMAS_WEEK))),
  q('QQ010', 'admin', 'how many working days are left in november after today?', () => wd(workingDaysEverywhere(REST_OF_NOV))),
  q('QQ011', 'admin', 'how many working days does Tom Becker have in December', () => wd(workingDaysOf('DEV-002', DEC))),
  q('QQ012', 'admin', 'is 31 October a full working day?', () => notWorking('2025-10-31', 'org')),
  q('QQ013', 'admin', "I'm doing the payroll prep. How many working days does DAT have in December?", () => wd(workingDaysOn(DEC, 'DAT'))),
  // Managers.
  q('QQ014', 'DEV-001', 'how many working days does my team have in november', () => wd(workingDaysOn(NOV, 'DEV'))),
  q('QQ015', 'DEV-001', 'what holidays does my team get in december?', () => dates(holidayDates(DEC, 'DEV'))),
  q('QQ016', 'DEV-001', 'how many working days has DEV got left this month after today', () => wd(workingDaysOn(REST_OF_NOV, 'DEV'))),
  q('QQ017', 'QA-001', 'working days for QA in sept', () => wd(workingDaysOn(SEP, 'QA'))),
  q('QQ018', 'QA-001', 'which holidays did my team have in september?', () => dates(holidayDates(SEP, 'QA'))),
  // Employees.
  q('QQ019', 'DEV-003', 'how many working days do I have in november', () => wd(workingDaysOf('DEV-003', NOV))),
  q('QQ020', 'DEV-003', 'any holidays for me this month?', () => dates(holidayDates(NOV, 'DEV'))),
  q('QQ021', 'QA-003', 'how many working days did i have in September', () => wd(workingDaysOf('QA-003', SEP))),
  q('QQ022', 'DAT-004', 'working days in dec for me?', () => wd(workingDaysOf('DAT-004', DEC))),
  q('QQ023', 'DAT-004', 'is 13 October a working day', () => notWorking('2025-10-13', 'DAT')),
  q('QQ024', 'SEC-004', 'how many working days in december for me', () => wd(workingDaysOf('SEC-004', DEC))),
  q('QQ025', 'SEC-004', 'Which holidays do I get in December?', () => dates(holidayDates(DEC, 'SEC'))),
  q('QQ026', 'SEC-004', 'is 1 december a working day for me', () => notWorking('2025-12-01', 'SEC')),
];
