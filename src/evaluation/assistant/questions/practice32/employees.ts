/*
 * practice32 — the four employees checking their own month before payroll closes (Aisha Khan, Fatima Zahra, Kevin
 * O'Brien, Emma Clarke): leave used, pending and left, working days by their team's calendar, attendance and hours over
 * ranges across months, the days they were late or absent, a check-in on a half day of leave, a request's state.
 */
import { answer, count, days, figures, hours, rate, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { balance } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysBetween } from '../../oracle/holiday-figures';
import { checkInTime } from '../../oracle/practice15-figures';
import { hoursOn, lastDayWhen, lateDates, nonEmpty, nonZero } from '../../oracle/practice20-figures';
import { absentDays, workingDaysHalves } from '../../oracle/practice23-figures';
import { leaveTakenSoFar } from '../../oracle/practice28-figures';
import {
  AFTER_TODAY_TO_JAN_31,
  annualAvailable,
  annualGranted,
  AUG_AND_SEP,
  DEC_FIRST_WEEK,
  DECEMBER_WHOLE,
  OCT_27_TO_NOV_7,
  PAY_PERIOD_SEP26_OCT25,
  Q3_WHOLE,
  rateOfScope,
  requestFrom,
  SINCE_1_AUG,
} from '../../oracle/practice32-figures';
import { AUGUST, OCTOBER, q, THIS_MONTH } from '../helpers';

const LEFT = 'left|available|remain|balance|have';
const mine = (id: string, range: readonly [string, string]) => hours(nonZero(measureOf(id, 'hours', ...range)));

export const EMPLOYEES: readonly Question[] = [
  // Aisha Khan, DEV-003.
  q('PG152', 'DEV-003', 'How many days of annual leave have I used this year, and how many are waiting for approval?', () =>
    figures(
      near(days(nonZero(leaveTakenSoFar('DEV-003'))), 'used|taken|so far|had'),
      near(days(nonZero(balance('DEV-003', 'ANNUAL').pending)), 'pending|wait|approv'),
    ),
  ),
  q('PG153', 'DEV-003', "What's my annual leave balance, counting the request I have pending?", () => figures(near(days(annualAvailable('DEV-003')), LEFT))),
  q('PG154', 'DEV-003', 'How many working days do I have in December?', () => figures(near(days(workingDaysHalves(DECEMBER_WHOLE, 'DEV')), 'day'))),
  q('PG155', 'DEV-003', 'my attendance 27 oct - 7 nov', () => figures(rate(rateOfScope({ ids: ['DEV-003'] }, OCT_27_TO_NOV_7)))),
  q('PG156', 'DEV-003', 'What time did I check in on 20 October?', () => answer({ mentions: [checkInTime('DEV-003', '2025-10-20')] })),
  q('PG157', 'DEV-003', 'How many hours did I work in October?', () => figures(mine('DEV-003', OCTOBER))),

  // Fatima Zahra, QA-003.
  q('PG158', 'QA-003', 'how many sick days do i have left??', () => figures(near(days(balance('QA-003', 'SICK').available), LEFT + '|sick'))),
  q('PG159', 'QA-003', 'My attendance so far this month', () => figures(rate(rateOfScope({ ids: ['QA-003'] }, THIS_MONTH)))),
  q('PG160', 'QA-003', 'Which holidays do I have between now and the end of January?', () =>
    answer({ dates: nonEmpty(holidaysBetween(...AFTER_TODAY_TO_JAN_31, 'QA').map((h) => h.date)) }),
  ),
  q('PG161', 'QA-003', 'How many hours did I work on the day of the QA Offsite?', () => figures(hours(hoursOn('QA-003', '2025-09-12')))),
  q('PG162', 'QA-003', 'When was I last absent?', () => answer({ dates: [lastDayWhen('QA-003', 'absent')] })),
  q('PG163', 'QA-003', 'How many times was I late in August and September?', () =>
    figures(near(count(nonZero(measureOf('QA-003', 'late', ...AUG_AND_SEP))), 'late|time')),
  ),

  // Kevin O'Brien, DAT-004.
  q('PG164', 'DAT-004', "What's my annual leave entitlement for 2025?", () =>
    figures(near(days(annualGranted('DAT-004')), 'entitle|allow|allocat|grant|annual|leave|day')),
  ),
  q('PG165', 'DAT-004', 'Which days was I absent since 1 August?', () => answer({ dates: nonEmpty(absentDays('DAT-004', SINCE_1_AUG)) })),
  q('PG166', 'DAT-004', 'How many working days are there for me in the first week of December?', () =>
    figures(near(days(workingDaysHalves(DEC_FIRST_WEEK, 'DAT')), 'day')),
  ),
  q('PG167', 'DAT-004', 'which days was i late in august', () => answer({ dates: nonEmpty(lateDates('DAT-004', AUGUST)) })),

  // Emma Clarke, SEC-004.
  q('PG168', 'SEC-004', 'Has my leave request for 28 November been approved yet?', () => {
    const request = requestFrom('SEC-004', '2025-11-28');
    return answer({ mentions: [request.status], dates: [request.from] });
  }),
  q('PG169', 'SEC-004', 'How many working days do I have in the first week of December?', () =>
    figures(near(days(workingDaysHalves(DEC_FIRST_WEEK, 'SEC')), 'day')),
  ),
  q('PG170', 'SEC-004', 'How many hours did I log in the pay period 26 Sep – 25 Oct?', () => figures(mine('SEC-004', PAY_PERIOD_SEP26_OCT25))),
  q('PG171', 'SEC-004', 'How much annual leave will I have left if my 28 Nov request goes through?', () =>
    figures(near(days(annualAvailable('SEC-004')), LEFT)),
  ),
  q('PG172', 'SEC-004', 'Which days was I late in Q3?', () => answer({ dates: nonEmpty(lateDates('SEC-004', Q3_WHOLE)) })),
];
