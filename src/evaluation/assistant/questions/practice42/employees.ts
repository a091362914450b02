/*
 * practice42 — the four employees with logins, Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and
 * Emma Clarke (SEC-004), asking about themselves over periods written every way: year to date, the week before last,
 * the second half of October, Q3 vs Q2, between the 3rd and the 14th, "this time last year", H2, the QA offsite, the
 * past 30 days and the last fortnight (every reading agrees), so far this month, an ISO week, "last thursday", the
 * first half of October, the rest of the year. API.md: an employee reads only their own records — a team, the company
 * and anyone else are outside what they can see.
 */
import { answer, count, figures, hours, notFound, rate, refusal, score, type Question } from '../../expectation';
import { recordOf } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { holidayDate, teamWords } from '../../oracle/practice12-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import { outsideCompany, outsideTeam } from '../../oracle/practice33-figures';
import { checkIn } from '../../oracle/practice38-figures';
import {
  FIRST_HALF_OF_OCTOBER,
  H2,
  LAST_FORTNIGHT,
  LAST_THURSDAY,
  LAST_WEEK,
  leaveDaysOf,
  none,
  onLeave,
  overAll,
  pastDays,
  rateAll,
  rateOf,
  REST_OF_THE_YEAR,
  SECOND_HALF_OF_OCTOBER,
  SO_FAR_THIS_MONTH,
  some,
  sumAll,
  sumOf,
  THE_3RD_TO_THE_14TH,
  WEEK_44,
  WEEK_BEFORE_LAST,
  YEAR_TO_DATE,
} from '../../oracle/practice42-figures';
import { q } from '../helpers';

const me = (id: string) => ({ ids: [id] });
const LATE = 'late|tard|arriv|time';
const lateTimes = (n: number) => figures(near(count(n), LATE));

export const EMPLOYEES: readonly Question[] = [
  q('PQ178', 'DEV-003', 'What is my attendance rate year to date?', () => figures(rate(rateOf(me('DEV-003'), YEAR_TO_DATE)))),
  q('PQ179', 'DEV-003', 'how many hours did I work the week before last', () => figures(hours(sumOf(me('DEV-003'), 'hours', WEEK_BEFORE_LAST)))),
  // Her morning off on 20 October (approved, am) lies in the second half of October however it is counted.
  q('PQ180', 'DEV-003', 'Was I on leave in the second half of October?', () =>
    yesNo(true, [], { dates: some(overAll(SECOND_HALF_OF_OCTOBER, (range) => leaveDaysOf('DEV-003', range))) }),
  ),
  q('PQ181', 'DEV-003', 'my score Q3 vs Q2', () => figures(score(scoreKnown('DEV-003', '2025-Q3')), score(scoreKnown('DEV-003', '2025-Q2')))),
  // For an employee every team is outside, their own too (README).
  q('PQ182', 'DEV-003', "what was the team's attendance rate year to date?", () => refusal(...teamWords('DEV'), 'outside', 'team')),
  q('PQ183', 'QA-003', 'Was I on leave the week before last?', () => yesNo(true, [], { dates: some(leaveDaysOf('QA-003', WEEK_BEFORE_LAST)) })),
  q('PQ184', 'QA-003', 'my hours between the 3rd and the 14th', () => figures(hours(sumOf(me('QA-003'), 'hours', THE_3RD_TO_THE_14TH)))),
  // "This time last year" for a score: the quarter holding 19 November 2024.
  q('PQ185', 'QA-003', 'What was my score this time last year?', () => figures(score(scoreKnown('QA-003', '2024-Q4')))),
  q('PQ186', 'QA-003', 'How many times was I late in H2?', () => lateTimes(sumAll(me('QA-003'), 'late', H2))),
  // The QA offsite took only the morning of 12 September: the afternoon was a working half.
  q('PQ187', 'QA-003', 'did I work on the day of the QA offsite?', () => {
    const day = holidayDate('QA Offsite');
    if (!recordOf('QA-003', day)?.checkIn) throw new Error('QA-003 has no check-in on the offsite day');
    return yesNo(true, [], { mentions: [checkIn('QA-003', day)] });
  }),
  q('PQ188', 'QA-003', 'who in QA was late last thursday', () => outsideTeam('QA')),
  q('PQ189', 'DAT-004', 'my attendance rate over the past 30 days', () => figures(rate(rateAll(me('DAT-004'), pastDays(30))))),
  q('PQ190', 'DAT-004', 'my hours so far this month', () => figures(hours(sumOf(me('DAT-004'), 'hours', SO_FAR_THIS_MONTH)))),
  q('PQ191', 'DAT-004', 'how many times was I late in the second half of October', () => lateTimes(sumAll(me('DAT-004'), 'late', SECOND_HALF_OF_OCTOBER))),
  q('PQ192', 'DAT-004', 'my performance score, Q3 vs Q2', () => figures(score(scoreKnown('DAT-004', '2025-Q3')), score(scoreKnown('DAT-004', '2025-Q2')))),
  q('PQ193', 'DAT-004', 'What was the company headcount this time last year?', () => outsideCompany()),
  q('PQ194', 'SEC-004', 'How many times was I late over the last fortnight?', () => lateTimes(sumAll(me('SEC-004'), 'late', LAST_FORTNIGHT))),
  q('PQ195', 'SEC-004', 'my hours in wk 44', () => figures(hours(sumOf(me('SEC-004'), 'hours', WEEK_44)))),
  q('PQ196', 'SEC-004', 'what time did I check in last thursday', () => answer({ mentions: [checkIn('SEC-004', LAST_THURSDAY)] })),
  q('PQ197', 'SEC-004', 'my attendance rate in the first half of October', () => figures(rate(rateAll(me('SEC-004'), FIRST_HALF_OF_OCTOBER)))),
  // Her request for 28 November is still pending: nothing approved lies ahead this year.
  q('PQ198', 'SEC-004', 'Do I have any approved leave for the rest of the year?', () => {
    none(onLeave(me('SEC-004'), REST_OF_THE_YEAR));
    return yesNo(false, []);
  }),
  q('PQ199', 'SEC-004', "Jakub Wozniak's hours last week", () => {
    if (sumOf(me('SEC-007'), 'hours', LAST_WEEK) === 0) throw new Error('SEC-007 has no hours last week');
    return notFound();
  }),
];
