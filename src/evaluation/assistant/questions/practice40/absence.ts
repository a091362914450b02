/*
 * practice40 — absence at month-end: days absent per person in a month (a half-day holiday makes a half), who was
 * absent on a day written many ways, "was anyone absent" with a yes or a no (a weekend, a holiday: nobody), who
 * clocked in on a holiday, and absence totals per team.
 */
import { days, figures, people, type Question } from '../../expectation';
import { neverIn } from '../../oracle/practice19-figures';
import { measureByTeam } from '../../oracle/practice33-figures';
import { overClean } from '../../oracle/practice29-figures';
import {
  A_WEEK_AGO_TODAY,
  clockedInOn,
  FIRST_MONDAY_OF_OCTOBER,
  FRIDAY_BEFORE_LAST,
  LAST_MONDAY,
  noOne,
  none,
  NOV_18,
  NOV_3,
  OCT_31,
  SEP_1_TO_OCT_15,
  some,
  THE_1ST,
  totalOver,
  whoOn,
  whoOver,
  yesThese,
} from '../../oracle/practice40-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { personOf } from '../../oracle/practice37-figures';
import { OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const absentDays = (id: string, range: readonly [string, string]) => figures(days(personOf(id, 'absent', range)));

export const ABSENCE: readonly Question[] = [
  // Ben Carter's October includes the afternoon-off 31 October, a half day absent.
  q('PO049', 'admin', 'How many days was Ben Carter absent in October?', () => absentDays('DEV-012', OCTOBER)),
  q('PO050', 'admin', "Sofia Rossi's absent days last month", () => absentDays('DEV-011', OCTOBER)),
  q('PO051', 'admin', 'days absent for Chloe Dubois in Oct', () => absentDays('DEV-013', OCTOBER)),
  q('PO052', 'admin', 'how many days has Leo Martins been absnt this mnth?', () => absentDays('QA-008', THIS_MONTH)),
  q('PO053', 'admin', 'lukas novak absent days in sept', () => absentDays('DEV-004', SEPTEMBER)),
  q('PO054', 'admin', 'How many days was Pablo Ruiz absent between 1 Sep and 15 Oct?', () => absentDays('DAT-006', SEP_1_TO_OCT_15)),
  // "the 1st", asked on 19 November: Saturday 1 November, a weekly off day — nobody can be absent.
  q('PO055', 'admin', 'Was anyone absent on the 1st?', () => noOne(whoOn({}, 'absent', THE_1ST))),
  q('PO056', 'admin', 'Was anyone absent on Nov 3rd?', () => yesThese(whoOn({}, 'absent', NOV_3))),
  q('PO057', 'admin', 'who was absnet last monday', () => people(some(whoOn({}, 'absent', LAST_MONDAY)))),
  q('PO058', 'admin', 'Was anyone absent the Friday before last?', () => noOne(whoOn({}, 'absent', FRIDAY_BEFORE_LAST))),
  q('PO059', 'admin', 'Who was absent on 18/11?', () => people(some(whoOn({}, 'absent', NOV_18)))),
  q('PO060', 'admin', 'Who was absent on Founders Day?', () => people(none(whoOn({}, 'absent', holidayDate('Founders Day'))))),
  q('PO061', 'admin', 'Who was absent on 31 Oct?', () => people(some(whoOn({}, 'absent', OCT_31)))),
  q('PO062', 'admin', 'total days absent in the QA team in oct', () => figures(days(totalOver({ team: 'QA' }, 'absent', OCTOBER)))),
  q('PO063', 'admin', 'How many days were lost to absence company-wide last month?', () => figures(days(totalOver({}, 'absent', OCTOBER)))),
  q('PO064', 'admin', 'Who was absent more than 4 days in October?', () => people(overClean({}, 'absent', OCTOBER, 4))),
  q('PO065', 'admin', 'Any no-shows in Security this month?', () => yesThese(whoOver({ team: 'SEC' }, 'absent', THIS_MONTH))),
  // README: a team's holiday used as a date is that day for everyone asked about, each judged by their own calendar.
  q('PO066', 'admin', 'Who was absent on the QA offsite?', () => people(some(whoOn({}, 'absent', holidayDate('QA Offsite'))))),
  q('PO067', 'admin', 'Did anyone clock in on Founders Day?', () => noOne(clockedInOn({}, holidayDate('Founders Day')))),
  q('PO068', 'admin', 'Did anyone in Development clock in on DEV Recharge Day?', () => noOne(clockedInOn({ team: 'DEV' }, holidayDate('DEV Recharge Day')))),
  // The QA offsite took only the morning off: QA's afternoon was a working half.
  q('PO069', 'admin', 'Which QA staff clocked in on the day of the QA offsite?', () => people(some(clockedInOn({ team: 'QA' }, holidayDate('QA Offsite'))))),
  q('PO070', 'admin', 'who was absent a week ago today', () => people(some(whoOn({}, 'absent', A_WEEK_AGO_TODAY)))),
  q('PO071', 'admin', 'absent days by team in October', () => figures(...measureByTeam('absent', OCTOBER, days))),
  q('PO072', 'admin', 'who in AI had no absences in October', () => people(some(neverIn({ team: 'AI' }, 'absent', OCTOBER)))),
  q('PO073', 'admin', 'Who was absent on the first Monday of October?', () => people(some(whoOn({}, 'absent', FIRST_MONDAY_OF_OCTOBER)))),
  q('PO074', 'admin', 'Was anyone absent on 25 August?', () => noOne(whoOn({}, 'absent', holidayDate('Summer Bank Holiday')))),
  q('PO075', 'admin', 'How many days was Chris Morgan absent from September to October?', () =>
    figures(days(personOf('DEV-006', 'absent', [SEPTEMBER[0], OCTOBER[1]]))),
  ),
];
