/*
 * practice30 — the two managers' week (Priya Raman of DEV, Elena Petrova of QA): their own team's attendance,
 * hours, scores, leave and hires, asked as "my team", "my people", "my juniors"; every figure is of their team.
 */
import { count, days, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { MONTHS_SINCE_AUGUST, rateIn, topBy } from '../../oracle/practice15-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { meanOf, neverIn, rankClean } from '../../oracle/practice19-figures';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { overClean, Q3_TRACKED, Q4_SO_FAR, ratesOver, tenureMean } from '../../oracle/practice29-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };

export const MANAGERS: readonly Question[] = [
  // Priya Raman, DEV.
  q('PE033', 'DEV-001', "What was my team's attendance last week?", () => figures(rate(rateIn(DEV, LAST_WEEK)))),
  q('PE034', 'DEV-001', 'Who on my team was late last week?', () => people(peopleWhere(DEV, 'late', ...LAST_WEEK))),
  q('PE035', 'DEV-001', 'How many late arrivals did my team have in October?', () => figures(near(count(totals(DEV, ...OCTOBER).late), 'late'))),
  q('PE036', 'DEV-001', 'Which of my people were absent in September?', () => people(peopleWhere(DEV, 'absent', ...SEPTEMBER))),
  q('PE037', 'DEV-001', 'Who on my team put in the most hours last month, and how many?', () => {
    const top = hoursExtreme(DEV, OCTOBER, 'most');
    return people([top.id], hours(top.hours));
  }),
  q('PE038', 'DEV-001', "What's the average Q3 score on my team?", () => figures(score(meanOf('2025-Q3', DEV)))),
  q('PE039', 'DEV-001', 'Who are my two lowest scorers for Q3?', () => people(rankClean('2025-Q3', 2, 'bottom', DEV))),
  q('PE040', 'DEV-001', 'How many people report to me?', () => figures(near(count(headcount(DEV)), 'people|employee|headcount|staff|person|member'))),
  q('PE041', 'DEV-001', 'How much sick leave has my team taken this year?', () => figures(days(leaveTaken(DEV, 'SICK', YEAR_TO_DATE)))),
  q('PE042', 'DEV-001', "My juniors' attendance this quarter", () => figures(rate(rateIn(levelIn('DEV', 'Junior'), Q4_SO_FAR)))),
  q('PE043', 'DEV-001', 'Average tenure on my team?', () => figures(years(tenureMean(DEV)))),

  // Elena Petrova, QA.
  q('PE044', 'QA-001', 'How was my team’s attendance this month so far?', () => figures(rate(rateIn(QA, THIS_MONTH)))),
  q('PE045', 'QA-001', 'My team’s attendance month by month since August', () => figures(...ratesOver(QA, MONTHS_SINCE_AUGUST).map((r) => rate(r)))),
  q('PE046', 'QA-001', 'Who on my team missed more than one day in October?', () => people(overClean(QA, 'absent', OCTOBER, 1))),
  q('PE047', 'QA-001', 'Who was late most often on my team in Q3?', () => people(topBy(QA, 'late', Q3_TRACKED, 1))),
  q('PE048', 'QA-001', 'Who on my team was never late in September?', () => people(neverIn(QA, 'late', SEPTEMBER))),
  q('PE049', 'QA-001', 'Median Q3 score for my team', () => figures(score(medianOf('2025-Q3', QA)))),
  q('PE050', 'QA-001', 'Top 2 performers on my team in Q2', () => people(rankClean('2025-Q2', 2, 'top', QA))),
  q('PE051', 'QA-001', 'How many days of annual leave has my team used this year?', () => figures(days(leaveTaken(QA, 'ANNUAL', YEAR_TO_DATE)))),
  q('PE052', 'QA-001', 'Who joined my team this year?', () => people(hiredBetween(...YEAR_TO_DATE, 'QA'))),
  q('PE053', 'QA-001', 'How many absences did my team have last week?', () => figures(near(days(totals(QA, ...LAST_WEEK).absent), 'absen|day|missed'))),
];
