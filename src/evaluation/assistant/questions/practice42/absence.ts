/*
 * practice42 — absences over periods written every way: the last fortnight and the past 7 or 30 days (asked only where
 * every reading agrees), the first and second half of October, year to date, since March, H2, Q3 against this quarter
 * so far, month by month, "last friday", the last working day of a month and of last month (31 October, half a
 * holiday), the end of last quarter, the day and the Monday after a holiday, the week of a team's holiday, spans across
 * a month's end. A half day away counts a half, as in the summaries; days off by holiday or leave are never absences.
 * The admin asks.
 */
import { days, figures, people, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import {
  dayAfter,
  END_OF_LAST_QUARTER,
  FIRST_HALF_OF_OCTOBER,
  H2,
  LAST_FORTNIGHT,
  LAST_FRIDAY,
  LAST_WORKING_DAY_OF_AUGUST,
  LAST_WORKING_DAY_OF_LAST_MONTH,
  MONTHS_TRACKED,
  mostOf,
  none,
  on,
  overAll,
  OCT_27_TO_NOV_7,
  pastDays,
  Q3,
  Q4_SO_FAR,
  SECOND_HALF_OF_OCTOBER,
  SEP_22_TO_OCT_10,
  SINCE_MARCH,
  some,
  sumAll,
  sumOf,
  weekdayAfter,
  weekOfHoliday,
  who,
  whoAll,
  YEAR_TO_DATE,
} from '../../oracle/practice42-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const AWAY = 'absen|\\boff\\b|missed|away|no-show|lost';
const absentDays = (n: number, also = '') => near(days(n), also ? `${AWAY}|${also}` : AWAY);
const nobody = (list: string[]) => yesNo(false, [], { people: none(list) });

export const ABSENCE: readonly Question[] = [
  // "The last fortnight": every reading gives the same here.
  q('PQ046', 'admin', 'Who in the data team was absent over the last fortnight?', () => people(some(whoAll({ team: 'DAT' }, 'absent', LAST_FORTNIGHT)))),
  q('PQ047', 'admin', 'How many days were lost to absence in DEV over the last fortnight?', () =>
    figures(absentDays(sumAll({ team: 'DEV' }, 'absent', LAST_FORTNIGHT))),
  ),
  q('PQ048', 'admin', 'absent days in the Data team in the past 30 days', () => figures(absentDays(sumAll({ team: 'DAT' }, 'absent', pastDays(30))))),
  q('PQ049', 'admin', 'Was anyone in AI absent in the past 7 days?', () => nobody(whoAll({ team: 'AI' }, 'absent', pastDays(7)))),
  q('PQ050', 'admin', 'Who in Development was absent in the first half of October?', () =>
    people(some(whoAll({ team: 'DEV' }, 'absent', FIRST_HALF_OF_OCTOBER))),
  ),
  q('PQ051', 'admin', 'who in QA was absent in the second half of october', () => people(some(whoAll({ team: 'QA' }, 'absent', SECOND_HALF_OF_OCTOBER)))),
  q('PQ052', 'admin', 'How many days have been lost to absence year to date?', () => figures(absentDays(sumOf(ALL, 'absent', YEAR_TO_DATE)))),
  q('PQ053', 'admin', 'absent days in QA in H2', () => figures(absentDays(sumAll({ team: 'QA' }, 'absent', H2)))),
  q('PQ054', 'admin', 'Security absences since March', () => figures(absentDays(sumOf({ team: 'SEC' }, 'absent', SINCE_MARCH)))),
  q('PQ055', 'admin', 'absent days in Q3 vs Q4 so far', () =>
    figures(absentDays(sumOf(ALL, 'absent', Q3), 'q3|third'), absentDays(sumOf(ALL, 'absent', Q4_SO_FAR), 'q4|fourth|so far')),
  ),
  q('PQ056', 'admin', 'absence days month by month since August', () =>
    figures(...MONTHS_TRACKED.map((m) => absentDays(sumOf(ALL, 'absent', m), 'aug|sep|oct|nov'))),
  ),
  q('PQ057', 'admin', 'Who was absent on the last working day of August?', () => people(some(who(ALL, 'absent', on(LAST_WORKING_DAY_OF_AUGUST))))),
  // The last working day of last month: Friday 31 October, whose afternoon was the Autumn Half Day — a morning away is half a day.
  q('PQ058', 'admin', 'Who was absent on the last working day of last month?', () => people(some(who(ALL, 'absent', on(LAST_WORKING_DAY_OF_LAST_MONTH))))),
  // 30 September, the end of last quarter: everyone expected came in.
  q('PQ059', 'admin', 'Was anyone absent on the last day of last quarter?', () => nobody(who(ALL, 'absent', on(END_OF_LAST_QUARTER)))),
  // The Autumn Half Day was Friday 31 October: the Monday after it is 3 November.
  q('PQ060', 'admin', 'Who was absent on the Monday after the Autumn Half Day?', () =>
    people(some(who(ALL, 'absent', on(weekdayAfter('Autumn Half Day', 1))))),
  ),
  q('PQ061', 'admin', 'who was absent the Monday after Founders Day', () => people(some(who(ALL, 'absent', on(weekdayAfter('Founders Day', 1)))))),
  q('PQ062', 'admin', 'Was anyone absent the day after Founders Day?', () => nobody(who(ALL, 'absent', on(dayAfter('Founders Day'))))),
  q('PQ063', 'admin', 'no-shows last friday', () => people(some(who(ALL, 'absent', on(LAST_FRIDAY))))),
  q('PQ064', 'admin', 'How many days was Chris Morgan absent between 22 September and 10 October?', () =>
    figures(absentDays(sumOf({ ids: ['DEV-006'] }, 'absent', SEP_22_TO_OCT_10))),
  ),
  // 31 October's afternoon and 7 November (DEV Recharge Day) are holidays: only the halves and days expected count.
  q('PQ065', 'admin', 'absent days for Ben Carter from 27 October to 7 November', () =>
    figures(absentDays(sumOf({ ids: ['DEV-012'] }, 'absent', OCT_27_TO_NOV_7))),
  ),
  q('PQ066', 'admin', 'Who was absent the most in H2?', () => people(overAll(H2, (range) => mostOf(ALL, 'absent', range)))),
  // The week of the QA offsite: Monday 8 to Sunday 14 September.
  q('PQ067', 'admin', 'total absent days in the week of the QA offsite', () => figures(absentDays(sumOf(ALL, 'absent', weekOfHoliday('QA Offsite'))))),
];
