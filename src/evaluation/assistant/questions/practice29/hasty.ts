/*
 * practice29 — the same deep dive typed in a hurry between meetings: typos, abbreviations ("avg", "hc", "qtr",
 * "YTD", "wk", "mth", "ppl", "abs"), lowercase fragments. Each reads as one of the questions above, over its
 * own part of the data set.
 */
import { count, days, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { peopleWhere, totals } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { MONTHS_SINCE_AUGUST, rateIn, topBy } from '../../oracle/practice15-figures';
import { absenceRate, leaveTaken } from '../../oracle/practice17-figures';
import { meanOf, neverIn, rankClean } from '../../oracle/practice19-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { headcountExcept } from '../../oracle/practice22-figures';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { fewestHours } from '../../oracle/practice24-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { medianOf } from '../../oracle/practice27-figures';
import {
  cohort,
  countsOver,
  HIRED_THIS_YEAR,
  meanWithout,
  overClean,
  Q3_TRACKED,
  Q4_SO_FAR,
  ratesOver,
  teamsUnder,
  tenureMean,
} from '../../oracle/practice29-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER } from '../helpers';

const HEAD = 'people|employee|headcount|staff|person|hc|ppl';

export const HASTY: readonly Question[] = [
  q('PD201', 'admin', 'attendnce seniors DAT q3', () => figures(rate(rateIn(levelIn('DAT', 'Senior'), Q3_TRACKED)))),
  q('PD202', 'admin', 'avg scor Q3 w/o DEV', () => figures(score(meanWithout('2025-Q3', ['DEV'])))),
  q('PD203', 'admin', 'hc excl managers', () => figures(near(count(headcountExcept(['Manager'])), HEAD))),
  q('PD204', 'admin', 'teams below 95% this qtr', () => ({ kind: 'answer', teams: teamsUnder(Q4_SO_FAR, 0.95) })),
  q('PD205', 'admin', 'who misssed more than 3 days in sept', () => people(overClean({}, 'absent', SEPTEMBER, 3))),
  q('PD206', 'admin', 'bottm 3 hrs DEV october', () => people(fewestHours({ team: 'DEV' }, OCTOBER, 3))),
  q('PD207', 'admin', 'late ppl q3 top 3 in QA', () => people(topBy({ team: 'QA' }, 'late', Q3_TRACKED, 3))),
  q('PD208', 'admin', 'abs rate company last mth', () => figures(rate(absenceRate({}, OCTOBER)))),
  q('PD209', 'admin', 'SEC attendence by month since aug', () => figures(...ratesOver({ team: 'SEC' }, MONTHS_SINCE_AUGUST).map((r) => rate(r)))),
  q('PD210', 'admin', 'qa avg vs dev avg q3', () =>
    figures(near(score(meanOf('2025-Q3', { team: 'QA' })), teamLabel('QA')), near(score(meanOf('2025-Q3', { team: 'DEV' })), teamLabel('DEV'))),
  ),
  q('PD211', 'admin', 'median scor AI q2', () => figures(score(medianOf('2025-Q2', { team: 'AI' })))),
  q('PD212', 'admin', 'spread of scores DAT last qtr', () => figures(score(spreadOf('2025-Q3', { team: 'DAT' })))),
  q('PD213', 'admin', 'avg tenure SEC', () => figures(years(tenureMean({ team: 'SEC' })))),
  q('PD214', 'admin', 'hires + leavers ytd', () =>
    figures(near(count(hiredBetween(...YEAR_TO_DATE).length), 'hire|join|new'), near(count(leftBetween(...YEAR_TO_DATE).length), 'left|leaver|depart')),
  ),
  q('PD215', 'admin', 'this yrs hires late in oct?? who', () => people(peopleWhere(cohort(HIRED_THIS_YEAR), 'late', ...OCTOBER))),
  q('PD216', 'admin', 'who in dev wasnt absent in octobr', () => people(neverIn({ team: 'DEV' }, 'absent', OCTOBER))),
  q('PD217', 'admin', 'sick days DAT this qtr', () => figures(days(leaveTaken({ team: 'DAT' }, 'SICK', Q4_SO_FAR)))),
  q('PD218', 'admin', 'late arrivals per month QA since aug', () =>
    figures(...countsOver({ team: 'QA' }, 'late', MONTHS_SINCE_AUGUST).map((n) => near(count(n), 'late'))),
  ),
  q('PD219', 'admin', 'hc of seniors in QA', () => figures(near(count(headcount({ team: 'QA', position: 'Senior' })), HEAD + '|senior'))),
  q('PD220', 'admin', 'most hrs in AI last wk + how many', () => {
    const top = hoursExtreme({ team: 'AI' }, LAST_WEEK, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PD221', 'admin', 'bottom 3 scores in SEC q3', () => people(rankClean('2025-Q3', 3, 'bottom', { team: 'SEC' }))),
  q('PD222', 'admin', 'ppl late more then 4 times this qtr', () => people(overClean({}, 'late', Q4_SO_FAR, 4))),
  q('PD223', 'admin', 'juniors attendence YTD', () => figures(rate(rateIn(levelIn(undefined, 'Junior'), YEAR_TO_DATE)))),
  q('PD224', 'admin', 'DEV half days last mth', () => figures(near(count(totals({ team: 'DEV' }, ...OCTOBER).halfDay), 'half'))),
  q('PD225', 'admin', 'attendance AI vs DAT sept', () =>
    figures(near(rate(rateIn({ team: 'AI' }, SEPTEMBER)), teamLabel('AI')), near(rate(rateIn({ team: 'DAT' }, SEPTEMBER)), teamLabel('DAT'))),
  ),
];
