/*
 * practice52 — scores and their statistics (mean, median, min, max, range — "spread"), per team, by level, one
 * person's (and oneself's) score and KPI, changes between two quarters (up or down, the most improved, the biggest
 * drop), thresholds (checked to have no score on the line), and rankings top and bottom (checked to have no tie at
 * the cut; ties go by name). "Last quarter" is the quarter before today's (its score period computed). Scores follow
 * the employee's team; the scores of people who have since left stay.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { rankClean } from '../../oracle/practice19-figures';
import { countAbove } from '../../oracle/practice21-figures';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { biggestMove, scoredPast } from '../../oracle/practice31-figures';
import { levelScore, statPerTeam } from '../../oracle/practice51-figures';
import { kpiOf, scoreOf, stats } from '../../oracle/score-figures';
import { ALL, LAST_QUARTER_PERIOD, period, team, teamOf } from '../../oracle/practice52-figures';
import { q } from '../helpers';

const Q3 = LAST_QUARTER_PERIOD;
const statOf = (stat: 'mean' | 'median' | 'min' | 'max', p: string, code?: string) => stats([p], code === undefined ? ALL : team(code))[stat];
const spread = (p: string, code?: string) => Math.round((statOf('max', p, code) - statOf('min', p, code)) * 100) / 100;
function known(id: string, p: string): number {
  const s = scoreOf(id, p);
  if (s === null) throw new Error(`${id} has no score in ${p}`);
  return s;
}
function kpi(id: string, p: string): number {
  const k = kpiOf(id, p);
  if (k === null) throw new Error(`${id} has no KPI in ${p}`);
  return k;
}
/** The team with the highest mean in the period (throws when two teams share it). */
function bestTeam(p: string): { code: string; mean: number } {
  const means = ['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((code) => ({ code, mean: statOf('mean', p, code) })).sort((a, b) => b.mean - a.mean);
  if (means[0]!.mean === means[1]!.mean) throw new Error('the best team is tied');
  return means[0]!;
}

export const SCORES: readonly Question[] = [
  // Statistics.
  q('QA163', 'admin', 'median score last quarter', () => figures(score(statOf('median', Q3)))),
  q('QA164', 'admin', 'what was the highest score in Q3 2025?', () => figures(score(statOf('max', period(3))))),
  q('QA165', 'admin', 'lowest score in QA last quarter?', () => figures(score(statOf('min', Q3, 'QA')))),
  q('QA166', 'admin', 'range of scores in 2025-Q2', () => figures(score(spread(period(2))))),
  q('QA167', 'DEV-001', "what's the spread of scores on my team last quarter", () => figures(score(spread(Q3, 'DEV')))),
  q('QA168', 'admin', 'mean and median score for SEC in Q3', () => figures(score(statOf('mean', period(3), 'SEC')), score(statOf('median', period(3), 'SEC')))),
  q('QA169', 'admin', 'average score per team last quarter', () => figures(...statPerTeam(Q3, 'mean'))),
  q('QA170', 'admin', 'which team scored highest on average in Q2?', () => {
    const best = bestTeam(period(2));
    return answer({ figures: [score(best.mean)], mentions: [best.code] });
  }),
  q('QA171', 'admin', 'average score of the seniors last quarter', () => figures(score(levelScore('mean', Q3, 'Senior')))),
  q('QA172', 'admin', 'Q3 average: SEC vs DAT', () => figures(score(statOf('mean', period(3), 'SEC')), score(statOf('mean', period(3), 'DAT')))),

  // One person's score.
  q('QA173', 'DEV-003', 'what was my score last quarter?', () => figures(score(known('DEV-003', Q3)))),
  q('QA174', 'SEC-004', 'my Q1 and Q2 scores', () => figures(score(known('SEC-004', period(1))), score(known('SEC-004', period(2))))),
  q('QA175', 'QA-003', 'how did I score in 2024-Q4?', () => figures(score(known('QA-003', period(4, 2024))))),
  q('QA176', 'DAT-004', 'did my score go up from Q2 to Q3?', () => {
    const [before, after] = [known('DAT-004', period(2)), known('DAT-004', period(3))];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('QA177', 'admin', "Marcus Lee's score in Q3", () => figures(score(known('QA-002', period(3))))),
  q('QA178', 'QA-001', "what was grace kim's KPI in Q3?", () => figures(near(count(kpi('QA-007', period(3))), 'kpi|KPI'))),

  // Changes between quarters.
  q('QA179', 'admin', 'who in DEV improved the most from Q2 to Q3?', () => people([biggestMove(period(2), period(3), 'up', team('DEV')).id])),
  q('QA180', 'admin', 'who dropped the most from Q2 to Q3?', () => people([biggestMove(period(2), period(3), 'down').id])),
  q('QA181', 'admin', 'Did the average score go up from Q2 to Q3?', () => {
    const [before, after] = [statOf('mean', period(2)), statOf('mean', period(3))];
    return wentUp(before, after, [score(before), score(after)]);
  }),

  // Thresholds.
  q('QA182', 'admin', 'how many people scored above 85 in Q3?', () =>
    figures(near(count(countAbove(period(3), 85)), 'people|person|employee|staff|scored|score')),
  ),
  q('QA183', 'admin', 'who scored over 90 last quarter', () => people(scoredPast(Q3, 90, 'above'))),
  q('QA184', 'QA-001', "is QA's Q3 average above 70?", () => {
    const mean = statOf('mean', period(3), 'QA');
    if (Math.abs(mean - 70) < 0.5) throw new Error('too near the line');
    return yesNo(mean > 70, [score(mean)]);
  }),

  // Rankings.
  q('QA185', 'admin', 'bottom 3 performers last quarter', () => people(rankClean(Q3, 3, 'bottom'))),
  q('QA186', 'DEV-001', "who's the top performer on my team last quarter?", () => people(rankClean(Q3, 1, 'top', teamOf('DEV-001')))),
  q('QA187', 'QA-001', 'lowest scorer on my team in Q3', () => people(rankClean(period(3), 1, 'bottom', teamOf('QA-001')))),
  q('QA188', 'admin', 'top 3 perfomers in security last qtr', () => people(rankClean(Q3, 3, 'top', team('SEC')))),
];
