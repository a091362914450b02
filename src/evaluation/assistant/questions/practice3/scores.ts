/* Third practice set, scores: averages, medians, ranges, rankings, changes between quarters, teams compared, KPIs. */
import { score, figures, notFound, people, answer, refusal, type Question } from '../../expectation';
import { changes, kpiOf, mostDeclined, mostImproved, rank, scoreOf, scoredAbove, scoredBelow, stats, teamsByMean } from '../../oracle/score-figures';
import { ids } from '../../oracle/people-figures';
import { q } from '../helpers';

const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const Q4_2024 = '2024-Q4';
const mean = (periods: string[], scope = {}) => score(stats(periods, scope).mean);
/** The team at one end of the ranking by mean, named, with its mean (a ranked breakdown of every team is fine). */
function bestOrWorst(period: string, at: number) {
  const team = teamsByMean(period).at(at)!;
  return answer({ figures: [mean([period], { team })], mentions: [team] });
}
const seniors = { ids: ids({ position: 'Senior', status: 'any' }) };

export const PRACTICE3_SCORES: Question[] = [
  q('R101', 'admin', "what's the avg score last quarter", () => figures(mean([Q3]))),
  q('R102', 'admin', 'average performance score for QA in Q2', () => figures(mean([Q2], { team: 'QA' }))),
  q('R103', 'admin', 'median score of the data team last qtr', () => figures(score(stats([Q3], { team: 'DAT' }).median))),
  q('R104', 'admin', 'highest and lowest score in Q1 2025', () => figures(score(stats([Q1]).max), score(stats([Q1]).min))),
  q('R105', 'admin', 'mean score for security in Q4 2024', () => figures(mean([Q4_2024], { team: 'SEC' }))),
  q('R106', 'admin', 'average score of the seniors last quarter', () => figures(mean([Q3], seniors))),
  q('R107', 'admin', 'top 5 performers in Q3', () => people(rank(Q3, 5, 'top'))),
  q('R108', 'admin', 'bottom 3 in DEV for Q2', () => people(rank(Q2, 3, 'bottom', { team: 'DEV' }))),
  q('R109', 'admin', 'who was the best performer in the AI team last quarter', () => people(rank(Q3, 1, 'top', { team: 'AI' }))),
  q('R110', 'admin', 'lowest scorer in QA in q1', () => people(rank(Q1, 1, 'bottom', { team: 'QA' }))),
  q('R111', 'admin', 'who scored above 90 last quarter', () => people(scoredAbove(Q3, 90))),
  q('R112', 'admin', 'anyone in data scoring under 65 in Q2?', () => people(scoredBelow(Q2, 65, { team: 'DAT' }))),
  q('R113', 'admin', 'which team scored highest on avg in Q2', () => bestOrWorst(Q2, 0)),
  q('R114', 'admin', 'which team had the worst average score last quarter', () => bestOrWorst(Q3, -1)),
  q('R115', 'admin', 'who improved the most from Q1 to Q2', () => {
    const best = mostImproved(Q1, Q2);
    return people([best.id], score(best.change));
  }),
  q('R116', 'admin', 'biggest drop in score between Q2 and Q3 in the AI team', () => {
    const worst = mostDeclined(Q2, Q3, { team: 'AI' });
    return people([worst.id], score(worst.change));
  }),
  q('R117', 'admin', 'did the average score go up or down from Q1 to Q2', () => figures(mean([Q1]), mean([Q2]))),
  q('R118', 'admin', 'how did QA average change from q2 to q3', () => figures(mean([Q2], { team: 'QA' }), mean([Q3], { team: 'QA' }))),
  q('R119', 'admin', 'score trend over the last 4 quarters', () => figures(mean([Q4_2024]), mean([Q1]), mean([Q2]), mean([Q3]))),
  q('R120', 'admin', 'compare DEV and SEC performance last quarter', () => figures(mean([Q3], { team: 'DEV' }), mean([Q3], { team: 'SEC' }))),
  q('R121', 'admin', 'what did Hannah Schmidt score in Q2', () => figures(score(scoreOf('DEV-007', Q2)))),
  q('R122', 'admin', "Grace Kim's performance score last quarter", () => figures(score(scoreOf('QA-007', Q3)))),
  q('R123', 'admin', 'KPI of Tom Becker in Q3', () => figures(score(kpiOf('DEV-002', Q3)))),
  q('R124', 'admin', 'how did ahmed ali do in q1 and q2', () => figures(score(scoreOf('DAT-002', Q1)), score(scoreOf('DAT-002', Q2)))),
  q('R125', 'admin', 'how much did Felix Wagner change from Q2 to Q3', () => figures(score(changes(Q2, Q3, { ids: ['AI-003'] })[0]?.change ?? null))),
  q('R126', 'admin', 'average score for the whole of 2025 so far', () => figures(mean([Q1, Q2, Q3]))),
  q('R127', 'admin', 'avg perf score in the dev team from Q1 to Q3', () => figures(mean([Q1, Q2, Q3], { team: 'DEV' }))),
  q('R128', 'admin', 'how many people got a score last quarter', () =>
    figures({ value: stats([Q3]).count, as: 'count', label: 'employee|people|person|staff|scor' }),
  ),
  q('R129', 'admin', 'top performer in each team last quarter', () =>
    people(['AI', 'DAT', 'DEV', 'QA', 'SEC'].flatMap((team) => rank(Q3, 1, 'top', { team }))),
  ),
  // Managers and employees.
  q('R130', 'DEV-001', 'top 3 in my team last quarter', () => people(rank(Q3, 3, 'top', { team: 'DEV' }))),
  q('R131', 'DEV-001', "what's my team's median score for Q2", () => figures(score(stats([Q2], { team: 'DEV' }).median))),
  q('R132', 'DEV-001', 'what did Grace Kim score in Q3', () => notFound()),
  q('R133', 'QA-001', 'who on my team scored below 60 last quarter', () => people(scoredBelow(Q3, 60, { team: 'QA' }))),
  q('R134', 'QA-001', 'average score of the AI team in Q3', () => refusal('AI', 'Artificial')),
  q('R135', 'SEC-004', 'what was my score last quarter', () => figures(score(scoreOf('SEC-004', Q3)))),
  q('R136', 'SEC-004', 'how did my score change from Q2 to Q3?', () => figures(score(scoreOf('SEC-004', Q2)), score(scoreOf('SEC-004', Q3)))),
  q('R137', 'DAT-004', 'my kpi in q2', () => figures(score(kpiOf('DAT-004', Q2)))),
  q('R138', 'DAT-004', "what's Mei Lin's score", () => notFound()),
  q('R139', 'DEV-003', 'how did i do in q1', () => figures(score(scoreOf('DEV-003', Q1)))),
];
