/*
 * practice36 — the admin, one promise of the README and API.md at a time: each asked plainly, then again in a
 * less obvious wording. Attendance over days, weeks, months, quarters and ranges, hours, scores and their
 * statistics, hires and leavers, tenure, headcounts with filters, comparisons and thresholds.
 */
import { answer, ask, count, days, figures, hours, people, rate, score, type Question } from '../../expectation';
import { peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { headcount, hiredBetween, leftBetween, longestServing } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { isoWeek, rateIn } from '../../oracle/practice15-figures';
import { rankClean } from '../../oracle/practice19-figures';
import { teamsUnder } from '../../oracle/practice29-figures';
import { tenurePerTeam } from '../../oracle/practice31-figures';
import { aboveLine, Q3_2025, SINCE_OCT_1 } from '../../oracle/practice36-figures';
import { stats } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH, THIS_YEAR, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const HEAD = 'people|employee|headcount|staff|person|member|senior|hire|join|starter|leaver';

export const ADMIN: readonly Question[] = [
  q('PK001', 'admin', 'What was the attendance rate last week?', () => figures(rate(rateIn(ALL, LAST_WEEK)))),
  q('PK002', 'admin', 'company-wide attendance for last mon to sun?', () => figures(rate(rateIn(ALL, LAST_WEEK)))),
  q('PK003', 'admin', 'Who was late yesterday?', () => people(peopleWhere(ALL, 'late', YESTERDAY, YESTERDAY))),
  q('PK004', 'admin', 'any tardies on tuesday', () => people(peopleWhere(ALL, 'late', YESTERDAY, YESTERDAY))),
  q('PK005', 'admin', 'How many absent days were there across the company in October?', () => figures(days(totals(ALL, ...OCTOBER).absent))),
  q('PK006', 'admin', 'total no-show days org wide last month', () => figures(days(totals(ALL, ...OCTOBER).absent))),
  q('PK007', 'admin', 'Show me departments with attendance issues last month', () => answer({ teams: teamsUnder(OCTOBER, 0.9) })),
  q('PK008', 'admin', 'which teams slipped below 90% attendance in october?', () => answer({ teams: teamsUnder(OCTOBER, 0.9) })),
  q('PK009', 'admin', 'What was the attendance rate in Q3 2025?', () => figures(rate(rateIn(ALL, Q3_2025)))),
  q('PK010', 'admin', 'attendance % from july through september', () => figures(rate(rateIn(ALL, Q3_2025)))),
  q('PK011', 'admin', 'What is the attendance rate since 1 Oct?', () => figures(rate(rateIn(ALL, SINCE_OCT_1)))),
  q('PK012', 'admin', 'attendance month to date', () => figures(rate(rateIn(ALL, THIS_MONTH)))),
  q('PK013', 'admin', 'How many hours did QA work last week?', () => figures(hours(totals({ team: 'QA' }, ...LAST_WEEK).hours))),
  q('PK014', 'admin', 'total hrs logged by the testers in wk 46', () => figures(hours(totals({ team: 'QA' }, ...isoWeek(2025, 46)).hours))),
  q('PK015', 'admin', 'Who has a missing check-out this month?', () => people(peopleWhere(ALL, 'missingCheckOut', ...THIS_MONTH))),
  q('PK016', 'admin', 'who forgot to clock out so far in november', () => people(peopleWhere(ALL, 'missingCheckOut', ...THIS_MONTH))),
  q('PK017', 'admin', "What's the average score for Q1 2025?", () => figures(score(stats(['2025-Q1']).mean))),
  q('PK018', 'admin', 'mean perf score, first quarter of this year', () => figures(score(stats(['2025-Q1']).mean))),
  q('PK019', 'admin', 'Who are the top 5 performers in 2025-Q2?', () => people(rankClean('2025-Q2', 5, 'top'))),
  q('PK020', 'admin', 'best five scorers in the second quarter of 2025', () => people(rankClean('2025-Q2', 5, 'top'))),
  q('PK021', 'admin', 'What is the median score in Security for Q3 2025?', () => figures(score(stats(['2025-Q3'], { team: 'SEC' }).median))),
  q('PK022', 'admin', "middle value of SEC's scores last quarter", () => figures(score(stats(['2025-Q3'], { team: 'SEC' }).median))),
  q('PK023', 'admin', 'Who are the bottom 3 performers in Q3 2025?', () => people(rankClean('2025-Q3', 3, 'bottom'))),
  q('PK024', 'admin', 'lowest three scores last qtr — whose?', () => people(rankClean('2025-Q3', 3, 'bottom'))),
  q('PK025', 'admin', 'How many people joined this year?', () => figures(near(count(hiredBetween(...THIS_YEAR).length), HEAD))),
  q('PK026', 'admin', 'number of new starters since january', () => figures(near(count(hiredBetween(...THIS_YEAR).length), HEAD))),
  q('PK027', 'admin', 'Who left the company in 2025?', () => people(leftBetween('2025-01-01', '2025-12-31'))),
  q('PK028', 'admin', 'list the leavers this year, pls', () => people(leftBetween('2025-01-01', '2025-12-31'))),
  q('PK029', 'admin', 'Who is the longest-serving person in QA?', () => people(longestServing(1, { team: 'QA' }))),
  q('PK030', 'admin', "who's been in quality assurance the longest", () => people(longestServing(1, { team: 'QA' }))),
  q('PK031', 'admin', 'How many seniors are in Development?', () => figures(near(count(headcount({ team: 'DEV', position: 'Senior' })), HEAD))),
  q('PK032', 'admin', 'count of senior-level folks on the dev team', () => figures(near(count(headcount({ team: 'DEV', position: 'Senior' })), HEAD))),
  q('PK033', 'admin', 'How many people are in the Data team, including leavers?', () => figures(near(count(headcount({ team: 'DAT', status: 'any' })), HEAD))),
  q('PK034', 'admin', 'DAT headcount incl. ppl who have left', () => figures(near(count(headcount({ team: 'DAT', status: 'any' })), HEAD))),
  q('PK035', 'admin', 'Compare DEV and QA attendance last month', () =>
    figures(near(rate(rateIn({ team: 'DEV' }, OCTOBER)), teamLabel('DEV')), near(rate(rateIn({ team: 'QA' }, OCTOBER)), teamLabel('QA'))),
  ),
  q('PK036', 'admin', 'devs vs testers on attendance in october, side by side', () =>
    figures(near(rate(rateIn({ team: 'DEV' }, OCTOBER)), teamLabel('DEV')), near(rate(rateIn({ team: 'QA' }, OCTOBER)), teamLabel('QA'))),
  ),
  q('PK037', 'admin', 'average tenure by team', () => figures(...tenurePerTeam())),
  q('PK038', 'admin', 'how many years have people been here on average, per department?', () => figures(...tenurePerTeam())),
  q('PK039', 'admin', 'Who worked more than 45 hours last week?', () => people(aboveLine(ALL, 'hours', LAST_WEEK, 45))),
  q('PK040', 'admin', 'anyone put in over 45 hrs in the week of 10 Nov?', () => people(aboveLine(ALL, 'hours', LAST_WEEK, 45))),
  q('PK041', 'admin', "chris's attendance rate last month", () => ask('DEV-006', 'QA-004')),
  q('PK042', 'admin', 'how was Chris doing on attendance in October?', () => ask('DEV-006', 'QA-004')),
];
