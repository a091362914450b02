/*
 * practice42 — the attendance rate (and the absence rate, its complement) over periods written every way an HR person
 * writes them: year to date, since March, H2, Q3 against Q2 and against this quarter so far, the week before last,
 * the past 7 days, between the 3rd and the 14th, a weekday alone, the last working day of a month, the Monday after a
 * holiday, an ISO week, spans across a month's and a quarter's end, month by month. Tracking began on 1 August: a
 * period reaching back before it is rated over its tracked days only, and a half of a comparison that lies wholly
 * before it has no figure. The admin asks.
 */
import { answer, figures, rate, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { teamsUnder } from '../../oracle/practice29-figures';
import { teamByRate } from '../../oracle/practice31-figures';
import { differs } from '../../oracle/practice38-figures';
import {
  absenceRateOf,
  H2,
  LAST_THURSDAY,
  LAST_WEEK,
  LAST_WORKING_DAY_OF_SEPTEMBER,
  MONTHS_TRACKED,
  on,
  overAll,
  pastDays,
  Q3,
  Q4_SO_FAR,
  rateAll,
  rateOf,
  SECOND_HALF_OF_OCTOBER,
  SEP_22_TO_OCT_10,
  SINCE_MARCH,
  some,
  THE_3RD_TO_THE_14TH,
  THE_3RD_TO_THE_14TH_OF_LAST_MONTH,
  WEEK_44,
  WEEK_BEFORE_LAST,
  weekdayAfter,
  weekOfHoliday,
  YEAR_TO_DATE,
} from '../../oracle/practice42-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const r = (scope: Scope, range: readonly [string, string]) => figures(rate(rateOf(scope, range)));

export const RATES: readonly Question[] = [
  // Year to date and "since March": tracking began on 1 August, so both are rated over the tracked days.
  q('PQ001', 'admin', 'What is the company attendance rate year to date?', () => r(ALL, YEAR_TO_DATE)),
  q('PQ002', 'admin', 'YTD attendance rate for QA', () => r({ team: 'QA' }, YEAR_TO_DATE)),
  q('PQ003', 'admin', "What's the Data team's attendance rate since March?", () => r({ team: 'DAT' }, SINCE_MARCH)),
  // "H2" asked in November: to today or to 31 December, the closed days rated are the same.
  q('PQ004', 'admin', 'attendance rate for Security in H2', () => figures(rate(rateAll({ team: 'SEC' }, H2)))),
  // H1 lies wholly before tracking: only H2 has a rate.
  q('PQ005', 'admin', 'Compare the attendance rate in H1 with H2', () => figures(rate(rateAll(ALL, H2)))),
  // Q2 lies wholly before tracking: only Q3 (August and September) has a rate.
  q('PQ006', 'admin', 'DEV attendance rate Q3 vs Q2', () => r({ team: 'DEV' }, Q3)),
  q('PQ007', 'admin', 'attendance rate in Q3 vs Q4 so far', () => figures(rate(rateOf(ALL, Q3)), rate(rateOf(ALL, Q4_SO_FAR)))),
  q('PQ008', 'admin', 'What was the attendance rate the week before last?', () => r(ALL, WEEK_BEFORE_LAST)),
  // "The past 7 days": every reading of it (with today, without it) rates the AI team at 100 %.
  q('PQ009', 'admin', 'AI attendance rate over the past 7 days', () => figures(rate(rateAll({ team: 'AI' }, pastDays(7))))),
  // "Between the 3rd and the 14th" asked in November: this month's.
  q('PQ010', 'admin', 'attendance rate between the 3rd and the 14th', () => r(ALL, THE_3RD_TO_THE_14TH)),
  q('PQ011', 'admin', "QA's attendance between the 3rd and the 14th of last month", () => r({ team: 'QA' }, THE_3RD_TO_THE_14TH_OF_LAST_MONTH)),
  // A weekday alone, for what is recorded, is the last one: Thursday 13 November.
  q('PQ012', 'admin', 'what was DEV attendance last thursday', () => r({ team: 'DEV' }, on(LAST_THURSDAY))),
  q('PQ013', 'admin', 'attendance rate on the last working day of September', () => r(ALL, on(LAST_WORKING_DAY_OF_SEPTEMBER))),
  // Founders Day was Monday 13 October: the Monday after it is the 20th.
  q('PQ014', 'admin', 'What was the attendance rate on the Monday after Founders Day?', () => r(ALL, on(weekdayAfter('Founders Day', 1)))),
  // Spans across September's end and the quarter's.
  q('PQ015', 'admin', 'attendance rate from 22 September to 10 October', () => r(ALL, SEP_22_TO_OCT_10)),
  q('PQ016', 'admin', 'company attendance in wk 44', () => r(ALL, WEEK_44)),
  q('PQ017', 'admin', 'attendance rate month by month since August', () => figures(...MONTHS_TRACKED.map((m) => rate(rateOf(ALL, m))))),
  q('PQ018', 'admin', 'absence rate year to date', () => figures(rate(absenceRateOf(ALL, YEAR_TO_DATE)))),
  q('PQ019', 'admin', 'absence rate for QA in the week of Founders Day', () => figures(rate(absenceRateOf({ team: 'QA' }, weekOfHoliday('Founders Day'))))),
  // A period against another, answered yes or no with both rates.
  q('PQ020', 'admin', 'Was attendance better the week before last than last week?', () => {
    const [before, last] = [rateOf(ALL, WEEK_BEFORE_LAST), rateOf(ALL, LAST_WEEK)];
    return yesNo(differs(before, last), [rate(before), rate(last)]);
  }),
  q('PQ021', 'admin', 'Which team has had the best attendance rate year to date?', () => answer({ teams: [teamByRate(YEAR_TO_DATE, 'best').team] })),
  // ATTENDANCE_ALERT_RATE is 0.9: the teams under it in the second half of October (from the 16th or the 17th: the same).
  q('PQ022', 'admin', 'which departments had attendance issues in the second half of October?', () =>
    answer({ teams: some(overAll(SECOND_HALF_OF_OCTOBER, (range) => teamsUnder(range, 0.9))) }),
  ),
];
