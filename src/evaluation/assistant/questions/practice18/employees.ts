/*
 * practice18 — the four employees about themselves as typed in a chat box: PTO and sick balances, their
 * requests, lateness, absences, rates, hours over weeks and days (wk 45, 2025-11-05, the 12th), check-in
 * and check-out times, scores and their change, and the holidays ahead of their team. Written code-blind
 * from /work/shared/API.md, docs/API.md and the README; every figure and date comes from the data set and
 * the oracle.
 */
import { answer, count, days, figures, hours, rate, score, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, requests } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { allocated, available, DECEMBER, taken } from '../../oracle/practice14-figures';
import { checkInTime, isoWeek, rateIn } from '../../oracle/practice15-figures';
import { checkOutTime, SINCE_AUGUST } from '../../oracle/practice18-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_WEEK, THIS_YEAR } from '../helpers';
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';

const me = (id: string): Scope => ({ ids: [id] });
const myRate = (id: string, range: readonly [Day, Day]) => rate(rateIn(me(id), range));
const myHours = (id: string, range: readonly [Day, Day]) => hours(totals(me(id), range[0], range[1]).hours);
const myLate = (id: string, range: readonly [Day, Day]) => near(count(measureOf(id, 'late', ...range)), 'late');
const myAbsent = (id: string, range: readonly [Day, Day]) => days(totals(me(id), range[0], range[1]).absent);

export const EMPLOYEES: readonly Question[] = [
  // DEV-003.
  q('B161', 'DEV-003', 'my pto balance', () => figures(days(available('DEV-003', 'ANNUAL')))),
  q('B162', 'DEV-003', 'hw many sick days do i have left', () => figures(days(available('DEV-003', 'SICK')))),
  q('B163', 'DEV-003', 'any of my leave requests still pending?', () => answer({ dates: requests('pending', me('DEV-003')).map((l) => l.from) })),
  q('B164', 'DEV-003', 'how many times was i late this yr', () => figures(myLate('DEV-003', THIS_YEAR))),
  q('B165', 'DEV-003', 'when did i clock in on the 12th', () => answer({ mentions: [checkInTime('DEV-003', '2025-11-12')] })),
  q('B166', 'DEV-003', 'what time did i check out on 14 nov', () => answer({ mentions: [checkOutTime('DEV-003', '2025-11-14')] })),
  q('B167', 'DEV-003', 'my attendence rate since aug', () => figures(myRate('DEV-003', SINCE_AUGUST))),
  q('B168', 'DEV-003', 'did my score go up from q2 to q3', () => figures(score(scoreOf('DEV-003', '2025-Q2')), score(scoreOf('DEV-003', '2025-Q3')))),
  q('B169', 'DEV-003', 'my hrs this wk so far', () => figures(myHours('DEV-003', THIS_WEEK))),
  q('B170', 'DEV-003', 'annual leave used vs allowance this yr', () =>
    figures(near(days(taken('DEV-003', 'ANNUAL')), 'taken|used|leave|day'), near(days(allocated('DEV-003', 'ANNUAL')), 'alloc|allowance|entitle|leave|day')),
  ),
  q('B171', 'DEV-003', 'next public hol?', () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),

  // QA-003.
  q('B172', 'QA-003', 'how many sick days have i used', () => figures(days(taken('QA-003', 'SICK')))),
  q('B173', 'QA-003', 'my timesheet hrs for wk 45', () => figures(myHours('QA-003', isoWeek(2025, 45)))),
  q('B174', 'QA-003', "I'm filling in my expenses — how many hours did I log on 2025-11-06?", () => figures(myHours('QA-003', ['2025-11-06', '2025-11-06']))),
  q('B175', 'QA-003', 'my absences this quarter', () => figures(myAbsent('QA-003', THIS_QUARTER))),
  q('B176', 'QA-003', 'my q1 score', () => figures(score(scoreOf('QA-003', '2025-Q1')))),
  q('B177', 'QA-003', 'when is the qa offsite', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('B178', 'QA-003', 'how many holidays r left this year', () => figures(near(count(holidaysLeftThisYear('QA').length), 'holiday'))),
  q('B179', 'QA-003', 'my attendance rate in sep vs oct', () => figures(myRate('QA-003', SEPTEMBER), myRate('QA-003', OCTOBER))),
  q('B180', 'QA-003', 'what time did i get in last fri', () => answer({ mentions: [checkInTime('QA-003', '2025-11-14')] })),
  q('B181', 'QA-003', 'was i late at all this month?', () => figures(myLate('QA-003', THIS_MONTH))),

  // DAT-004.
  q('B182', 'DAT-004', 'how much PTO do i have left', () => figures(days(available('DAT-004', 'ANNUAL')))),
  q('B183', 'DAT-004', 'my sick leave allowance', () => figures(days(allocated('DAT-004', 'SICK')))),
  q('B184', 'DAT-004', 'hw many hrs did i work in sept', () => figures(myHours('DAT-004', SEPTEMBER))),
  q('B185', 'DAT-004', 'my lates YTD', () => figures(myLate('DAT-004', THIS_YEAR))),
  q('B186', 'DAT-004', 'my scroe last quarter', () => figures(score(scoreOf('DAT-004', '2025-Q3')))),
  q('B187', 'DAT-004', 'what time did i clock out yday', () => answer({ mentions: [checkOutTime('DAT-004', '2025-11-18')] })),
  q('B188', 'DAT-004', 'holidays in december for me?', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'DAT')) })),
  q('B189', 'DAT-004', 'my attendance rate last wk', () => figures(myRate('DAT-004', LAST_WEEK))),
  q('B190', 'DAT-004', 'hey, quick q: how many days was i absent since august?', () => figures(myAbsent('DAT-004', SINCE_AUGUST))),
  q('B191', 'DAT-004', 'my hours 1 oct to 15 oct', () => figures(myHours('DAT-004', ['2025-10-01', '2025-10-15']))),

  // SEC-004.
  q('B192', 'SEC-004', 'whats my annual leave balance after the pending one', () => figures(days(available('SEC-004', 'ANNUAL')))),
  q('B193', 'SEC-004', 'is dec 1 a holiday for me', () => answer({ mentions: ['Security Team Day'] })),
  q('B194', 'SEC-004', 'my pending leave', () => answer({ dates: requests('pending', me('SEC-004')).map((l) => l.from) })),
  q('B195', 'SEC-004', 'how many annual leave days r pending for me', () => figures(days(balance('SEC-004', 'ANNUAL').pending))),
  q('B196', 'SEC-004', 'my hrs last wk', () => figures(myHours('SEC-004', LAST_WEEK))),
  q('B197', 'SEC-004', 'my q2 and q3 scores', () => figures(score(scoreOf('SEC-004', '2025-Q2')), score(scoreOf('SEC-004', '2025-Q3')))),
  q('B198', 'SEC-004', 'when did i clock in on 11/18', () => answer({ mentions: [checkInTime('SEC-004', '2025-11-18')] })),
  q('B199', 'SEC-004', 'how many times have i been late since sept', () => figures(myLate('SEC-004', ['2025-09-01', TODAY]))),
  q('B200', 'SEC-004', 'my attendance in oct', () => figures(myRate('SEC-004', OCTOBER))),
];
