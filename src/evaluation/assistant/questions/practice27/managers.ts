/*
 * practice27 — the outside tester logs in as each team manager (DEV-001, Priya Raman; QA-001, Elena Petrova)
 * and checks that the README's capabilities work for "my team": headcount and levels, the rate over the
 * README's periods and against the period before, the month-by-month trend, who was late, absent or missing a
 * check-out, rankings and thresholds, hours, scores and their statistics, a member by first name or misspelt.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date and person comes
 * from the data set and the oracle.
 */
import { answer, count, figures, hours, people, rate, score, type Question } from '../../expectation';
import { measureOf, mostOf, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { headcount } from '../../oracle/people-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { rateIn, ratesAtEnd } from '../../oracle/practice15-figures';
import { lastDaysWhere } from '../../oracle/practice16-figures';
import { hireOf } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { lastDayWhen, nonZero } from '../../oracle/practice20-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { moreThan } from '../../oracle/practice23-figures';
import { LAST_QUARTER, maxOf, medianOf, minOf, monthlyRates, pastDays, positionOf, rateBelow, SINCE_A_MONTH } from '../../oracle/practice27-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const Q3 = '2025-Q3';

export const MANAGERS: readonly Question[] = [
  // DEV-001 about DEV.
  q('PB134', 'DEV-001', 'How many people are in my team?', () => figures(count(headcount({ team: 'DEV' })))),
  q('PB135', 'DEV-001', 'how many juniors do i manage', () => figures(count(headcount({ team: 'DEV', position: 'Junior' })))),
  q('PB136', 'DEV-001', 'What was my team’s attendance rate last month?', () => figures(rate(rateIn(DEV, OCTOBER)))),
  q('PB137', 'DEV-001', 'team attendence this month vs last month', () => figures(rate(rateIn(DEV, THIS_MONTH)), rate(rateIn(DEV, OCTOBER)))),
  q('PB138', 'DEV-001', 'attendance trend by month for my team', () => figures(...monthlyRates(DEV).map((r) => rate(r)))),
  q('PB139', 'DEV-001', 'who was late last week', () => people(peopleWhere(DEV, 'late', ...LAST_WEEK))),
  q('PB140', 'DEV-001', 'who on my team was absent in the past 14 days', () => people(lastDaysWhere(14, DEV, 'absent'))),
  q('PB141', 'DEV-001', 'missing check-outs in my team this month', () => people(peopleWhere(DEV, 'missingCheckOut', ...THIS_MONTH))),
  q('PB142', 'DEV-001', 'the 3 lowest attendance rates on my team last quarter', () => people(ratesAtEnd(DEV, LAST_QUARTER, 3, 'lowest'))),
  q('PB143', 'DEV-001', 'who on my team had attendance below 90% in October', () => people(rateBelow(DEV, OCTOBER, 0.9))),
  q('PB144', 'DEV-001', 'my juniors late since a month', () => people(peopleWhere(levelIn('DEV', 'Junior'), 'late', ...SINCE_A_MONTH))),
  q('PB145', 'DEV-001', 'hours worked by my seniors last week', () => figures(hours(nonZero(totals(levelIn('DEV', 'Senior'), ...LAST_WEEK).hours)))),
  q('PB146', 'DEV-001', 'avg score of my team last quarter', () => figures(score(meanOf(Q3, DEV)))),
  // As PB087: the range as max − min, one figure, beside the median.
  q('PB147', 'DEV-001', 'median and range of my team’s Q3 scores', () => figures(score(medianOf(Q3, DEV)), score(spreadOf(Q3, DEV)))),
  q('PB148', 'DEV-001', 'top 2 performers on my team in Q3', () => people(rankClean(Q3, 2, 'top', DEV))),
  q('PB149', 'DEV-001', 'when was yuki last late', () => answer({ dates: [lastDayWhen('DEV-009', 'late')] })),
  q('PB150', 'DEV-001', "what's omar's grade", () => answer({ mentions: [positionOf('DEV-010')] })),
  q('PB151', 'DEV-001', 'hours danial okafor worked last week', () => figures(hours(nonZero(measureOf('DEV-008', 'hours', ...LAST_WEEK))))),

  // QA-001 about QA.
  q('PB152', 'QA-001', 'headcount of my team', () => figures(count(headcount({ team: 'QA' })))),
  q('PB153', 'QA-001', 'Please give me the attendance rate of my team for the last quarter.', () => figures(rate(rateIn(QA, LAST_QUARTER)))),
  q('PB154', 'QA-001', 'qa attendance september vs october', () => figures(rate(rateIn(QA, SEPTEMBER)), rate(rateIn(QA, OCTOBER)))),
  q('PB155', 'QA-001', 'late arrivals in my team over the past 14 days', () => figures(near(count(pastDays(14, QA, 'late')), 'late'))),
  q('PB156', 'QA-001', 'who was late the most last quarter', () => people(mostOf(QA, 'late', ...LAST_QUARTER))),
  q('PB157', 'QA-001', 'who was absent more than 2 days last month', () => people(moreThan(QA, 'absent', OCTOBER, 2))),
  q('PB158', 'QA-001', 'lowest and highest score on my team in Q3', () => figures(score(minOf(Q3, QA)), score(maxOf(Q3, QA)))),
  q('PB159', 'QA-001', 'when did ivan join', () => answer({ dates: [hireOf('QA-010')] })),
  q('PB160', 'QA-001', 'marcus attendance last month', () => figures(rate(rateIn({ ids: ['QA-002'] }, OCTOBER)))),
  q('PB161', 'QA-001', 'avg score of my juniors in Q3', () => figures(score(meanOf(Q3, levelIn('QA', 'Junior'))))),
];
