/*
 * practice24 — yes-or-no questions a director asks before a board meeting: did a rate go up or down between
 * two periods, did one team beat another, did anyone pass a line, is a person above a line, is a day a
 * working day; each answered yes or no with the figures or the people behind it. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure and person comes from the data set and the
 * oracle.
 */
import { count, rate, score, type Question } from '../../expectation';
import { measureOf, peopleWhere, peopleWithRate, totals, type Scope } from '../../oracle/attendance-figures';
import { hiredBetween, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { decide, wentUp, yesNo } from '../../oracle/practice20-figures';
import { offOn, rateAtLeast } from '../../oracle/practice23-figures';
import { differ, Q4_TO_DATE } from '../../oracle/practice24-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK } from '../helpers';

type Range = readonly [string, string];
const ALL: Scope = {};
const up = (scope: Scope, before: Range, after: Range) => {
  const [a, b] = differ(rateIn(scope, before), rateIn(scope, after));
  return wentUp(a, b, [rate(a), rate(b)]);
};
const must = (v: number | null): number => {
  if (v === null) throw new Error('no score');
  return v;
};
const whether = (who: string[]) => yesNo(who.length > 0, [], { people: who });

export const YES_NO: readonly Question[] = [
  q('J194', 'admin', 'did company attendance go up from september to october?', () => up(ALL, SEPTEMBER, OCTOBER)),
  q('J195', 'admin', 'is attendance better this week than last week', () => {
    const [a, b] = differ(rateIn(ALL, THIS_WEEK), rateIn(ALL, LAST_WEEK));
    return yesNo(a > b, [rate(a), rate(b)]);
  }),
  q('J196', 'admin', "is QA's attendance worse than DEV's this month", () => {
    const [qa, dev] = differ(rateIn({ team: 'QA' }, THIS_MONTH), rateIn({ team: 'DEV' }, THIS_MONTH));
    return yesNo(qa < dev, [rate(qa), rate(dev)]);
  }),
  q('J197', 'admin', 'did the average score go up from Q2 to Q3', () => {
    const [a, b] = differ(meanOf('2025-Q2'), meanOf('2025-Q3'));
    return wentUp(a, b, [score(a), score(b)]);
  }),
  q('J198', 'admin', 'were there more late arrivals in october than in september', () => {
    const [sep, oct] = differ(totals(ALL, ...SEPTEMBER).late, totals(ALL, ...OCTOBER).late);
    return yesNo(oct > sep, [near(count(oct), 'late|oct'), near(count(sep), 'late|sep')]);
  }),
  q('J199', 'admin', 'did SEC score better than AI on average in Q3?', () => {
    const [sec, ai] = differ(meanOf('2025-Q3', { team: 'SEC' }), meanOf('2025-Q3', { team: 'AI' }));
    return yesNo(sec > ai, [score(sec), score(ai)]);
  }),
  q('J200', 'admin', 'anyone under 80% attendance last month?', () => whether(peopleWithRate(ALL, ...OCTOBER, (r) => r < 0.8))),
  q('J201', 'admin', 'did anybody leave in october', () => whether(leftBetween(...OCTOBER))),
  q('J202', 'admin', 'is anyone in AI off next monday', () => whether(offOn({ team: 'AI' }, '2025-11-24'))),
  q('J203', 'admin', 'was Lukas Novak late more than 3 times in October', () => {
    const [truth, value] = decide(measureOf('DEV-004', 'late', ...OCTOBER), (v) => v > 3);
    return yesNo(truth, [near(count(value), 'late|time')]);
  }),
  q('J204', 'admin', 'is 25 december a working day', () => yesNo(false, [], { mentions: ['Christmas'] })),
  q('J205', 'DEV-001', "did my team's attendance go up from september to october", () => up({ team: 'DEV' }, SEPTEMBER, OCTOBER)),
  q('J206', 'QA-001', 'was anyone on my team late this week?', () => whether(peopleWhere({ team: 'QA' }, 'late', ...THIS_WEEK))),
  q('J207', 'DAT-004', 'was my attendance above 95% in october', () => {
    const [truth, value] = rateAtLeast('DAT-004', OCTOBER, 0.95);
    return yesNo(truth && value > 0.95, [rate(value)]);
  }),
  q('J208', 'QA-003', 'did i do better in q3 than q2', () => {
    const q2 = must(scoreOf('QA-003', '2025-Q2'));
    const q3 = must(scoreOf('QA-003', '2025-Q3'));
    return yesNo(q3 > q2, [score(q2), score(q3)]);
  }),
  q('J209', 'admin', 'did anyone join in Q4?', () => whether(hiredBetween(...Q4_TO_DATE))),
];
