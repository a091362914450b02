/*
 * practice27 — the outside tester checks the README's score promises as the admin: a person's final score
 * and KPI, a team's or everyone's mean, median, min, max and range (each named, side by side when several are
 * asked), a quarter against another, the trend over every quarter, rankings (top or bottom N, teams by mean),
 * score bands and lines ("above 85", "below 60", "between 70 and 80"), the most improved and the biggest
 * fall, seniors against juniors. Periods as quarters ("Q3", "last quarter", "2025-Q2", "Q4 2024"). Written
 * code-blind from /work/shared/API.md, docs/API.md and the README; every figure and person comes from the data
 * set and the oracle.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { scoredBetween } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { countAbove, spreadOf } from '../../oracle/practice21-figures';
import { maxOf, medianOf, minOf } from '../../oracle/practice27-figures';
import { changes, kpiOf, meansOver, mostDeclined, mostImproved, scoredAbove, scoredBelow, scoreOf, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q3 = '2025-Q3';
const Q2 = '2025-Q2';
const QUARTERS = ['2024-Q4', '2025-Q1', Q2, Q3];

export const SCORES: readonly Question[] = [
  // One person.
  q('PB076', 'admin', 'What was Felix Wagner’s final score for 2025-Q3?', () => figures(score(scoreOf('AI-003', Q3)))),
  q('PB077', 'admin', 'felix score last quarter', () => figures(score(scoreOf('AI-003', Q3)))),
  q('PB078', 'admin', 'score of feliks wagner in q3', () => figures(score(scoreOf('AI-003', Q3)))),
  q('PB079', 'admin', "Tom Becker's KPI in Q2", () => figures(score(kpiOf('DEV-002', Q2)))),
  q('PB080', 'admin', "Laura Silva's score in Q4 2024", () => figures(score(scoreOf('DAT-009', '2024-Q4')))),
  q('PB081', 'admin', "Ahmed Ali's score in Q2 vs Q3", () => figures(score(scoreOf('DAT-002', Q2)), score(scoreOf('DAT-002', Q3)))),

  // Statistics of a group.
  q('PB082', 'admin', 'What was the average performance score across the company last quarter?', () => figures(score(meanOf(Q3)))),
  q('PB083', 'admin', 'avg perf Q3', () => figures(score(meanOf(Q3)))),
  q('PB084', 'admin', 'median score for the Security team in Q3', () => figures(score(medianOf(Q3, { team: 'SEC' })))),
  q('PB085', 'admin', 'highest and lowest score in DAT last quarter', () => figures(score(maxOf(Q3, { team: 'DAT' })), score(minOf(Q3, { team: 'DAT' })))),
  q('PB086', 'admin', 'mean, median, min and max for QA in Q2', () =>
    figures(score(meanOf(Q2, { team: 'QA' })), score(medianOf(Q2, { team: 'QA' })), score(minOf(Q2, { team: 'QA' })), score(maxOf(Q2, { team: 'QA' }))),
  ),
  // The README lists min and max, not 'range': the range is expected as max − min, one figure.
  q('PB087', 'admin', 'range of scores in AI in Q3', () => figures(score(spreadOf(Q3, { team: 'AI' })))),
  q('PB088', 'admin', 'teh lowest score in the whole company in q3', () => figures(score(minOf(Q3)))),
  q('PB089', 'admin', 'the QA average in Q1 vs Q2 vs Q3', () => figures(...['2025-Q1', Q2, Q3].map((p) => score(meanOf(p, { team: 'QA' }))))),
  q('PB090', 'admin', 'score trend for DEV over every quarter', () => figures(...meansOver(QUARTERS, { team: 'DEV' }).map((m) => score(m)))),
  q('PB091', 'admin', 'seniors vs juniors average score last quarter', () =>
    figures(score(meanOf(Q3, levelIn(undefined, 'Senior'))), score(meanOf(Q3, levelIn(undefined, 'Junior')))),
  ),
  q('PB092', 'admin', 'average score of the leads in Q2', () => figures(score(meanOf(Q2, levelIn(undefined, 'Lead'))))),

  // Rankings.
  q('PB093', 'admin', 'Who were the top 3 performers in Q3?', () => people(rankClean(Q3, 3, 'top'))),
  q('PB094', 'admin', 'bottom 3 performers last quarter', () => people(rankClean(Q3, 3, 'bottom'))),
  q('PB095', 'admin', 'best performer in the AI team in Q2', () => people(rankClean(Q2, 1, 'top', { team: 'AI' }))),
  q('PB096', 'admin', 'which team scored highest on average in Q3', () => answer({ teams: teamsByMean(Q3).slice(0, 1) })),
  q('PB097', 'admin', 'who improved the most in DEV from Q2 to Q3', () => people([mostImproved(Q2, Q3, { team: 'DEV' }).id])),
  q('PB098', 'admin', 'who dropped the most from Q2 to Q3 in DEV', () => people([mostDeclined(Q2, Q3, { team: 'DEV' }).id])),

  // Lines and bands.
  q('PB099', 'admin', 'Who scored above 85 in Q3?', () => people(scoredAbove(Q3, 85))),
  q('PB100', 'admin', 'anyone below 60 last quarter', () => people(scoredBelow(Q3, 60))),
  q('PB101', 'admin', 'who in SEC scored between 70 and 80 in Q3', () => people(scoredBetween(Q3, 70, 80, { team: 'SEC' }))),
  q('PB102', 'admin', 'how many people scored over 80 in Q2', () => figures(near(count(countAbove(Q2, 80)), 'people|employee|scor'))),
  q('PB103', 'admin', 'how many people improved from Q2 to Q3', () =>
    figures(near(count(changes(Q2, Q3).filter((c) => c.change > 0).length), 'people|employee|improv')),
  ),
];
