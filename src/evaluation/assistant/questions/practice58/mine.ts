/*
 * practice58 — employees (and the managers, about themselves) checking their own month before it closes, in every
 * kind of wording: long and polite, short and typo-ridden. Hours, lates, absences, half days, check-in and check-out
 * times (written without seconds, as "8:54"), the rate, leave used and pending, working days, and days off by the
 * calendar ("am I off on …" answers from the caller's approved leave, the requests still waiting and the day's
 * holidays). Periods reaching today are read with and without today and must agree. "This week" for hours is Monday to
 * today (the rest of the week has no records either way).
 */
import { TODAY } from '../../dataset/calendar';
import { daysBetween } from '../../dataset/dates';
import { answer, figures, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { holidayNamed, leaveDaysOver, pendingD, pendingDays, requestsOf, usedOf, workingD, workingDays } from '../../oracle/practice58-calendar';
import {
  absentD,
  halfN,
  hoursH,
  isoWeek,
  LAST_MONTH,
  LAST_WEEK,
  lastWeekday,
  lateN,
  leaveD,
  month,
  none,
  quarter,
  rateOf,
  REST_OF_YEAR,
  SINCE_TRACKING,
  some,
  THIS_MONTH,
  THIS_WEEK,
  WEEK_BEFORE_LAST,
  YEAR_SO_FAR,
  YESTERDAY,
} from '../../oracle/practice58-figures';
import { datesOf, personFigure, timeOn, timesOver } from '../../oracle/practice58-lists';
import { q } from '../helpers';

const hrs = (id: string, range: readonly [string, string]) => hoursH(personFigure(id, 'hours', range));
const clearOf = (value: number, line: number) => {
  if (Math.abs(value - line) < 0.001) throw new Error(`${value} is on the line ${line}`);
  return value;
};

export const MINE: readonly Question[] = [
  // Aisha Khan (DEV-003): her check-in today is open.
  q('QG160', 'DEV-003', 'Hey, month-end question: how many hours have I clocked so far in November?', () => figures(hrs('DEV-003', THIS_MONTH))),
  q('QG161', 'DEV-003', 'was I late at all this month', () => yesNo(false, [], { dates: none(datesOf('DEV-003', 'late', THIS_MONTH)) })),
  q('QG162', 'DEV-003', 'what time did I clock out yesterday evening', () => answer({ mentions: [timeOn('DEV-003', YESTERDAY, 'out')] })),
  q('QG163', 'DEV-003', 'did I work a half day at any point in October? which date', () =>
    yesNo(true, [], { dates: some(datesOf('DEV-003', 'half-day', month(10))) }),
  ),
  // Her half day of annual leave on 20 October is all she has taken; the December request is pending.
  q('QG164', 'DEV-003', 'how much annual leave have I used this year', () => figures(leaveD(usedOf('DEV-003', 'ANNUAL')))),
  q('QG165', 'DEV-003', 'hrs this wk', () => figures(hrs('DEV-003', THIS_WEEK))),
  q('QG166', 'DEV-003', 'Sorting out my timesheet - what were my check-in times last week?', () =>
    answer({ mentions: some(timesOver('DEV-003', LAST_WEEK, 'in')) }),
  ),
  // Fatima Zahra (QA-003): late this morning, so "this month" lateness is not asked of her.
  q('QG167', 'QA-003', 'hw many hrs did i do last wk', () => figures(hrs('QA-003', LAST_WEEK))),
  q('QG168', 'QA-003', 'my attendance rate for Q3', () => figures(rateOf(personFigure('QA-003', 'rate', quarter(3))))),
  q('QG169', 'QA-003', 'my August in numbers please: hours, times late and days absent', () =>
    figures(hrs('QA-003', month(8)), lateN(personFigure('QA-003', 'late', month(8))), absentD(personFigure('QA-003', 'absent', month(8)))),
  ),
  q('QG170', 'QA-003', 'which day was I off sick this month?', () => {
    const sick = requestsOf(['approved'], { ids: ['QA-003'] }, 'SICK', THIS_MONTH).flatMap((l) => daysBetween(l.from, l.to));
    return answer({ dates: some(sick.filter((d) => d <= TODAY && leaveDaysOver('QA-003', [d, d], 'SICK') > 0)) });
  }),
  q('QG171', 'QA-003', 'what time did I get in this morning?', () => answer({ mentions: [timeOn('QA-003', TODAY, 'in')] })),
  q('QG172', 'QA-003', 'absences this year', () => figures(absentD(personFigure('QA-003', 'absent', YEAR_SO_FAR)))),
  // Kevin O'Brien (DAT-004).
  q('QG173', 'DAT-004', 'hours I worked in wk 46', () => figures(hrs('DAT-004', isoWeek(46)))),
  q('QG174', 'DAT-004', 'was my attendance above 95% in September?', () => {
    const r = clearOf(personFigure('DAT-004', 'rate', month(9)), 0.95);
    return yesNo(r > 0.95, [rateOf(r)]);
  }),
  q('QG175', 'DAT-004', 'check-out time on friday?', () => answer({ mentions: [timeOn('DAT-004', lastWeekday(5), 'out')] })),
  q('QG176', 'DAT-004', 'how many working days have I got left this year', () => figures(workingD(workingDays(REST_OF_YEAR, 'DAT')))),
  q('QG177', 'DAT-004', 'did I have any half days last month', () => yesNo(false, [], { dates: none(datesOf('DAT-004', 'half-day', LAST_MONTH)) })),
  // Emma Clarke (SEC-004): one annual leave day pending on the 28th.
  q('QG178', 'SEC-004', 'Hi! Quick one before I submit my timesheet - how many hours have I logged so far this month?', () =>
    figures(hrs('SEC-004', THIS_MONTH)),
  ),
  q('QG179', 'SEC-004', 'was I late at all in sept? how many times', () => yesNo(true, [lateN(personFigure('SEC-004', 'late', month(9)))])),
  q('QG180', 'SEC-004', 'my hours last week and the week before', () => figures(hrs('SEC-004', LAST_WEEK), hrs('SEC-004', WEEK_BEFORE_LAST))),
  q('QG181', 'SEC-004', 'am I off on 1 December?', () => {
    const h = holidayNamed('Security Team Day');
    if (h.date !== '2025-12-01' || h.team !== 'SEC') throw new Error('1 December is not the Security Team Day');
    return yesNo(true, []);
  }),
  q('QG182', 'SEC-004', 'how many days of leave do I have pending', () => figures(pendingD(pendingDays('SEC-004')))),
  q('QG183', 'SEC-004', 'my late arrivals since august', () => figures(lateN(personFigure('SEC-004', 'late', [month(8)[0], SINCE_TRACKING[1]])))),
  // The managers, about themselves.
  q('QG184', 'DEV-001', 'my own hours last week', () => figures(hrs('DEV-001', LAST_WEEK))),
  q('QG185', 'QA-001', 'how many times was I late last month', () => figures(lateN(personFigure('QA-001', 'late', LAST_MONTH)))),
  q('QG186', 'QA-001', 'my half days since august?', () => figures(halfN(personFigure('QA-001', 'halfDay', [month(8)[0], SINCE_TRACKING[1]])))),
];
