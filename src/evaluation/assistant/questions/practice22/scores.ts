/*
 * practice22 — a new HR coordinator (admin) on performance scores: one person's score in a quarter and its
 * change, a team's and everyone's average, median, highest and lowest, the top and bottom scorers, and how
 * many scored above or below a line. Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; every figure, team and person comes from the data set and the oracle.
 */
import { answer, ask, count, figures, people, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { rankClean } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { countAbove, countBelow } from '../../oracle/practice21-figures';
import { scoreOf, stats, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q3 = '2025-Q3';
const Q2 = '2025-Q2';
const s = (id: string, period: string) => score(scoreOf(id, period));
const better = (id: string) => {
  const before = scoreOf(id, Q2)!;
  const after = scoreOf(id, Q3)!;
  if (after === before) throw new Error('no change: better is in doubt');
  return yesNo(after > before, [score(before), score(after)]);
};

export const SCORES: readonly Question[] = [
  // One person.
  q('A089', 'admin', "what was Tom Becker's score last quarter", () => figures(s('DEV-002', Q3))),
  q('A090', 'admin', 'mei lin q2 score', () => figures(s('DAT-005', Q2))),
  q('A091', 'admin', "Sana Qureshi's final score for 2025-Q1", () => figures(s('AI-004', '2025-Q1'))),
  q('A092', 'admin', 'did Grace Kim score better in Q3 than in Q2?', () => better('QA-007')),
  q('A093', 'admin', "how did Olivia Martin's score change from Q2 to Q3", () => figures(s('SEC-002', Q2), s('SEC-002', Q3))),
  q('A094', 'admin', 'scores for Chloe Dubois', () => answer({ mentions: ['score'] })),
  q('A095', 'admin', "Amara Nwosu's scores for Q2 and Q3", () => figures(s('AI-002', Q2), s('AI-002', Q3))),

  // A team, everyone.
  q('A096', 'admin', 'average score of the dev team in Q3', () => figures(score(stats([Q3], { team: 'DEV' }).mean))),
  q('A097', 'admin', 'company-wide avg score last quarter', () => figures(score(stats([Q3]).mean))),
  q('A098', 'admin', 'median score for everyone in Q3', () => figures(score(stats([Q3]).median))),
  q('A099', 'admin', 'highest and lowest score in Q3 overall', () => figures(score(stats([Q3]).max), score(stats([Q3]).min))),
  q('A100', 'admin', 'QA scores Q3: avg, min, max', () => {
    const t = stats([Q3], { team: 'QA' });
    return figures(score(t.mean), score(t.min), score(t.max));
  }),
  q('A101', 'admin', 'average score per team for Q3', () => figures(...TEAM_CODES.map((team) => near(score(stats([Q3], { team }).mean), teamLabel(team))))),
  q('A102', 'admin', 'which team had the highest average score in Q3', () => answer({ teams: teamsByMean(Q3).slice(0, 1) })),
  q('A103', 'admin', 'lowest avg score by team in Q2', () => answer({ teams: teamsByMean(Q2).slice(-1) })),
  q('A104', 'admin', 'median score in the data team q2', () => figures(score(stats([Q2], { team: 'DAT' }).median))),
  q('A105', 'admin', 'Q2 average for security', () => figures(score(stats([Q2], { team: 'SEC' }).mean))),

  // Rankings and lines.
  q('A106', 'admin', 'who got the top score in Q3', () => people(rankClean(Q3, 1, 'top'))),
  q('A107', 'admin', 'top 3 scorers last quarter', () => people(rankClean(Q3, 3, 'top'))),
  q('A108', 'admin', 'bottom 3 in Q3', () => people(rankClean(Q3, 3, 'bottom'))),
  q('A109', 'admin', 'best scorer in AI for Q3', () => people(rankClean(Q3, 1, 'top', { team: 'AI' }))),
  q('A110', 'admin', 'lowest score in the QA team in Q2 - who?', () => people(rankClean(Q2, 1, 'bottom', { team: 'QA' }))),
  q('A111', 'admin', 'how many people scored over 85 in Q3', () => figures(count(countAbove(Q3, 85)))),
  q('A112', 'admin', 'how many scored under 60 in q3', () => figures(near(count(countBelow(Q3, 60)), 'people|employee|person|staff|scored|under|below'))),
  q('A113', 'admin', 'how many in DEV scored above 80 last quarter', () =>
    figures(near(count(countAbove(Q3, 80, { team: 'DEV' })), 'people|employee|person|staff|scored|above|over|dev')),
  ),
  q('A248', 'admin', "what was chris's score in Q3", () => ask('DEV-006', 'QA-004')),
  q('A114', 'admin', 'how many people were scored in Q3', () => figures(count(stats([Q3]).count))),
];
