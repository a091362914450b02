/*
 * practice53 — trends and changes over more than two periods: a rate month by month since attendance was first
 * tracked, ISO weeks side by side, days late or absent each month, the average score quarter by quarter. README: a
 * series "by month", "week by week" or "per quarter" gives "each period's rate or count, side by side, at most 12
 * months, 13 weeks or 8 quarters" (for attendance and absence rates and days late, absent or on leave of a team or
 * everyone); "is lateness getting worse" is such a series; "Performance trends over quarters" gives each quarter's
 * mean. A month holding today runs to today; a count at 0 may be said as "none" beside its period and is not expected.
 */
import { figures, score, type Question } from '../../expectation';
import { PERIODS as SCORED } from '../../dataset/scores';
import { isoWeek } from '../../oracle/practice15-figures';
import { ALL, LAST_Q, me, month, SINCE_TRACKING, team, THIS_QUARTER, LAST_QUARTER, type Range } from '../../oracle/practice53-figures';
import { meanOf, scoreOfOne, series } from '../../oracle/practice53-people';
import { q } from '../helpers';

const monthNo = (d: string) => Number(d.slice(5, 7));
/** The months from the one tracking started in ("since August") to this one (this one to today). */
const MONTHS_TRACKED: Range[] = [];
for (let m = monthNo(SINCE_TRACKING[0]); m <= monthNo(SINCE_TRACKING[1]); m += 1) MONTHS_TRACKED.push(month(m));
if (SINCE_TRACKING[0].slice(5) !== '08-01') throw new Error('tracking does not start on 1 August');
/** The months of this quarter, the last to today. */
const THIS_QUARTERS_MONTHS: Range[] = [monthNo(THIS_QUARTER[0]), monthNo(THIS_QUARTER[0]) + 1].map((m) => month(m));
if (THIS_QUARTERS_MONTHS[1]![1] !== THIS_QUARTER[1]) throw new Error('this quarter is not two months old');
/** ISO weeks 44, 45 and 46 of 2025. */
const WK44_TO_46: Range[] = [44, 45, 46].map((n) => isoWeek(2025, n));
const QUARTERS = SCORED.map((p) => p.period);
if (QUARTERS[QUARTERS.length - 1] !== LAST_Q) throw new Error('the last quarter scored is not last quarter');
/** The quarters tracked, each to today at most: Q3 (from the tracking start) and Q4 so far. */
const QUARTERS_TRACKED: Range[] = [LAST_QUARTER, THIS_QUARTER];

export const TRENDS: readonly Question[] = [
  // The admin.
  q('QB044', 'admin', 'attendance rate by month since August', () => figures(...series(ALL, 'rate', MONTHS_TRACKED))),
  q('QB045', 'admin', 'DEV late arrivals month by month this quarter', () => figures(...series(team('DEV'), 'late', THIS_QUARTERS_MONTHS))),
  q('QB046', 'admin', "QA's attendance in wk 44, wk 45 and wk 46", () => figures(...series(team('QA'), 'rate', WK44_TO_46))),
  q('QB047', 'admin', "average score for each quarter we've scored, in order", () => figures(...QUARTERS.map((p) => score(meanOf(p))))),
  q('QB048', 'admin', 'absence rate by month for SEC since aug', () => figures(...series(team('SEC'), 'absence', MONTHS_TRACKED))),
  q('QB049', 'admin', "is the data team's lateness getting worse? month by month since August pls", () =>
    figures(...series(team('DAT'), 'late', MONTHS_TRACKED)),
  ),
  q('QB050', 'admin', 'attendance rate per quarter for AI', () => figures(...series(team('AI'), 'rate', QUARTERS_TRACKED))),
  q('QB051', 'admin', 'absent days in Development each month, Aug to Oct', () => figures(...series(team('DEV'), 'absent', [month(8), month(9), month(10)]))),

  // The managers, of their own team.
  q('QB052', 'QA-001', "my team's attendance trend by month since August", () => figures(...series(team('QA'), 'rate', MONTHS_TRACKED))),
  q('QB053', 'DEV-001', 'our avg score per quarter', () => figures(...QUARTERS.map((p) => score(meanOf(p, team('DEV')))))),
  q('QB054', 'QA-001', 'half days on my team month by month, aug to oct', () => figures(...series(team('QA'), 'halfDay', [month(8), month(9), month(10)]))),
  q('QB055', 'DEV-001', "my team's attendance week by week: week 44, week 45 and week 46", () => figures(...series(team('DEV'), 'rate', WK44_TO_46))),

  // The employees, of themselves.
  q('QB056', 'DAT-004', 'monthly breakdown of my attendance since aug', () => figures(...series(me('DAT-004'), 'rate', MONTHS_TRACKED))),
  q('QB057', 'SEC-004', 'all my quarterly scores, oldest first', () => figures(...QUARTERS.map((p) => score(scoreOfOne('SEC-004', p))))),
];
