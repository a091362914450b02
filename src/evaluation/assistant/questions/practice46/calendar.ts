/*
 * practice46 — the work calendar, asked tersely ("next holliday?", "is 13 oct working day", "how many working day DEV
 * have in novembre", "are we off 1 december", "what holiday on 25/12"): the next holiday of the caller's own calendar
 * (the organisation's and their team's), a holiday's date by its name, the holidays of a month or left this year,
 * whether a day is a working day and why not, and working days of a month by a team's calendar (the days of the work
 * week less the holidays on them, a half-day holiday as a half). The calendar is everyone's: employees ask too.
 */
import { answer, days, figures, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import {
  DEC_WHOLE,
  holidayDates,
  holidayDay,
  holidayNameOn,
  isWorkingDay,
  nextHolidayFor,
  NOV_WHOLE,
  OCT,
  SINCE_AUG,
  some,
  TDY,
  workingDaysFor,
} from '../../oracle/practice46-figures';
import { addDays } from '../../dataset/dates';
import { q } from '../helpers';

const REST_OF_YEAR: [string, string] = [addDays(TDY, 1), '2025-12-31'];
const workingDays = (n: number) => near(days(n), 'working|day');
/** "Is <day> a working day / a day off": the answer and the holiday that takes it. */
const dayOff = (d: string, code: string | null, off: boolean) =>
  yesNo(off ? !isWorkingDay(d, code) : isWorkingDay(d, code), [], { mentions: [holidayNameOn(d, code)] });

export const CALENDAR: readonly Question[] = [
  // The next holiday, by the caller's own calendar.
  q('PU184', 'QA-003', 'next holiday when?', () => {
    const next = nextHolidayFor('QA');
    return answer({ dates: [next.date], mentions: [next.name] });
  }),
  q('PU185', 'SEC-004', 'next holliday?', () => {
    const next = nextHolidayFor('SEC');
    return answer({ dates: [next.date], mentions: [next.name] });
  }),

  // A holiday's date by its name; the holidays of a period.
  q('PU186', 'admin', 'when is QA offsite', () => answer({ dates: [holidayDay('QA Offsite', '2025-09-12')] })),
  q('PU187', 'admin', 'what holiday on 25/12', () => answer({ mentions: [holidayNameOn('2025-12-25', null)] })),
  q('PU188', 'DAT-004', 'holidays left this yr', () => answer({ dates: some(holidayDates(REST_OF_YEAR, 'DAT')) })),
  q('PU189', 'QA-001', 'holidays in december?', () => answer({ dates: some(holidayDates(DEC_WHOLE, 'QA')) })),
  q('PU190', 'DEV-001', 'holidays my team had since august', () => answer({ dates: some(holidayDates(SINCE_AUG, 'DEV')) })),

  // Is a day a working day (or a day off), and why.
  q('PU191', 'admin', 'is 13 oct working day', () => dayOff('2025-10-13', null, false)),
  q('PU192', 'SEC-004', 'are we off 1 december', () => dayOff('2025-12-01', 'SEC', true)),
  q('PU193', 'DEV-003', 'is 7 nov day off for me', () => dayOff('2025-11-07', 'DEV', true)),

  // Working days of a month by a team's calendar.
  q('PU194', 'admin', 'how many working day DEV have in novembre', () => figures(workingDays(workingDaysFor(NOV_WHOLE, 'DEV')))),
  q('PU195', 'admin', 'working days in december for SEC', () => figures(workingDays(workingDaysFor(DEC_WHOLE, 'SEC')))),
  q('PU196', 'admin', 'working days october AI team', () => figures(workingDays(workingDaysFor(OCT, 'AI')))),
];
