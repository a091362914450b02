/*
 * practice32 — the admin closing the month and the quarter: attendance over ranges that cross months and quarters,
 * with weekends, public holidays, half-day holidays, hires and leavers inside them; late, absent, half-day and missing
 * check-out counts, hours for a pay period, per-team and per-month figures side by side.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { TEAM_CODES, teamLabel } from '../../oracle/practice11-figures';
import { MONTHS_SINCE_AUGUST, ratesAtEnd } from '../../oracle/practice15-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { nonEmpty, nonZero } from '../../oracle/practice20-figures';
import { hoursBelow } from '../../oracle/practice23-figures';
import { overClean, teamsUnder } from '../../oracle/practice29-figures';
import {
  agreedList,
  agreedMeasure,
  AUG_18_TO_SEP_12,
  AUG_AND_SEP,
  FOUNDERS_WEEK,
  JUL_1_TO_AUG_31,
  LAST_WEEK_OF_OCTOBER,
  mostHours,
  NOV_1_TO_18,
  NOV_3_TO_14,
  OCT_1_TO_18,
  OCT_27_TO_NOV_7,
  PAY_PERIOD_SEP26_OCT25,
  perfectThroughout,
  Q3_WHOLE,
  rateOfScope,
  SEP_15_TO_OCT_15,
  SEP_22_TO_OCT_10,
  SEP_29_TO_OCT_5,
  SEP_AND_OCT,
  SEP_FIRST_TWO_WEEKS,
  SINCE_1_OCT,
} from '../../oracle/practice32-figures';
import { OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER } from '../helpers';

const ALL: Scope = {};
const team = (code: string): Scope => ({ team: code });
const MONTH_WORDS = ['aug', 'sep', 'oct', 'nov'];

export const MONTH_END: readonly Question[] = [
  q('PG001', 'admin', 'What was the company attendance rate from 22 September to 10 October?', () => figures(rate(rateOfScope(ALL, SEP_22_TO_OCT_10)))),
  q('PG002', 'admin', 'DEV attendance rate 27 Oct – 7 Nov, please', () => figures(rate(rateOfScope(team('DEV'), OCT_27_TO_NOV_7)))),
  q('PG003', 'admin', 'Company-wide attendance from 1 July to 31 August', () => figures(rate(rateOfScope(ALL, JUL_1_TO_AUG_31)))),
  q('PG004', 'admin', 'How many late arrivals were there across the company in the week of 29 September to 5 October?', () =>
    figures(near(count(nonZero(totals(ALL, ...SEP_29_TO_OCT_5).late)), 'late')),
  ),
  q('PG005', 'admin', 'How many days of absence has QA racked up since 1 Oct?', () => figures(days(nonZero(totals(team('QA'), ...SINCE_1_OCT).absent)))),
  q('PG006', 'admin', 'Total hours logged by the Data team for the pay period 26 September to 25 October', () =>
    figures(hours(nonZero(totals(team('DAT'), ...PAY_PERIOD_SEP26_OCT25).hours))),
  ),
  q('PG007', 'admin', 'Hours worked by Security in the first two weeks of September', () =>
    figures(hours(nonZero(totals(team('SEC'), ...SEP_FIRST_TWO_WEEKS).hours))),
  ),
  q('PG008', 'admin', 'How many half days did the company have in Q3, and how many so far in Q4?', () =>
    figures(count(nonZero(totals(ALL, ...Q3_WHOLE).halfDay)), count(nonZero(totals(ALL, ...THIS_QUARTER).halfDay))),
  ),
  q('PG009', 'admin', 'Who has forgotten to check out since 1 October?', () => people(nonEmpty(peopleWhere(ALL, 'missingCheckOut', ...SINCE_1_OCT)))),
  q('PG010', 'admin', 'How many missed check-outs were there between 1 August and 30 September?', () =>
    figures(count(nonZero(totals(ALL, ...AUG_AND_SEP).missingCheckOut))),
  ),
  q('PG011', 'admin', 'Attendance rate per team for Q3', () =>
    figures(...TEAM_CODES.map((code) => near(rate(rateOfScope(team(code), Q3_WHOLE)), teamLabel(code)))),
  ),
  q('PG012', 'admin', 'Show me departments w/ attendance issues in the last week of October', () =>
    answer({ teams: agreedList(LAST_WEEK_OF_OCTOBER, (range) => teamsUnder(range, 0.9)) }),
  ),
  q('PG013', 'admin', 'How many people were absent at least once in the Founders Day week (13–19 Oct)?', () =>
    figures(near(count(nonEmpty(peopleWhere(ALL, 'absent', ...FOUNDERS_WEEK)).length), 'people|employee|person|staff|absen')),
  ),
  q('PG014', 'admin', 'Who was late more than 4 times between 1 Sep and 31 Oct?', () => people(overClean(ALL, 'late', SEP_AND_OCT, 4))),
  q('PG015', 'admin', 'The three lowest attendance rates in Development since 1 October', () => people(ratesAtEnd(team('DEV'), SINCE_1_OCT, 3, 'lowest'))),
  q('PG016', 'admin', 'Compare attendance for 1–18 November with 1–18 October', () =>
    figures(near(rate(rateOfScope(ALL, NOV_1_TO_18)), 'nov'), near(rate(rateOfScope(ALL, OCT_1_TO_18)), 'oct')),
  ),
  q('PG017', 'admin', 'What was the attendance rate on 31 October, the Autumn Half Day?', () => figures(rate(rateOfScope(ALL, ['2025-10-31', '2025-10-31'])))),
  q('PG018', 'admin', 'Absent days by team in September', () =>
    figures(...TEAM_CODES.map((code) => near(days(nonZero(totals(team(code), ...SEPTEMBER).absent)), teamLabel(code)))),
  ),
  q('PG019', 'admin', 'Late arrivals month by month from August to October, whole company', () =>
    figures(...MONTHS_SINCE_AUGUST.slice(0, 3).map((range, i) => near(count(totals(ALL, ...range).late), MONTH_WORDS[i]!))),
  ),
  q('PG020', 'admin', 'Who in the Data team had 100% attendance in September?', () => people(perfectThroughout(team('DAT'), SEPTEMBER))),
  q('PG021', 'admin', 'What was the company attendance rate on Founders Day?', () => answer({ mentions: ['holiday'] })),
  q('PG022', 'admin', 'Absence rate for Security between 1 Aug and 30 Sep', () => figures(rate(absenceRate(team('SEC'), AUG_AND_SEP)))),
  q('PG023', 'admin', 'Which people in AI were absent during the week of 13 October?', () => people(peopleWhere(team('AI'), 'absent', ...FOUNDERS_WEEK))),
  q('PG024', 'admin', "What's the attendance rate for Q3 and for this quarter so far, company-wide?", () =>
    figures(near(rate(rateOfScope(ALL, Q3_WHOLE)), 'q3|third|jul|sep|last'), near(rate(rateOfScope(ALL, THIS_QUARTER)), 'q4|fourth|this|so far|oct')),
  ),
  q('PG025', 'admin', "DAT's attendance rate from 15 Sep to 15 Oct, and how many late arrivals in that span?", () =>
    figures(rate(rateOfScope(team('DAT'), SEP_15_TO_OCT_15)), near(count(nonZero(totals(team('DAT'), ...SEP_15_TO_OCT_15).late)), 'late')),
  ),
  q('PG026', 'admin', 'half-days in DEV, oct vs nov so far', () =>
    figures(near(count(totals(team('DEV'), ...OCTOBER).halfDay), 'oct'), near(count(totals(team('DEV'), ...THIS_MONTH).halfDay), 'nov|so far|this')),
  ),
  q('PG027', 'admin', 'How many hours did Ravi Patel put in between 18 August and 12 September?', () =>
    figures(hours(nonZero(totals({ ids: ['DEV-014'] }, ...AUG_18_TO_SEP_12).hours))),
  ),
  q('PG028', 'admin', 'Who worked fewer than 60 hours between 3 and 14 November?', () => people(nonEmpty(hoursBelow(ALL, NOV_3_TO_14, 60)))),
  q('PG029', 'admin', 'Top 3 Security people by hours last month', () => people(mostHours(team('SEC'), OCTOBER, 3))),
  q('PG030', 'admin', 'how many ppl were late at least once in november so far', () =>
    figures(near(count(nonEmpty(peopleWhere(ALL, 'late', ...THIS_MONTH)).length), 'people|ppl|employee|person|staff|late')),
  ),
  q('PG031', 'admin', "What's the absence rate among the leads this quarter?", () => figures(rate(absenceRate(levelIn(undefined, 'Lead'), THIS_QUARTER)))),
  q('PG032', 'admin', 'attendence for QA over the last week of oct', () => figures(rate(agreedMeasure(team('QA'), 'rate', LAST_WEEK_OF_OCTOBER)))),
];
