/*
 * practice72 — employees reviewing their own quarter: Aisha Khan (DEV-003), Fatima Zahra (QA-003), Kevin O'Brien
 * (DAT-004) and Emma Clarke (SEC-004) ask about their own scores (a quarter, two side by side, the last four, a move,
 * against a line), their attendance (a quarter, a month, month by month, against a line), their days absent or late,
 * the leave they took by kind and their years of service. A figure of nought is not asked as a number (an answer may
 * say "none").
 */
import type { Question } from '../../expectation';
import { dataset } from '../../dataset/dataset';
import { PERIODS } from '../../dataset/scores';
import { offLine, rateOf, ratesOver, solo, totalOf } from '../../oracle/practice72-attendance';
import { leaveTaken, yearsOf } from '../../oracle/practice72-people';
import { apart, scoreOf } from '../../oracle/practice72-scores';
import { q } from '../helpers';
import { days, figures, hours, LM, LQ, LQR, M, P, QBL, rate, score, SINCE_AUG, TQ, years, yesNo } from './shared';

const s = score;
/** A figure that must not be nought (an answer of "none" would not show it). */
const some = (v: number): number => {
  if (v === 0) throw new Error('a figure of nought');
  return v;
};
const kpi = (id: string, period: string): number => {
  const found = dataset().scores.find((x) => x.employee === id && x.period === period);
  if (!found) throw new Error(`${id} has no score in ${period}`);
  if (Math.abs(found.kpi - scoreOf(id, period)) < 0.05) throw new Error('the KPI is the final score: a final score would pass for it');
  return found.kpi;
};

export const EMPLOYEES: readonly Question[] = [
  // Aisha Khan, DEV-003.
  q('QU195', 'DEV-003', 'my score in Q3 vs Q2', () => figures(s(scoreOf('DEV-003', P(2025, 3))), s(scoreOf('DEV-003', P(2025, 2))))),
  q('QU196', 'DEV-003', 'did i improve from q1 to q3?', () => {
    const c = apart(scoreOf('DEV-003', P(2025, 3)), scoreOf('DEV-003', P(2025, 1)), 0.05);
    return yesNo(c.firstHigher, [s(c.a), s(c.b)]);
  }),
  q('QU197', 'DEV-003', 'what was my attendance rate last quarter?', () => figures(rate(rateOf(solo('DEV-003'), LQR())))),
  q('QU198', 'DEV-003', 'how much annual leave did I take in Q4 so far', () => figures(days(some(leaveTaken(solo('DEV-003'), TQ(), 'ANNUAL'))))),
  q('QU199', 'DEV-003', 'how many hours did i put in during october', () => figures(hours(some(totalOf(solo('DEV-003'), M(10), 'hours'))))),
  // Fatima Zahra, QA-003.
  q('QU200', 'QA-003', 'show me my scores for the last four quarters', () => figures(...PERIODS.map((p) => s(scoreOf('QA-003', p.period))))),
  q('QU201', 'QA-003', "sick days I've taken this quarter", () => figures(days(some(leaveTaken(solo('QA-003'), TQ(), 'SICK'))))),
  q('QU202', 'QA-003', 'my attendance by month since august', () => figures(...ratesOver(solo('QA-003'), SINCE_AUG()).map(rate))),
  q('QU203', 'QA-003', 'how long have I been here?', () => figures(years(yearsOf('QA-003')))),
  q('QU204', 'QA-003', 'was my Q3 score higher than my Q2 score?', () => {
    const a = scoreOf('QA-003', P(2025, 3));
    const b = scoreOf('QA-003', P(2025, 2));
    if (a !== b) throw new Error('the scores differ');
    return yesNo(false, [s(a), s(b)]);
  }),
  // Kevin O'Brien, DAT-004.
  q('QU205', 'DAT-004', 'my Q3 score and my Q2 score pls', () => figures(s(scoreOf('DAT-004', P(2025, 3))), s(scoreOf('DAT-004', P(2025, 2))))),
  q('QU206', 'DAT-004', 'attendance for me in Q3 vs this quarter so far', () =>
    figures(rate(rateOf(solo('DAT-004'), LQR())), rate(rateOf(solo('DAT-004'), TQ()))),
  ),
  q('QU207', 'DAT-004', 'how many days was I absent last quarter', () => figures(days(some(totalOf(solo('DAT-004'), LQR(), 'absent'))))),
  q('QU208', 'DAT-004', 'did my score go up from the quarter before last to last quarter?', () => {
    const c = apart(scoreOf('DAT-004', LQ()), scoreOf('DAT-004', QBL()), 0.05);
    return yesNo(c.firstHigher, [s(c.a), s(c.b)]);
  }),
  // Emma Clarke, SEC-004.
  q('QU209', 'SEC-004', 'my final score for 2025-Q3?', () => figures(s(scoreOf('SEC-004', P(2025, 3))))),
  q('QU210', 'SEC-004', 'attendance rate for me in october', () => figures(rate(rateOf(solo('SEC-004'), M(10))))),
  q('QU211', 'SEC-004', 'how many years have I been at the company', () => figures(years(yearsOf('SEC-004')))),
  q('QU212', 'SEC-004', 'what was my kpi in q2', () => figures(s(kpi('SEC-004', P(2025, 2))))),
  q('QU213', 'SEC-004', 'was I over 95% attendance last month?', () => {
    const x = offLine(rateOf(solo('SEC-004'), LM()), 0.95);
    return yesNo(x > 0.95, [rate(x)]);
  }),
];
