/*
 * practice15 — quarterly scores: a person's score and KPI, mean, median, min and max of a team or a level,
 * top and bottom N with a filter, thresholds, teams ranked and compared, changes between quarters and
 * trends, asked the way API.md's examples ask them and then varied. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure and person comes from the data set and the oracle.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { kpiOf, meansOver, mostDeclined, mostImproved, rank, scoreOf, scoredAbove, scoredBelow, stats, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q4_24 = '2024-Q4';
const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const FOUR = [Q4_24, Q1, Q2, Q3];
const mean = (period: string, scope = {}) => score(stats([period], scope).mean);

export const SCORES: readonly Question[] = [
  q('N050', 'admin', 'Who are the top 5 performers in 2025-Q2?', () => people(rank(Q2, 5, 'top'))),
  q('N051', 'admin', 'avg score for the AI team in Q2', () => figures(mean(Q2, { team: 'AI' }))),
  q('N052', 'admin', 'top 3 seniors last quarter', () => people(rank(Q3, 3, 'top', levelIn(undefined, 'Senior')))),
  q('N053', 'admin', 'bottom 2 in DEV in Q1', () => people(rank(Q1, 2, 'bottom', { team: 'DEV' }))),
  q('N054', 'admin', 'who scored under 60 last quarter', () => people(scoredBelow(Q3, 60))),
  q('N055', 'admin', 'which team had the lowest average score last quarter', () => answer({ teams: teamsByMean(Q3).slice(-1) })),
  q('N056', 'admin', 'SEC average score per quarter over the last 4 quarters', () => figures(...meansOver(FOUR, { team: 'SEC' }).map((m) => score(m)))),
  q('N057', 'DEV-001', "what was lukas novak's kpi in Q1", () => figures(score(kpiOf('DEV-004', Q1)))),
  q('N058', 'admin', 'how many people scored above 80 last quarter', () => figures(count(scoredAbove(Q3, 80).length))),
  q('N059', 'admin', 'min and max score in QA in Q2', () => figures(score(stats([Q2], { team: 'QA' }).min), score(stats([Q2], { team: 'QA' }).max))),
  q('N060', 'admin', 'who fell the most from Q1 to Q2 in development', () => {
    const worst = mostDeclined(Q1, Q2, { team: 'DEV' });
    return people([worst.id], score(worst.change));
  }),
  q('N061', 'DEV-003', 'did my score go up between Q2 and Q3?', () => figures(score(scoreOf('DEV-003', Q2)), score(scoreOf('DEV-003', Q3)))),
  q('N062', 'admin', 'compare AI and DAT average score in Q2', () => figures(mean(Q2, { team: 'AI' }), mean(Q2, { team: 'DAT' }))),
  q('N063', 'admin', 'leads vs seniors average score q3', () => figures(mean(Q3, levelIn(undefined, 'Lead')), mean(Q3, levelIn(undefined, 'Senior')))),
  q('N064', 'admin', 'median score company-wide in 2025-Q1', () => figures(score(stats([Q1]).median))),
  q('N065', 'QA-001', 'top 2 in my team last quarter', () => people(rank(Q3, 2, 'top', { team: 'QA' }))),
  q('N066', 'admin', 'best performer in data in Q4 2024', () => people(rank(Q4_24, 1, 'top', { team: 'DAT' }))),
  q('N067', 'admin', 'most improved in AI from Q2 to Q3', () => {
    const best = mostImproved(Q2, Q3, { team: 'AI' });
    return people([best.id], score(best.change));
  }),
  q('N068', 'admin', 'senior devs average score last quarter', () => figures(mean(Q3, levelIn('DEV', 'Senior')))),
  q('N069', 'SEC-004', 'what were my scores over the last 4 quarters', () => figures(...FOUR.map((p) => score(scoreOf('SEC-004', p))))),
  q('N070', 'admin', 'who in QA scored above 85 in Q2', () => people(scoredAbove(Q2, 85, { team: 'QA' }))),
  q('N071', 'admin', 'average score per team last quarter', () => figures(...TEAM_CODES.map((team) => near(mean(Q3, { team }), teamLabel(team))))),
  q('N072', 'DEV-001', "my team's mean and median score in Q2", () => figures(mean(Q2, { team: 'DEV' }), score(stats([Q2], { team: 'DEV' }).median))),
  q('N073', 'admin', 'what did Felix Wagner score in Q3', () => figures(score(scoreOf('AI-003', Q3)))),
  q('N074', 'admin', 'how did the company average change from Q4 2024 to Q3 2025', () => figures(mean(Q4_24), mean(Q3))),
  q('N075', 'admin', 'lowest scorer among the leads last quarter', () => people(rank(Q3, 1, 'bottom', levelIn(undefined, 'Lead')))),
  q('N076', 'QA-003', 'my KPI last quarter?', () => figures(score(kpiOf('QA-003', Q3)))),
  q('N077', 'admin', 'Performance trends over quarters for QA', () => figures(...meansOver(FOUR, { team: 'QA' }).map((m) => score(m)))),
  q('N078', 'admin', 'Compare DEV and SEC performance in Q1', () => figures(mean(Q1, { team: 'DEV' }), mean(Q1, { team: 'SEC' }))),
  q('N079', 'DAT-004', 'how did I score in Q4 2024?', () => figures(score(scoreOf('DAT-004', Q4_24)))),
  q('N080', 'admin', 'whats the avg perf score for seniors in DAT in Q2', () => figures(mean(Q2, levelIn('DAT', 'Senior')))),
  q('N081', 'DEV-001', 'bottom 3 performers on my team in Q2', () => people(rank(Q2, 3, 'bottom', { team: 'DEV' }))),
];
