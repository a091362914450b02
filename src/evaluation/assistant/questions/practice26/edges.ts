/*
 * practice26 — the month-end questions typed in a hurry: relative periods (this week, the week before last,
 * since August, the first half of October, a date range in words), typos, lowercase and fragments, from the
 * admin and the two managers. Written code-blind from /work/shared/API.md, docs/API.md and the README; every
 * figure, date and person comes from the data set and the oracle.
 */
import { count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { FIRST_HALF_OCT } from '../../oracle/practice16-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { nonZero } from '../../oracle/practice20-figures';
import { hoursIn } from '../../oracle/practice22-figures';
import { hoursBelow, moreThan, someoneWith, WEEK_BEFORE_LAST } from '../../oracle/practice23-figures';
import { SINCE_AUGUST } from '../../oracle/practice18-figures';
import { OCT_1_TO_20 } from '../../oracle/practice19-figures';
import { LAST_WEEK, q, THIS_WEEK } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };

export const EDGES: readonly Question[] = [
  q('PA222', 'admin', 'hours this week everyone', () => figures(hours(hoursIn(ALL, THIS_WEEK)))),
  q('PA223', 'admin', 'hours wrked by DAT the week before last', () => figures(hours(hoursIn({ team: 'DAT' }, WEEK_BEFORE_LAST)))),
  q('PA224', 'admin', 'attendence rate first half of october', () => figures(rate(rateIn(ALL, FIRST_HALF_OCT)))),
  q('PA225', 'admin', 'how many hours did felix wagner work from 1 to 20 october', () => figures(hours(nonZero(measureOf('AI-003', 'hours', ...OCT_1_TO_20))))),
  q('PA226', 'admin', 'late arrivals since august, SEC', () => figures(near(count(totals({ team: 'SEC' }, ...SINCE_AUGUST).late), 'late'))),
  q('PA227', 'admin', 'who missed more then 5 days since august', () => people(moreThan(ALL, 'absent', SINCE_AUGUST, 5))),
  q('PA228', 'admin', 'missing checkouts last week?', () => people(someoneWith(ALL, 'missingCheckOut', LAST_WEEK))),
  q('PA229', 'admin', 'ppl under 35 hrs last week in AI', () => people(hoursBelow({ team: 'AI' }, LAST_WEEK, 35))),
  q('PA230', 'DEV-001', 'abscence days my team since aug', () => figures(near(days(totals(DEV, ...SINCE_AUGUST).absent), 'absen|day|missed'))),
  q('PA231', 'DEV-001', 'team hrs this wk', () => figures(hours(hoursIn(DEV, THIS_WEEK)))),
  q('PA232', 'QA-001', 'attendance my team 1-20 oct', () => figures(rate(rateIn(QA, OCT_1_TO_20)))),
  q('PA233', 'QA-001', 'who on my team was under 35 hours the week before last', () => people(hoursBelow(QA, WEEK_BEFORE_LAST, 35))),
];
