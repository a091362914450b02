/*
 * practice29 — the two managers (Priya Raman of DEV, Elena Petrova of QA) run the same deep dive on their own
 * team: a level over a period, thresholds, rankings, series, score statistics, tenure, hires and leave, and
 * negations — "my team", "my seniors", "my juniors". Every figure is of their team only.
 */
import { count, days, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { MONTHS_SINCE_AUGUST, rateIn, topBy } from '../../oracle/practice15-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { meanOf, neverIn, rankClean } from '../../oracle/practice19-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { fewestHours } from '../../oracle/practice24-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { maxOf, medianOf, minOf } from '../../oracle/practice27-figures';
import { absenceRatesOver, countsOver, overClean, Q3_TRACKED, Q4_SO_FAR, ratesOver, tenureMean, WEEKS_OCT20_TO_NOV10 } from '../../oracle/practice29-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const rates = (list: number[]) => figures(...list.map((r) => rate(r)));

export const MANAGERS: readonly Question[] = [
  // Priya Raman, DEV.
  q('PD137', 'DEV-001', 'attendance rate of my seniors in October', () => figures(rate(rateIn(levelIn('DEV', 'Senior'), OCTOBER)))),
  q('PD138', 'DEV-001', 'my juniors attendance in Q3', () => figures(rate(rateIn(levelIn('DEV', 'Junior'), Q3_TRACKED)))),
  q('PD139', 'DEV-001', 'who on my team was late more than 3 times this quarter', () => people(overClean(DEV, 'late', Q4_SO_FAR, 3))),
  q('PD140', 'DEV-001', 'bottom 3 on my team by hours last week', () => people(fewestHours(DEV, LAST_WEEK, 3))),
  q('PD141', 'DEV-001', "my team's attendance by month since August", () => rates(ratesOver(DEV, MONTHS_SINCE_AUGUST))),
  q('PD142', 'DEV-001', 'absence rate of my team week by week, weeks starting 20 Oct, 27 Oct, 3 Nov and 10 Nov', () =>
    rates(absenceRatesOver(DEV, WEEKS_OCT20_TO_NOV10)),
  ),
  q('PD143', 'DEV-001', 'avg score of my team in Q2 vs Q3', () => figures(score(meanOf('2025-Q2', DEV)), score(meanOf('2025-Q3', DEV)))),
  q('PD144', 'DEV-001', 'median and spread of my team’s Q3 scores', () => figures(score(medianOf('2025-Q3', DEV)), score(spreadOf('2025-Q3', DEV)))),
  q('PD145', 'DEV-001', 'top 3 on my team by score last quarter', () => people(rankClean('2025-Q3', 3, 'top', DEV))),
  q('PD146', 'DEV-001', 'who on my team was never late in October', () => people(neverIn(DEV, 'late', OCTOBER))),
  q('PD147', 'DEV-001', 'average tenure on my team', () => figures(years(tenureMean({ team: 'DEV' })))),
  q('PD148', 'DEV-001', 'who joined my team this year', () => people(hiredBetween(...YEAR_TO_DATE, 'DEV'))),
  q('PD149', 'DEV-001', 'annual leave my team took this year so far', () => figures(days(leaveTaken(DEV, 'ANNUAL', YEAR_TO_DATE)))),
  q('PD150', 'DEV-001', 'who on my team worked the most hours in October, and how many', () => {
    const top = hoursExtreme(DEV, OCTOBER, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PD151', 'DEV-001', 'late arrivals on my team by month since aug', () =>
    figures(...countsOver(DEV, 'late', MONTHS_SINCE_AUGUST).map((n) => near(count(n), 'late'))),
  ),

  // Elena Petrova, QA.
  q('PD152', 'QA-001', 'attendance of my mid-levels last month', () => figures(rate(rateIn(levelIn('QA', 'Mid'), OCTOBER)))),
  q('PD153', 'QA-001', 'who in my team missed more than 2 days in October', () => people(overClean(QA, 'absent', OCTOBER, 2))),
  q('PD154', 'QA-001', 'top 3 latecomers on my team last quarter', () => people(topBy(QA, 'late', Q3_TRACKED, 3))),
  q('PD155', 'QA-001', 'my team attendance per quarter, Q3 and Q4 so far', () => rates(ratesOver(QA, [Q3_TRACKED, Q4_SO_FAR]))),
  q('PD156', 'QA-001', 'monthly absence rate for my team since August', () => rates(absenceRatesOver(QA, MONTHS_SINCE_AUGUST))),
  q('PD157', 'QA-001', 'average, min and max score on my team in Q3', () => figures(score(meanOf('2025-Q3', QA)), score(statOf('min')), score(statOf('max')))),
  q('PD158', 'QA-001', 'bottom 2 scores in my team in Q2', () => people(rankClean('2025-Q2', 2, 'bottom', QA))),
  q('PD159', 'QA-001', 'who on my team was never late in September', () => people(neverIn(QA, 'late', SEPTEMBER))),
  q('PD160', 'QA-001', 'my seniors attendance this qtr', () => figures(rate(rateIn(levelIn('QA', 'Senior'), Q4_SO_FAR)))),
  q('PD161', 'QA-001', 'how many absences did my team have last week', () =>
    figures(near(days(countsOver(QA, 'absent', [LAST_WEEK])[0]!), 'absen|day|missed')),
  ),
];

function statOf(which: 'min' | 'max'): number {
  return which === 'min' ? minOf('2025-Q3', QA) : maxOf('2025-Q3', QA);
}
