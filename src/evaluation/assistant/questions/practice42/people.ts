/*
 * practice42 — headcount on a day and hires and leavers over periods written every way. The headcount on a past day
 * (those employed that day: hired by then, last day not gone by — for the whole company, README) at the end of last
 * quarter, this time last year, the start of the year, the last working day of August, the Monday after
 * Founders Day; hires and leavers year to date, since March, H1, H2, Q3 vs Q2, per team over H1, this year
 * against this time last year (README: last year counted to the same day), 2024, the past 30 days, the week before
 * last, the second half of October, since the start of the quarter. Hire dates go back years: these are held. The
 * admin asks.
 */
import { answer, count, figures, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { hiresPerTeam, lastDayOf } from '../../oracle/practice39-figures';
import {
  END_OF_LAST_QUARTER,
  H1,
  H2,
  headcountOn,
  hires,
  LAST_WORKING_DAY_OF_AUGUST,
  LAST_YEAR_SO_FAR,
  leavers,
  overAll,
  pastDays,
  Q3,
  Q4_SO_FAR,
  Q2,
  SECOND_HALF_OF_OCTOBER,
  SINCE_MARCH,
  some,
  START_OF_THE_YEAR,
  THIS_TIME_LAST_YEAR,
  WEEK_BEFORE_LAST,
  weekdayAfter,
  YEAR_2024,
  YEAR_TO_DATE,
} from '../../oracle/practice42-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const HEADS = 'people|person|employee|staff|headcount|employed|head';
const HIRED = 'hire|joined|joiner|starter|new|people|employee';
const heads = (day: string) => figures(near(count(headcountOn(day)), HEADS));

export const PEOPLE: readonly Question[] = [
  q('PQ117', 'admin', 'What was the headcount at the end of last quarter?', () => heads(END_OF_LAST_QUARTER)),
  // "This time last year": 19 November 2024.
  q('PQ118', 'admin', 'What was our headcount this time last year?', () => heads(THIS_TIME_LAST_YEAR)),
  q('PQ119', 'admin', 'How many people did we employ at the start of the year?', () => heads(START_OF_THE_YEAR)),
  // Victor Dumont's last day was Friday 29 August: he still counts that day.
  q('PQ120', 'admin', 'headcount on the last working day of August', () => heads(LAST_WORKING_DAY_OF_AUGUST)),
  // Laura Silva's last day was Friday 17 October: she no longer counts on Monday the 20th.
  q('PQ121', 'admin', 'What was the headcount on the Monday after Founders Day?', () => heads(weekdayAfter('Founders Day', 1))),
  q('PQ122', 'admin', 'headcount today vs this time last year', () =>
    figures(near(count(headcountOn(TODAY)), HEADS), near(count(headcountOn(THIS_TIME_LAST_YEAR)), HEADS)),
  ),
  q('PQ123', 'admin', 'How many people have we hired year to date?', () => figures(near(count(hires(YEAR_TO_DATE).length), HIRED))),
  q('PQ124', 'admin', 'Who has joined since March?', () => people(some(hires(SINCE_MARCH)))),
  q('PQ125', 'admin', 'Who was hired in H1?', () => people(some(hires(H1)))),
  // Nobody is hired after today: H2 to today and H2 whole agree.
  q('PQ126', 'admin', 'new hires in H2', () => people(some(overAll(H2, (range) => hires(range))))),
  // Each quarter's joiners, side by side: the answer names exactly them (Q2 has none).
  q('PQ127', 'admin', 'hires in Q3 vs Q2', () => people(some([...hires(Q3), ...hires(Q2)]))),
  // README: "hires this year vs last year so far" counts last year to the same day.
  q('PQ128', 'admin', 'hires so far this year compared with this time last year', () =>
    figures(near(count(hires(YEAR_TO_DATE).length), HIRED), near(count(hires(LAST_YEAR_SO_FAR).length), HIRED)),
  ),
  q('PQ129', 'admin', 'Who did we hire in 2024?', () => people(some(hires(YEAR_2024)))),
  q('PQ130', 'admin', 'Who has left year to date?', () => people(some(leavers(YEAR_TO_DATE)))),
  q('PQ131', 'admin', 'leavers in H2 and their last days', () => {
    const gone = some(overAll(H2, (range) => leavers(range)));
    return answer({ people: gone, dates: gone.map(lastDayOf) });
  }),
  q('PQ132', 'admin', 'Has anyone left since the start of the quarter?', () => yesNo(true, [], { people: some(leavers(Q4_SO_FAR)) })),
  // "The past 30 days", every reading: the same joiner.
  q('PQ133', 'admin', 'Who joined in the past 30 days?', () => people(some(overAll(pastDays(30), (range) => hires(range))))),
  q('PQ134', 'admin', 'Did anyone join the week before last?', () => yesNo(true, [], { people: some(hires(WEEK_BEFORE_LAST)) })),
  q('PQ135', 'admin', 'Did anyone leave in the second half of October?', () =>
    yesNo(true, [], { people: some(overAll(SECOND_HALF_OF_OCTOBER, (range) => leavers(range))) }),
  ),
  q('PQ136', 'admin', 'hires per team in H1', () => figures(...hiresPerTeam(H1))),
];
