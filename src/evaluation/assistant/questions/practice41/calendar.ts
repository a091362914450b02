/*
 * practice41 — the calendar, asked in a hurry: the next public holiday, an employee's next holiday (their team's
 * counts), the holidays left this year or in a month, whether a day is a working day or a day off for a team, working
 * days in a month or between two dates (a half-day holiday as a half; the company's calendar for the admin, asked
 * over dates no team holiday falls on; the team's for a team), and who was absent on the QA offsite. The calendar is every role's to read.
 */
import { answer, days, figures, people, type Question } from '../../expectation';
import { holidaysOn } from '../../oracle/absence';
import { nextHoliday } from '../../oracle/holiday-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { fullWorkingDay, holidayDates, some, whoOn, workingDaysIn } from '../../oracle/practice40-figures';
import { NOVEMBER_WHOLE, OCTOBER, QA_OFFSITE, SEC_TEAM_DAY, SEPTEMBER, TDY, XMAS } from '../../oracle/practice41-figures';
import { q } from '../helpers';

/** "Is … a working day": no when a holiday takes it, naming that holiday. */
const workingDay = (day: string, team: string | null) => {
  const names = holidaysOn(day, team ?? '').map((h) => h.name);
  return yesNo(fullWorkingDay(day, team), [], { mentions: names });
};

export const CALENDAR: readonly Question[] = [
  q('PP128', 'admin', 'next public holiday?', () => answer({ dates: [nextHoliday(TDY).date] })),
  q('PP129', 'SEC-004', "when's my next holiday", () => answer({ dates: [nextHoliday(TDY, 'SEC').date] })),
  q('PP130', 'QA-003', 'hols left this yr', () => answer({ dates: holidaysLeftThisYear('QA') })),
  q('PP131', 'DEV-003', 'any holidays for me in nov?', () => {
    const found = holidayDates(NOVEMBER_WHOLE, 'DEV');
    return yesNo(found.length > 0, [], { dates: some(found) });
  }),
  q('PP132', 'admin', 'is 1 dec a working day for sec', () => workingDay(SEC_TEAM_DAY, 'SEC')),
  q('PP133', 'admin', 'is dec 25 a workday?', () => workingDay(XMAS, null)),
  q('PP134', 'SEC-004', 'are we off on 1 dec', () => yesNo(!fullWorkingDay(SEC_TEAM_DAY, 'SEC'), [])),
  q('PP135', 'admin', 'how many working days in oct', () => figures(days(workingDaysIn(OCTOBER)))),
  q('PP136', 'admin', 'how many working days between 1 and 14 oct', () => figures(days(workingDaysIn(['2025-10-01', '2025-10-14'])))),
  q('PP137', 'DEV-001', 'working days for my team in nov', () => figures(days(workingDaysIn(NOVEMBER_WHOLE, 'DEV')))),
  q('PP138', 'QA-001', 'working days for qa in sept', () => figures(days(workingDaysIn(SEPTEMBER, 'QA')))),
  q('PP139', 'admin', 'who was absent on the qa offsite', () => people(some(whoOn({}, 'absent', QA_OFFSITE)))),
];
