/*
 * practice28 — yes-or-no questions of the first month, from the employees about themselves and the managers
 * about their team: was I late, am I off on a day, did I check out, was my rate above a line, did my score go
 * up, is anyone on my team off, late or not in, is the team above a line. Answered yes or no first, then the
 * figure, date or people behind it. Each line is checked to stand clear of the figure, so no answer hinges on
 * a near-tie. Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date and
 * person comes from the data set and the oracle.
 */
import { count, days, rate, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, notCheckedInToday, type Scope } from '../../oracle/attendance-figures';
import { balance } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { THIS_FRIDAY, yesNo } from '../../oracle/practice20-figures';
import { anyone, offOn } from '../../oracle/practice23-figures';
import { checkedOut } from '../../oracle/practice25-figures';
import { clearOf, LAST_MONTH, offOnDay } from '../../oracle/practice28-figures';
import { statusOn } from '../../oracle/status-on';
import { scoreOf, stats } from '../../oracle/score-figures';
import { LAST_WEEK, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const wasLate = (id: string, d: string) => yesNo(statusOn(id, d) === 'late', [], { dates: [d] });
const offThatDay = (id: string, d: string) => {
  const { off, why } = offOnDay(id, d);
  return yesNo(off, [], { dates: [d], ...(why && { mentions: [why] }) });
};
const rateAbove = (scope: Scope, range: Range, line: number) => {
  const value = clearOf(rateIn(scope, range), line, 0.005);
  return yesNo(value > line, [rate(value)]);
};
const lateMoreThan = (id: string, range: Range, n: number) => {
  const value = measureOf(id, 'late', ...range);
  if (value === n) throw new Error('at the line');
  return yesNo(value > n, [near(count(value), 'late|time')]);
};
const scoreUp = (id: string) => {
  const [before, after] = [scoreOf(id, '2025-Q2'), scoreOf(id, '2025-Q3')];
  if (before === null || after === null || before === after) throw new Error(`${id}: up or down is in doubt`);
  return yesNo(after > before, [score(before), score(after)]);
};
const whether = ([truth, who]: [boolean, string[]]) => yesNo(truth, [], { people: who });
const meanAbove = (scope: Scope, line: number) => {
  const value = clearOf(stats(['2025-Q3'], scope).mean, line, 0.5);
  return yesNo(value > line, [score(value)]);
};

export const YES_NO: readonly Question[] = [
  q('PC167', 'DEV-003', 'was i late yesterday?', () => wasLate('DEV-003', YESTERDAY)),
  q('PC168', 'DAT-004', 'was i late today', () => wasLate('DAT-004', TODAY)),
  q('PC169', 'SEC-004', 'am i off on 1 december?', () => offThatDay('SEC-004', '2025-12-01')),
  q('PC170', 'QA-003', 'was i off on the 5th of november', () => offThatDay('QA-003', '2025-11-05')),
  q('PC171', 'DAT-004', 'am i off this friday', () => offThatDay('DAT-004', THIS_FRIDAY)),
  q('PC172', 'DEV-003', 'is christmas day a day off for me', () => offThatDay('DEV-003', '2025-12-25')),
  q('PC173', 'SEC-004', 'did i check out yesterday', () => yesNo(checkedOut('SEC-004', YESTERDAY), [])),
  q('PC174', 'DEV-003', 'was my attendance above 95% last month', () => rateAbove({ ids: ['DEV-003'] }, LAST_MONTH, 0.95)),
  q('PC175', 'QA-003', 'is my attendance over 90% this month?', () => rateAbove({ ids: ['QA-003'] }, THIS_MONTH, 0.9)),
  q('PC176', 'DAT-004', 'was i late more than twice last month', () => lateMoreThan('DAT-004', LAST_MONTH, 2)),
  q('PC177', 'SEC-004', 'did my score go up from q2 to q3?', () => scoreUp('SEC-004')),
  q('PC178', 'QA-003', 'did my score drop from q4 last year to q1?', () => {
    const [before, after] = [scoreOf('QA-003', '2024-Q4'), scoreOf('QA-003', '2025-Q1')];
    if (before === null || after === null || before === after) throw new Error('up or down is in doubt');
    return yesNo(after < before, [score(before), score(after)]);
  }),
  q('PC179', 'DEV-003', 'do i have more than 10 days of annual leave left', () => {
    const value = clearOf(balance('DEV-003', 'ANNUAL').available, 10, 0.5);
    return yesNo(value > 10, [near(days(value), 'left|available|remain|annual|day')]);
  }),
  q('PC180', 'DEV-001', 'is anyone on my team on leave today', () => {
    const who = offOn(DEV, TODAY);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PC181', 'QA-001', 'was anyone on my team late yesterday?', () => whether(anyone(QA, 'late', [YESTERDAY, YESTERDAY]))),
  q('PC182', 'DEV-001', 'has everyone on my team checked in?', () => {
    const missing = notCheckedInToday(DEV);
    return yesNo(missing.length === 0, [], { people: missing });
  }),
  q('PC183', 'DEV-001', 'is my teams avg score above 75 in q3', () => meanAbove(DEV, 75)),
  q('PC184', 'QA-001', 'is our attendance above 90% this month', () => rateAbove(QA, THIS_MONTH, 0.9)),
  q('PC185', 'QA-001', 'did my teams attendance go up from september to october', () => {
    const [before, after] = [rateIn(QA, SEPTEMBER), rateIn(QA, LAST_MONTH)];
    clearOf(after, before, 0.001);
    return yesNo(after > before, [rate(before), rate(after)]);
  }),
  q('PC186', 'DEV-001', 'was anyone absent on my team last week', () => whether(anyone(DEV, 'absent', LAST_WEEK))),
  q('PC187', 'DEV-001', 'is lukas below 90% attendance last month?', () => {
    const value = clearOf(rateIn({ ids: ['DEV-004'] }, LAST_MONTH), 0.9, 0.005);
    return yesNo(value < 0.9, [rate(value)]);
  }),
  q('PC188', 'QA-003', 'was i late at all last week', () => {
    const value = measureOf('QA-003', 'late', ...LAST_WEEK);
    return yesNo(value > 0, value > 0 ? [near(count(value), 'late|time')] : []);
  }),
];
