/*
 * practice23 — yes-or-no questions from phones and from the payroll clerk: was anyone absent, late or
 * off, did I reach a line, did a team's figure go up, is a day a working day; each answered yes or no with
 * the figure or the people behind it. Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; every figure and person comes from the data set and the oracle.
 */
import { count, hours, rate, score, type Question } from '../../expectation';
import { measureOf, peopleWhere, type Scope } from '../../oracle/attendance-figures';
import { onLeaveOfType } from '../../oracle/leave-figures';
import { leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { decide, wentUp, yesNo } from '../../oracle/practice20-figures';
import { anyone, offOn, rateAtLeast, TOMORROW } from '../../oracle/practice23-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const atLeast = (id: string, range: readonly [string, string], line: number) => {
  const [truth, value] = rateAtLeast(id, range, line);
  return yesNo(truth, [rate(value)]);
};
const whether = ([truth, who]: [boolean, string[]]) => yesNo(truth, [], { people: who });

export const YES_NO: readonly Question[] = [
  q('I168', 'admin', 'was anyone in SEC absent yesterday?', () => whether(anyone({ team: 'SEC' }, 'absent', [YESTERDAY, YESTERDAY]))),
  q('I169', 'SEC-004', 'did I hit 90% attendance in October?', () => atLeast('SEC-004', OCTOBER, 0.9)),
  q('I170', 'DEV-003', 'did i make 95% attendance this month', () => atLeast('DEV-003', THIS_MONTH, 0.95)),
  q('I171', 'QA-003', 'is my oct attendance at least 95%', () => atLeast('QA-003', OCTOBER, 0.95)),
  q('I172', 'DEV-001', 'was anybody on my team late this week', () => {
    const who = peopleWhere(DEV, 'late', ...THIS_WEEK);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('I173', 'QA-001', 'is anyone on my team off tomorrow?', () => {
    const who = offOn(QA, TOMORROW);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('I174', 'admin', "did DEV's attendance go up from september to october", () => {
    const before = rateIn(DEV, SEPTEMBER);
    const after = rateIn(DEV, OCTOBER);
    return wentUp(before, after, [rate(before), rate(after)]);
  }),
  q('I175', 'admin', 'is christmas eve a full day off?', () => yesNo(false, [], { mentions: ['half'] })),
  q('I176', 'admin', 'did anyone leave this month', () => {
    const who = leftBetween(...NOVEMBER_ALL);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('I177', 'DAT-004', 'did I do more than 40 hours last week?', () => {
    const [truth, value] = decide(measureOf('DAT-004', 'hours', ...LAST_WEEK), (v) => v > 40);
    return yesNo(truth, [hours(value)]);
  }),
  q('I178', 'admin', 'did QA score better than DEV on average in Q3', () => {
    const qa = meanOf('2025-Q3', QA);
    const dev = meanOf('2025-Q3', DEV);
    return yesNo(qa > dev, [score(qa), score(dev)]);
  }),
  q('I179', 'DEV-001', "did my team's average go up from Q2 to Q3", () => {
    const before = meanOf('2025-Q2', DEV);
    const after = meanOf('2025-Q3', DEV);
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('I180', 'admin', 'any unpaid leave in october?', () => {
    const who = onLeaveOfType('UNPAID', ...OCTOBER);
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('I181', 'QA-001', 'was Leo late more than 3 times in October', () => {
    const [truth, value] = decide(measureOf('QA-008', 'late', ...OCTOBER), (v) => v > 3);
    return yesNo(truth, [near(count(value), 'late|time')]);
  }),
  q('I182', 'admin', 'is 13 october a working day', () => yesNo(false, [], { mentions: ['Founders Day'] })),
  q('I183', 'SEC-004', 'was i ever late in october', () => yesNo(measureOf('SEC-004', 'late', ...OCTOBER) > 0, [])),
  q('I184', 'DAT-004', 'am i off tomorrow?', () => yesNo(offOn({ ids: ['DAT-004'] }, TOMORROW).length > 0, [])),
  q('I185', 'admin', 'did AI have any missing check-outs in october', () => whether(anyone({ team: 'AI' }, 'missingCheckOut', OCTOBER))),
];
