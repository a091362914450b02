/*
 * practice70 — the work calendar in combinations: working days of a team over a month, a quarter or the rest of the
 * month (the days of the work week less the holidays on them, a half-day holiday as a half), one person's by their
 * team's calendar where no leave of theirs falls in the span, a team's holidays over a span or a year, the half-day
 * holidays of a quarter, a team's next holiday after a named one, whether a day is a working day for a team. Each
 * team's figure is checked to differ from another team's where the team is the constraint.
 */
import type { Question } from '../../expectation';
import { HOLIDAYS } from '../../dataset/calendar';
import { matters } from '../../oracle/practice70-figures';
import { datesOf, holidayNamed, holidaysIn, nextHolidayOf, requestsOf, workingDays } from '../../oracle/practice70-calendar';
import { as, day, month, quarterRange, restOfYear, tomorrow, wholeYear, type Range } from '../../oracle/practice70-periods';
import { isWeekend } from '../../dataset/dates';
import { q } from '../helpers';
import { answer, countOf, days, figures, Q3R, SEP, yesNo } from './shared';

const wd = (v: number) => figures(days(v));
const REST = () => as(restOfYear(), '2025-11-20', '2025-12-31');
const DEC = () => as(month(12), '2025-12-01', '2025-12-31');
const REST_OF_MONTH = () => as([tomorrow(), month(11)[1]], '2025-11-20', '2025-11-30');
/** One person's working days: their team's calendar, with no leave of theirs (approved or pending) in the span. */
const mine = (id: string, code: string, r: Range) => {
  if (requestsOf({ ids: [id] }, ['approved', 'pending'], r).length > 0) throw new Error(`${id} has leave in the span`);
  return workingDays(r, code);
};

export const CALENDAR: readonly Question[] = [
  q('QS176', 'admin', 'how many working days does the QA team have in september', () => wd(matters(workingDays(SEP(), 'QA'), () => workingDays(SEP(), 'DEV')))),
  q('QS177', 'admin', 'working days for DEV in november?', () => wd(matters(workingDays(month(11), 'DEV'), () => workingDays(month(11), 'QA')))),
  q('QS178', 'admin', 'working days in Q3 for security', () => wd(matters(workingDays(Q3R(), 'SEC'), () => workingDays(Q3R(), 'QA')))),
  q('QS179', 'SEC-004', 'how many working days do I have in december?', () => wd(matters(mine('SEC-004', 'SEC', DEC()), () => workingDays(DEC(), 'DEV')))),
  q('QS180', 'DAT-004', 'working days left this month for me', () => wd(mine('DAT-004', 'DAT', REST_OF_MONTH()))),
  q('QS181', 'QA-003', 'how many working days have I got left this year?', () => wd(mine('QA-003', 'QA', REST()))),
  q('QS182', 'admin', 'holidays for security between now and the end of the year', () =>
    answer({ dates: matters(datesOf(holidaysIn(REST(), 'SEC')), () => datesOf(holidaysIn(REST(), 'org'))) }),
  ),
  q('QS183', 'admin', 'which half-day holidays fall in Q4?', () =>
    answer({ dates: datesOf(HOLIDAYS.filter((h) => h.half !== null && quarterRange(2025, 4)[0] <= h.date && h.date <= quarterRange(2025, 4)[1])) }),
  ),
  q('QS184', 'admin', 'how many holidays does DEV get this year', () =>
    figures(
      countOf(
        matters(holidaysIn(wholeYear(), 'DEV').length, () => holidaysIn(wholeYear(), 'org').length),
        'holiday',
      ),
    ),
  ),
  q('QS185', 'QA-001', "what's QA's first holiday after christmas day?", () =>
    answer({ dates: [nextHolidayOf('QA', holidayNamed('Christmas Day').date).date] }),
  ),
  q('QS186', 'DEV-003', 'when is my next day off for a holiday', () => answer({ dates: [nextHolidayOf('DEV').date] })),
  q('QS187', 'admin', 'is 1 december a working day for QA?', () => {
    const d = day('2025-12-01');
    const free = !isWeekend(d) && !HOLIDAYS.some((h) => h.date === d && (h.team === null || h.team === 'QA'));
    if (free === (!isWeekend(d) && !HOLIDAYS.some((h) => h.date === d && (h.team === null || h.team === 'SEC')))) throw new Error('the team does not matter');
    return yesNo(free);
  }),
];
