/*
 * practice49 — the calendar, composed: holidays and working days with a subject (the organisation, a team's
 * calendar, a manager's team, oneself) and a period (a month, next month, the rest of the year, this year, a day)
 * and an operation (list, count, look up, the next one, yes or no). API.md: a team's holidays are its own and the
 * organisation's; README: working days are the days of the work week less the holidays on them, a half-day holiday
 * as a half; "working days left this year" runs from tomorrow; "are we off on …" asks the calendar, for an employee too.
 */
import { answer, days, type Question } from '../../expectation';
import { holidaysBetween } from '../../oracle/holiday-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { nextHolidayFor } from '../../oracle/practice46-figures';
import { workingDaysOf } from '../../oracle/practice48-lines';
import { WORKING } from '../../oracle/practice49-ops';
import { DECEMBER, NOVEMBER, REST_OF_YEAR, some } from '../../oracle/practice49-figures';
import { q } from '../helpers';

const working = (n: number) => near(days(n), WORKING);

export const CALENDAR: readonly Question[] = [
  q('PX179', 'admin', 'holidays left this year for the AI team', () =>
    answer({ dates: some(holidaysBetween(REST_OF_YEAR[0], REST_OF_YEAR[1], 'AI').map((h) => h.date)) }),
  ),
  q('PX180', 'admin', 'working days in november on the DEV calendar', () => answer({ figures: [working(workingDaysOf(NOVEMBER, 'DEV'))] })),
  q('PX181', 'admin', 'working days left this year for QA', () => answer({ figures: [working(workingDaysOf(REST_OF_YEAR, 'QA'))] })),

  // The managers, about their team's calendar.
  q('PX182', 'DEV-001', "working days next month on my team's calendar", () => answer({ figures: [working(workingDaysOf(DECEMBER, 'DEV'))] })),
  q('PX183', 'QA-001', "when's the next holiday for my team?", () => answer({ dates: [nextHolidayFor('QA').date] })),

  // Employees, about their own calendar.
  q('PX184', 'DEV-003', 'was 7 November a day off for us?', () => {
    const off = holidaysBetween('2025-11-07', '2025-11-07', 'DEV');
    return yesNo(some(off).length > 0, []);
  }),
  q('PX185', 'SEC-004', 'how many holidays do I have left this year', () => {
    const left = holidaysBetween(REST_OF_YEAR[0], REST_OF_YEAR[1], 'SEC');
    return answer({ dates: some(left.map((h) => h.date)) });
  }),
  q('PX186', 'DAT-004', 'number of working days for me in december', () => answer({ figures: [working(workingDaysOf(DECEMBER, 'DAT'))] })),
];
