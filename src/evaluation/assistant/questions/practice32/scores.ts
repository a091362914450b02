/*
 * practice32 — quarter-end scores: means, medians, spreads, top and bottom N, changes between quarters (across the
 * year too, 2024-Q4 to 2025-Q1), thresholds in one or both quarters, levels against each other, a former employee's
 * last score; asked by the admin, the two managers of their own team and the employees of themselves.
 */
import { answer, count, figures, people, rate, score, type Question } from '../../expectation';
import { meansOver, teamsByMean } from '../../oracle/score-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { TEAM_CODES, teamLabel } from '../../oracle/practice11-figures';
import { scoredBetween } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { nonZero, wentUp } from '../../oracle/practice20-figures';
import { countBelow, shareAbove, spreadOf } from '../../oracle/practice21-figures';
import { medianOf, minOf } from '../../oracle/practice27-figures';
import { bestQuarter, QUARTERS, quarterWord, scoreTrend } from '../../oracle/practice28-figures';
import { levelMean, meanWithout } from '../../oracle/practice29-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import { aboveInAll, biggestMove, improvedCount, improvers, kpiKnown, scoredUnder, topOfEachTeam } from '../../oracle/practice32-figures';
import { q } from '../helpers';

const DEV = { team: 'DEV' };
const QA = { team: 'QA' };
const round2 = (n: number) => Math.round(n * 100) / 100;

export const SCORES: readonly Question[] = [
  q('PG060', 'admin', 'Company average score in Q4 2024 and in Q1 2025', () => figures(score(meanOf('2024-Q4')), score(meanOf('2025-Q1')))),
  q('PG061', 'admin', 'Who improved the most between 2024-Q4 and 2025-Q3?', () => people([biggestMove('2024-Q4', '2025-Q3', 'rise').id])),
  q('PG062', 'admin', 'Who scored above 85 in both Q2 and Q3?', () => people(aboveInAll(['2025-Q2', '2025-Q3'], 85))),
  q('PG063', 'admin', 'Top 5 performers for 2025-Q2', () => people(rankClean('2025-Q2', 5, 'top'))),
  q('PG064', 'admin', 'Median score per team in Q3', () => figures(...TEAM_CODES.map((team) => near(score(medianOf('2025-Q3', { team })), teamLabel(team))))),
  q('PG065', 'admin', 'How many people scored under 60 in Q3 across the company?', () =>
    figures(near(count(nonZero(countBelow('2025-Q3', 60))), 'people|employee|scor|person')),
  ),
  q('PG066', 'admin', 'Bottom two in the AI team for Q1', () => people(rankClean('2025-Q1', 2, 'bottom', { team: 'AI' }))),
  q('PG067', 'admin', "What was Laura Silva's Q3 score?", () => figures(score(scoreKnown('DAT-009', '2025-Q3')))),
  q('PG068', 'admin', 'Mean and spread of Security scores in Q2', () =>
    figures(score(meanOf('2025-Q2', { team: 'SEC' })), score(spreadOf('2025-Q2', { team: 'SEC' }))),
  ),
  q('PG069', 'admin', 'Which team had the highest average score in Q4 2024?', () => answer({ teams: [teamsByMean('2024-Q4')[0]!] })),
  q('PG070', 'admin', 'How many people improved from Q4 2024 to Q1 2025?', () =>
    figures(near(count(nonZero(improvedCount('2024-Q4', '2025-Q1'))), 'people|employee|improv|person')),
  ),
  q('PG071', 'admin', 'Seniors vs juniors: average score in Q3', () =>
    figures(near(score(levelMean('2025-Q3', 'Senior')), 'senior'), near(score(levelMean('2025-Q3', 'Junior')), 'junior')),
  ),
  q('PG072', 'admin', 'Who in DEV dropped the most from Q1 to Q2?', () => people([biggestMove('2025-Q1', '2025-Q2', 'fall', DEV).id])),
  q('PG073', 'admin', 'Average Q3 score excluding QA', () => figures(score(meanWithout('2025-Q3', ['QA'])))),
  q('PG074', 'admin', 'Who in DAT scored between 70 and 80 in Q2?', () => people(scoredBetween('2025-Q2', 70, 80, { team: 'DAT' }))),
  q('PG075', 'admin', "Mohammed Saleh's KPI for Q3", () => figures(score(kpiKnown('SEC-003', '2025-Q3')))),
  q('PG076', 'admin', "DEV's average score for each of the last four quarters", () => figures(...meansOver(QUARTERS, DEV).map((m) => score(m)))),
  q('PG077', 'admin', 'Top scorer in each team for Q2', () => people(topOfEachTeam('2025-Q2'))),
  q('PG078', 'admin', 'What share of DEV scored above 80 in Q3?', () => figures(rate(shareAbove('2025-Q3', 80, DEV)))),
  q('PG079', 'admin', 'avg perf score company wide q2 vs q3', () => figures(score(meanOf('2025-Q2')), score(meanOf('2025-Q3')))),

  // Priya Raman (DEV) and Elena Petrova (QA), of their own teams.
  q('PG080', 'DEV-001', "My team's top 3 for Q1, and the team's average that quarter", () =>
    answer({ people: rankClean('2025-Q1', 3, 'top', DEV), figures: [score(meanOf('2025-Q1', DEV))] }),
  ),
  q('PG081', 'DEV-001', 'Which of my juniors improved from Q2 to Q3?', () => people(improvers('2025-Q2', '2025-Q3', levelIn('DEV', 'Junior')))),
  q('PG082', 'DEV-001', "Ben Carter's Q2 and Q3 scores", () => figures(score(scoreKnown('DEV-012', '2025-Q2')), score(scoreKnown('DEV-012', '2025-Q3')))),
  q('PG083', 'DEV-001', 'Did my team’s mean score go up from Q4 2024 to Q1 2025?', () => {
    const [before, after] = [meanOf('2024-Q4', DEV), meanOf('2025-Q1', DEV)];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PG084', 'QA-001', 'Mean, median and lowest Q3 score on my team', () =>
    figures(
      near(score(meanOf('2025-Q3', QA)), 'mean|average|avg'),
      near(score(medianOf('2025-Q3', QA)), 'median'),
      near(score(minOf('2025-Q3', QA)), 'low|min'),
    ),
  ),
  q('PG085', 'QA-001', 'Has my team’s average gone up or down between Q4 2024 and Q3 2025?', () => {
    const [before, after] = [meanOf('2024-Q4', QA), meanOf('2025-Q3', QA)];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PG086', 'QA-001', 'Who on my team scored under 65 in Q3?', () => people(scoredUnder('2025-Q3', 65, QA))),

  // The employees, of themselves.
  q('PG087', 'DEV-003', 'Show me my score for every quarter', () => figures(...scoreTrend('DEV-003').map((s) => score(s)))),
  q('PG088', 'QA-003', 'How much did my score change from Q4 last year to Q1 this year?', () =>
    figures(score(nonZero(round2(scoreKnown('QA-003', '2025-Q1') - scoreKnown('QA-003', '2024-Q4'))))),
  ),
  q('PG089', 'DAT-004', 'Which quarter was my best so far?', () => answer({ mentions: [quarterWord(bestQuarter('DAT-004'))] })),
  q('PG090', 'SEC-004', 'What were my KPI and my final score in Q2?', () =>
    figures(score(kpiKnown('SEC-004', '2025-Q2')), score(scoreKnown('SEC-004', '2025-Q2'))),
  ),
];
