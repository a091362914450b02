/*
 * practice41 — the four employees with logins asking about themselves from their phones: Aisha Khan (DEV-003),
 * Fatima Zahra (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004) — their attendance rate, late days,
 * absences, a check-out, hours, scores and their trend, start date and annual leave. Their own records are all they see.
 */
import { answer, days, figures, hours, rate, score, type Question } from '../../expectation';
import { rateIn } from '../../oracle/practice15-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { absentDays } from '../../oracle/practice23-figures';
import { scoreTrend } from '../../oracle/practice28-figures';
import { lateDays } from '../../oracle/practice31-figures';
import { kpiKnown } from '../../oracle/practice32-figures';
import { scoreKnown } from '../../oracle/practice38-figures';
import { hireOf } from '../../oracle/practice39-figures';
import { clockedOut, LAST_WK, leaveLeft, NOV_SO_FAR, OCTOBER, of, SINCE_AUGUST, YDAY } from '../../oracle/practice41-figures';
import { q } from '../helpers';

const me = (id: string) => ({ ids: [id] });

export const ME: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('PP167', 'DEV-003', 'my attendance this month', () => figures(rate(rateIn(me('DEV-003'), NOV_SO_FAR)))),
  q('PP168', 'DEV-003', 'was i late at all last wk', () => yesNo(of('DEV-003', 'late', LAST_WK) > 0, [])),
  q('PP169', 'DEV-003', 'did i clock out yday', () => yesNo(clockedOut('DEV-003', YDAY), [])),
  q('PP170', 'DEV-003', 'have i been absent at all since aug', () => yesNo(of('DEV-003', 'absent', SINCE_AUGUST) > 0, [])),
  // Fatima Zahra (QA-003).
  q('PP171', 'QA-003', 'was i late at all last month', () => yesNo(of('QA-003', 'late', OCTOBER) > 0, [])),
  q('PP172', 'QA-003', 'which days was i late this month', () => answer({ dates: lateDays('QA-003', NOV_SO_FAR) })),
  q('PP173', 'QA-003', 'my att rate since aug', () => figures(rate(rateIn(me('QA-003'), SINCE_AUGUST)))),
  q('PP174', 'QA-003', 'my annual leave bal', () => figures(days(leaveLeft('QA-003', 'ANNUAL')))),
  // Kevin O'Brien (DAT-004).
  q('PP175', 'DAT-004', 'hrs i worked last wk', () => figures(hours(of('DAT-004', 'hours', LAST_WK)))),
  q('PP176', 'DAT-004', 'did i miss any days in oct', () => {
    const missed = absentDays('DAT-004', OCTOBER);
    return yesNo(missed.length > 0, [], missed.length > 0 ? { dates: missed } : {});
  }),
  q('PP177', 'DAT-004', 'my kpi q3', () => figures(score(kpiKnown('DAT-004', '2025-Q3')))),
  // Emma Clarke (SEC-004).
  q('PP178', 'SEC-004', 'what was my q3 score', () => figures(score(scoreKnown('SEC-004', '2025-Q3')))),
  q('PP179', 'SEC-004', 'my score trend', () => figures(...scoreTrend('SEC-004').map(score))),
  q('PP180', 'SEC-004', 'when did i start', () => answer({ dates: [hireOf('SEC-004')] })),
];
