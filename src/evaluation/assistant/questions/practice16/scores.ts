/*
 * practice16 — quarterly scores with a team, a level, a quarter and a top/bottom N or threshold at once,
 * asked mostly by the managers about their own team and by HR across teams: two levels or two quarters
 * side by side, the most improved and the biggest fall, the team on top. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, team and person comes from the data set and the oracle.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { kpiOf, mostDeclined, mostImproved, rank, scoreOf, scoredAbove, scoredBelow, scoresIn, stats, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q4_24 = '2024-Q4';
const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const mean = (period: string, scope = {}) => score(stats([period], scope).mean);
const DEV = { team: 'DEV' };
const QA = { team: 'QA' };

export const SCORES: readonly Question[] = [
  // DEV-001.
  q('H072', 'DEV-001', 'top 2 seniors in my team by score in Q3', () => people(rank(Q3, 2, 'top', levelIn('DEV', 'Senior')))),
  q('H073', 'DEV-001', 'which of my mid-levels scored below 75 in Q2', () => people(scoredBelow(Q2, 75, levelIn('DEV', 'Mid')))),
  q('H074', 'DEV-001', "Can you tell me if my juniors' average went up from Q2 to Q3?", () =>
    figures(mean(Q2, levelIn('DEV', 'Junior')), mean(Q3, levelIn('DEV', 'Junior'))),
  ),
  q('H075', 'DEV-001', 'who in my team improved the most from Q1 to Q3', () => people([mostImproved(Q1, Q3, DEV).id])),
  q('H076', 'DEV-001', 'bottom 3 in my team in the first quarter', () => people(rank(Q1, 3, 'bottom', DEV))),
  q('H077', 'DEV-001', 'median score for my team in 2024-Q4', () => figures(score(stats([Q4_24], DEV).median))),
  q('H078', 'DEV-001', 'how many in my team scored above 80 in Q3', () => figures(count(scoredAbove(Q3, 80, DEV).length))),
  q('H079', 'DEV-001', "omar haddad's score in each quarter of 2025", () => figures(...[Q1, Q2, Q3].map((p) => score(scoreOf('DEV-010', p))))),
  q('H080', 'DEV-001', 'seniors vs juniors average in my team last quarter', () =>
    figures(mean(Q3, levelIn('DEV', 'Senior')), mean(Q3, levelIn('DEV', 'Junior'))),
  ),
  q('H081', 'DEV-001', 'best performer among my mid-levels in Q2', () => people(rank(Q2, 1, 'top', levelIn('DEV', 'Mid')))),
  q('H082', 'DEV-001', "Please give me my team's average score in Q1 and in Q2", () => figures(mean(Q1, DEV), mean(Q2, DEV))),
  q('H083', 'DEV-001', 'lukas novak kpi q2 vs q3', () => figures(score(kpiOf('DEV-004', Q2)), score(kpiOf('DEV-004', Q3)))),

  // QA-001.
  q('H084', 'QA-001', 'top 2 seniors in QA by score in Q3', () => people(rank(Q3, 2, 'top', levelIn('QA', 'Senior')))),
  q('H085', 'QA-001', 'lowest scorer in my team in Q3', () => people(rank(Q3, 1, 'bottom', QA))),
  q('H086', 'QA-001', 'qa mean score Q1 vs Q2 vs Q3', () => figures(mean(Q1, QA), mean(Q2, QA), mean(Q3, QA))),
  q('H087', 'QA-001', 'who in my team dropped the most from Q2 to Q3', () => people([mostDeclined(Q2, Q3, QA).id])),
  q('H088', 'QA-001', 'which of my mid-levels scored above 70 in Q2', () => people(scoredAbove(Q2, 70, levelIn('QA', 'Mid')))),
  q('H089', 'QA-001', "Please give me Zoe Adams' KPI for Q2 and Q3", () => figures(score(kpiOf('QA-009', Q2)), score(kpiOf('QA-009', Q3)))),
  q('H090', 'QA-001', 'average score per person in my team last quarter', () => figures(mean(Q3, QA))),
  q('H091', 'QA-001', 'top 3 of my team in the 4th quarter of 2024', () => people(rank(Q4_24, 3, 'top', QA))),
  q('H092', 'QA-001', "i'd like to know how many of my juniors scored under 70 last quarter", () =>
    figures(count(scoredBelow(Q3, 70, levelIn('QA', 'Junior')).length)),
  ),
  q('H093', 'QA-001', 'min and max in my team in Q1', () => figures(score(stats([Q1], QA).min), score(stats([Q1], QA).max))),

  // HR across teams.
  q('H094', 'admin', 'top 2 mid-levels in AI in Q2', () => people(rank(Q2, 2, 'top', levelIn('AI', 'Mid')))),
  q('H095', 'admin', 'which team had the highest average score in Q1', () => answer({ teams: teamsByMean(Q1).slice(0, 1) })),
  q('H096', 'admin', 'which leads scored above 85 in Q3', () => people(scoredAbove(Q3, 85, levelIn(undefined, 'Lead')))),
  q('H097', 'admin', 'compare the average score of DAT and SEC in Q3', () => figures(mean(Q3, { team: 'DAT' }), mean(Q3, { team: 'SEC' }))),
  q('H098', 'admin', 'best junior company-wide in q2', () => people(rank(Q2, 1, 'top', levelIn(undefined, 'Junior')))),
  q('H099', 'admin', 'average score of mid-level staff in Q4 2024', () => figures(mean(Q4_24, levelIn(undefined, 'Mid')))),
  q('H100', 'admin', 'how many juniors scored under 65 last quarter', () => figures(count(scoredBelow(Q3, 65, levelIn(undefined, 'Junior')).length))),
  q('H101', 'admin', 'bottom 2 seniors in security in Q2', () => people(rank(Q2, 2, 'bottom', levelIn('SEC', 'Senior')))),
  q('H102', 'admin', 'most improved senior from Q2 to Q3', () => people([mostImproved(Q2, Q3, levelIn(undefined, 'Senior')).id])),
  q('H103', 'admin', 'who in DAT scored over 80 in both Q2 and Q3', () => {
    const q2 = new Set(scoredAbove(Q2, 80, { team: 'DAT' }));
    return people(scoredAbove(Q3, 80, { team: 'DAT' }).filter((id) => q2.has(id)));
  }),
  q('H104', 'admin', 'how many people were scored in Q3 in AI', () => figures(count(scoresIn([Q3], { team: 'AI' }).length))),
  q('H105', 'admin', 'leads avg score Q1 vs Q3', () => figures(mean(Q1, levelIn(undefined, 'Lead')), mean(Q3, levelIn(undefined, 'Lead')))),
];
