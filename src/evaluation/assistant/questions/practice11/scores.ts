/* Quarterly performance scores: statistics, comparisons, trends, rankings and thresholds, for HR, managers and staff. */
import { answer, count, figures, notFound, people, refusal, score, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { TEAM_CODES } from '../../oracle/practice11-figures';
import { kpiOf, meansOver, mostDeclined, mostImproved, rank, scoredAbove, scoredBelow, scoreOf, stats, teamsByMean } from '../../oracle/score-figures';
import { PERIODS } from '../../dataset/scores';
import { q } from '../helpers';

const OUTSIDE = ['outside', 'scope', 'not allowed', 'only see', 'can see', 'permission', 'access'];
const Q3 = '2025-Q3';
const Q2 = '2025-Q2';
const Q1 = '2025-Q1';
const ALL = PERIODS.map((p) => p.period);

export const SCORE_QUESTIONS: Question[] = [
  q('Z149', 'admin', 'whats the avg score last quarter', () => figures(score(stats([Q3]).mean))),
  q('Z150', 'admin', 'mean and median score for SEC in Q3 pls', () =>
    figures(score(stats([Q3], { team: 'SEC' }).mean), score(stats([Q3], { team: 'SEC' }).median)),
  ),
  q('Z151', 'admin', 'QA average in Q1 vs Q2', () => figures(score(stats([Q1], { team: 'QA' }).mean), score(stats([Q2], { team: 'QA' }).mean))),
  q('Z152', 'admin', 'compare dev and qa performance last qtr', () =>
    figures(score(stats([Q3], { team: 'DEV' }).mean), score(stats([Q3], { team: 'QA' }).mean)),
  ),
  q('Z153', 'admin', 'performance trend over the quarters?', () => figures(...meansOver(ALL).map((m) => score(m)))),
  q('Z154', 'admin', 'top 5 performers in 2025-Q2', () => people(rank(Q2, 5, 'top'))),
  q('Z155', 'admin', 'bottom 3 scores in q3', () => people(rank(Q3, 3, 'bottom'))),
  q('Z156', 'admin', 'which team scored highest on average in Q3', () => {
    const team = teamsByMean(Q3)[0]!;
    return answer({ mentions: [team], figures: [score(stats([Q3], { team }).mean)] });
  }),
  q('Z157', 'admin', 'who scored above 90 last quarter', () => people(scoredAbove(Q3, 90))),
  q('Z158', 'admin', 'anyone below 60 in Q3?', () => people(scoredBelow(Q3, 60))),
  q('Z159', 'admin', 'who improved the most from Q2 to Q3', () => {
    const best = mostImproved(Q2, Q3);
    return people([best.id], score(best.change));
  }),
  q('Z160', 'admin', 'who dropped the most between q2 and q3', () => {
    const worst = mostDeclined(Q2, Q3);
    return people([worst.id], score(worst.change));
  }),
  q('Z161', 'admin', 'did the average score go up from Q2 to Q3', () => figures(score(stats([Q2]).mean), score(stats([Q3]).mean))),
  q('Z162', 'admin', 'highest score in the data team last quarter', () => figures(score(stats([Q3], { team: 'DAT' }).max))),
  q('Z163', 'admin', 'lowest score in AI for Q2', () => figures(score(stats([Q2], { team: 'AI' }).min))),
  q('Z164', 'admin', 'top performer in each team last quarter', () => people(TEAM_CODES.map((team) => rank(Q3, 1, 'top', { team })[0]!))),
  q('Z165', 'admin', "grace kim's score for Q3", () => figures(score(scoreOf('QA-007', Q3)))),
  q('Z166', 'admin', "julia's kpi last quarter", () => figures(score(kpiOf('DAT-003', Q3)))),
  q('Z167', 'admin', 'median score across the company for 2025-Q1', () => figures(score(stats([Q1]).median))),
  q('Z168', 'admin', 'how many people scored above 85 in Q3', () => figures(count(scoredAbove(Q3, 85).length))),
  q('Z169', 'admin', 'avg perf for the seniors in q3', () => figures(score(stats([Q3], levelIn(undefined, 'Senior')).mean))),
  q('Z170', 'admin', 'seniors vs juniors average score last quarter', () =>
    figures(score(stats([Q3], levelIn(undefined, 'Senior')).mean), score(stats([Q3], levelIn(undefined, 'Junior')).mean)),
  ),
  q('Z171', 'admin', 'security team avg score Q2 vs Q3', () => figures(score(stats([Q2], { team: 'SEC' }).mean), score(stats([Q3], { team: 'SEC' }).mean))),
  q('Z172', 'admin', 'how did the AI folks trend over the last 4 quarters', () => figures(...meansOver(ALL, { team: 'AI' }).map((m) => score(m)))),
  q('Z173', 'admin', 'who had the lowest score in the data team in Q3', () => people(rank(Q3, 1, 'bottom', { team: 'DAT' }))),
  q('Z174', 'admin', 'max and min score for devs in q2', () => figures(score(stats([Q2], { team: 'DEV' }).max), score(stats([Q2], { team: 'DEV' }).min))),
  q('Z175', 'DEV-001', 'top 3 in my team last qtr', () => people(rank(Q3, 3, 'top', { team: 'DEV' }))),
  q('Z176', 'DEV-001', 'how did hannah do in Q3', () => figures(score(scoreOf('DEV-007', Q3)))),
  q('Z177', 'DEV-001', 'QA average score last quarter?', () => refusal('QA', 'Quality', ...OUTSIDE)),
  q('Z178', 'DEV-001', 'which of my team scored under 70 last quarter', () => people(scoredBelow(Q3, 70, { team: 'DEV' }))),
  q('Z179', 'QA-001', 'who on my team scored lowest in q3', () => people(rank(Q3, 1, 'bottom', { team: 'QA' }))),
  q('Z180', 'QA-001', "did my team's average go up or down from Q2 to Q3", () =>
    figures(score(stats([Q2], { team: 'QA' }).mean), score(stats([Q3], { team: 'QA' }).mean)),
  ),
  q('Z181', 'QA-001', "Olivia Martin's score last quarter", () => notFound()),
  q('Z182', 'QA-001', 'most improved on my team q2 to q3', () => {
    const best = mostImproved(Q2, Q3, { team: 'QA' });
    return people([best.id], score(best.change));
  }),
  q('Z183', 'DEV-003', 'how did i score last quarter', () => figures(score(scoreOf('DEV-003', Q3)))),
  q('Z184', 'DAT-004', 'my scores over the last 4 quarters pls', () => figures(...ALL.map((p) => score(scoreOf('DAT-004', p))))),
  q('Z185', 'SEC-004', 'was my Q3 score better than Q2?', () => figures(score(scoreOf('SEC-004', Q2)), score(scoreOf('SEC-004', Q3)))),
  q('Z186', 'QA-003', "what's the QA average score", () => refusal('QA', 'Quality', 'team', 'average', ...OUTSIDE)),
  q('Z187', 'DAT-004', 'what did Anna Berg score in q3', () => notFound()),
  q('Z188', 'QA-003', 'my kpi in Q3?', () => figures(score(kpiOf('QA-003', Q3)))),
];
