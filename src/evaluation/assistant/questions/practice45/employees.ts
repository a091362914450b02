/*
 * practice45 — employees comparing themselves with themselves before a one-to-one: this month against last, a quarter
 * against the one before, their own score trend and its move, their hours week on week. API.md: an employee reads
 * their own attendance and scores; asked about themselves, each of Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin
 * O'Brien (DAT-004) and Emma Clarke (SEC-004) is answered. Comparisons with anyone else are in scope.ts.
 */
import { figures, hours, rate, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import {
  differ,
  LAST_MONTH,
  LAST_WEEK,
  MONTH_BEFORE,
  move,
  of,
  Q3,
  QUARTERS,
  rateOf,
  scoreIn,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_WEEK,
  THREE_MONTHS_AGO,
  toDateBothWays,
  WEEK_BEFORE,
  type Range,
} from '../../oracle/practice45-figures';
import { q } from '../helpers';

const HRS = 'hour|hrs|\\bh\\b';
const myRate = (id: string, range: Range) => rate(rateOf({ ids: [id] }, range));
const myHours = (id: string, range: Range, words: string) => near(hours(of(id, 'hours', range)), `${HRS}|${words}`);
const myScore = (id: string, period: string) => score(scoreIn(id, period));

export const EMPLOYEES: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('PT160', 'DEV-003', 'my attendance this month vs last month', () => figures(myRate('DEV-003', THIS_MONTH), myRate('DEV-003', LAST_MONTH))),
  q('PT161', 'DEV-003', 'did my score go up from Q2 to Q3?', () => {
    const [before, after] = [scoreIn('DEV-003', '2025-Q2'), scoreIn('DEV-003', '2025-Q3')];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PT162', 'DEV-003', 'my hours last week vs the week before', () =>
    figures(myHours('DEV-003', LAST_WEEK, 'last'), myHours('DEV-003', WEEK_BEFORE, 'before|previous')),
  ),
  q('PT163', 'DEV-003', 'my score trend over the quarters', () => figures(...QUARTERS.map((p) => myScore('DEV-003', p)))),

  q('PT164', 'DEV-003', 'how much did my score change from 2024-Q4 to 2025-Q3?', () => {
    const [before, after] = [scoreIn('DEV-003', '2024-Q4'), scoreIn('DEV-003', '2025-Q3')];
    return figures(score(before), score(after), score(move(before, after)));
  }),
  q('PT165', 'DEV-003', 'my hours this week vs last week?', () =>
    figures(near(hours(toDateBothWays(THIS_WEEK, (r) => of('DEV-003', 'hours', r))), `${HRS}|this`), myHours('DEV-003', LAST_WEEK, 'last')),
  ),
  q('PT166', 'DEV-003', 'was my q1 score better than my 2024-Q4 one', () => {
    const [q1, q4] = [scoreIn('DEV-003', '2025-Q1'), scoreIn('DEV-003', '2024-Q4')];
    return yesNo(differ(q1, q4), [score(q1), score(q4)]);
  }),
  // Fatima Zahra (QA-003).
  q('PT167', 'QA-003', 'my attendance rate this quarter vs last quarter', () => figures(myRate('QA-003', THIS_QUARTER), myRate('QA-003', Q3))),
  q('PT168', 'QA-003', 'how did I score in Q3 compared with Q2', () => figures(myScore('QA-003', '2025-Q3'), myScore('QA-003', '2025-Q2'))),
  q('PT169', 'QA-003', 'my hrs in september vs october', () => figures(myHours('QA-003', MONTH_BEFORE, 'sep'), myHours('QA-003', LAST_MONTH, 'oct'))),
  q('PT170', 'QA-003', 'did my attendance go up or down from september to october?', () => {
    const [before, after] = [rateOf({ ids: ['QA-003'] }, MONTH_BEFORE), rateOf({ ids: ['QA-003'] }, LAST_MONTH)];
    return wentUp(before, after, [rate(before), rate(after)]);
  }),

  q('PT171', 'QA-003', 'my hours last wk vs the wk before', () =>
    figures(myHours('QA-003', LAST_WEEK, 'last'), myHours('QA-003', WEEK_BEFORE, 'before|previous')),
  ),
  q('PT172', 'QA-003', 'my score in 2024-Q4 compared to 2025-Q3', () => figures(myScore('QA-003', '2024-Q4'), myScore('QA-003', '2025-Q3'))),
  q('PT173', 'QA-003', 'my attendence august vs october', () => figures(myRate('QA-003', THREE_MONTHS_AGO), myRate('QA-003', LAST_MONTH))),
  // Kevin O'Brien (DAT-004).
  q('PT174', 'DAT-004', 'my score q3 vs q2', () => figures(myScore('DAT-004', '2025-Q3'), myScore('DAT-004', '2025-Q2'))),
  q('PT175', 'DAT-004', 'my attendance aug vs sep vs oct', () => figures(...[THREE_MONTHS_AGO, MONTH_BEFORE, LAST_MONTH].map((m) => myRate('DAT-004', m)))),
  q('PT176', 'DAT-004', 'how many hours did I work in october vs september?', () =>
    figures(myHours('DAT-004', LAST_MONTH, 'oct'), myHours('DAT-004', MONTH_BEFORE, 'sep')),
  ),
  q('PT177', 'DAT-004', 'how much did my score change from 2024-Q4 to 2025-Q3', () => {
    const [before, after] = [scoreIn('DAT-004', '2024-Q4'), scoreIn('DAT-004', '2025-Q3')];
    return figures(score(before), score(after), score(move(before, after)));
  }),

  q('PT178', 'DAT-004', 'my hours last week vs the week before', () =>
    figures(myHours('DAT-004', LAST_WEEK, 'last'), myHours('DAT-004', WEEK_BEFORE, 'before|previous')),
  ),
  q('PT179', 'DAT-004', 'did my score go up or down from q1 to q2?', () => {
    const [before, after] = [scoreIn('DAT-004', '2025-Q1'), scoreIn('DAT-004', '2025-Q2')];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PT180', 'DAT-004', 'my attendance rate Q3 vs this quarter so far', () => figures(myRate('DAT-004', Q3), myRate('DAT-004', THIS_QUARTER))),
  // Emma Clarke (SEC-004).
  q('PT181', 'SEC-004', 'my score in q1 vs q3', () => figures(myScore('SEC-004', '2025-Q1'), myScore('SEC-004', '2025-Q3'))),
  q('PT182', 'SEC-004', 'my hours this month vs last month', () =>
    figures(near(hours(toDateBothWays(THIS_MONTH, (r) => of('SEC-004', 'hours', r))), `${HRS}|this|nov`), myHours('SEC-004', LAST_MONTH, 'last|oct')),
  ),
  q('PT183', 'SEC-004', 'my attendance rate in Q3 vs this quarter', () => figures(myRate('SEC-004', Q3), myRate('SEC-004', THIS_QUARTER))),
  q('PT184', 'SEC-004', 'how did my Q2 score compare with Q1?', () => figures(myScore('SEC-004', '2025-Q2'), myScore('SEC-004', '2025-Q1'))),
  q('PT185', 'SEC-004', 'how have my scores moved over the quarters', () => figures(...QUARTERS.map((p) => myScore('SEC-004', p)))),
  q('PT186', 'SEC-004', 'did my score go up from Q2 to Q3', () => {
    const [before, after] = [scoreIn('SEC-004', '2025-Q2'), scoreIn('SEC-004', '2025-Q3')];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PT187', 'SEC-004', 'my hrs last week compared with the week before', () =>
    figures(myHours('SEC-004', LAST_WEEK, 'last'), myHours('SEC-004', WEEK_BEFORE, 'before|previous')),
  ),
];
