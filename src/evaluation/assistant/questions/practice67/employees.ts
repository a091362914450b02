/*
 * practice67 — the employees Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke
 * (SEC-004) compare themselves with themselves, as their scope allows: this month or week against the last, one
 * quarter's score against another ("did I improve", "better or worse", "by how many points"), their rate, hours or
 * leave against a line. A figure "this month" is asked only where today (open) changes nothing.
 */
import type { Question } from '../../expectation';
import { bigger, over } from '../../oracle/practice67-figures';
import { betterWorse, change, leaveF, leftOf, S, sc, way } from '../../oracle/practice67-judge';
import { q } from '../helpers';
import { AUG, LW, NOW, OCT, SEP, WBL, isLess, isMore, moved, one, overLine, pair, rose, scoreGap, scoreLess, scoreMore, sides, yesNo } from './shared';

/** One's own score in two quarters, and "better" or "worse". */
function myWay(id: string, from: string, to: string) {
  const a = sc(id, from);
  const b = sc(id, to);
  return way(betterWorse(a, b, true, 'score'), [S(a), S(b)]);
}
/** "Do I have more than n days of annual leave left?" */
function leaveOver(id: string, n: number) {
  const left = leftOf(id);
  return yesNo(over(left, n, 'days'), [leaveF(left)]);
}

export const EMPLOYEES: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('QP158', 'DEV-003', 'did I work more hours in october than in september?', () => isMore('hours', [one('DEV-003'), OCT], [one('DEV-003'), SEP])),
  q('QP159', 'DEV-003', 'my hours last week vs the week before', () => pair('hours', [one('DEV-003'), LW], [one('DEV-003'), WBL])),
  q('QP160', 'DEV-003', 'Did my score go up from Q2 to Q3?', () => scoreMore(sc('DEV-003', '2025-Q3'), sc('DEV-003', '2025-Q2'))),
  q('QP161', 'DEV-003', 'how many points did my score change between Q1 and Q2 this year', () => scoreGap(sc('DEV-003', '2025-Q1'), sc('DEV-003', '2025-Q2'))),
  q('QP162', 'DEV-003', 'did my attendance beat 95% in october', () => overLine('rate', one('DEV-003'), OCT, 0.95)),
  q('QP163', 'DEV-003', 'did i work more hours in august than in october?', () => isMore('hours', [one('DEV-003'), AUG], [one('DEV-003'), OCT])),
  q('QP164', 'DEV-003', 'is my Q3 score higher than my Q4 2024 one?', () => scoreMore(sc('DEV-003', '2025-Q3'), sc('DEV-003', '2024-Q4'))),
  q('QP165', 'DEV-003', 'do i have more than 15 days of annual leave left?', () => leaveOver('DEV-003', 15)),
  q('QP166', 'DEV-003', 'Q3 compared with Q2 for me - better or worse?', () => myWay('DEV-003', '2025-Q2', '2025-Q3')),
  q('QP167', 'DEV-003', 'sept vs oct, how many hrs did i do each', () => pair('hours', [one('DEV-003'), SEP], [one('DEV-003'), OCT])),
  // Fatima Zahra (QA-003).
  q('QP168', 'QA-003', 'was my attendance better in September than in October?', () => isMore('rate', [one('QA-003'), SEP], [one('QA-003'), OCT])),
  q('QP169', 'QA-003', 'did i work more hours in october than in august?', () => isMore('hours', [one('QA-003'), OCT], [one('QA-003'), AUG])),
  q('QP170', 'QA-003', 'did my score improve from Q2 to Q3?', () => {
    const a = sc('QA-003', '2025-Q2');
    const b = sc('QA-003', '2025-Q3');
    if (a !== b) throw new Error('the scores differ: ask it as a move');
    return yesNo(false, [S(b)]);
  }),
  q('QP171', 'QA-003', 'my Q4 2024 score vs my Q3 2025 score', () => {
    const a = sc('QA-003', '2024-Q4');
    const b = sc('QA-003', '2025-Q3');
    bigger(a, b, 'score');
    return sides([S(a), S(b)]);
  }),
  q('QP172', 'QA-003', 'Did my score go down from Q4 2024 to Q1 2025?', () => scoreLess(sc('QA-003', '2025-Q1'), sc('QA-003', '2024-Q4'))),
  q('QP173', 'QA-003', 'my hours last week compared with the week before', () => pair('hours', [one('QA-003'), LW], [one('QA-003'), WBL])),
  q('QP174', 'QA-003', 'oct attendance over 95% for me?', () => overLine('rate', one('QA-003'), OCT, 0.95)),
  q('QP175', 'QA-003', 'is my sick leave balance lower than my annual leave balance?', () => {
    const sick = leftOf('QA-003', 'SICK');
    const annual = leftOf('QA-003');
    return yesNo(bigger(annual, sick, 'days'), [leaveF(sick), leaveF(annual)]);
  }),
  q('QP176', 'QA-003', 'hrs august vs september', () => pair('hours', [one('QA-003'), AUG], [one('QA-003'), SEP])),
  q('QP177', 'QA-003', 'did my attendance go up or down from October to this month?', () => moved('rate', one('QA-003'), OCT, NOW, 'up')),
  // Kevin O'Brien (DAT-004).
  q('QP178', 'DAT-004', 'did my attendance improve from september to october', () => rose('rate', one('DAT-004'), SEP, OCT, true)),
  q('QP179', 'DAT-004', 'my Q2 vs Q3 score', () => {
    const a = sc('DAT-004', '2025-Q2');
    const b = sc('DAT-004', '2025-Q3');
    bigger(a, b, 'score');
    return sides([S(a), S(b)]);
  }),
  q('QP180', 'DAT-004', 'by how many points did my score go up from Q4 2024 to Q1 2025?', () => scoreGap(sc('DAT-004', '2024-Q4'), sc('DAT-004', '2025-Q1'))),
  q('QP181', 'DAT-004', 'Was my Q2 score lower than my Q1 score?', () => scoreLess(sc('DAT-004', '2025-Q2'), sc('DAT-004', '2025-Q1'))),
  q('QP182', 'DAT-004', 'did I put in more hours in October than September', () => isMore('hours', [one('DAT-004'), OCT], [one('DAT-004'), SEP])),
  q('QP183', 'DAT-004', 'was my attendance in September over 95%', () => overLine('rate', one('DAT-004'), SEP, 0.95)),
  q('QP184', 'DAT-004', 'my hours: august vs september', () => pair('hours', [one('DAT-004'), AUG], [one('DAT-004'), SEP])),
  q('QP185', 'DAT-004', 'did my attendance rate go up or down from august to september?', () => moved('rate', one('DAT-004'), AUG, SEP, 'up')),
  q('QP186', 'DAT-004', 'my hours last wk v the wk before', () => pair('hours', [one('DAT-004'), LW], [one('DAT-004'), WBL])),
  q('QP187', 'DAT-004', 'how much did my score move from Q2 to Q3, in points', () => {
    const a = sc('DAT-004', '2025-Q2');
    const b = sc('DAT-004', '2025-Q3');
    return sides([S(a), S(b), S(change(a, b))]);
  }),
  // Emma Clarke (SEC-004).
  q('QP188', 'SEC-004', 'did my score go up from Q2 to Q3', () => scoreMore(sc('SEC-004', '2025-Q3'), sc('SEC-004', '2025-Q2'))),
  q('QP189', 'SEC-004', 'Q1 vs Q2 for my score: better or worse?', () => myWay('SEC-004', '2025-Q1', '2025-Q2')),
  q('QP190', 'SEC-004', 'were my hours in August higher than in September?', () => isMore('hours', [one('SEC-004'), AUG], [one('SEC-004'), SEP])),
  q('QP191', 'SEC-004', 'my hours october vs september', () => pair('hours', [one('SEC-004'), OCT], [one('SEC-004'), SEP])),
  q('QP192', 'SEC-004', 'is my attendance this month above 98%?', () => overLine('rate', one('SEC-004'), NOW, 0.98)),
  q('QP193', 'SEC-004', 'Do I have more than 15 days of annual leave left?', () => leaveOver('SEC-004', 15)),
  q('QP194', 'SEC-004', 'did I work more than 40 hours last week?', () => overLine('hours', one('SEC-004'), LW, 40)),
  q('QP195', 'SEC-004', 'my Q3 score v my Q4 2024 score', () => {
    const a = sc('SEC-004', '2025-Q3');
    const b = sc('SEC-004', '2024-Q4');
    bigger(a, b, 'score');
    return sides([S(a), S(b)]);
  }),
  q('QP196', 'SEC-004', 'did my score drop between Q4 2024 and Q1 2025?', () => scoreLess(sc('SEC-004', '2025-Q1'), sc('SEC-004', '2024-Q4'))),
  q('QP197', 'SEC-004', 'did i work fewer hours last week than the week before?', () => isLess('hours', [one('SEC-004'), LW], [one('SEC-004'), WBL])),
];
