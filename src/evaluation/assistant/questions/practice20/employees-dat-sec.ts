/*
 * practice20 — two more employees about themselves, on their phones: Kevin O'Brien (DAT-004) and Emma
 * Clarke (SEC-004). Days by weekday and relative words (the Monday before last, the Tuesday before last, the
 * last working day of November, this coming Friday), yes-or-no with the figure, their pending day off, the
 * next day off, scores and tenure. Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; every figure and date comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, rate, score, years, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { available } from '../../oracle/practice14-figures';
import { DECEMBER } from '../../oracle/practice14-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { checkOutTime, hireOf, tenureOf } from '../../oracle/practice18-figures';
import {
  DAY_BEFORE_YESTERDAY,
  dayWord,
  FRIDAY_BEFORE_LAST,
  hoursOn,
  LAST_MONDAY,
  lastWeekdayBefore,
  lastWorkingDayOf,
  lateDates,
  MONDAY_BEFORE_LAST,
  nonEmpty,
  nthWeekdayOf,
  requestCovering,
  wentUp,
  yesNo,
} from '../../oracle/practice20-figures';
import { kpiOf, scoreOf } from '../../oracle/score-figures';
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH, YESTERDAY } from '../helpers';

const me = (id: string): Scope => ({ ids: [id] });
const FIRST_MONDAY_NOV = nthWeekdayOf(2025, 11, 1, 1);
const LAST_WORKING_OCT = lastWorkingDayOf(2025, 10);
const LAST_WORKING_NOV = lastWorkingDayOf(2025, 11);
/** "The Tuesday before last": the Tuesday a week before the latest one. */
const TUESDAY_BEFORE_LAST = addDays(lastWeekdayBefore(2), -7);

export const EMPLOYEES_DAT_SEC: readonly Question[] = [
  // Kevin O'Brien, DAT-004.
  q('D049', 'DAT-004', 'how many days off do I have left this year', () =>
    figures(near(days(available('DAT-004', 'ANNUAL')), 'leave|day|left|available|off|balance')),
  ),
  q('D050', 'DAT-004', 'was I late at all in October?', () => {
    const late = measureOf('DAT-004', 'late', ...OCTOBER);
    return yesNo(late > 0, [near(count(late), 'late|time')]);
  }),
  q('D051', 'DAT-004', 'which day was I late last month', () => answer({ dates: nonEmpty(lateDates('DAT-004', OCTOBER)) })),
  q('D052', 'DAT-004', 'what did I get last quarter', () => figures(score(scoreOf('DAT-004', '2025-Q3')))),
  q('D053', 'DAT-004', 'did I score higher in Q3 than in Q2', () => {
    const [before, after] = [scoreOf('DAT-004', '2025-Q2')!, scoreOf('DAT-004', '2025-Q3')!];
    return yesNo(after > before, [score(before), score(after)]);
  }),
  q('D054', 'DAT-004', 'how long have I been here', () => figures(years(tenureOf('DAT-004')))),
  q('D055', 'DAT-004', 'when did I start', () => answer({ dates: [hireOf('DAT-004')] })),
  q('D056', 'DAT-004', 'did I clock out yesterday', () => yesNo(true, [], { mentions: [checkOutTime('DAT-004', YESTERDAY)] })),
  q('D057', 'DAT-004', 'what time did I get in the Friday before last', () => answer({ mentions: [checkInTime('DAT-004', FRIDAY_BEFORE_LAST)] })),
  q('D058', 'DAT-004', 'was I late the friday before last?', () => {
    const word = dayWord('DAT-004', FRIDAY_BEFORE_LAST);
    return yesNo(word === 'late', [], { mentions: [word] });
  }),
  q('D059', 'DAT-004', 'hours I worked on Monday', () => figures(hours(hoursOn('DAT-004', LAST_MONDAY)))),
  q('D060', 'DAT-004', 'how many hours did I do the Monday before last', () => figures(hours(hoursOn('DAT-004', MONDAY_BEFORE_LAST)))),
  q('D061', 'DAT-004', 'did I do over 45 hours last week', () => {
    const h = totals(me('DAT-004'), ...LAST_WEEK).hours;
    return yesNo(h > 45, [hours(h)]);
  }),
  q('D062', 'DAT-004', 'was my attendance perfect in October', () => {
    const r = rateIn(me('DAT-004'), OCTOBER);
    return yesNo(r === 1, [rate(r)]);
  }),
  q('D063', 'DAT-004', 'how many sick days can I still take', () => figures(near(days(available('DAT-004', 'SICK')), 'sick|day|left|available'))),
  q('D064', 'DAT-004', 'when is my next holiday', () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),
  q('D065', 'DAT-004', 'what holidays do I get in December', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'DAT')) })),
  q('D066', 'DAT-004', 'what time did I leave the day before yesterday', () => answer({ mentions: [checkOutTime('DAT-004', DAY_BEFORE_YESTERDAY)] })),
  q('D067', 'DAT-004', 'how many hours did I put in on the last working day of October', () => figures(hours(hoursOn('DAT-004', LAST_WORKING_OCT)))),
  q('D068', 'DAT-004', "what's my KPI for last quarter", () => figures(score(kpiOf('DAT-004', '2025-Q3')))),
  q('D069', 'DAT-004', 'my scores so far this year', () => figures(...['2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreOf('DAT-004', p))))),
  q('D070', 'DAT-004', 'what time did I clock in on the first Monday of November', () => answer({ mentions: [checkInTime('DAT-004', FIRST_MONDAY_NOV)] })),
  q('D071', 'DAT-004', 'how many hours have I worked since the 1st', () => figures(hours(totals(me('DAT-004'), ...THIS_MONTH).hours))),
  q('D072', 'DAT-004', 'was my score last quarter above 95', () => {
    const s = scoreOf('DAT-004', '2025-Q3')!;
    return yesNo(s > 95, [score(s)]);
  }),

  // Emma Clarke, SEC-004.
  q('D073', 'SEC-004', 'was I late last week', () => {
    const late = measureOf('SEC-004', 'late', ...LAST_WEEK);
    return yesNo(late > 0, [near(count(late), 'late|time')]);
  }),
  q('D074', 'SEC-004', 'which day was I late last week', () => answer({ dates: nonEmpty(lateDates('SEC-004', LAST_WEEK)) })),
  q('D075', 'SEC-004', 'what time did I get in on the Tuesday before last', () => answer({ mentions: [checkInTime('SEC-004', TUESDAY_BEFORE_LAST)] })),
  q('D076', 'SEC-004', 'am I off on the last working day of November', () => answer({ mentions: [requestCovering('SEC-004', LAST_WORKING_NOV).status] })),
  q('D077', 'SEC-004', 'has my leave for the 28th been approved?', () => {
    const status = requestCovering('SEC-004', '2025-11-28').status;
    return yesNo(status === 'approved', [], { mentions: [status] });
  }),
  q('D078', 'SEC-004', 'how many days off do I have left', () => figures(near(days(available('SEC-004', 'ANNUAL')), 'leave|day|left|available|off|balance'))),
  q('D079', 'SEC-004', 'how many leave days have I got pending', () => figures(near(days(balance('SEC-004', 'ANNUAL').pending), 'pending|day|leave'))),
  q('D080', 'SEC-004', "when's my next day off", () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('D081', 'SEC-004', 'am I working on the 1st of December?', () => yesNo(false, [], { mentions: ['Security Team Day'] })),
  q('D082', 'SEC-004', 'what did I get last quarter', () => figures(score(scoreOf('SEC-004', '2025-Q3')))),
  q('D083', 'SEC-004', 'did my score go up last quarter?', () => {
    const [before, after] = [scoreOf('SEC-004', '2025-Q2')!, scoreOf('SEC-004', '2025-Q3')!];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('D084', 'SEC-004', 'how long have I been here', () => figures(years(tenureOf('SEC-004')))),
  q('D085', 'SEC-004', 'did I clock out on Monday', () => yesNo(true, [], { mentions: [checkOutTime('SEC-004', LAST_MONDAY)] })),
  q('D086', 'SEC-004', 'what time did I leave yesterday', () => answer({ mentions: [checkOutTime('SEC-004', YESTERDAY)] })),
  q('D087', 'SEC-004', 'how many hours did I work on the first Monday of November', () => figures(hours(hoursOn('SEC-004', FIRST_MONDAY_NOV)))),
  q('D088', 'SEC-004', 'was I late on the first Monday of November', () => {
    const word = dayWord('SEC-004', FIRST_MONDAY_NOV);
    return yesNo(word === 'late', [], { mentions: [word] });
  }),
  q('D089', 'SEC-004', 'how many times was I late this month', () => figures(near(count(measureOf('SEC-004', 'late', ...THIS_MONTH)), 'late|time'))),
  q('D090', 'SEC-004', 'my hours last week — did I hit 40?', () => {
    const h = totals(me('SEC-004'), ...LAST_WEEK).hours;
    return yesNo(h >= 40, [hours(h)]);
  }),
  q('D091', 'SEC-004', 'was my attendance 100% last month', () => {
    const r = rateIn(me('SEC-004'), OCTOBER);
    return yesNo(r === 1, [rate(r)]);
  }),
  q('D092', 'SEC-004', 'what time did I leave on the last working day of October', () => answer({ mentions: [checkOutTime('SEC-004', LAST_WORKING_OCT)] })),
  q('D093', 'SEC-004', 'how many hours this month so far', () => figures(hours(totals(me('SEC-004'), ...THIS_MONTH).hours))),
  q('D094', 'SEC-004', 'how much sick leave have I got left', () => figures(days(available('SEC-004', 'SICK')))),
  q('D095', 'SEC-004', 'what holidays have I got left this year', () => answer({ dates: holidaysLeftThisYear('SEC') })),
  q('D096', 'SEC-004', 'what was my score in the first quarter', () => figures(score(scoreOf('SEC-004', '2025-Q1')))),
];
