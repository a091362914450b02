/* Ninth practice set: scores, their statistics, rankings and changes. Written code-blind from API.md and the README. */
import { answer, count, notFound, people, score, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { changes, kpiOf, meansOver, mostDeclined, mostImproved, rank, scoreOf, scoredAbove, scoredBelow, stats, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q3 = '2025-Q3';
const ALL = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];
const changeOf = (id: string, from: string, to: string) => changes(from, to, { ids: [id] })[0]!.change;

export const SCORE_QUESTIONS: Question[] = [
  q('X096', 'admin', "What's the average score last quarter?", () => answer({ figures: [score(stats([Q3]).mean)] })),
  q('X097', 'admin', 'median score in the data team in Q3', () => answer({ figures: [score(stats([Q3], { team: 'DAT' }).median)] })),
  q('X098', 'admin', 'top 3 perfomers last quarter', () => people(rank(Q3, 3, 'top'))),
  q('X099', 'admin', 'bottom 5 in Q2', () => people(rank('2025-Q2', 5, 'bottom'))),
  q('X100', 'admin', 'who scored above 85 in Q3', () => people(scoredAbove(Q3, 85))),
  q('X101', 'admin', 'who scored below 60 last quarter', () => people(scoredBelow(Q3, 60))),
  q('X102', 'admin', 'which team scored highest on average in Q3', () => answer({ teams: teamsByMean(Q3).slice(0, 1) })),
  q('X103', 'admin', 'mean and median score for SEC in Q3', () =>
    answer({ figures: [score(stats([Q3], { team: 'SEC' }).mean), score(stats([Q3], { team: 'SEC' }).median)] }),
  ),
  q('X104', 'admin', 'did the average score go up from Q2 to Q3', () => answer({ figures: [score(stats(['2025-Q2']).mean), score(stats([Q3]).mean)] })),
  q('X105', 'admin', 'who improved the most from Q2 to Q3', () => people([mostImproved('2025-Q2', Q3).id])),
  q('X106', 'admin', 'who dropped the most from Q1 to Q2', () => people([mostDeclined('2025-Q1', '2025-Q2').id])),
  q('X107', 'admin', "Grace Kim's score in Q2", () => answer({ figures: [score(scoreOf('QA-007', '2025-Q2'))] })),
  q('X108', 'admin', 'KPI of Felix Wagner last quarter', () => answer({ figures: [score(kpiOf('AI-003', Q3))] })),
  q('X109', 'DEV-003', 'How did I score last quarter?', () => answer({ figures: [score(scoreOf('DEV-003', Q3))] })),
  q('X110', 'QA-003', 'my scores q1 vs q2', () => answer({ figures: [score(scoreOf('QA-003', '2025-Q1')), score(scoreOf('QA-003', '2025-Q2'))] })),
  q('X111', 'DAT-004', 'what was my performance score in Q4 2024', () => answer({ figures: [score(scoreOf('DAT-004', '2024-Q4'))] })),
  q('X112', 'SEC-004', 'my score over the last 4 quarters', () => answer({ figures: ALL.map((p) => score(scoreOf('SEC-004', p))) })),
  q('X113', 'DEV-001', 'top performer on my team last quarter', () => people(rank(Q3, 1, 'top', { team: 'DEV' }))),
  q('X114', 'DEV-001', 'avg score for my team in Q3', () => answer({ figures: [score(stats([Q3], { team: 'DEV' }).mean)] })),
  q('X115', 'QA-001', 'lowest 2 scores in my team last quarter', () => people(rank(Q3, 2, 'bottom', { team: 'QA' }))),
  q('X116', 'QA-001', 'what did Zoe Adams score in Q3', () => answer({ figures: [score(scoreOf('QA-009', Q3))] })),
  q('X117', 'QA-001', "Tom Becker's score last quarter", () => notFound()),
  q('X118', 'admin', 'highest score in Q1', () => answer({ figures: [score(stats(['2025-Q1']).max)] })),
  q('X119', 'admin', 'lowest score in AI last quarter', () => answer({ figures: [score(stats([Q3], { team: 'AI' }).min)] })),
  q('X120', 'admin', 'how many people were scored in Q3', () => answer({ figures: [count(stats([Q3]).count)] })),
  q('X121', 'admin', 'QA average score trend over the quarters', () => answer({ figures: meansOver(ALL, { team: 'QA' }).map((m) => score(m)) })),
  q('X122', 'admin', 'Compare DEV and QA performance last quarter', () =>
    answer({ figures: [score(stats([Q3], { team: 'DEV' }).mean), score(stats([Q3], { team: 'QA' }).mean)] }),
  ),
  q('X123', 'admin', 'average score of seniors in q3', () => answer({ figures: [score(stats([Q3], levelIn(undefined, 'Senior')).mean)] })),
  q('X124', 'admin', 'who in SEC scored above 80 in Q2', () => people(scoredAbove('2025-Q2', 80, { team: 'SEC' }))),
  q('X125', 'DEV-003', 'how did Tom Becker score', () => notFound()),
  q('X126', 'admin', "how much did Ahmed Ali's score change from Q2 to Q3", () => answer({ figures: [score(changeOf('DAT-002', '2025-Q2', Q3))] })),
  q('X127', 'admin', 'the QA average in Q1 vs Q2', () =>
    answer({ figures: [score(stats(['2025-Q1'], { team: 'QA' }).mean), score(stats(['2025-Q2'], { team: 'QA' }).mean)] }),
  ),
  q('X128', 'DEV-001', 'who on my team dropped the most from Q2 to Q3', () => people([mostDeclined('2025-Q2', Q3, { team: 'DEV' }).id])),
  q('X129', 'admin', 'avg perf in the AI team q2', () => answer({ figures: [score(stats(['2025-Q2'], { team: 'AI' }).mean)] })),
  q('X130', 'SEC-004', 'did my score go up or down from Q2 to Q3?', () =>
    answer({ figures: [score(scoreOf('SEC-004', '2025-Q2')), score(scoreOf('SEC-004', Q3))] }),
  ),
];
