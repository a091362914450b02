/*
 * practice58 — working days and public holidays in a month. README: working days are the days of the work week less
 * the holidays on them, a half-day holiday as a half, on the calendar of the team asked about (the organisation's
 * holidays and the team's own); a person's calendar is their team's; "left this year" runs from tomorrow. Asked with no
 * team, the period holds no team's own day, so every calendar agrees. "Public" holidays are the organisation's
 * (`team_id` null); only the dates are required, so an answer that also names a team's day still passes. The calendar
 * is everyone's: employees ask about their own.
 */
import { answer, figures, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { holidayDates, holidayN, holidayNamed, holidaysIn, nextHoliday, workingD, workingDays, workingDaysEverywhere } from '../../oracle/practice58-calendar';
import { month, none, on, quarter, REST_OF_YEAR, some, THIS_MONTH_WHOLE } from '../../oracle/practice58-figures';
import { q } from '../helpers';
import { dataset } from '../../dataset/dataset';

const wd = (n: number) => figures(workingD(n));
/** Every holiday of the range, of any team or none. */
const everyHoliday = ([from, to]: readonly [string, string]) =>
  dataset()
    .holidays.filter((h) => from <= h.date && h.date <= to)
    .map((h) => h.date)
    .sort();

export const CALENDAR: readonly Question[] = [
  // HR.
  q('QG121', 'admin', 'how many wokring days were there in October', () => wd(workingDaysEverywhere(month(10)))),
  q('QG122', 'admin', 'working days in November for DEV', () => wd(workingDays(month(11), 'DEV'))),
  q('QG123', 'admin', 'public holidays in december?', () => answer({ dates: some(holidayDates(month(12), 'public')) })),
  q('QG124', 'admin', 'how many public holidays did we have in Q3?', () => figures(holidayN(holidaysIn(quarter(3), 'public').length))),
  // The Autumn Half Day took the afternoon of 31 October.
  q('QG125', 'admin', 'is 31 October a full working day?', () => {
    if (workingDaysEverywhere(on('2025-10-31')) !== 0.5) throw new Error('31 October is not half a working day');
    return yesNo(false, []);
  }),
  q('QG126', 'admin', 'what holidays fall in november, team days included', () => answer({ dates: some(everyHoliday(month(11))) })),
  q('QG127', 'admin', 'working days left this year for the Security team', () => wd(workingDays(REST_OF_YEAR, 'SEC'))),
  q('QG128', 'admin', 'when is the next public holiday', () => answer({ dates: [nextHoliday('public').date] })),
  // Managers.
  q('QG129', 'DEV-001', 'how many working days does my team have in December', () => wd(workingDays(month(12), 'DEV'))),
  q('QG130', 'DEV-001', 'when was our recharge day?', () => answer({ dates: [holidayNamed('DEV Recharge Day').date] })),
  q('QG131', 'QA-001', 'working days in September for QA', () => wd(workingDays(month(9), 'QA'))),
  q('QG132', 'QA-001', 'when was the QA offsite, and was it a whole day off?', () => {
    const h = holidayNamed('QA Offsite');
    if (h.half === null) throw new Error('the QA Offsite is a whole day');
    return yesNo(false, [], { dates: [h.date] });
  }),
  // Employees: their own team's calendar.
  q('QG133', 'DEV-003', 'how many working days are there in November for me?', () => wd(workingDays(month(11), 'DEV'))),
  q('QG134', 'SEC-004', 'working days in december for me', () => wd(workingDays(month(12), 'SEC'))),
  q('QG135', 'SEC-004', "what's the next holiday I get", () => answer({ dates: [nextHoliday('SEC').date] })),
  q('QG136', 'QA-003', 'which holidays are left this year?', () => answer({ dates: some(holidayDates(REST_OF_YEAR, 'QA')) })),
  q('QG137', 'DAT-004', 'any public holidays this month?', () => yesNo(false, [], { dates: none(holidayDates(THIS_MONTH_WHOLE, 'DAT')) })),
  q('QG138', 'DAT-004', 'is 1 december a working day for me', () => yesNo(workingDays(on('2025-12-01'), 'DAT') === 1, [])),
  q('QG139', 'DEV-003', 'was 7 nov a day off for me?', () => {
    if (workingDays(on('2025-11-07'), 'DEV') !== 0) throw new Error('7 November was a working day for DEV');
    return yesNo(true, []);
  }),
];
