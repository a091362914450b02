/*
 * practice20 — two employees about themselves, on their phones: Aisha Khan (DEV-003) and Fatima Zahra
 * (QA-003). First-person questions with days named by weekday or relative words (the day before
 * yesterday, the Friday before last, the first Monday of November, the last working day of October),
 * yes-or-no questions answered with their figure, leave left and pending, scores, tenure. Written
 * code-blind from /work/shared/API.md, docs/API.md and the README; every figure and date comes from the
 * data set and the oracle.
 */
import { answer, count, days, figures, hours, rate, score, years, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { available, taken } from '../../oracle/practice14-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { checkOutTime, tenureOf } from '../../oracle/practice18-figures';
import {
  A_WEEK_AGO,
  DAY_BEFORE_YESTERDAY,
  dayWord,
  FRIDAY_BEFORE_LAST,
  hoursOn,
  lastDayWhen,
  lastWorkingDayOf,
  measureNonZero,
  nthWeekdayOf,
  requestCovering,
  wentUp,
  yesNo,
} from '../../oracle/practice20-figures';
import { scoreOf } from '../../oracle/score-figures';
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const me = (id: string): Scope => ({ ids: [id] });
const myHours = (id: string, range: readonly [Day, Day]) => hours(totals(me(id), range[0], range[1]).hours);
const FIRST_MONDAY_NOV = nthWeekdayOf(2025, 11, 1, 1);
const LAST_WORKING_OCT = lastWorkingDayOf(2025, 10);
const SINCE_OCTOBER: [Day, Day] = ['2025-10-01', TODAY];

export const EMPLOYEES_DEV_QA: readonly Question[] = [
  // Aisha Khan, DEV-003.
  q('D001', 'DEV-003', 'did I clock out yesterday', () => yesNo(true, [], { mentions: [checkOutTime('DEV-003', YESTERDAY)] })),
  q('D002', 'DEV-003', 'how many days off do I have left', () => figures(near(days(available('DEV-003', 'ANNUAL')), 'leave|day|left|available|off|balance'))),
  q('D003', 'DEV-003', 'am I off on the 29th of December?', () => answer({ mentions: [requestCovering('DEV-003', '2025-12-29').status] })),
  q('D004', 'DEV-003', 'what did I get last quarter', () => figures(score(scoreOf('DEV-003', '2025-Q3')))),
  q('D005', 'DEV-003', 'how long have I been here', () => figures(years(tenureOf('DEV-003')))),
  q('D006', 'DEV-003', 'what time did I get in the day before yesterday', () => answer({ mentions: [checkInTime('DEV-003', DAY_BEFORE_YESTERDAY)] })),
  q('D007', 'DEV-003', 'was I in on the Friday before last?', () => answer({ mentions: [dayWord('DEV-003', FRIDAY_BEFORE_LAST)] })),
  q('D008', 'DEV-003', 'did I work more than 40 hours last week', () => {
    const h = totals(me('DEV-003'), ...LAST_WEEK).hours;
    return yesNo(h > 40, [hours(h)]);
  }),
  q('D009', 'DEV-003', 'was my attendance 100% in October?', () => {
    const r = rateIn(me('DEV-003'), OCTOBER);
    return yesNo(r === 1, [rate(r)]);
  }),
  q('D010', 'DEV-003', 'did my score go up last quarter', () => {
    const [before, after] = [scoreOf('DEV-003', '2025-Q2')!, scoreOf('DEV-003', '2025-Q3')!];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('D011', 'DEV-003', 'is my leave at the end of december approved yet', () => {
    const status = requestCovering('DEV-003', '2025-12-31').status;
    return yesNo(status === 'approved', [], { mentions: [status] });
  }),
  q('D012', 'DEV-003', 'how many hours did I put in the day before yesterday', () => figures(hours(hoursOn('DEV-003', DAY_BEFORE_YESTERDAY)))),
  q('D013', 'DEV-003', 'what time did I leave on the first Monday of November', () => answer({ mentions: [checkOutTime('DEV-003', FIRST_MONDAY_NOV)] })),
  q('D014', 'DEV-003', 'was I late on the first monday of november', () => {
    const word = dayWord('DEV-003', FIRST_MONDAY_NOV);
    return yesNo(word === 'late', [], { mentions: [word] });
  }),
  q('D015', 'DEV-003', 'when did I clock out on the last working day of October', () => answer({ mentions: [checkOutTime('DEV-003', LAST_WORKING_OCT)] })),
  q('D016', 'DEV-003', 'how many half days have I had since the start of October', () => figures(count(measureNonZero('DEV-003', 'halfDay', SINCE_OCTOBER)))),
  q('D017', 'DEV-003', 'my hours this week so far', () => figures(myHours('DEV-003', THIS_WEEK))),
  q('D018', 'DEV-003', 'do I have more than 15 days of annual leave left?', () => {
    const left = available('DEV-003', 'ANNUAL');
    return yesNo(left > 15, [days(left)]);
  }),
  q('D019', 'DEV-003', 'how much of my leave is still waiting for approval', () =>
    figures(near(days(balance('DEV-003', 'ANNUAL').pending), 'pending|day|wait')),
  ),
  q('D020', 'DEV-003', "when's the next bank holiday for me", () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),
  q('D021', 'DEV-003', 'am I working on boxing day', () => yesNo(false, [], { dates: ['2025-12-26'] })),
  q('D022', 'DEV-003', 'how many hours did I do a week ago today', () => figures(hours(hoursOn('DEV-003', A_WEEK_AGO)))),
  q('D023', 'DEV-003', 'did I take any time off in October', () => {
    const taken = leaveDays('DEV-003', ...OCTOBER);
    return yesNo(taken > 0, [near(days(taken), 'leave|off|day')]);
  }),
  q('D024', 'DEV-003', "what's my sick leave balance", () => figures(days(available('DEV-003', 'SICK')))),

  // Fatima Zahra, QA-003.
  q('D025', 'QA-003', 'was I late this week', () => {
    const late = measureOf('QA-003', 'late', ...THIS_WEEK);
    return yesNo(late > 0, [near(count(late), 'late|time')]);
  }),
  q('D026', 'QA-003', 'apart from today, when was I last late?', () => answer({ dates: [lastDayWhen('QA-003', 'late')] })),
  q('D027', 'QA-003', 'what time did I get in this morning', () => answer({ mentions: [checkInTime('QA-003', TODAY)] })),
  q('D028', 'QA-003', 'have I been off sick this year?', () => {
    const sick = taken('QA-003', 'SICK');
    return yesNo(sick > 0, [near(days(sick), 'sick|leave|day')]);
  }),
  q('D029', 'QA-003', 'was I off sick on the 5th', () => yesNo(requestCovering('QA-003', '2025-11-05').code === 'SICK', [], { mentions: ['sick'] })),
  q('D030', 'QA-003', 'how many days did I miss last month', () => figures(days(measureNonZero('QA-003', 'absent', OCTOBER)))),
  q('D031', 'QA-003', 'what time did I clock out on the Friday before last', () => answer({ mentions: [checkOutTime('QA-003', FRIDAY_BEFORE_LAST)] })),
  q('D032', 'QA-003', 'how many hours did I work on the friday before last', () => figures(hours(hoursOn('QA-003', FRIDAY_BEFORE_LAST)))),
  q('D033', 'QA-003', 'did I clock out yesterday?', () => yesNo(true, [], { mentions: [checkOutTime('QA-003', YESTERDAY)] })),
  q('D034', 'QA-003', 'how long have I worked here', () => figures(years(tenureOf('QA-003')))),
  q('D035', 'QA-003', 'what did I score last quarter and the one before', () =>
    figures(score(scoreOf('QA-003', '2025-Q3')), score(scoreOf('QA-003', '2025-Q2'))),
  ),
  q('D036', 'QA-003', 'did my score change from Q2 to Q3', () => {
    const [before, after] = [scoreOf('QA-003', '2025-Q2')!, scoreOf('QA-003', '2025-Q3')!];
    return yesNo(after !== before, [score(before), score(after)]);
  }),
  q('D037', 'QA-003', 'how many days of annual leave have I got', () => figures(days(available('QA-003', 'ANNUAL')))),
  q('D038', 'QA-003', 'am I off on the 24th of December', () => answer({ mentions: ['Christmas Eve'] })),
  q('D039', 'QA-003', 'was I in on Tuesday the 28th of October', () => {
    const word = dayWord('QA-003', '2025-10-28');
    return yesNo(word === 'present' || word === 'late' || word === 'half', [], { mentions: [word] });
  }),
  q('D040', 'QA-003', 'what was my attendance rate last month', () => figures(rate(rateIn(me('QA-003'), OCTOBER)))),
  q('D041', 'QA-003', 'was my attendance above 95% in October', () => {
    const r = rateIn(me('QA-003'), OCTOBER);
    return yesNo(r > 0.95, [rate(r)]);
  }),
  q('D042', 'QA-003', 'how many times have I been late since the 1st', () => figures(count(measureNonZero('QA-003', 'late', THIS_MONTH)))),
  q('D043', 'QA-003', 'my hours the day before yesterday', () => figures(hours(hoursOn('QA-003', DAY_BEFORE_YESTERDAY)))),
  q('D044', 'QA-003', 'what time did I leave on the last working day of October', () => answer({ mentions: [checkOutTime('QA-003', LAST_WORKING_OCT)] })),
  q('D045', 'QA-003', "when's my next day off", () => answer({ dates: [nextHoliday(TODAY, 'QA').date] })),
  q('D046', 'QA-003', 'what time did I clock in on the first Monday of November', () => answer({ mentions: [checkInTime('QA-003', FIRST_MONDAY_NOV)] })),
  q('D047', 'QA-003', 'was I late on the first monday of november?', () => {
    const word = dayWord('QA-003', FIRST_MONDAY_NOV);
    return yesNo(word === 'late', [], { mentions: [checkInTime('QA-003', FIRST_MONDAY_NOV)] });
  }),
  q('D048', 'QA-003', 'how many hours have I done this month', () => figures(myHours('QA-003', THIS_MONTH))),
];
