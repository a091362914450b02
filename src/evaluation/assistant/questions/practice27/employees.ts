/*
 * practice27 — the outside tester logs in as each employee (DEV-003 Aisha Khan, QA-003 Fatima Zahra,
 * DAT-004 Kevin O'Brien, SEC-004 Emma Clarke) and checks "me": my attendance rate over the README's periods
 * and against the period before, my late days and their dates, my hours, my check-in times, my score and its
 * change, my tenure and start date, my requests. Formal, chatty, terse and misspelt. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set and
 * the oracle.
 */
import { answer, count, figures, hours, rate, score, years, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { hireOf } from '../../oracle/practice18-figures';
import { lastDayWhen, lateDates, nonZero } from '../../oracle/practice20-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { LAST_QUARTER, monthlyRates, pastDays, SINCE_A_MONTH, titleOf, yearsOf } from '../../oracle/practice27-figures';
import { requestStarts } from '../../oracle/practice12-figures';
import { kpiOf, scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const me = (id: string) => ({ ids: [id] });

export const EMPLOYEES: readonly Question[] = [
  // DEV-003, Aisha Khan.
  q('PB162', 'DEV-003', 'What was my attendance rate last month?', () => figures(rate(rateIn(me('DEV-003'), OCTOBER)))),
  q('PB163', 'DEV-003', 'my attendance this year so far', () => figures(rate(rateIn(me('DEV-003'), YEAR_TO_DATE)))),
  q('PB164', 'DEV-003', 'my attendence by month', () => figures(...monthlyRates(me('DEV-003')).map((r) => rate(r)))),
  q('PB165', 'DEV-003', 'how many hours did i work last week', () => figures(hours(nonZero(measureOf('DEV-003', 'hours', ...LAST_WEEK))))),
  q('PB166', 'DEV-003', 'my check-in time yesterday', () => answer({ mentions: [checkInTime('DEV-003', YESTERDAY)] })),
  q('PB167', 'DEV-003', 'my score Q2 vs Q3', () => figures(score(scoreOf('DEV-003', '2025-Q2')), score(scoreOf('DEV-003', '2025-Q3')))),

  // QA-003, Fatima Zahra.
  q('PB168', 'QA-003', 'Could you tell me how many times I was late last quarter?', () =>
    figures(near(count(measureOf('QA-003', 'late', ...LAST_QUARTER)), 'late|time')),
  ),
  q('PB169', 'QA-003', 'my hours in september vs october', () =>
    figures(hours(nonZero(measureOf('QA-003', 'hours', ...SEPTEMBER))), hours(nonZero(measureOf('QA-003', 'hours', ...OCTOBER)))),
  ),
  q('PB170', 'QA-003', 'my attendance rate since a month', () => figures(rate(rateIn(me('QA-003'), SINCE_A_MONTH)))),
  q('PB171', 'QA-003', 'wat time did i clock in today', () => answer({ mentions: [checkInTime('QA-003', TODAY)] })),
  q('PB172', 'QA-003', 'my last q score', () => figures(score(scoreOf('QA-003', '2025-Q3')))),
  q('PB173', 'QA-003', 'how long have i worked here', () => figures(years(yearsOf('QA-003')))),

  // DAT-004, Kevin O'Brien.
  q('PB174', 'DAT-004', 'What is my job title?', () => answer({ mentions: [titleOf('DAT-004')] })),
  q('PB175', 'DAT-004', 'when did i start', () => answer({ dates: [hireOf('DAT-004')] })),
  q('PB176', 'DAT-004', 'when was I last late', () => answer({ dates: [lastDayWhen('DAT-004', 'late')] })),
  q('PB177', 'DAT-004', 'my attendance last quarter', () => figures(rate(rateIn(me('DAT-004'), LAST_QUARTER)))),
  q('PB178', 'DAT-004', 'hours this month', () => figures(hours(nonZero(measureOf('DAT-004', 'hours', ...THIS_MONTH))))),
  q('PB179', 'DAT-004', 'my scroe trend over all quarters', () =>
    figures(...['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreOf('DAT-004', p)))),
  ),

  // SEC-004, Emma Clarke.
  q('PB180', 'SEC-004', 'which days was I late last quarter', () => answer({ dates: lateDates('SEC-004', LAST_QUARTER) })),
  q('PB181', 'SEC-004', 'my late arrivals in the past 30 days', () => figures(near(count(pastDays(30, me('SEC-004'), 'late')), 'late|time'))),
  q('PB182', 'SEC-004', 'what was my KPI last quarter', () => figures(score(kpiOf('SEC-004', '2025-Q3')))),
  q('PB183', 'SEC-004', 'when does my pending leave start', () => answer({ dates: requestStarts('SEC-004', 'pending') })),
];
