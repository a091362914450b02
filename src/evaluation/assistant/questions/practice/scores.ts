/* Practice questions on performance scores: a person's score, statistics, rankings, thresholds, changes. */
import { count, figures, notFound, people, refusal, score, type Question } from '../../expectation';
import { ids } from '../../oracle/people-figures';
import { kpiOf, mostImproved, rank, scoreOf, scoredAbove, scoredBelow, stats } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q3 = '2025-Q3';
const Q2 = '2025-Q2';
const Q1 = '2025-Q1';
const Q4_2024 = '2024-Q4';
const improved = (from: string, to: string, team?: string) => {
  const best = mostImproved(from, to, team === undefined ? {} : { team });
  return people([best.id], score(best.change));
};

export const PRACTICE_SCORES: Question[] = [
  q('P101', 'admin', 'average performance score last quarter', () => figures(score(stats([Q3]).mean))),
  q('P102', 'admin', 'median score for the data team in Q3', () => figures(score(stats([Q3], { team: 'DAT' }).median))),
  q('P103', 'admin', 'top 3 performers in 2025 Q2', () => people(rank(Q2, 3, 'top'))),
  q('P104', 'admin', 'bottom 5 scores company-wide last quarter', () => people(rank(Q3, 5, 'bottom'))),
  q('P105', 'admin', 'who improved the most from Q2 to Q3', () => improved(Q2, Q3)),
  q('P106', 'admin', 'most improved in QA between q1 and q2 2025', () => improved(Q1, Q2, 'QA')),
  q('P107', 'admin', 'highest score in security last quarter', () => figures(score(stats([Q3], { team: 'SEC' }).max))),
  q('P108', 'admin', 'lowest score in AI for Q1 2025', () => figures(score(stats([Q1], { team: 'AI' }).min))),
  q('P109', 'admin', "whats Grace Kim's score for Q3", () => figures(score(scoreOf('QA-007', Q3)))),
  q('P110', 'admin', 'kpi of ravi patel last quarter', () => figures(score(kpiOf('DEV-014', Q3)))),
  q('P111', 'admin', 'who scored above 85 last quarter', () => people(scoredAbove(Q3, 85))),
  q('P112', 'admin', 'anyone below 60 in Q3?', () => people(scoredBelow(Q3, 60))),
  q('P113', 'admin', 'avg score dev vs qa in q3', () => figures(score(stats([Q3], { team: 'DEV' }).mean), score(stats([Q3], { team: 'QA' }).mean))),
  q('P114', 'admin', 'how many employees were scored in Q3', () => figures(count(stats([Q3]).count))),
  q('P115', 'admin', 'did the average score go up or down from q2 to q3', () => figures(score(stats([Q2]).mean), score(stats([Q3]).mean))),
  q('P116', 'admin', 'mean score of the seniors last quarter', () => figures(score(stats([Q3], { ids: ids({ position: 'Senior', status: 'any' }) }).mean))),
  q('P117', 'admin', 'top 2 in the data team last quarter', () => people(rank(Q3, 2, 'top', { team: 'DAT' }))),
  q('P118', 'admin', 'score of Laura Silva in Q3', () => figures(score(scoreOf('DAT-009', Q3)))),
  q('P119', 'admin', 'felix wagner scores for Q4 2024, Q1, Q2 and Q3 2025', () =>
    figures(score(scoreOf('AI-003', Q4_2024)), score(scoreOf('AI-003', Q1)), score(scoreOf('AI-003', Q2)), score(scoreOf('AI-003', Q3))),
  ),
  q('P120', 'admin', 'lowest and highest score in AI last quarter', () =>
    figures(score(stats([Q3], { team: 'AI' }).min), score(stats([Q3], { team: 'AI' }).max)),
  ),
  q('P121', 'admin', 'how many people scored over 80 in the dev team in Q2', () => figures(count(scoredAbove(Q2, 80, { team: 'DEV' }).length))),
  q('P122', 'admin', 'median perf score across the company for q1 2025', () => figures(score(stats([Q1]).median))),
  q('P123', 'DEV-001', 'average score of my team last quarter', () => figures(score(stats([Q3], { team: 'DEV' }).mean))),
  q('P124', 'DEV-001', "who's the top scorer on my team in q3", () => people(rank(Q3, 1, 'top', { team: 'DEV' }))),
  q('P125', 'DEV-001', 'bottom 3 in dev for Q2', () => people(rank(Q2, 3, 'bottom', { team: 'DEV' }))),
  q('P126', 'DEV-001', 'median score in QA last quarter', () => refusal('QA')),
  q('P127', 'DEV-001', 'what did grace kim score last quarter', () => notFound()),
  q('P128', 'QA-001', 'most improved person on my team from Q1 to Q3', () => improved(Q1, Q3, 'QA')),
  q('P129', 'QA-001', 'leo martins score q3', () => figures(score(scoreOf('QA-008', Q3)))),
  q('P130', 'QA-001', 'who in QA scored less than 70 last quarter', () => people(scoredBelow(Q3, 70, { team: 'QA' }))),
  q('P131', 'DEV-003', 'what was my score last quarter', () => figures(score(scoreOf('DEV-003', Q3)))),
  q('P132', 'QA-003', 'my kpi in q2', () => figures(score(kpiOf('QA-003', Q2)))),
  q('P133', 'DAT-004', 'my score in Q4 2024 vs Q3 2025', () => figures(score(scoreOf('DAT-004', Q4_2024)), score(scoreOf('DAT-004', Q3)))),
  q('P134', 'SEC-004', 'average score of the security team', () => refusal('security')),
  q('P135', 'SEC-004', 'Q1 2025 score pls', () => figures(score(scoreOf('SEC-004', Q1)))),
];
