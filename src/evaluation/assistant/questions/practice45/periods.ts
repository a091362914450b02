/*
 * practice45 — a period against the one before, and trends, as a board report sets them out: this month against last
 * month, last month against the month before, last week against the week before, this week against last, Q3 against
 * this quarter so far, one ISO week against the next, two named weeks, month by month since tracking began, quarter
 * by quarter for scores, hires this year against last year to the same day (README). Each period's figure is given
 * side by side, never pooled; "did it go up" is answered in the direction's own word; "how much did it change" gives
 * both ends and the move in points. Attendance is tracked from 1 August: a quarter before it has no rate, and today
 * is open (no absentees, no rate). The admin asks; the two managers ask twice about their own team.
 */
import { answer, count, days, figures, hours, rate, score, type Question } from '../../expectation';
import type { Measure, Scope } from '../../oracle/attendance-figures';
import { hiredBetween, headcount, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { employedOnDay } from '../../oracle/practice32-figures';
import {
  absenceOf,
  differ,
  isoWeek,
  LAST_MONTH,
  LAST_WEEK,
  LAST_YEAR_SO_FAR,
  meanIn,
  MONTH_BEFORE,
  pointsMove,
  Q3,
  rateOf,
  sumOf,
  THIS_MONTH,
  THIS_QUARTER,
  THIS_WEEK,
  THREE_MONTHS_AGO,
  WEEK_BEFORE,
  weekFrom,
  YEAR_SO_FAR,
  YEAR_WHOLE,
  type Range,
} from '../../oracle/practice45-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const team = (code: string): Scope => ({ team: code });
const MONTHS_TRACKED: Range[] = [THREE_MONTHS_AGO, MONTH_BEFORE, LAST_MONTH, THIS_MONTH];
/** A period's count of a measure, next to the measure's word or the period's. */
const forPeriod = (scope: Scope, measure: Measure, range: Range, as: typeof count, words: string) => near(as(sumOf(scope, measure, range)), words);
const LATE = 'late|tard|arriv';
const AWAY = 'absen|\\boff\\b|missed|away|day';
const HEAD = 'people|employee|staff|headcount|person|hire|join|leaver|left|starter';

export const PERIODS: readonly Question[] = [
  // Attendance rates, a period against the one before.
  q('PT045', 'admin', 'attendance rate this month vs last month', () => figures(rate(rateOf(ALL, THIS_MONTH)), rate(rateOf(ALL, LAST_MONTH)))),
  q('PT046', 'admin', 'attendance last week compared to the week before', () => figures(rate(rateOf(ALL, LAST_WEEK)), rate(rateOf(ALL, WEEK_BEFORE)))),
  q('PT047', 'QA-001', "my team's attendance this week vs last week", () => figures(rate(rateOf(team('QA'), THIS_WEEK)), rate(rateOf(team('QA'), LAST_WEEK)))),
  q('PT048', 'admin', 'did company attendance go up or down from september to october', () => {
    const [before, after] = [rateOf(ALL, MONTH_BEFORE), rateOf(ALL, LAST_MONTH)];
    return wentUp(before, after, [rate(before), rate(after)]);
  }),
  q('PT049', 'admin', 'how much did attendance change from Q3 to this quarter?', () => {
    const [before, after] = [rateOf(ALL, Q3), rateOf(ALL, THIS_QUARTER)];
    return figures(rate(before), rate(after), pointsMove(before, after));
  }),
  q('PT050', 'admin', 'absence rate last month vs the month before', () => figures(rate(absenceOf(ALL, LAST_MONTH)), rate(absenceOf(ALL, MONTH_BEFORE)))),
  q('PT051', 'admin', 'was attendance better in September than in October?', () => {
    const [sep, oct] = [rateOf(ALL, MONTH_BEFORE), rateOf(ALL, LAST_MONTH)];
    return yesNo(differ(sep, oct), [rate(sep), rate(oct)]);
  }),
  q('PT052', 'admin', 'DAT attendance wk 45 vs wk 46', () => figures(rate(rateOf(team('DAT'), isoWeek(45))), rate(rateOf(team('DAT'), isoWeek(46))))),

  // Trends: month by month and quarter by quarter.
  q('PT053', 'admin', 'DEV absence rate by month since august', () => figures(...MONTHS_TRACKED.map((m) => rate(absenceOf(team('DEV'), m))))),
  q('PT054', 'admin', 'QA attendance by month this year', () => figures(...MONTHS_TRACKED.map((m) => rate(rateOf(team('QA'), m))))),
  // Q1 and Q2 lie before tracking began: DEV's quarters with a rate are Q3 (August and September) and this one so far.
  q('PT055', 'admin', 'attendance rate per quarter for DEV', () => figures(rate(rateOf(team('DEV'), Q3)), rate(rateOf(team('DEV'), THIS_QUARTER)))),

  // Counts, a period against the one before.
  q('PT056', 'admin', 'late arrivals last month vs the month before', () =>
    figures(forPeriod(ALL, 'late', LAST_MONTH, count, `${LATE}|oct|last`), forPeriod(ALL, 'late', MONTH_BEFORE, count, `${LATE}|sep|before|previous`)),
  ),
  q('PT057', 'admin', 'absent days last wk vs the wk before', () =>
    figures(forPeriod(ALL, 'absent', LAST_WEEK, days, `${AWAY}|last`), forPeriod(ALL, 'absent', WEEK_BEFORE, days, `${AWAY}|before|previous`)),
  ),
  q('PT058', 'admin', 'missing check-outs this month vs last month', () =>
    figures(
      forPeriod(ALL, 'missingCheckOut', THIS_MONTH, count, 'check|missing|nov|this'),
      forPeriod(ALL, 'missingCheckOut', LAST_MONTH, count, 'check|missing|oct|last'),
    ),
  ),
  q('PT059', 'admin', 'hours worked last week vs the week before', () =>
    figures(
      forPeriod(ALL, 'hours', LAST_WEEK, hours, 'hour|hrs|\\bh\\b|last'),
      forPeriod(ALL, 'hours', WEEK_BEFORE, hours, 'hour|hrs|\\bh\\b|before|previous'),
    ),
  ),
  q('PT060', 'admin', 'sec late arrivals: september vs october', () =>
    figures(forPeriod(team('SEC'), 'late', MONTH_BEFORE, count, `${LATE}|sep`), forPeriod(team('SEC'), 'late', LAST_MONTH, count, `${LATE}|oct`)),
  ),
  q('PT061', 'DEV-001', "my team's late arrivals in the week of 6 October vs the week of 3 November", () =>
    figures(
      forPeriod(team('DEV'), 'late', weekFrom('2025-10-06'), count, `${LATE}|oct`),
      forPeriod(team('DEV'), 'late', weekFrom('2025-11-03'), count, `${LATE}|nov`),
    ),
  ),

  // Scores, quarter by quarter.
  q('PT062', 'admin', 'the QA average in Q1 vs Q2 vs Q3', () => figures(...['2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(meanIn(p, team('QA')))))),
  q('PT063', 'admin', "did DEV's average score go up from Q1 to Q2", () => {
    const [before, after] = [meanIn('2025-Q1', team('DEV')), meanIn('2025-Q2', team('DEV'))];
    return wentUp(before, after, [score(before), score(after)]);
  }),

  // People.
  // "Last year so far" counts last year to the same day (README): a hire of late November 2024 is left out.
  q('PT064', 'admin', 'hires this year vs last year so far', () =>
    figures(near(count(hiredBetween(...YEAR_SO_FAR).length), `${HEAD}|this|2025`), near(count(hiredBetween(...LAST_YEAR_SO_FAR).length), `${HEAD}|last|2024`)),
  ),
  q('PT065', 'admin', 'hires and leavers in 2025', () =>
    figures(
      near(count(hiredBetween(...YEAR_WHOLE).length), 'hire|join|new|starter'),
      near(count(leftBetween(...YEAR_WHOLE).length), 'leaver|left|leav|depart'),
    ),
  ),
  q('PT066', 'admin', 'headcount on 1 october vs today', () => {
    const [then, now] = [employedOnDay('2025-10-01').length, headcount()];
    differ(then, now);
    return answer({ figures: [near(count(then), `${HEAD}|oct`), near(count(now), `${HEAD}|today|now`)] });
  }),
];
