/*
 * practice71 — the same week from the other side of the desk: the employees Aisha Khan (DEV-003), Fatima Zahra
 * (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004) ask about themselves — today's check-in, being late this
 * week, hours, check-in and check-out times, absences and half days, forgotten check-outs, their attendance rate
 * against another period or a line, their scores and KPI, their leave balance, what a request costs and whether it is
 * approved, sick days used, whether a date is a holiday for them. A count over a period reaching today is asked only where today changes
 * nothing.
 */
import type { Question } from '../../expectation';
import { available, costOf, holidaysIn, takenSoFar, theRequest } from '../../oracle/practice71-leave';
import {
  as,
  asDay,
  asPeriod,
  day,
  dayOfThisMonth,
  lastMonth,
  lastQuarter,
  lastWeek,
  lastWeekday,
  month,
  one,
  period,
  thisMonth,
  thisQuarter,
  thisWeek,
  today,
  yesterday,
} from '../../oracle/practice71-periods';
import { kpiOf, scoreOf } from '../../oracle/practice71-people';
import { checkInDays, clock, daysWith, hasCheckedIn, lastLate, nonEmpty, rateOf, solo, statusOf, total } from '../../oracle/practice71-team';
import { q } from '../helpers';
import { answer, days, figures, hours, rate, score, yes, yesNo } from './shared';

const T = () => asDay(today(), '2025-11-19');
const Y = () => one(asDay(yesterday(), '2025-11-18'));
const TW = () => as(thisWeek(), '2025-11-17', '2025-11-19');
const LW = () => as(lastWeek(), '2025-11-10', '2025-11-16');
const NOV = () => as(thisMonth(), '2025-11-01', '2025-11-19');
const OCT = () => as(lastMonth(), '2025-10-01', '2025-10-31');
const QTR = () => as(thisQuarter(), '2025-10-01', '2025-11-19');
const LQ = () => asPeriod(lastQuarter(), '2025-Q3');
const Q = (n: number) => period(2025, n);
const at = (id: string, d: string, which: 'in' | 'out') => answer({ mentions: [clock(id, d, which)] });
const h = (id: string, r: readonly [string, string]) => figures(hours(total(solo(id), r, 'hours')));
const pr = (id: string, r: readonly [string, string]) => rate(rateOf(solo(id), r));
/** "Was I … at all": yes with the count, or no. */
const any = (v: number) => yesNo(v > 0, v > 0 ? [days(v)] : []);

export const SELF: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('QT180', 'DEV-003', 'what time did i clock in today', () => at('DEV-003', T(), 'in')),
  q('QT181', 'DEV-003', 'was I late at all this week?', () => yesNo(total(solo('DEV-003'), TW(), 'late') > 0)),
  q('QT182', 'DEV-003', 'my hours last week', () => h('DEV-003', LW())),
  q('QT183', 'DEV-003', 'how much annual leave have i got left', () => figures(days(available('DEV-003')))),
  q('QT184', 'DEV-003', 'is my leave for 29-31 dec still pending?', () => {
    const l = theRequest('DEV-003', [day('2025-12-29'), day('2025-12-31')]);
    return yesNo(l.status === 'pending', [], { mentions: [l.status] });
  }),
  q('QT185', 'DEV-003', 'what did i get in q3', () => figures(score(scoreOf('DEV-003', Q(3))))),
  q('QT186', 'DEV-003', 'my attendance this month vs last month', () => figures(pr('DEV-003', NOV()), pr('DEV-003', OCT()))),
  q('QT187', 'DEV-003', 'did i forget to check out on any day this month?', () => yesNo(daysWith('DEV-003', NOV(), 'missing').length > 0)),
  q('QT188', 'DEV-003', 'When was I last late?', () => answer({ dates: [lastLate('DEV-003')] })),
  // Fatima Zahra (QA-003).
  q('QT189', 'QA-003', 'was i late today?', () => yesNo(statusOf('QA-003', T()) === 'late', [], { mentions: [clock('QA-003', T(), 'in')] })),
  q('QT190', 'QA-003', 'which day was i late in august', () => answer({ dates: nonEmpty(daysWith('QA-003', month(8), 'late')) })),
  q('QT191', 'QA-003', 'sick days used this yr?', () => figures(days(takenSoFar('QA-003', 'SICK')))),
  q('QT192', 'QA-003', 'whats my attendance rate for last week', () => figures(pr('QA-003', LW()))),
  q('QT193', 'QA-003', 'how many hours did i do yesterday', () => h('QA-003', Y())),
  q('QT194', 'QA-003', 'did my score change at all from q2 to q3?', () => {
    const a = scoreOf('QA-003', Q(2));
    const b = scoreOf('QA-003', Q(3));
    return yesNo(a !== b, [score(a), score(b)]);
  }),
  q('QT195', 'QA-003', 'annual leave balance?', () => figures(days(available('QA-003')))),
  q('QT196', 'QA-003', 'what time did I leave on monday', () => at('QA-003', asDay(lastWeekday(1), '2025-11-17'), 'out')),
  q('QT197', 'QA-003', 'was i absent at all in october', () => any(total(solo('QA-003'), month(10), 'absent'))),
  // Kevin O'Brien (DAT-004).
  q('QT198', 'DAT-004', 'have I checked in today', () => yesNo(hasCheckedIn('DAT-004'), [], { mentions: [clock('DAT-004', T(), 'in')] })),
  q('QT199', 'DAT-004', 'my check in times this week', () =>
    answer({ mentions: nonEmpty(checkInDays('DAT-004', TW())).map((d) => clock('DAT-004', d, 'in')) }),
  ),
  q('QT200', 'DAT-004', 'how many hours did i work last week?', () => h('DAT-004', LW())),
  q('QT201', 'DAT-004', 'annual lv left?', () => figures(days(available('DAT-004')))),
  q('QT202', 'DAT-004', 'my kpi last quarter', () => figures(score(kpiOf('DAT-004', LQ())))),
  q('QT203', 'DAT-004', 'am i above 95% attendance this quarter', () => {
    const x = rateOf(solo('DAT-004'), QTR());
    return yesNo(x > 0.95, [rate(x)]);
  }),
  q('QT204', 'DAT-004', 'did i miss any days last month?', () => any(total(solo('DAT-004'), OCT(), 'absent'))),
  q('QT205', 'DAT-004', 'my q2 and q3 scores', () => figures(score(scoreOf('DAT-004', Q(2))), score(scoreOf('DAT-004', Q(3))))),
  q('QT206', 'DAT-004', 'any half days for me this month', () => yesNo(daysWith('DAT-004', NOV(), 'half-day').length > 0)),
  // Emma Clarke (SEC-004).
  q('QT207', 'SEC-004', 'is my leave on the 28th approved yet', () => {
    const l = theRequest('SEC-004', one(dayOfThisMonth(28)));
    return yesNo(l.status === 'approved', [], { mentions: [l.status] });
  }),
  q('QT208', 'SEC-004', 'how many days will my request for the 28th take off my balance?', () =>
    figures(days(costOf(theRequest('SEC-004', one(dayOfThisMonth(28)))))),
  ),
  q('QT209', 'SEC-004', 'how much annual leave is left after my pending request', () => figures(days(available('SEC-004')))),
  q('QT210', 'SEC-004', 'was i late this week', () => yesNo(total(solo('SEC-004'), TW(), 'late') > 0)),
  q('QT211', 'SEC-004', 'have i clocked in today?', () => yesNo(hasCheckedIn('SEC-004'))),
  q('QT212', 'SEC-004', 'my attendance rate last month', () => figures(pr('SEC-004', OCT()))),
  q('QT213', 'SEC-004', 'what time did i get in on the 11th', () => at('SEC-004', dayOfThisMonth(11), 'in')),
  q('QT214', 'SEC-004', 'final score for Q3?', () => figures(score(scoreOf('SEC-004', Q(3))))),
  q('QT215', 'SEC-004', 'is 1 december a day off for me?', () => {
    const hs = holidaysIn(one(day('2025-12-01')), 'SEC');
    return yes([], { mentions: hs.map((x) => x.name) });
  }),
];
