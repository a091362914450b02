/*
 * practice30 — the admin's week: attendance over days, weeks, months and relative periods, hours, scores and
 * their statistics, leave taken, hires and leavers, tenure, rankings and comparisons, in her own words.
 */
import { count, days, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { MONTHS_SINCE_AUGUST, rateIn, topBy } from '../../oracle/practice15-figures';
import { absenceRate, leaveTaken } from '../../oracle/practice17-figures';
import { meanOf, neverIn, rankClean } from '../../oracle/practice19-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { fewestHours } from '../../oracle/practice24-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { maxOf, medianOf, minOf } from '../../oracle/practice27-figures';
import { overClean, Q3_TRACKED, Q4_SO_FAR, ratesOver, teamsUnder, tenureMean } from '../../oracle/practice29-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const ALL: Scope = {};
const HEAD = 'people|employee|headcount|staff|person';

export const ADMIN: readonly Question[] = [
  q('PE001', 'admin', "What was the company's attendance rate last week?", () => figures(rate(rateIn(ALL, LAST_WEEK)))),
  q('PE002', 'admin', 'How is attendance looking this month so far?', () => figures(rate(rateIn(ALL, THIS_MONTH)))),
  q('PE003', 'admin', "What was QA's attendance rate in October?", () => figures(rate(rateIn({ team: 'QA' }, OCTOBER)))),
  q('PE004', 'admin', 'Attendance rate for the Data team in September, please.', () => figures(rate(rateIn({ team: 'DAT' }, SEPTEMBER)))),
  q('PE005', 'admin', 'Company attendance by month since August', () => figures(...ratesOver(ALL, MONTHS_SINCE_AUGUST).map((r) => rate(r)))),
  q('PE006', 'admin', 'How many late arrivals were there across the company last week?', () => figures(near(count(totals(ALL, ...LAST_WEEK).late), 'late'))),
  q('PE007', 'admin', 'Who was absent in AI last month?', () => people(peopleWhere({ team: 'AI' }, 'absent', ...OCTOBER))),
  q('PE008', 'admin', 'Which people were late more than 3 times in October?', () => people(overClean(ALL, 'late', OCTOBER, 3))),
  q('PE009', 'admin', 'What was the absence rate in Security this quarter?', () => figures(rate(absenceRate({ team: 'SEC' }, Q4_SO_FAR)))),
  q('PE010', 'admin', 'Who in Security was never absent in September?', () => people(neverIn({ team: 'SEC' }, 'absent', SEPTEMBER))),
  q('PE011', 'admin', 'Which teams were under 95% attendance last month?', () => ({ kind: 'answer', teams: teamsUnder(OCTOBER, 0.95) })),
  q('PE012', 'admin', 'Who worked the most hours in the whole company last week, and how many?', () => {
    const top = hoursExtreme(ALL, LAST_WEEK, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PE013', 'admin', 'Which 3 people in DAT logged the fewest hours in October?', () => people(fewestHours({ team: 'DAT' }, OCTOBER, 3))),
  q('PE014', 'admin', 'Who were the top 3 latecomers company-wide in Q3?', () => people(topBy(ALL, 'late', Q3_TRACKED, 3))),
  q('PE015', 'admin', 'What was the average performance score in Q3?', () => figures(score(meanOf('2025-Q3', ALL)))),
  q('PE016', 'admin', 'Median Q2 score across the company?', () => figures(score(medianOf('2025-Q2')))),
  q('PE017', 'admin', 'Highest and lowest Q3 score in DEV', () => figures(score(maxOf('2025-Q3', { team: 'DEV' })), score(minOf('2025-Q3', { team: 'DEV' })))),
  q('PE018', 'admin', 'How wide is the range of Q3 scores in the AI team?', () => figures(score(spreadOf('2025-Q3', { team: 'AI' })))),
  q('PE019', 'admin', 'Who are the top 5 performers for Q3?', () => people(rankClean('2025-Q3', 5, 'top'))),
  q('PE020', 'admin', 'Bottom 3 scores in QA last quarter', () => people(rankClean('2025-Q3', 3, 'bottom', { team: 'QA' }))),
  q('PE021', 'admin', 'Average Q3 score of AI versus Security', () =>
    figures(near(score(meanOf('2025-Q3', { team: 'AI' })), teamLabel('AI')), near(score(meanOf('2025-Q3', { team: 'SEC' })), teamLabel('SEC'))),
  ),
  q('PE022', 'admin', 'How many people work here right now?', () => figures(near(count(headcount({})), HEAD))),
  q('PE023', 'admin', 'How many seniors are there in DEV?', () => figures(near(count(headcount({ team: 'DEV', position: 'Senior' })), HEAD + '|senior'))),
  q('PE024', 'admin', 'Who did we hire this year?', () => people(hiredBetween(...YEAR_TO_DATE))),
  q('PE025', 'admin', 'Who has left the company this year?', () => people(leftBetween(...YEAR_TO_DATE))),
  q('PE026', 'admin', 'What is the average tenure across the company?', () => figures(years(tenureMean({})))),
  q('PE027', 'admin', "What's the average tenure in QA?", () => figures(years(tenureMean({ team: 'QA' })))),
  q('PE028', 'admin', 'How many days of sick leave did the company take this year?', () => figures(days(leaveTaken(ALL, 'SICK', YEAR_TO_DATE)))),
  q('PE029', 'admin', 'Annual leave taken by Security so far this year', () => figures(days(leaveTaken({ team: 'SEC' }, 'ANNUAL', YEAR_TO_DATE)))),
  q('PE030', 'admin', 'Attendance rate of the juniors across the company last month', () => figures(rate(rateIn(levelIn(undefined, 'Junior'), OCTOBER)))),
  q('PE031', 'admin', 'Attendance in DEV and in AI last week', () =>
    figures(near(rate(rateIn({ team: 'DEV' }, LAST_WEEK)), teamLabel('DEV')), near(rate(rateIn({ team: 'AI' }, LAST_WEEK)), teamLabel('AI'))),
  ),
  q('PE032', 'admin', 'How many half days did QA have in September?', () => figures(near(count(totals({ team: 'QA' }, ...SEPTEMBER).halfDay), 'half'))),
];
