/*
 * practice45 — averages and shares for a board report. README: a share of people is "the people counted over those
 * expected at work then" ("at least once" counts a half day); a share of scores is over the people scored in the
 * quarter; two of a kind are answered side by side ("mean and median score for SEC in Q3", "seniors vs juniors
 * average score"); "who in AI scored above the AI average". A share is asked over closed days only, and a score line
 * only where no score sits on it. Level averages are asked only where no leaver was scored at that level, so whether
 * leavers count changes nothing. The admin asks, and Elena Petrova (QA-001) once about her whole team.
 */
import { answer, count, figures, people, rate, score, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { aboveOwnMean } from '../../oracle/practice33-figures';
import { scoresIn, stats } from '../../oracle/score-figures';
import {
  absenceOf,
  LAST_MONTH,
  LAST_WEEK,
  levelScope,
  meanIn,
  MONTH_BEFORE,
  noLeavers,
  Q3,
  rateOf,
  shareAtLeastOnce,
  shareOfScores,
  SINCE_AUGUST,
  some,
} from '../../oracle/practice45-figures';
import { labelledPerTeam, perTeam } from '../../oracle/practice45-rankings';
import { q } from '../helpers';

const ALL: Scope = {};
const team = (code: string): Scope => ({ team: code });

export const SHARES: readonly Question[] = [
  // Shares of people expected at work.
  q('PT113', 'admin', 'what % of staff were late at least once last month', () => figures(rate(shareAtLeastOnce(ALL, 'late', LAST_MONTH)))),
  q('PT114', 'QA-001', 'what percentage of my team was absent at least once in September?', () =>
    figures(rate(shareAtLeastOnce(team('QA'), 'absent', MONTH_BEFORE))),
  ),
  q('PT115', 'admin', 'what % of people were late at least once last week', () => figures(rate(shareAtLeastOnce(ALL, 'late', LAST_WEEK)))),
  q('PT116', 'admin', 'what share of the AI team had a half day in October', () => figures(rate(shareAtLeastOnce(team('AI'), 'halfDay', LAST_MONTH)))),
  q('PT117', 'admin', 'what % of security staff were absent at least once in Q3', () => figures(rate(shareAtLeastOnce(team('SEC'), 'absent', Q3)))),

  // Shares of scores.
  q('PT118', 'admin', "what % of QA's q3 scores were under 70", () => figures(rate(shareOfScores('2025-Q3', 70, 'below', team('QA'))))),
  q('PT119', 'admin', 'share of DEV scoring above 80 in Q2', () => figures(rate(shareOfScores('2025-Q2', 80, 'above', team('DEV'))))),
  q('PT120', 'admin', "what % of DEV's scores were under 70 in Q3", () => figures(rate(shareOfScores('2025-Q3', 70, 'below', team('DEV'))))),

  // Averages and statistics.
  // README's example. A leaver's scores stay (API.md): SEC's Q3 figures count Ethan Hughes's.
  q('PT121', 'admin', 'mean and median score for SEC in Q3', () => {
    const s = stats(['2025-Q3'], team('SEC'));
    return figures(score(s.mean), score(s.median));
  }),
  q('PT122', 'admin', 'range of scores in DAT last quarter', () => figures(score(spreadOf('2025-Q3', team('DAT'))))),
  q('PT123', 'admin', 'average attendance rate across the company since august', () => figures(rate(rateOf(ALL, SINCE_AUGUST)))),
  q('PT124', 'admin', 'leads vs managers average score in Q3', () =>
    figures(score(meanIn('2025-Q3', levelScope('Lead', '2025-Q3'))), score(meanIn('2025-Q3', levelScope('Manager', '2025-Q3')))),
  ),
  q('PT125', 'admin', 'how many people in QA and their average score in Q2', () =>
    figures(near(count(headcount({ team: 'QA' })), 'people|employee|staff|headcount|person|member'), score(meanIn('2025-Q2', team('QA')))),
  ),
  q('PT126', 'admin', 'absence rate by team last month', () =>
    figures(
      ...labelledPerTeam(
        perTeam((t) => absenceOf(team(t), LAST_MONTH)),
        rate,
      ),
    ),
  ),

  // Above an average.
  q('PT127', 'admin', 'who in AI scored above the AI average in Q3', () => people(some(aboveOwnMean('2025-Q3', 'AI')))),
  q('PT128', 'admin', 'who in DEV scored above the company average in Q3?', () => {
    const line = meanIn('2025-Q3');
    const dev = scoresIn(['2025-Q3'], team('DEV'));
    if (dev.some((s) => s.score === line)) throw new Error('a score sits on the average');
    return answer({ people: noLeavers(some(dev.filter((s) => s.score > line).map((s) => s.id))) });
  }),
];
