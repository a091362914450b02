/*
 * practice52 — public holidays: the next one (for an employee, by their team's calendar: the organisation's and their
 * team's own; "public" for the admin is the organisation's), the holidays of a month (the admin sees every holiday;
 * an employee their team's and the organisation's — only inclusion is checked), those left this year (from tomorrow)
 * and so far this year (to today), a holiday by its name, whether a date is a working day, and working days in a
 * period (README: the days of the work week less the holidays on them, a half-day holiday as a half; "working days
 * left this year" from tomorrow).
 */
import { answer, count, figures, type Question } from '../../expectation';
import { HOLIDAYS } from '../../dataset/calendar';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { holidayNamed, some } from '../../oracle/practice43-figures';
import { workingN } from '../../oracle/practice51-figures';
import { dayOf, monthOf, nextDayOff, REST_OF_YEAR, THIS_MONTH, THIS_YEAR, wholeMonthOf } from '../../oracle/practice52-figures';
import { q } from '../helpers';

/** Every holiday of the range, whatever its scope (what the admin sees). */
const everyHoliday = (from: string, to: string) => some(HOLIDAYS.filter((h) => from <= h.date && h.date <= to).map((h) => h.date));
/** The holidays a member of the team gets in the range. */
const teamHolidays = (range: readonly [string, string], code: string | null) => some(datesOf(holidaysBetween(range[0], range[1], code)));
/** The holiday on a date: its name, which the answer to "is it a working day" must give. */
function holidayOn(date: string, team: string | null) {
  const found = HOLIDAYS.filter((h) => h.date === date && (h.team === null || h.team === team));
  if (found.length !== 1) throw new Error(`${found.length} holidays on ${date}`);
  return found[0]!;
}

export const HOLIDAY_QUESTIONS: readonly Question[] = [
  // The next one.
  q('QA093', 'admin', "when's the next public holiday?", () => answer({ dates: [nextDayOff(null)] })),
  q('QA094', 'DEV-003', 'next holiday?', () => answer({ dates: [nextDayOff('DEV')] })),
  q('QA095', 'SEC-004', "what's the next holiday I get?", () => answer({ dates: [nextDayOff('SEC')] })),
  q('QA096', 'QA-003', 'nxt bank holiday pls', () => answer({ dates: [nextDayOff('QA')] })),

  // In a month; left this year; so far this year.
  q('QA097', 'admin', 'which holidays are there in December?', () => answer({ dates: everyHoliday(...wholeMonthOf(12)) })),
  q('QA098', 'DAT-004', 'what public holidays do we have in december', () => answer({ dates: teamHolidays(wholeMonthOf(12), 'DAT') })),
  q('QA099', 'admin', 'list the holidays in October', () => answer({ dates: everyHoliday(...monthOf(10)) })),
  q('QA100', 'DEV-001', 'any holidays for my team this month?', () => yesNo(true, [], { dates: teamHolidays(THIS_MONTH, 'DEV') })),
  q('QA101', 'admin', 'what holidays are left this year?', () => answer({ dates: everyHoliday(...REST_OF_YEAR) })),
  q('QA102', 'DEV-003', 'how many holidays have we had so far this year?', () => figures(near(count(teamHolidays(THIS_YEAR, 'DEV').length), 'holiday'))),

  // By name, and is a date a working day.
  q('QA103', 'admin', 'when is the QA offsite?', () => answer({ dates: [holidayNamed('QA Offsite')] })),
  q('QA104', 'QA-003', 'is 25 December a working day?', () => yesNo(false, [], { mentions: [holidayOn(dayOf(12, 25), 'QA').name] })),
  q('QA105', 'admin', 'is the 31st of October a day off?', () => answer({ mentions: [holidayOn(dayOf(10, 31), null).name] })),
  q('QA106', 'SEC-004', 'do I work on 1 December?', () => yesNo(false, [], { mentions: [holidayOn(dayOf(12, 1), 'SEC').name] })),

  // Working days in a period.
  q('QA107', 'admin', 'how many working days are there in December?', () => figures(workingN(workingDaysHalves(wholeMonthOf(12))))),
  q('QA108', 'DEV-001', 'how many working days does my team have in November?', () => figures(workingN(workingDaysHalves(wholeMonthOf(11), 'DEV')))),
  q('QA109', 'SEC-004', 'how many working days have I got in december', () => figures(workingN(workingDaysHalves(wholeMonthOf(12), 'SEC')))),
  q('QA110', 'admin', 'working days for QA in September', () => figures(workingN(workingDaysHalves(monthOf(9), 'QA')))),
  q('QA111', 'admin', 'how many working days are left this year', () => figures(workingN(workingDaysHalves(REST_OF_YEAR)))),
];
