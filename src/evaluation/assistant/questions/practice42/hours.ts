/*
 * practice42 — hours worked over periods written every way: the week before last, so far this month, the first half
 * of October (each reading agrees), year to date, H2, Q3 against this quarter so far, between the 3rd and the 14th,
 * the last working day of a month, a half-day holiday and the Monday
 * after it, the QA offsite, the week of Founders Day, an ISO week per team, a span across a month's end. A day's
 * hours come from its check-in and check-out; an open check-in (today's) adds none. The admin asks.
 */
import { figures, hours, people, type Question } from '../../expectation';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { measureByTeam } from '../../oracle/practice33-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import {
  FIRST_HALF_OF_OCTOBER,
  H2,
  LAST_WORKING_DAY_OF_SEPTEMBER,
  OCT_27_TO_NOV_7,
  on,
  Q3,
  Q4_SO_FAR,
  SO_FAR_THIS_MONTH,
  sumAll,
  sumOf,
  THE_3RD_TO_THE_14TH,
  WEEK_44,
  WEEK_BEFORE_LAST,
  weekdayAfter,
  weekOfHoliday,
  YEAR_TO_DATE,
} from '../../oracle/practice42-figures';
import { q } from '../helpers';
import type { Scope } from '../../oracle/attendance-figures';

const h = (scope: Scope, range: readonly [string, string]) => figures(hours(sumOf(scope, 'hours', range)));
const one = (id: string, range: readonly [string, string]) => h({ ids: [id] }, range);

export const HOURS: readonly Question[] = [
  q('PQ068', 'admin', 'How many hours did Development work the week before last?', () => h({ team: 'DEV' }, WEEK_BEFORE_LAST)),
  q('PQ069', 'admin', 'hours logged by QA so far this month', () => h({ team: 'QA' }, SO_FAR_THIS_MONTH)),
  // Sana Qureshi was on leave 13–17 October: the 16th adds nothing, so both readings of "the first half" agree.
  q('PQ070', 'admin', "Sana Qureshi's hours in the first half of October", () => figures(hours(sumAll({ ids: ['AI-004'] }, 'hours', FIRST_HALF_OF_OCTOBER)))),
  q('PQ071', 'admin', 'total hours worked by Security in H2', () => figures(hours(sumAll({ team: 'SEC' }, 'hours', H2)))),
  q('PQ072', 'admin', 'company-wide hours worked year to date', () => h({}, YEAR_TO_DATE)),
  q('PQ073', 'admin', 'How many hours did the AI team work on the Monday after the Autumn Half Day?', () =>
    h({ team: 'AI' }, on(weekdayAfter('Autumn Half Day', 1))),
  ),
  // The Autumn Half Day took the afternoon: the hours are the morning's.
  q('PQ074', 'admin', 'hours worked by QA on the Autumn Half Day', () => h({ team: 'QA' }, on(holidayDate('Autumn Half Day')))),
  q('PQ075', 'admin', 'how many hours did QA put in on the day of the QA offsite', () => h({ team: 'QA' }, on(holidayDate('QA Offsite')))),
  q('PQ076', 'admin', "Maria Gonzalez's hours between the 3rd and the 14th", () => one('DEV-005', THE_3RD_TO_THE_14TH)),
  q('PQ077', 'admin', 'Ben Carter hours from 27 October to 7 November', () => one('DEV-012', OCT_27_TO_NOV_7)),
  q('PQ078', 'admin', "Tom Becker's hours in Q3 vs Q4 so far", () =>
    figures(hours(sumOf({ ids: ['DEV-002'] }, 'hours', Q3)), hours(sumOf({ ids: ['DEV-002'] }, 'hours', Q4_SO_FAR))),
  ),
  q('PQ079', 'admin', 'Who worked the most hours the week before last?', () => {
    const top = hoursExtreme({}, WEEK_BEFORE_LAST, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PQ080', 'admin', 'hours per team in wk 44', () => figures(...measureByTeam('hours', WEEK_44, hours))),
  q('PQ081', 'admin', 'hours worked by DEV in the week of Founders Day', () => h({ team: 'DEV' }, weekOfHoliday('Founders Day'))),
  q('PQ082', 'admin', 'hours worked by Security on the last working day of September', () => h({ team: 'SEC' }, on(LAST_WORKING_DAY_OF_SEPTEMBER))),
];
