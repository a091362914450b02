/*
 * practice38 — the manager's team against itself: this month against last, this quarter against last, a week
 * against the week before, month by month, score means and their change, one member against another, up or down,
 * better or worse, a team's rate against a line; and a long monthly-update question with several parts.
 */
import { answer, count, days, figures, hours, people, rate, score, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { headcount } from '../../oracle/people-figures';
import { changes, mostDeclined, mostImproved, stats } from '../../oracle/score-figures';
import { differs, near, points, Q3, Q4_SO_FAR, rateOf, totalOf, WEEK_BEFORE_LAST, yesNo } from '../../oracle/practice38-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const me = (id: string): Scope => ({ ids: [id] });
const mean = (period: string, scope: Scope) => stats([period], scope).mean;

export const COMPARE: readonly Question[] = [
  q('PM097', 'DEV-001', 'my teams attendence this month vs last month', () => figures(rate(rateOf(DEV, THIS_MONTH)), rate(rateOf(DEV, OCTOBER)))),
  q('PM098', 'QA-001', "Is QA's attendance better this quarter than last quarter?", () => {
    const [now, before] = [rateOf(QA, Q4_SO_FAR), rateOf(QA, Q3)];
    return yesNo(differs(now, before), [rate(now), rate(before)]);
  }),
  q('PM099', 'DEV-001', "did my team's attendance go up from September to October?", () => {
    const [sep, oct] = [rateOf(DEV, SEPTEMBER), rateOf(DEV, OCTOBER)];
    return yesNo(differs(oct, sep), [rate(sep), rate(oct)]);
  }),
  q('PM100', 'QA-001', 'late arrivals in QA: October vs September', () =>
    figures(near(count(totalOf(QA, 'late', OCTOBER)), 'late|arriv'), near(count(totalOf(QA, 'late', SEPTEMBER)), 'late|arriv')),
  ),
  q('PM101', 'DEV-001', 'absent days on my team last month compared to the month before', () =>
    figures(days(totalOf(DEV, 'absent', OCTOBER)), days(totalOf(DEV, 'absent', SEPTEMBER))),
  ),
  q('PM102', 'QA-001', 'avg perfomance score for my team Q3 vs Q2', () => figures(score(mean('2025-Q3', QA)), score(mean('2025-Q2', QA)))),
  q('PM103', 'DEV-001', 'did our average score go up or down from Q2 to Q3?', () => {
    const [q2, q3] = [mean('2025-Q2', DEV), mean('2025-Q3', DEV)];
    return answer({ figures: [score(q2), score(q3)], mentions: [differs(q3, q2) ? 'up' : 'down'] });
  }),
  q('PM104', 'DEV-001', 'attendance rate by month since August for my team', () =>
    figures(...[AUGUST, SEPTEMBER, OCTOBER, THIS_MONTH].map((m) => rate(rateOf(DEV, m)))),
  ),
  q('PM105', 'DEV-001', 'absent days month by month this quarter for my team', () =>
    figures(days(totalOf(DEV, 'absent', OCTOBER)), days(totalOf(DEV, 'absent', THIS_MONTH))),
  ),
  q('PM106', 'QA-001', "how does QA's attendance last week compare with the week before", () =>
    figures(rate(rateOf(QA, LAST_WEEK)), rate(rateOf(QA, WEEK_BEFORE_LAST))),
  ),
  q('PM107', 'DEV-001', 'Was my team’s attendance better last week than the week before?', () => {
    const [last, before] = [rateOf(DEV, LAST_WEEK), rateOf(DEV, WEEK_BEFORE_LAST)];
    return yesNo(differs(last, before), [rate(last), rate(before)]);
  }),
  q('PM108', 'QA-001', "how much did my team's attendance change from Q3 to this quarter", () => {
    const [q3, q4] = [rateOf(QA, Q3), rateOf(QA, Q4_SO_FAR)];
    return figures(rate(q3), rate(q4), points(q3, q4));
  }),
  q('PM109', 'DEV-001', "is my team's attendance this month above 95%?", () => {
    const r = rateOf(DEV, THIS_MONTH);
    return yesNo(differs(r, 0.95), [rate(r)]);
  }),
  q('PM110', 'QA-001', 'was QA under 90% in october', () => {
    const r = rateOf(QA, OCTOBER);
    return yesNo(differs(0.9, r), [rate(r)]);
  }),
  q('PM111', 'DEV-001', 'missing check-outs on my team: Q3 vs Q4 so far', () =>
    figures(near(count(totalOf(DEV, 'missingCheckOut', Q3)), 'check|missing'), near(count(totalOf(DEV, 'missingCheckOut', Q4_SO_FAR)), 'check|missing')),
  ),
  q('PM112', 'QA-001', "my team's hours last week vs the week before", () =>
    figures(hours(totalOf(QA, 'hours', LAST_WEEK)), hours(totalOf(QA, 'hours', WEEK_BEFORE_LAST))),
  ),
  q('PM113', 'DEV-001', "how many people in my team and what's their avg score for Q3", () =>
    figures(near(count(headcount({ team: 'DEV' })), 'people|employee|member|person|staff|headcount'), score(mean('2025-Q3', DEV))),
  ),
  q('PM114', 'QA-001', 'mean and median score for my team last quarter', () => {
    const s = stats(['2025-Q3'], QA);
    return figures(score(s.mean), score(s.median));
  }),
  q('PM115', 'DEV-001', "Chris's attendance Q3 vs this quarter", () => figures(rate(rateOf(me('DEV-006'), Q3)), rate(rateOf(me('DEV-006'), Q4_SO_FAR)))),
  q('PM116', 'QA-001', "is Zoe's attendance getting worse? compare September and October", () =>
    figures(rate(rateOf(me('QA-009'), SEPTEMBER)), rate(rateOf(me('QA-009'), OCTOBER))),
  ),
  q('PM117', 'DEV-001', "compare Ben's and Chris's attendance last month", () =>
    figures(rate(rateOf(me('DEV-012'), OCTOBER)), rate(rateOf(me('DEV-006'), OCTOBER))),
  ),
  q('PM118', 'QA-001', 'who on my team improved the most from Q2 to Q3', () => {
    const best = mostImproved('2025-Q2', '2025-Q3', QA);
    return people([best.id], score(best.change));
  }),
  q('PM119', 'DEV-001', 'who dropped the most from q2 to q3 on my team', () => {
    const worst = mostDeclined('2025-Q2', '2025-Q3', DEV);
    return people([worst.id], score(worst.change));
  }),
  q('PM120', 'DEV-001', 'How many on my team improved from Q2 to Q3?', () =>
    figures(near(count(changes('2025-Q2', '2025-Q3', DEV).filter((c) => c.change > 0).length), 'improv|people|employee|member|person|staff|went up|rose')),
  ),
  // Tracking starts on 1 August: the quarters with a rate are Q3 and Q4 so far.
  q('PM121', 'QA-001', 'attendance trend for my team per quarter', () => figures(rate(rateOf(QA, Q3)), rate(rateOf(QA, Q4_SO_FAR)))),
  q('PM122', 'admin', 'Covering for Elena: QA’s attendance rate this month vs last month, and the absent days in each', () =>
    figures(rate(rateOf(QA, THIS_MONTH)), rate(rateOf(QA, OCTOBER)), days(totalOf(QA, 'absent', THIS_MONTH)), days(totalOf(QA, 'absent', OCTOBER))),
  ),
  q(
    'PM123',
    'DEV-001',
    'Writing my monthly update for the team. Can you give me our attendance rate in October vs September, the number of late arrivals in each of those months, and whether our average score went up from Q2 to Q3?',
    () => {
      const [q2, q3] = [mean('2025-Q2', DEV), mean('2025-Q3', DEV)];
      return figures(
        rate(rateOf(DEV, OCTOBER)),
        rate(rateOf(DEV, SEPTEMBER)),
        near(count(totalOf(DEV, 'late', OCTOBER)), 'late|arriv'),
        near(count(totalOf(DEV, 'late', SEPTEMBER)), 'late|arriv'),
        score(q2),
        score(q3),
      );
    },
  ),
];
