/*
 * practice42 — leave over periods written every way: the week before last, "last thursday", a weekday alone (for leave,
 * the coming one), "this coming Monday", the week of Christmas, H2, year to date, since March, since September, Q3
 * against this quarter so far, between the 3rd and the 14th, the day after Founders Day, the first half of September
 * and of December, the rest of the year, a month of next year (leave booked ahead is answered as booked: nothing is
 * booked there). Only approved leave is leave; a holiday under it is the holiday's, not leave. The admin asks.
 */
import { days, figures, people, type Question } from '../../expectation';
import { onLeaveOfType } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { personLeave } from '../../oracle/practice32-figures';
import { leaveByKind } from '../../oracle/practice33-figures';
import {
  CHRISTMAS_WEEK,
  COMING_FRIDAY,
  COMING_MONDAY,
  dayAfter,
  FIRST_HALF_OF_DECEMBER,
  FIRST_HALF_OF_SEPTEMBER,
  H2,
  LAST_THURSDAY,
  leaveOf,
  none,
  on,
  onLeave,
  overAll,
  Q3,
  Q4_SO_FAR,
  REST_OF_THE_YEAR,
  SINCE_MARCH,
  SINCE_SEPTEMBER,
  some,
  THE_3RD_TO_THE_14TH,
  WEEK_BEFORE_LAST,
  weekOfHoliday,
  YEAR_TO_DATE,
} from '../../oracle/practice42-figures';
import { q } from '../helpers';

const LEAVE = 'leave|day|off|taken|annual|sick|unpaid';
const MARCH_2026: [string, string] = ['2026-03-01', '2026-03-31'];

export const LEAVE_PERIODS: readonly Question[] = [
  q('PQ083', 'admin', 'Who was on leave the week before last?', () => people(some(onLeave({}, WEEK_BEFORE_LAST)))),
  q('PQ084', 'admin', 'who was on leave last thursday', () => people(some(onLeave({}, on(LAST_THURSDAY))))),
  // README: a weekday alone is the coming one for leave — Friday 21 November.
  q('PQ085', 'admin', 'Who is on leave on Friday?', () => people(some(onLeave({}, on(COMING_FRIDAY))))),
  q('PQ086', 'admin', 'Is anyone on leave this coming Monday?', () => yesNo(true, [], { people: some(onLeave({}, on(COMING_MONDAY))) })),
  // Christmas Eve's afternoon, Christmas Day and Boxing Day are holidays under the leave: the person is still on leave that week.
  q('PQ087', 'admin', "Who's on leave the week of Christmas?", () => people(some(onLeave({}, CHRISTMAS_WEEK)))),
  // No sick leave lies ahead: H2 to today and H2 whole agree.
  q('PQ088', 'admin', 'How many days of sick leave were taken in H2?', () => figures(near(days(overAll(H2, (range) => leaveOf({}, 'SICK', range))), LEAVE))),
  // README: leave taken this year is the days gone by (today's day of leave under way included), the days ahead said apart.
  q('PQ089', 'admin', 'annual leave taken across the company year to date', () => figures(near(days(leaveOf({}, 'ANNUAL', YEAR_TO_DATE)), LEAVE))),
  q('PQ090', 'admin', 'unpaid leave taken in Q3 vs Q4 so far', () =>
    figures(near(days(leaveOf({}, 'UNPAID', Q3)), `${LEAVE}|q3|third`), near(days(leaveOf({}, 'UNPAID', Q4_SO_FAR)), `${LEAVE}|q4|fourth|so far`)),
  ),
  q('PQ091', 'admin', 'Who took leave between the 3rd and the 14th?', () => people(some(onLeave({}, THE_3RD_TO_THE_14TH)))),
  q('PQ092', 'admin', 'Who was on leave the day after Founders Day?', () => people(some(onLeave({}, on(dayAfter('Founders Day')))))),
  q('PQ093', 'admin', 'who was on leave in the first half of September', () => people(some(onLeave({}, FIRST_HALF_OF_SEPTEMBER)))),
  // The requests in early December are only pending: nobody has approved leave then (to the 15th or the 16th alike).
  q('PQ094', 'admin', 'Does anyone have approved leave in the first half of December?', () =>
    yesNo(false, [], { people: none(overAll(FIRST_HALF_OF_DECEMBER, (range) => onLeave({}, range))) }),
  ),
  q('PQ095', 'admin', 'Who has taken sick leave since March?', () => people(some(onLeaveOfType('SICK', ...SINCE_MARCH)))),
  q('PQ096', 'admin', 'Leave taken by the Data team since September, by type', () => figures(...leaveByKind({ team: 'DAT' }, SINCE_SEPTEMBER))),
  // Leave booked ahead is answered as booked: nothing is booked for March 2026.
  q('PQ097', 'admin', 'Is anyone on approved leave in March 2026?', () => yesNo(false, [], { people: none(onLeave({}, MARCH_2026)) })),
  q('PQ098', 'admin', 'How many days of annual leave did Julia Fischer take in Q3?', () => figures(near(days(personLeave('DAT-003', Q3, 'ANNUAL')), LEAVE))),
  // Sana Qureshi's leave covered Founders Day, which is the holiday's day, not a day of leave.
  q('PQ099', 'admin', 'How much leave did Sana Qureshi take in the week of Founders Day?', () =>
    figures(near(days(leaveOf({ ids: ['AI-004'] }, 'ANNUAL', weekOfHoliday('Founders Day'))), LEAVE)),
  ),
  q('PQ100', 'admin', 'Who has approved leave for the rest of the year?', () => people(some(onLeave({}, REST_OF_THE_YEAR)))),
];
