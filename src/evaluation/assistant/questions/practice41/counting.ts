/*
 * practice41 — counting people rather than events: how many people were late at least once or more than once, were
 * absent more than two days, scored over a line, improved, are on leave, have requests waiting or little leave left,
 * worked over 40 hours; and what share of a team had something. A share's denominator is the group's people, read
 * three ways (employed today, employed in the period, expected in it) and asked only where the three agree; a share of
 * scores is over the quarter's scores. Every count must stand next to a word for people or for what it counts.
 */
import { count, figures, rate, type Question } from '../../expectation';
import { type Scope } from '../../oracle/attendance-figures';
import { offBetween } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { countAbove } from '../../oracle/practice21-figures';
import { sameWithoutAsker, overAbsences } from '../../oracle/practice34-figures';
import { over, requesters } from '../../oracle/practice38-figures';
import { improvedCount } from '../../oracle/practice33-figures';
import {
  bothWays,
  howMany,
  leftBelowEitherWay,
  LAST_WK,
  NOV_SO_FAR,
  OCTOBER,
  shareOfScores,
  shareWith,
  THIS_WK_SO_FAR,
  THIS_WK_WHOLE,
  YDAY,
} from '../../oracle/practice41-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
/** A count of people stands next to a word for people or for what they did. */
const ppl = (n: number, ...words: string[]) => near(count(n), ['people', 'person', 'employee', 'staff', 'ppl', 'member', ...words].join('|'));

export const COUNTING: readonly Question[] = [
  // How many people (not how many times).
  q('PP048', 'admin', 'how many ppl were late at least once last wk', () => figures(ppl(howMany(ALL, 'late', LAST_WK), 'late'))),
  q('PP049', 'admin', 'how many ppl were absent more than 2 days in oct', () => figures(ppl(overAbsences(ALL, OCTOBER, 2).length, 'absen'))),
  q('PP050', 'admin', 'how many ppl in dev were late more than once in oct', () => figures(ppl(over(DEV, 'late', OCTOBER, 1).length, 'late'))),
  q('PP051', 'admin', 'how many ppl scored over 80 in q3', () => figures(ppl(countAbove('2025-Q3', 80), 'scor'))),
  q('PP052', 'admin', 'how many ppl went up from q2 to q3', () => figures(ppl(improvedCount('2025-Q2', '2025-Q3'), 'improv', 'up', 'higher'))),
  q('PP053', 'admin', 'how many ppl r on leave this wk', () =>
    figures(
      ppl(
        bothWays([THIS_WK_SO_FAR, THIS_WK_WHOLE], ([from, to]) => offBetween(ALL, from, to).length),
        'leave',
      ),
    ),
  ),
  q('PP054', 'admin', 'how many ppl were on leave in oct', () => figures(ppl(offBetween(ALL, ...OCTOBER).length, 'leave'))),
  q('PP055', 'admin', 'how many ppl have pending leave reqs', () => figures(ppl(requesters('pending').length, 'request', 'pending'))),
  q('PP056', 'admin', 'how many ppl have less than 5 days annual leave left', () => figures(ppl(leftBelowEitherWay('ANNUAL', 5).length, 'leave'))),
  q('PP057', 'admin', 'how many ppl worked over 40 hrs last wk', () => figures(ppl(over(ALL, 'hours', LAST_WK, 40).length, 'hour', 'hrs', 'worked'))),

  // What share of a group.
  q('PP058', 'admin', 'what share of qa was late at least once last wk', () => figures(rate(shareWith(QA, 'late', LAST_WK)))),
  q('PP059', 'admin', 'what % of dev was absent at least once in oct', () => figures(rate(shareWith(DEV, 'absent', OCTOBER)))),
  q('PP060', 'admin', 'what % of sec forgot to check out at least once since oct', () =>
    figures(rate(shareWith({ team: 'SEC' }, 'missingCheckOut', ['2025-10-01', YDAY]))),
  ),
  q('PP061', 'admin', 'what % of q3 scores were under 70', () => figures(rate(shareOfScores('2025-Q3', 70, 'below')))),
  q('PP062', 'admin', "what % of ai's q3 scores were above 80", () => figures(rate(shareOfScores('2025-Q3', 80, 'above', { team: 'AI' })))),

  // The two managers counting their own people.
  q('PP063', 'DEV-001', 'how many of my team were late this month', () =>
    figures(
      ppl(
        sameWithoutAsker(DEV, 'DEV-001', (s) => howMany(s, 'late', NOV_SO_FAR)),
        'late',
        'dev',
      ),
    ),
  ),
  q('PP064', 'QA-001', 'how many of my testers were late last wk', () =>
    figures(
      ppl(
        sameWithoutAsker(QA, 'QA-001', (s) => howMany(s, 'late', LAST_WK)),
        'late',
        'tester',
      ),
    ),
  ),
];
