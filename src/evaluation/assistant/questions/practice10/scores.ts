/* Scores: means, medians, extremes, rankings, changes and trends, KPI — for everyone, a team, a manager's team, oneself. */
import { PERIODS } from '../../dataset/scores';
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { bestOfEachTeam } from '../../oracle/practice10-figures';
import { changes, kpiOf, meansOver, mostDeclined, mostImproved, rank, scoredAbove, scoredBelow, scoreOf, stats, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const ALL = PERIODS.map((p) => p.period);
const changeOf = (id: string, from: string, to: string) => changes(from, to, { ids: [id] })[0]!.change;

export const SCORES: Question[] = [
  q('Y201', 'admin', "What's the average score last quarter?", () => figures(score(stats([Q3]).mean))),
  q('Y202', 'admin', 'median score in the data team last quarter', () => figures(score(stats([Q3], { team: 'DAT' }).median))),
  q('Y203', 'admin', 'who scored above 85 last quarter', () => people(scoredAbove(Q3, 85))),
  q('Y204', 'admin', 'Who are the top 5 performers in 2025-Q2?', () => people(rank(Q2, 5, 'top'))),
  q('Y205', 'admin', 'which team scored highest on average in Q3', () => {
    const best = teamsByMean(Q3)[0]!;
    return answer({ figures: [score(stats([Q3], { team: best }).mean)] });
  }),
  q('Y206', 'DEV-003', 'How did I score last quarter?', () => figures(score(scoreOf('DEV-003', Q3)))),
  q('Y207', 'DAT-004', 'my score trend over the quarters', () => figures(...ALL.map((p) => score(scoreOf('DAT-004', p))))),
  q('Y208', 'admin', 'who improved the most from Q2 to Q3', () => {
    const best = mostImproved(Q2, Q3);
    return people([best.id], score(best.change));
  }),
  q('Y209', 'admin', 'who dropped the most from Q2 to Q3?', () => {
    const worst = mostDeclined(Q2, Q3);
    return people([worst.id], score(worst.change));
  }),
  q('Y210', 'admin', 'mean and median score for SEC in Q3', () => {
    const s = stats([Q3], { team: 'SEC' });
    return figures(score(s.mean), score(s.median));
  }),
  q('Y211', 'admin', 'the QA average in Q1 vs Q2', () => figures(score(stats([Q1], { team: 'QA' }).mean), score(stats([Q2], { team: 'QA' }).mean))),
  q('Y212', 'DEV-001', 'bottom 3 in my team last quarter', () => people(rank(Q3, 3, 'bottom', { team: 'DEV' }))),
  q('Y213', 'DEV-001', 'KPI of Sofia Rossi in Q3', () => figures(score(kpiOf('DEV-011', Q3)))),
  q('Y214', 'QA-001', 'avg perf for my team in Q2', () => figures(score(stats([Q2], { team: 'QA' }).mean))),
  q('Y215', 'admin', 'did the average score go up from Q2 to Q3', () => figures(score(stats([Q2]).mean), score(stats([Q3]).mean))),
  q('Y216', 'admin', 'top performer in each team last quarter', () => people(bestOfEachTeam(Q3))),
  q('Y217', 'admin', 'Compare DEV and QA performance last quarter', () =>
    figures(score(stats([Q3], { team: 'DEV' }).mean), score(stats([Q3], { team: 'QA' }).mean)),
  ),
  q('Y218', 'admin', 'highest score in Q1?', () => figures(score(stats([Q1]).max))),
  q('Y219', 'SEC-004', 'what were my scores in Q1 and Q2', () => figures(score(scoreOf('SEC-004', Q1)), score(scoreOf('SEC-004', Q2)))),
  q('Y220', 'admin', 'who scored below 60 in Q3', () => people(scoredBelow(Q3, 60))),
  q('Y221', 'admin', 'lowest scorer in security last quarter', () => people(rank(Q3, 1, 'bottom', { team: 'SEC' }))),
  q('Y222', 'DAT-004', 'how much did my score change from Q2 to Q3', () => figures(score(changeOf('DAT-004', Q2, Q3)))),
  q('Y223', 'admin', "Aisha Khan's score in Q3", () => figures(score(scoreOf('DEV-003', Q3)))),
  q('Y224', 'admin', 'how many people were scored in Q3', () => figures(count(stats([Q3]).count))),
  q('Y225', 'admin', 'Performance trends over quarters', () => figures(...meansOver(ALL).map((m) => score(m)))),
  q('Y226', 'QA-001', 'who in my team scored highest last quarter?', () => people(rank(Q3, 1, 'top', { team: 'QA' }))),
  q('Y227', 'admin', 'Could you please give me the lowest score in the AI team for the second quarter of 2025?', () =>
    figures(score(stats([Q2], { team: 'AI' }).min)),
  ),
  q('Y228', 'DEV-003', 'my scores Q2 vs Q3', () => figures(score(scoreOf('DEV-003', Q2)), score(scoreOf('DEV-003', Q3)))),
  q('Y229', 'admin', 'avg scor for dev in q2', () => figures(score(stats([Q2], { team: 'DEV' }).mean))),
];
