/*
 * practice25 — yes-or-no questions a first-week user types: did I check out yesterday, have I clocked in,
 * am I off on a day, is a day a bank holiday, was anyone a no-show, is anyone out of office tomorrow, did a
 * rate pass a line; each answered yes or no with the figure, date or people behind it. Written code-blind
 * from /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set
 * and the oracle.
 */
import { count, rate, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { checkedInToday, measureOf, type Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { checkOutTime } from '../../oracle/practice18-figures';
import { decide, yesNo } from '../../oracle/practice20-figures';
import { anyone, offOn, rateAtLeast, TOMORROW } from '../../oracle/practice23-figures';
import { checkedOut } from '../../oracle/practice25-figures';
import { LAST_WEEK, OCTOBER, q, YESTERDAY } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const atLeast = (id: string, range: readonly [string, string], line: number) => {
  const [truth, value] = rateAtLeast(id, range, line);
  return yesNo(truth, [rate(value)]);
};
const whether = ([truth, who]: [boolean, string[]]) => yesNo(truth, [], { people: who });
const didCheckOut = (id: string) => yesNo(checkedOut(id, YESTERDAY), [], { mentions: [checkOutTime(id, YESTERDAY)] });
const clockedIn = (id: string) => {
  const inToday = checkedInToday({ ids: [id] }).length > 0;
  return yesNo(inToday, [], inToday ? { mentions: [checkInTime(id, TODAY)] } : {});
};
const offTomorrow = (scope: Scope) => {
  const who = offOn(scope, TOMORROW);
  return yesNo(who.length > 0, [], { people: who });
};

export const YES_NO: readonly Question[] = [
  q('O174', 'DEV-003', 'did I check out yesterday?', () => didCheckOut('DEV-003')),
  q('O175', 'DAT-004', 'did i clock out yesterday', () => didCheckOut('DAT-004')),
  q('O176', 'SEC-004', 'have I clocked in today?', () => clockedIn('SEC-004')),
  q('O177', 'QA-003', 'did i clock in today', () => clockedIn('QA-003')),
  q('O178', 'QA-003', 'was i late today', () => yesNo(measureOf('QA-003', 'late', TODAY, TODAY) > 0, [], { mentions: [checkInTime('QA-003', TODAY)] })),
  q('O179', 'SEC-004', 'am I off on the 28th?', () => yesNo(false, [], { mentions: ['pending'] })),
  q('O180', 'DEV-003', 'is boxing day a bank holiday', () => yesNo(true, [], { dates: ['2025-12-26'] })),
  q('O181', 'DAT-004', 'is 1 december a day off for me', () => yesNo(false, [], { dates: ['2025-12-01'] })),
  q('O182', 'SEC-004', 'are we off on 1 december', () => yesNo(true, [], { dates: ['2025-12-01'] })),
  q('O183', 'admin', 'was anyone a no-show in QA yesterday', () => whether(anyone(QA, 'absent', [YESTERDAY, YESTERDAY]))),
  q('O184', 'DEV-001', 'is anyone on my team OOO tomorrow?', () => offTomorrow(DEV)),
  q('O185', 'admin', 'is anyone out of office tomorrow', () => offTomorrow({})),
  q('O186', 'DAT-004', 'was my attendance above 95% in October?', () => atLeast('DAT-004', OCTOBER, 0.95)),
  q('O187', 'QA-001', 'was Leo late more than 3 times in october', () => {
    const [truth, value] = decide(measureOf('QA-008', 'late', ...OCTOBER), (v) => v > 3);
    return yesNo(truth, [near(count(value), 'late|time')]);
  }),
  q('O188', 'admin', 'is 13 october a working day', () => yesNo(false, [], { mentions: ['Founders Day'] })),
  q('O189', 'DEV-001', 'was chris late yesterday?', () => yesNo(measureOf('DEV-006', 'late', YESTERDAY, YESTERDAY) > 0, [])),
  q('O190', 'admin', "is QA's attendance worse than DEV's last week", () => {
    const qa = rateIn(QA, LAST_WEEK);
    const dev = rateIn(DEV, LAST_WEEK);
    if (qa === dev) throw new Error('tied: worse is in doubt');
    return yesNo(qa < dev, [rate(qa), rate(dev)]);
  }),
];
