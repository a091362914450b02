/*
 * practice42 — lateness over periods written every way: the last fortnight and the past 7 or 30 days (asked only where
 * every reading of the phrase agrees), the first and second half of October, year to date, H2, Q3 against this
 * quarter so far, month by month since tracking began, the week before last, between the 3rd and the 14th, a weekday
 * alone, the last working day of a month, the day after a holiday and the Monday after "the bank holiday", the end of
 * last quarter, a half-day holiday. Counts of late arrivals, who was late, one person's count, the most. The admin
 * asks.
 */
import { count, figures, people, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { recordOf } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { checkIn } from '../../oracle/practice38-figures';
import {
  dayAfter,
  END_OF_LAST_QUARTER,
  FIRST_HALF_OF_OCTOBER,
  H2,
  LAST_FORTNIGHT,
  LAST_THURSDAY,
  LAST_WEDNESDAY,
  LAST_WORKING_DAY_OF_AUGUST,
  mostOf,
  MONTHS_TRACKED,
  none,
  on,
  pastDays,
  Q3,
  Q4_SO_FAR,
  SECOND_HALF_OF_OCTOBER,
  some,
  sumAll,
  sumOf,
  THE_3RD_TO_THE_14TH,
  WEEK_BEFORE_LAST,
  weekdayAfter,
  who,
  whoAll,
  YEAR_TO_DATE,
} from '../../oracle/practice42-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const LATE = 'late|tard|arriv';
const lateCount = (n: number) => figures(near(count(n), LATE));

export const LATENESS: readonly Question[] = [
  // "The last fortnight": the two weeks before this one, the 14 days to yesterday, the 14 days to today — all agree here.
  q('PQ023', 'admin', 'Who in the AI team has been late over the last fortnight?', () => people(some(whoAll({ team: 'AI' }, 'late', LAST_FORTNIGHT)))),
  q('PQ024', 'admin', 'How many late arrivals has Development had in the past 30 days?', () => lateCount(sumAll({ team: 'DEV' }, 'late', pastDays(30)))),
  q('PQ025', 'admin', 'who in security was late in the past 30 days', () => people(some(whoAll({ team: 'SEC' }, 'late', pastDays(30))))),
  q('PQ026', 'admin', 'tardies in DEV over the past 7 days', () => lateCount(sumAll({ team: 'DEV' }, 'late', pastDays(7)))),
  // "The first half of October": the 1st to the 15th or to the 16th — the same here.
  q('PQ027', 'admin', 'How many late arrivals did the Data team have in the first half of October?', () =>
    lateCount(sumAll({ team: 'DAT' }, 'late', FIRST_HALF_OF_OCTOBER)),
  ),
  q('PQ028', 'admin', 'who in QA was late in the first half of october', () => people(some(whoAll({ team: 'QA' }, 'late', FIRST_HALF_OF_OCTOBER)))),
  q('PQ029', 'admin', 'late arrivals in AI in the second half of October', () => lateCount(sumAll({ team: 'AI' }, 'late', SECOND_HALF_OF_OCTOBER))),
  q('PQ030', 'admin', 'How many late arrivals have there been year to date?', () => lateCount(sumOf(ALL, 'late', YEAR_TO_DATE))),
  q('PQ031', 'admin', 'late arrivals in QA in H2', () => lateCount(sumAll({ team: 'QA' }, 'late', H2))),
  q('PQ032', 'admin', 'late arrivals in Q3 vs Q4 so far', () =>
    figures(near(count(sumOf(ALL, 'late', Q3)), `${LATE}|q3|third`), near(count(sumOf(ALL, 'late', Q4_SO_FAR)), `${LATE}|q4|fourth|so far`)),
  ),
  // README: "is lateness getting worse" is a series — each month since tracking began, side by side.
  q('PQ033', 'admin', 'Is lateness getting worse? Show late arrivals month by month since August', () =>
    figures(...MONTHS_TRACKED.map((m) => near(count(sumOf(ALL, 'late', m)), `${LATE}|aug|sep|oct|nov`))),
  ),
  q('PQ034', 'admin', 'How many late arrivals were there the week before last?', () => lateCount(sumOf(ALL, 'late', WEEK_BEFORE_LAST))),
  q('PQ035', 'admin', 'who was late between the 3rd and the 14th in the AI team', () => people(some(who({ team: 'AI' }, 'late', THE_3RD_TO_THE_14TH)))),
  q('PQ036', 'admin', 'Who was late last thursday?', () => people(some(who(ALL, 'late', on(LAST_THURSDAY))))),
  // Asked on a Wednesday, "last wednesday" is a week ago: 12 November.
  q('PQ037', 'admin', 'who was late last wednesday', () => people(some(who(ALL, 'late', on(LAST_WEDNESDAY))))),
  q('PQ038', 'admin', 'Who was late on the last working day of August?', () => people(some(who(ALL, 'late', on(LAST_WORKING_DAY_OF_AUGUST))))),
  // "The bank holiday" is the calendar's only one, Monday 25 August: the Monday after it is 1 September.
  q('PQ039', 'admin', 'who was late on the Monday after the bank holiday?', () => people(some(who(ALL, 'late', on(weekdayAfter('Summer Bank Holiday', 1)))))),
  q('PQ040', 'admin', 'Who was late the day after Founders Day?', () => people(some(who(ALL, 'late', on(dayAfter('Founders Day')))))),
  q('PQ041', 'admin', 'Who was late on the last day of last quarter?', () => people(some(who(ALL, 'late', on(END_OF_LAST_QUARTER))))),
  // The Autumn Half Day took 31 October's afternoon: nobody was late that morning.
  q('PQ042', 'admin', 'Was anyone late on the Autumn Half Day?', () =>
    yesNo(false, [], { people: none(who(ALL, 'late', on(holidayDate('Autumn Half Day')))) }),
  ),
  q('PQ043', 'admin', 'how many times has Lukas Novak been late in H2?', () => lateCount(sumAll({ ids: ['DEV-004'] }, 'late', H2))),
  q('PQ044', 'admin', 'Who has been late the most year to date?', () => people(mostOf(ALL, 'late', YEAR_TO_DATE))),
  q('PQ045', 'admin', 'Was Julia Fischer late last wednesday?', () => {
    if (recordOf('DAT-003', LAST_WEDNESDAY)?.status !== 'late') throw new Error('DAT-003 was not late on the day');
    return yesNo(true, [], { mentions: [checkIn('DAT-003', LAST_WEDNESDAY)] });
  }),
];
