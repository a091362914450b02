/* practice4: performance scores — a person's, statistics, rankings, changes between quarters, trends. */
import { figures, people, score, count, ask, notFound, refusal, type Question } from '../../expectation';
import { ids } from '../../oracle/people-figures';
import {
  changes,
  kpiOf,
  meansOver,
  mostDeclined,
  mostImproved,
  rank,
  scoreOf,
  scoredAbove,
  scoredBelow,
  scoresIn,
  stats,
  teamsByMean,
} from '../../oracle/score-figures';
import { q } from '../helpers';

const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const Q4_2024 = '2024-Q4';
const ALL = [Q4_2024, Q1, Q2, Q3];

const changeOf = (id: string, from: string, to: string) => changes(from, to, { ids: [id] })[0]!.change;

export const SCORES: Question[] = [
  q('S101', 'admin', 'avg score q3', () => figures(score(stats([Q3]).mean))),
  q('S102', 'admin', 'median score for QA in Q2 2025', () => figures(score(stats([Q2], { team: 'QA' }).median))),
  q('S103', 'admin', 'top 3 in the data team last quarter', () => people(rank(Q3, 3, 'top', { team: 'DAT' }))),
  q('S104', 'admin', 'bottom 5 performers 2025-Q1', () => people(rank(Q1, 5, 'bottom'))),
  q('S105', 'admin', 'who improved the most from q2 to q3', () => people([mostImproved(Q2, Q3).id], score(mostImproved(Q2, Q3).change))),
  q('S106', 'admin', 'what did Julia Fischer score in Q3', () => figures(score(scoreOf('DAT-003', Q3)))),
  q('S107', 'admin', "Hannah's score last quarter", () => figures(score(scoreOf('DEV-007', Q3)))),
  q('S108', 'admin', 'kpi of Ravi Patel in 2025-Q2', () => figures(score(kpiOf('DEV-014', Q2)))),
  q('S109', 'admin', 'who scored above 88 in q3', () => people(scoredAbove(Q3, 88))),
  q('S110', 'admin', 'how many people scored under 60 in Q3 2025', () => figures(count(scoredBelow(Q3, 60).length))),
  q('S111', 'admin', 'compare QA and DEV avg scores for q3', () => figures(score(stats([Q3], { team: 'QA' }).mean), score(stats([Q3], { team: 'DEV' }).mean))),
  q('S112', 'admin', 'score trend for security', () => figures(...meansOver(ALL, { team: 'SEC' }).map((m) => score(m)))),
  q('S113', 'admin', 'who had the highest score in AI in 2025-Q2', () => people(rank(Q2, 1, 'top', { team: 'AI' }))),
  q('S114', 'admin', 'lowest and highest score in q1', () => figures(score(stats([Q1]).min), score(stats([Q1]).max))),
  q('S115', 'admin', "how much did Sofia Rossi's score change between q1 and q3", () => figures(score(changeOf('DEV-011', Q1, Q3)))),
  q('S116', 'admin', 'who dropped the most between Q2 and Q3', () => people([mostDeclined(Q2, Q3).id])),
  q('S117', 'admin', 'how many employees have a score for 2025-Q3', () => figures(count(stats([Q3]).count))),
  q('S118', 'admin', 'which team had the best average score in q2', () => ({ kind: 'answer', teams: [teamsByMean(Q2)[0]!] })),
  q('S119', 'admin', 'worst 3 scores in security last quarter', () => people(rank(Q3, 3, 'bottom', { team: 'SEC' }))),
  q('S120', 'admin', 'how many people scored 80 or more in q2', () => figures(count(scoresIn([Q2]).filter((s) => s.score >= 80).length))),
  q('S121', 'admin', 'median perf score in the data folks for q3', () => figures(score(stats([Q3], { team: 'DAT' }).median))),
  q('S122', 'admin', 'Q4 2024 average for the AI team', () => figures(score(stats([Q4_2024], { team: 'AI' }).mean))),
  q('S123', 'admin', 'mean score of the qa team q1 vs q2', () => figures(score(stats([Q1], { team: 'QA' }).mean), score(stats([Q2], { team: 'QA' }).mean))),
  q('S124', 'admin', 'top performer overall in Q3 2025', () => people(rank(Q3, 1, 'top'))),
  q('S125', 'admin', 'scores of Mohamed Saleh', () =>
    figures(
      ...ALL.map((p) => scoreOf('SEC-003', p))
        .filter((s): s is number => s !== null)
        .map((s) => score(s)),
    ),
  ),
  q('S126', 'admin', 'what did dan okafor get in q2', () => figures(score(scoreOf('DEV-008', Q2)))),
  q('S127', 'admin', 'most improved in DEV between Q1 and Q3', () => people([mostImproved(Q1, Q3, { team: 'DEV' }).id])),
  q('S128', 'admin', 'how many in QA scored below 65 last quarter', () => figures(count(scoredBelow(Q3, 65, { team: 'QA' }).length))),
  q('S129', 'admin', 'did the average score go up or down from q2 to q3', () => figures(score(stats([Q2]).mean), score(stats([Q3]).mean))),
  q('S130', 'admin', "chris's score in q3", () => ask('DEV-006', 'QA-004')),
  q('S131', 'admin', 'average score of the seniors in q3', () => figures(score(stats([Q3], { ids: ids({ position: 'Senior' }) }).mean))),
  q('S132', 'DEV-001', 'top 3 performers in my team q3', () => people(rank(Q3, 3, 'top', { team: 'DEV' }))),
  q('S133', 'DEV-001', 'avg score of my team last quarter', () => figures(score(stats([Q3], { team: 'DEV' }).mean))),
  q('S134', 'DEV-001', 'what did Yuki score in q2', () => figures(score(scoreOf('DEV-009', Q2)))),
  q('S135', 'QA-001', 'average score of the dev team q3', () => refusal('DEV', 'Development')),
  q('S136', 'QA-001', "Grace Kim's kpi in q1", () => figures(score(kpiOf('QA-007', Q1)))),
  q('S137', 'QA-001', 'who is the weakest performer in my team in 2025-Q3', () => people(rank(Q3, 1, 'bottom', { team: 'QA' }))),
  q('S138', 'DEV-003', 'my score for q3', () => figures(score(scoreOf('DEV-003', Q3)))),
  q('S139', 'DEV-003', 'how did my score change between q2 and q3', () => figures(score(changeOf('DEV-003', Q2, Q3)))),
  q('S140', 'DAT-004', 'what did Mei Lin score last quarter', () => notFound()),
  q('S141', 'SEC-004', 'what was my performance score in 2025-Q1', () => figures(score(scoreOf('SEC-004', Q1)))),
  q('S142', 'QA-003', 'show me my scores', () =>
    figures(
      ...ALL.map((p) => scoreOf('QA-003', p))
        .filter((s): s is number => s !== null)
        .map((s) => score(s)),
    ),
  ),
  q('S143', 'admin', 'the 2 lowest scorers in the dev team in 2025-Q2', () => people(rank(Q2, 2, 'bottom', { team: 'DEV' }))),
  q('S144', 'admin', 'who scored more than 90 in q1', () => people(scoredAbove(Q1, 90))),
];
