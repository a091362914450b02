/*
 * practice53 — one period against another: this month against last, last month against the month before, last week
 * against the week before, one named month against another, Q2 against Q3 for scores. README: "a period against the
 * one before" ("this month vs last month", "last week compared to the week before"); "two of a kind are answered side
 * by side, never pooled"; "up or down" and "better or worse" are answered with the way ("It went down (worse)"); "was
 * attendance better in September than in October": the first period named against the second. "This month" is the
 * 1st to today, "last month" the whole month before, "last week" the previous Monday to Sunday; a rate counts closed
 * days only. Every figure is each period's own.
 */
import { answer, figures, hours, rate, score, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import {
  absenceOf,
  ALL,
  fig,
  LAST_MONTH,
  LAST_Q,
  LAST_WEEK,
  me,
  month,
  MONTH_BEFORE_LAST,
  personSum,
  Q_BEFORE,
  rateOf,
  sumOf,
  team,
  THIS_MONTH,
  WEEK_BEFORE_LAST,
  type Range,
} from '../../oracle/practice53-figures';
import { meanOf, scoreOfOne } from '../../oracle/practice53-people';
import { q } from '../helpers';

/** Both figures and the way a value moved from the first to the second, in the question's own words. */
function moved(before: number, after: number, list: ReturnType<typeof rate>[], words: 'up-down' | 'better-worse', higherIsBetter = true) {
  if (before === after) throw new Error('no move: the way is in doubt');
  const up = after > before;
  const word = words === 'up-down' ? (up ? 'up' : 'down') : up === higherIsBetter ? 'better' : 'worse';
  return answer({ figures: list, mentions: [word] });
}
const rates = (scope: Parameters<typeof rateOf>[0], a: Range, b: Range) => [rate(rateOf(scope, a)), rate(rateOf(scope, b))];
const SEP = month(9);
const OCT = month(10);
const AUG = month(8);

export const PERIODS: readonly Question[] = [
  // The admin.
  q('QB023', 'admin', 'company attendance rate, this month against last month', () => figures(...rates(ALL, THIS_MONTH, LAST_MONTH))),
  q('QB024', 'admin', 'company attendence: October against September', () => figures(...rates(ALL, OCT, SEP))),
  q('QB025', 'admin', 'did attendance go up or down from september to october?', () =>
    moved(rateOf(ALL, SEP), rateOf(ALL, OCT), rates(ALL, SEP, OCT), 'up-down'),
  ),
  q('QB026', 'admin', 'attendance: last week and the week before, side by side', () => figures(...rates(ALL, LAST_WEEK, WEEK_BEFORE_LAST))),
  q('QB027', 'admin', 'company-wide average score: Q2 and Q3', () => figures(score(meanOf(Q_BEFORE)), score(meanOf(LAST_Q)))),
  q('QB028', 'admin', 'has the overall average score risen from Q2 to Q3?', () => {
    const [a, b] = [meanOf(Q_BEFORE), meanOf(LAST_Q)];
    return yesNo(b > a, [score(a), score(b)]);
  }),
  q('QB029', 'admin', 'how many lates last month compared with the month before?', () =>
    figures(fig('late', sumOf(ALL, 'late', LAST_MONTH), 'oct'), fig('late', sumOf(ALL, 'late', MONTH_BEFORE_LAST), 'sep')),
  ),
  q('QB030', 'admin', 'absence rate in QA last month v the month before', () =>
    figures(rate(absenceOf(team('QA'), LAST_MONTH)), rate(absenceOf(team('QA'), MONTH_BEFORE_LAST))),
  ),
  q('QB031', 'admin', "how much did DAT's attendance change from September to October - up or down?", () =>
    moved(rateOf(team('DAT'), SEP), rateOf(team('DAT'), OCT), rates(team('DAT'), SEP, OCT), 'up-down'),
  ),
  q('QB032', 'admin', 'total hours worked last week vs the week before', () =>
    figures(hours(sumOf(ALL, 'hours', LAST_WEEK)), hours(sumOf(ALL, 'hours', WEEK_BEFORE_LAST))),
  ),
  q('QB033', 'admin', 'was attendance better in August than in October?', () => {
    const [a, b] = [rateOf(ALL, AUG), rateOf(ALL, OCT)];
    return yesNo(a > b, [rate(a), rate(b)]);
  }),
  q('QB034', 'admin', 'SEC attendance: better or worse this month than last month?', () =>
    moved(rateOf(team('SEC'), LAST_MONTH), rateOf(team('SEC'), THIS_MONTH), rates(team('SEC'), THIS_MONTH, LAST_MONTH), 'better-worse'),
  ),

  // The managers, of their own team.
  q('QB035', 'DEV-001', 'our attendance rate, this month compared with last month', () => figures(...rates(team('DEV'), THIS_MONTH, LAST_MONTH))),
  q('QB036', 'QA-001', 'late arrivals in my team, September vs October', () =>
    figures(fig('late', sumOf(team('QA'), 'late', SEP), 'sep'), fig('late', sumOf(team('QA'), 'late', OCT), 'oct')),
  ),
  q('QB037', 'QA-001', "Q2 to Q3 - did my team's average improve?", () => {
    const [a, b] = [meanOf(Q_BEFORE, team('QA')), meanOf(LAST_Q, team('QA'))];
    return yesNo(b > a, [score(a), score(b)]);
  }),
  q('QB038', 'DEV-001', 'absences on my team last week vs the week before', () =>
    figures(fig('absent', sumOf(team('DEV'), 'absent', LAST_WEEK), 'last week'), fig('absent', sumOf(team('DEV'), 'absent', WEEK_BEFORE_LAST), 'before')),
  ),
  q('QB039', 'QA-001', 'was QA attendance worse last month than the month before?', () => {
    const [a, b] = [rateOf(team('QA'), LAST_MONTH), rateOf(team('QA'), MONTH_BEFORE_LAST)];
    return yesNo(a < b, [rate(a), rate(b)]);
  }),

  // The employees, of themselves.
  q('QB040', 'DEV-003', 'hours I logged last week and the week before?', () =>
    figures(hours(personSum('DEV-003', 'hours', LAST_WEEK)), hours(personSum('DEV-003', 'hours', WEEK_BEFORE_LAST))),
  ),
  q('QB041', 'SEC-004', 'my score in Q2 compared with Q3', () => figures(score(scoreOfOne('SEC-004', Q_BEFORE)), score(scoreOfOne('SEC-004', LAST_Q)))),
  q('QB042', 'DAT-004', 'was my attendance better in October than in September?', () => {
    const [a, b] = [rateOf(me('DAT-004'), OCT), rateOf(me('DAT-004'), SEP)];
    return yesNo(a > b, [rate(a), rate(b)]);
  }),
  q('QB043', 'QA-003', 'my attendance rate this month compared with last month', () => figures(...rates(me('QA-003'), THIS_MONTH, LAST_MONTH))),
];
