/*
 * practice16 — the four employees about themselves: their attendance rate, lateness, absences, hours and
 * check-in times over periods written every way (13/11, Nov 3rd, the 12th of November, ISO, between 1 and
 * 15 October, from Sept to Nov, Q4 so far, since the start of the quarter, a weekday, two periods side by
 * side), their scores (H1, two quarters, the last 4) and their leave. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure and date comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, rate, score, type Question } from '../../expectation';
import { measureOf, totals } from '../../oracle/attendance-figures';
import { balance, leaveDays } from '../../oracle/leave-figures';
import { lastWeekday } from '../../oracle/practice11-figures';
import { weekBefore } from '../../oracle/practice13-figures';
import { requestStarts } from '../../oracle/practice12-figures';
import { available, taken } from '../../oracle/practice14-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { FIRST_HALF_OCT, Q4_SO_FAR, SEPT_TO_NOV } from '../../oracle/practice16-figures';
import { kpiOf, scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER } from '../helpers';

const me = (id: string) => ({ ids: [id] });
const myRate = (id: string, range: readonly [string, string]) => rate(rateIn(me(id), range));
const day = (d: string): [string, string] => [d, d];
const SINCE_NOV_1: [string, string] = ['2025-11-01', '2025-11-19'];
const FOUR = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];

export const EMPLOYEES: readonly Question[] = [
  // DEV-003.
  q('H106', 'DEV-003', 'how many days of leave did I take in October', () => figures(days(leaveDays('DEV-003', ...OCTOBER)))),
  q('H107', 'DEV-003', 'my attendance rate from sept to nov', () => figures(myRate('DEV-003', SEPT_TO_NOV))),
  q('H108', 'DEV-003', 'my hours between 1 and 15 october', () => figures(hours(totals(me('DEV-003'), ...FIRST_HALF_OCT).hours))),
  q('H109', 'DEV-003', 'what time did i check in on Nov 3rd', () => answer({ mentions: [checkInTime('DEV-003', '2025-11-03')] })),
  q('H110', 'DEV-003', 'my scores in H1', () => figures(score(scoreOf('DEV-003', '2025-Q1')), score(scoreOf('DEV-003', '2025-Q2')))),
  q('H111', 'DEV-003', "I'd like to know how many annual leave days I have left", () => figures(days(available('DEV-003', 'ANNUAL')))),
  q('H112', 'DEV-003', 'my attendance in september vs october', () => figures(myRate('DEV-003', SEPTEMBER), myRate('DEV-003', OCTOBER))),
  q('H113', 'DEV-003', 'hours i worked on 13/11', () => figures(hours(totals(me('DEV-003'), ...day('2025-11-13')).hours))),
  q('H114', 'DEV-003', 'my attendance rate in Q4 so far', () => figures(myRate('DEV-003', Q4_SO_FAR))),
  q('H115', 'DEV-003', 'how many days of annual leave are pending for me', () => figures(days(balance('DEV-003', 'ANNUAL').pending))),

  // QA-003.
  q('H116', 'QA-003', 'my attendance % between 1 and 15 october', () => figures(myRate('QA-003', FIRST_HALF_OCT))),
  q('H117', 'QA-003', 'hours i worked last week vs the week before', () =>
    figures(hours(totals(me('QA-003'), ...LAST_WEEK).hours), hours(totals(me('QA-003'), ...weekBefore(LAST_WEEK[0])).hours)),
  ),
  q('H118', 'QA-003', 'how many times was I late from sept to nov', () => figures(count(measureOf('QA-003', 'late', ...SEPT_TO_NOV)))),
  q('H119', 'QA-003', 'my kpi in q1 and q3', () => figures(score(kpiOf('QA-003', '2025-Q1')), score(kpiOf('QA-003', '2025-Q3')))),
  q('H120', 'QA-003', 'how many sick days have I used this year', () => figures(days(taken('QA-003', 'SICK')))),
  q('H121', 'QA-003', 'my check-in time on the 12th of november', () => answer({ mentions: [checkInTime('QA-003', '2025-11-12')] })),
  q('H122', 'QA-003', 'Please show my attendance rate since the start of the quarter', () => figures(myRate('QA-003', Q4_SO_FAR))),
  q('H123', 'QA-003', 'what did i score in the 4th quarter of 2024', () => figures(score(scoreOf('QA-003', '2024-Q4')))),

  // DAT-004.
  q('H124', 'DAT-004', 'my attendance rate since the start of the quarter', () => figures(myRate('DAT-004', Q4_SO_FAR))),
  q('H125', 'DAT-004', 'my hours on thursday', () => figures(hours(totals(me('DAT-004'), ...day(lastWeekday(4))).hours))),
  q('H126', 'DAT-004', 'how many hours did i work from sept to nov', () => figures(hours(totals(me('DAT-004'), ...SEPT_TO_NOV).hours))),
  q('H127', 'DAT-004', 'my score trend over the last 4 quarters', () => figures(...FOUR.map((p) => score(scoreOf('DAT-004', p))))),
  q('H128', 'DAT-004', 'what time did i check in on 2025-11-03', () => answer({ mentions: [checkInTime('DAT-004', '2025-11-03')] })),
  q('H129', 'DAT-004', 'Can you tell me if my score went up from Q2 to Q3?', () =>
    figures(score(scoreOf('DAT-004', '2025-Q2')), score(scoreOf('DAT-004', '2025-Q3'))),
  ),
  q('H130', 'DAT-004', 'my hours in the week of 3 november', () => figures(hours(totals(me('DAT-004'), '2025-11-03', '2025-11-09').hours))),
  q('H131', 'DAT-004', 'annual leave balance pls', () => figures(days(available('DAT-004', 'ANNUAL')))),

  // SEC-004.
  q('H132', 'SEC-004', 'my attendance between 1 and 15 october', () => figures(myRate('SEC-004', FIRST_HALF_OCT))),
  q('H133', 'SEC-004', 'my hours since 1 november', () => figures(hours(totals(me('SEC-004'), ...SINCE_NOV_1).hours))),
  q('H134', 'SEC-004', 'did my score improve from Q2 to Q3', () => figures(score(scoreOf('SEC-004', '2025-Q2')), score(scoreOf('SEC-004', '2025-Q3')))),
  q('H135', 'SEC-004', 'when is my pending leave', () => answer({ dates: requestStarts('SEC-004', 'pending') })),
  q('H136', 'SEC-004', 'how many hours did I work on Nov 3rd', () => figures(hours(totals(me('SEC-004'), ...day('2025-11-03')).hours))),
  q('H137', 'SEC-004', 'my attendence rate in octobre', () => figures(myRate('SEC-004', OCTOBER))),
  q('H138', 'SEC-004', 'my attendance rate last friday', () => figures(myRate('SEC-004', day(lastWeekday(5))))),
];
