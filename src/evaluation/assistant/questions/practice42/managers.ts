/*
 * practice42 — the two managers, Priya Raman (DEV-001, Development) and Elena Petrova (QA-001, Quality Assurance), asking
 * about their own team over periods written every way: year to date, the past 7 or 30 days (every reading agrees),
 * the first half of October, Q3 against this quarter so far, "this time last year",
 * "last thursday", the Monday after a holiday, H2, since March, so far this month, the week of their offsite, the last
 * working day of September, the week before last. API.md: a manager sees their team; another team, the whole company
 * and someone outside the team are outside what they can see.
 */
import { count, days, figures, hours, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { outsideCompany, outsideTeam } from '../../oracle/practice33-figures';
import { teamWords } from '../../oracle/practice12-figures';
import { TEAM_CODES } from '../../oracle/practice11-figures';
import {
  FIRST_HALF_OF_OCTOBER,
  H2,
  hires,
  holidayOn,
  LAST_THURSDAY,
  LAST_WORKING_DAY_OF_SEPTEMBER,
  leavers,
  none,
  on,
  onLeave,
  overAll,
  pastDays,
  Q3,
  Q4_SO_FAR,
  rateOf,
  SINCE_MARCH,
  SO_FAR_THIS_MONTH,
  some,
  sumAll,
  sumOf,
  WEEK_BEFORE_LAST,
  weekdayAfter,
  weekOfHoliday,
  who,
  whoAll,
  YEAR_TO_DATE,
} from '../../oracle/practice42-figures';
import { q } from '../helpers';

const DEV = { team: 'DEV' };
const QA = { team: 'QA' };
const LATE = 'late|tard|arriv';
const AWAY = 'absen|\\boff\\b|missed|away|lost';
/** Team by team, asked by a manager: the other teams named back as outside (their codes standing alone, or names). */
const otherTeams = (mine: string) => refusal(...TEAM_CODES.filter((t) => t !== mine).flatMap(teamWords), 'outside', 'other teams');

export const MANAGERS: readonly Question[] = [
  q('PQ154', 'DEV-001', "What is my team's attendance rate year to date?", () => figures(rate(rateOf(DEV, YEAR_TO_DATE)))),
  q('PQ155', 'DEV-001', 'who on my team was late over the past 7 days', () => people(some(whoAll(DEV, 'late', pastDays(7))))),
  q('PQ156', 'DEV-001', 'How many late arrivals has my team had in the past 30 days?', () => figures(near(count(sumAll(DEV, 'late', pastDays(30))), LATE))),
  q('PQ157', 'DEV-001', 'absent days in my team in the first half of October', () => figures(near(days(sumAll(DEV, 'absent', FIRST_HALF_OF_OCTOBER)), AWAY))),
  q('PQ158', 'DEV-001', "my team's attendance, Q3 vs Q4 so far", () => figures(rate(rateOf(DEV, Q3)), rate(rateOf(DEV, Q4_SO_FAR)))),
  // "This time last year" for scores: the quarter holding 19 November 2024.
  q('PQ159', 'DEV-001', "What was my team's average score this time last year?", () => figures(score(meanOf('2024-Q4', DEV)))),
  q('PQ160', 'DEV-001', 'Was anyone on my team on leave last thursday?', () => yesNo(false, [], { people: none(onLeave(DEV, on(LAST_THURSDAY))) })),
  q('PQ161', 'DEV-001', 'who in my team was late on the Monday after the Autumn Half Day', () =>
    people(some(who(DEV, 'late', on(weekdayAfter('Autumn Half Day', 1))))),
  ),
  q('PQ162', 'DEV-001', 'Did anyone join my team in H2?', () => yesNo(true, [], { people: some(overAll(H2, (range) => hires(range, 'DEV'))) })),
  q('PQ163', 'DEV-001', 'How many days has Ben Carter been absent since March?', () =>
    figures(near(days(sumOf({ ids: ['DEV-012'] }, 'absent', SINCE_MARCH)), AWAY)),
  ),
  q('PQ164', 'DEV-001', 'my own attendance rate since March', () => figures(rate(rateOf({ ids: ['DEV-001'] }, SINCE_MARCH)))),
  q('PQ165', 'DEV-001', "What was QA's attendance rate in H2?", () => outsideTeam('QA')),
  q('PQ166', 'DEV-001', 'What was the company headcount at the end of last quarter?', () => outsideCompany()),
  q('PQ167', 'DEV-001', "Zoe Adams's absences year to date", () => notFound()),
  q('PQ168', 'QA-001', 'who in my team was late in the past 30 days', () => people(some(whoAll(QA, 'late', pastDays(30))))),
  q('PQ169', 'QA-001', 'who in my team was absent in the first half of October', () => people(some(whoAll(QA, 'absent', FIRST_HALF_OF_OCTOBER)))),
  q('PQ170', 'QA-001', 'How many times has Leo been late so far this month?', () =>
    figures(near(count(sumOf({ ids: ['QA-008'] }, 'late', SO_FAR_THIS_MONTH)), `${LATE}|time`)),
  ),
  // The QA offsite was Friday 12 September (a morning off): its week is the 8th to the 14th.
  q('PQ171', 'QA-001', 'hours my team worked in the week of our offsite', () => {
    holidayOn('QA Offsite');
    return figures(hours(sumOf(QA, 'hours', weekOfHoliday('QA Offsite'))));
  }),
  q('PQ172', 'QA-001', 'who on my team was on leave the week before last', () => people(some(onLeave(QA, WEEK_BEFORE_LAST)))),
  q('PQ173', 'QA-001', "my team's attendance rate on the last working day of September", () => figures(rate(rateOf(QA, on(LAST_WORKING_DAY_OF_SEPTEMBER))))),
  q('PQ174', 'QA-001', 'Did anyone on my team leave in H2?', () => yesNo(false, [], { people: none(overAll(H2, (range) => leavers(range, 'QA'))) })),
  q('PQ175', 'QA-001', 'DEV late arrivals the week before last', () => outsideTeam('DEV')),
  q('PQ176', 'QA-001', 'late arrivals per team year to date', () => otherTeams('QA')),
  q('PQ177', 'QA-001', "Anna Berg's leave the week of Christmas", () => notFound()),
];
