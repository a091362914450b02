/*
 * practice34 — Elena Petrova (QA-001, the manager of Quality Assurance) preparing her one-to-ones: her team's
 * absence and attendance rates, late arrivals, the offsite, scores and who dropped, leave, one person at a time. A list
 * or ranking of "my team" must come out the same whether or not she counts herself (sameWithoutAsker).
 */
import { answer, days, figures, people, rate, score, type Question } from '../../expectation';
import { mostOf, notCheckedInToday, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { DECEMBER } from '../../oracle/practice14-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { withRequests } from '../../oracle/practice17-figures';
import { rankClean, scoreIn } from '../../oracle/practice19-figures';
import { lateDates, nonEmpty, yesNo } from '../../oracle/practice20-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { clearlyDiffer, overClean } from '../../oracle/practice29-figures';
import { leaveByKind, meanOfLevel, scoredPast } from '../../oracle/practice31-figures';
import { annualAvailable } from '../../oracle/practice32-figures';
import { Q3_RANGE, SINCE_OCT_1 } from '../../oracle/practice33-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { level, movers, overAbsences, sameWithoutAsker, SINCE_OCT_6 } from '../../oracle/practice34-figures';
import { near } from '../../oracle/practice10-figures';
import { OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER } from '../helpers';

const QA: Scope = { team: 'QA' };
const ME = 'QA-001';
const [Q2, Q3] = ['2025-Q2', '2025-Q3'];
const mine = <T>(answerOf: (scope: Scope) => T): T => sameWithoutAsker(QA, ME, answerOf);

export const MANAGER_QA: readonly Question[] = [
  q('PI141', ME, "My team's absence rate: September vs October", () => figures(rate(absenceRate(QA, SEPTEMBER)), rate(absenceRate(QA, OCTOBER)))),
  q('PI142', ME, 'Who on my team has missed more than 3 days since 1 Oct?', () => people(mine((s) => overAbsences(s, SINCE_OCT_1, 3)))),
  q('PI143', ME, 'Attendance of my juniors vs my mid-levels this quarter', () =>
    figures(near(rate(rateIn(level('QA', 'Junior'), THIS_QUARTER)), 'junior'), near(rate(rateIn(level('QA', 'Mid'), THIS_QUARTER)), 'mid')),
  ),
  q('PI144', ME, 'Which of the testers were late more than 4 times in Q3?', () => people(mine((s) => overClean(s, 'late', Q3_RANGE, 4)))),
  q('PI145', ME, 'Top 3 on my team for Q3', () => people(mine((s) => rankClean(Q3, 3, 'top', s)))),
  q('PI146', ME, 'Who on my team went down between Q2 and Q3?', () => people(mine((s) => movers(Q2, Q3, 'down', s)))),
  q('PI147', ME, 'Which of my people scored below 60 in Q3?', () => people(scoredPast(Q3, 60, 'below', QA))),
  q('PI148', ME, 'How many working days does my team have in December?', () => figures(near(days(workingDaysHalves(DECEMBER, 'QA')), 'day'))),
  q('PI149', ME, 'What date was our team offsite?', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('PI150', ME, 'Who on my team came in late on the offsite day?', () =>
    people(nonEmpty(peopleWhere(QA, 'late', holidayDate('QA Offsite'), holidayDate('QA Offsite')))),
  ),
  q('PI151', ME, 'How many annual leave days has Zoe got left?', () => figures(near(days(annualAvailable('QA-009')), 'day|left|available|annual'))),
  q('PI152', ME, 'Who on my team has leave pending?', () => people(withRequests('pending', QA))),
  q('PI153', ME, 'Leave my team has taken so far this year, by type', () => figures(...leaveByKind(QA, YEAR_TO_DATE))),
  q('PI154', ME, "Who on my team isn't in yet today?", () => people(nonEmpty(mine((s) => notCheckedInToday(s))))),
  q('PI155', ME, 'Which days was Leo late last month?', () => answer({ dates: nonEmpty(lateDates('QA-008', OCTOBER)) })),
  q('PI156', ME, "Ivan Petrov's attendance rate since 6 October", () => figures(rate(rateIn({ ids: ['QA-010'] }, SINCE_OCT_6)))),
  q('PI157', ME, "chris's attendance last month?", () => figures(rate(rateIn({ ids: ['QA-004'] }, OCTOBER)))),
  q('PI158', ME, "Did my team's attendance drop from September to October?", () => {
    const [sep, oct] = [rateIn(QA, SEPTEMBER), rateIn(QA, OCTOBER)];
    return yesNo(clearlyDiffer(sep, oct, 0.002), [rate(sep), rate(oct)]);
  }),
  q('PI159', ME, 'Who on the QA team had the most late arrivals this month?', () => people(nonEmpty(mine((s) => mostOf(s, 'late', ...THIS_MONTH))))),
  q('PI160', ME, 'avg Q3 score for my seniors', () => figures(score(meanOfLevel(Q3, 'Senior', 'QA')))),
  q('PI161', ME, 'How many absence days did my team log this month?', () => figures(days(totals(QA, ...THIS_MONTH).absent))),
  q('PI162', ME, "Zoe Adams' Q3 score and how it compares with her Q2", () => figures(score(scoreIn(Q3, 'QA-009')), score(scoreIn(Q2, 'QA-009')))),
];
