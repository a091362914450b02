/*
 * practice17 — the four employees about themselves, in HR's and everyday words: annual leave remaining,
 * vacation and sick days used, PTO, allowance, their own requests, lateness, absences, clock-ins,
 * timesheet hours, missing check-outs, attendance rate, scores and the holidays ahead, some with two
 * figures side by side. Written code-blind from /work/shared/API.md, docs/API.md and the README; every
 * figure and date comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, rate, score, type Question } from '../../expectation';
import { measureOf, totals } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, requests } from '../../oracle/leave-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { allocated, available, taken } from '../../oracle/practice14-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { scoreOf } from '../../oracle/score-figures';
import { TODAY } from '../../dataset/calendar';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_YEAR } from '../helpers';

const me = (id: string) => ({ ids: [id] });
const myRate = (id: string, range: readonly [string, string]) => rate(rateIn(me(id), range));
const myHours = (id: string, range: readonly [string, string]) => hours(totals(me(id), range[0], range[1]).hours);
const myRequests = (id: string) => requests('any', me(id)).map((l) => l.from);

export const EMPLOYEES: readonly Question[] = [
  // DEV-003.
  q('G047', 'DEV-003', 'how much annual leave do I have remaining', () => figures(days(available('DEV-003', 'ANNUAL')))),
  q('G048', 'DEV-003', 'list my leave requests', () => answer({ dates: myRequests('DEV-003') })),
  q('G049', 'DEV-003', 'how many vacation days have I used this year', () => figures(days(taken('DEV-003', 'ANNUAL')))),
  q('G050', 'DEV-003', 'my annual leave: taken vs pending', () =>
    figures(days(balance('DEV-003', 'ANNUAL').taken), days(balance('DEV-003', 'ANNUAL').pending)),
  ),
  q('G051', 'DEV-003', 'what bank holidays are left this year', () => answer({ dates: holidaysLeftThisYear(null) })),
  q('G052', 'DEV-003', 'my timesheet hours for October', () => figures(myHours('DEV-003', OCTOBER))),
  q('G053', 'DEV-003', 'what time did I clock in on 13/11', () => answer({ mentions: [checkInTime('DEV-003', '2025-11-13')] })),
  q('G054', 'DEV-003', 'my attendance rate this quarter', () => figures(myRate('DEV-003', THIS_QUARTER))),
  q('G055', 'DEV-003', 'what was my score last quarter', () => figures(score(scoreOf('DEV-003', '2025-Q3')))),
  q('G056', 'DEV-003', 'my hours last week', () => figures(myHours('DEV-003', LAST_WEEK))),
  q('G057', 'DEV-003', 'what is my annual leave allowance for 2025', () => figures(days(allocated('DEV-003', 'ANNUAL')))),

  // QA-003.
  q('G058', 'QA-003', 'how many sick days have I taken this year', () => figures(days(taken('QA-003', 'SICK')))),
  q('G059', 'QA-003', 'annual leave remaining', () => figures(days(available('QA-003', 'ANNUAL')))),
  q('G060', 'QA-003', 'sick leave left for me this year', () => figures(days(available('QA-003', 'SICK')))),
  q('G061', 'QA-003', 'how many times have I been late this year', () => figures(count(measureOf('QA-003', 'late', ...THIS_YEAR)))),
  q('G062', 'QA-003', 'my hours this month', () => figures(myHours('QA-003', THIS_MONTH))),
  q('G063', 'QA-003', 'my attendance in September and October', () => figures(myRate('QA-003', SEPTEMBER), myRate('QA-003', OCTOBER))),
  q('G064', 'QA-003', 'my scores for the last four quarters', () =>
    figures(...['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreOf('QA-003', p)))),
  ),
  q('G065', 'QA-003', 'public holidays in December', () => answer({ dates: datesOf(holidaysBetween('2025-12-01', '2025-12-31', 'QA')) })),
  q('G066', 'QA-003', 'what time did I clock in on 10 November', () => answer({ mentions: [checkInTime('QA-003', '2025-11-10')] })),
  q('G067', 'QA-003', 'how many hours did I work last week', () => figures(myHours('QA-003', LAST_WEEK))),
  q('G068', 'QA-003', 'my attendance rate in Q4 so far', () => figures(myRate('QA-003', THIS_QUARTER))),

  // DAT-004.
  q('G069', 'DAT-004', 'how many days of annual leave do I have left', () => figures(days(available('DAT-004', 'ANNUAL')))),
  q('G070', 'DAT-004', 'my PTO allowance this year', () => figures(days(allocated('DAT-004', 'ANNUAL')))),
  q('G071', 'DAT-004', 'how many days was I late this quarter', () => figures(count(measureOf('DAT-004', 'late', ...THIS_QUARTER)))),
  q('G072', 'DAT-004', 'my hours in October vs September', () => figures(myHours('DAT-004', OCTOBER), myHours('DAT-004', SEPTEMBER))),
  q('G073', 'DAT-004', 'my latest performance score', () => figures(score(scoreOf('DAT-004', '2025-Q3')))),
  q('G074', 'DAT-004', 'my scores in Q1, Q2 and Q3', () => figures(...['2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreOf('DAT-004', p))))),
  q('G075', 'DAT-004', 'when is the next public holiday', () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),
  q('G076', 'DAT-004', 'my attendance rate in October', () => figures(myRate('DAT-004', OCTOBER))),
  q('G077', 'DAT-004', 'what time did I clock in yesterday', () => answer({ mentions: [checkInTime('DAT-004', '2025-11-18')] })),
  q('G078', 'DAT-004', 'how many hours did I work this month', () => figures(myHours('DAT-004', THIS_MONTH))),
  q('G079', 'DAT-004', 'my timesheet for last week: total hours', () => figures(myHours('DAT-004', LAST_WEEK))),

  // SEC-004.
  q('G080', 'SEC-004', 'what is my annual leave balance', () => figures(days(available('SEC-004', 'ANNUAL')))),
  q('G081', 'SEC-004', 'when is my pending time off', () => answer({ dates: requests('pending', me('SEC-004')).map((l) => l.from) })),
  q('G082', 'SEC-004', 'annual leave: how many days are pending and how many are left', () =>
    figures(days(balance('SEC-004', 'ANNUAL').pending), days(available('SEC-004', 'ANNUAL'))),
  ),
  q('G083', 'SEC-004', 'when is my next holiday', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('G084', 'SEC-004', 'holidays left this year', () => answer({ dates: holidaysLeftThisYear('SEC') })),
  q('G085', 'SEC-004', 'my hours last week', () => figures(myHours('SEC-004', LAST_WEEK))),
  q('G086', 'SEC-004', 'my attendance rate this quarter', () => figures(myRate('SEC-004', THIS_QUARTER))),
  q('G087', 'SEC-004', 'my score last quarter', () => figures(score(scoreOf('SEC-004', '2025-Q3')))),
  q('G088', 'SEC-004', 'how many days was I late in September', () => figures(count(measureOf('SEC-004', 'late', ...SEPTEMBER)))),
  q('G089', 'SEC-004', 'what time did I clock in on 12 November', () => answer({ mentions: [checkInTime('SEC-004', '2025-11-12')] })),
  q('G090', 'SEC-004', 'my timesheet hours in October', () => figures(myHours('SEC-004', OCTOBER))),
];
