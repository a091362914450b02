/*
 * practice55 — the employees on their phones, about themselves: Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin
 * O'Brien (DAT-004) and Emma Clarke (SEC-004) in two to six words ("my att this mth", "was i late yday", "my lv bal",
 * "nxt hol 4 me"). API.md: an employee reads their own records; the calendar is everyone's, each judged by their own
 * team's holidays (README: "are we off on 1 December" asks the calendar, for an employee too). "My attendance" with no
 * date is this month; a yes-or-no is answered yes or no first.
 */
import { answer, figures, hours, rate, score, years, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { yesNo } from '../../oracle/practice20-figures';
import { absentDays } from '../../oracle/practice23-figures';
import {
  checkInOf,
  fig,
  LAST_Q,
  LAST_QUARTER,
  LAST_WEEK,
  leaveN,
  me,
  month,
  personSum,
  some,
  Q_BEFORE,
  rateOf,
  SINCE_TRACKING,
  THIS_MONTH,
  THIS_WEEK,
  wholeMonth,
  workingN,
  YEAR_SO_FAR,
  YESTERDAY,
} from '../../oracle/practice53-figures';
import { available, scoreOfOne } from '../../oracle/practice53-people';
import { leaveTaken, nextHolidayFor, on, requestDates, workingDays, yearsHere } from '../../oracle/practice55-figures';
import { q } from '../helpers';

const Y = on(YESTERDAY);

export const TERSE_EMPLOYEES: readonly Question[] = [
  // Aisha Khan, DEV.
  q('QD075', 'DEV-003', 'my att this mth', () => figures(rate(rateOf(me('DEV-003'), THIS_MONTH)))),
  q('QD076', 'DEV-003', 'was i late yday', () => yesNo(personSum('DEV-003', 'late', Y) > 0, [])),
  q('QD077', 'DEV-003', 'my hrs lst wk pls', () => figures(hours(personSum('DEV-003', 'hours', LAST_WEEK)))),
  q('QD078', 'DEV-003', 'my lv bal pls', () => figures(leaveN(available('DEV-003')))),
  q('QD079', 'DEV-003', 'my q3 scor', () => figures(score(scoreOfOne('DEV-003', LAST_Q)))),
  q('QD080', 'DEV-003', 'my pending lv dates', () => answer({ dates: requestDates('DEV-003', 'pending') })),
  q('QD081', 'DEV-003', 'nxt public hol', () => answer({ dates: [nextHolidayFor('DEV').date] })),

  // Fatima Zahra, QA.
  q('QD082', 'QA-003', 'my att oct', () => figures(rate(rateOf(me('QA-003'), month(10))))),
  q('QD083', 'QA-003', 'which day was i absent oct', () => answer({ dates: some(absentDays('QA-003', month(10))) })),
  q('QD084', 'QA-003', 'sick lv taken this yr', () => figures(leaveN(leaveTaken('QA-003', 'SICK', YEAR_SO_FAR)))),
  q('QD085', 'QA-003', 'q2 v q3 my scores', () => figures(score(scoreOfOne('QA-003', Q_BEFORE)), score(scoreOfOne('QA-003', LAST_Q)))),
  q('QD086', 'QA-003', 'my checkin time yday', () => answer({ mentions: [checkInOf('QA-003', YESTERDAY)] })),
  q('QD087', 'QA-003', 'how long ive been here', () => figures(years(yearsHere('QA-003')))),

  // Kevin O'Brien, DAT.
  q('QD088', 'DAT-004', 'my absnt days since aug', () => figures(fig('absent', personSum('DAT-004', 'absent', SINCE_TRACKING)))),
  q('QD089', 'DAT-004', 'hrs i did in oct', () => figures(hours(personSum('DAT-004', 'hours', month(10))))),
  q('QD090', 'DAT-004', 'wrkng days dec 4 me', () => figures(workingN(workingDays(wholeMonth(12), 'DAT')))),
  q('QD091', 'DAT-004', 'my start date', () => answer({ dates: [person('DAT-004').hire] })),
  q('QD092', 'DAT-004', 'my att last wk', () => figures(rate(rateOf(me('DAT-004'), LAST_WEEK)))),
  q('QD093', 'DAT-004', 'was i absent this wk', () => yesNo(personSum('DAT-004', 'absent', THIS_WEEK) > 0, [])),

  // Emma Clarke, SEC.
  q('QD094', 'SEC-004', 'my lv reqs', () => answer({ dates: requestDates('SEC-004', 'any') })),
  q('QD095', 'SEC-004', 'nxt hol 4 me', () => answer({ dates: [nextHolidayFor('SEC').date] })),
  q('QD096', 'SEC-004', 'q3 score me', () => figures(score(scoreOfOne('SEC-004', LAST_Q)))),
  q('QD097', 'SEC-004', 'any missed checkouts since aug', () => yesNo(personSum('SEC-004', 'missingCheckOut', SINCE_TRACKING) > 0, [])),
  q('QD098', 'SEC-004', 'my att q3', () => figures(rate(rateOf(me('SEC-004'), LAST_QUARTER)))),
  q('QD099', 'SEC-004', 'hrs yday', () => figures(hours(personSum('SEC-004', 'hours', Y)))),
  q('QD100', 'SEC-004', 'hrs i did this wk so far', () => figures(hours(personSum('SEC-004', 'hours', THIS_WEEK)))),
];
