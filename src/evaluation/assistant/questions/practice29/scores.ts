/*
 * practice29 — score statistics as the analyst cuts them: mean, median, minimum, maximum and range of a
 * quarter for everyone, a team, a level or a level within a team; without a team; two teams, two levels and
 * two quarters side by side ("vs", "than", "compared with"); rankings and counts over a line. Quarters as
 * "Q3", "2025-Q2", "last quarter" (Q3 2025, the latest scored), "Q4 2024".
 */
import { count, figures, people, score, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { countAbove, countBelow, spreadOf } from '../../oracle/practice21-figures';
import { maxOf, medianOf, minOf } from '../../oracle/practice27-figures';
import { levelMean, meanWithout } from '../../oracle/practice29-figures';
import { meansOver, mostDeclined, mostImproved, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q3 = '2025-Q3';
const Q2 = '2025-Q2';
const Q1 = '2025-Q1';
const Q4_24 = '2024-Q4';
const QUARTERS = [Q4_24, Q1, Q2, Q3];
const PEOPLE_COUNT = 'people|employee|person|scor|staff';

export const SCORES: readonly Question[] = [
  // Statistics of one group.
  q('PD083', 'admin', 'average, median, min and max score in Q3', () => figures(score(meanOf(Q3)), score(medianOf(Q3)), score(minOf(Q3)), score(maxOf(Q3)))),
  q('PD084', 'admin', 'What was the spread of scores in DEV in Q3 (highest minus lowest)?', () => figures(score(spreadOf(Q3, { team: 'DEV' })))),
  q('PD085', 'admin', 'range of scores in QA last quarter', () => figures(score(spreadOf(Q3, { team: 'QA' })))),
  q('PD086', 'admin', 'median score of the seniors in Q2', () => figures(score(medianOf(Q2, levelIn(undefined, 'Senior'))))),
  q('PD087', 'admin', 'avg score of the juniors in DEV in Q3', () => figures(score(levelMean(Q3, 'Junior', 'DEV')))),
  q('PD088', 'admin', 'lowest score among the AI mid-levels in Q1', () => figures(score(minOf(Q1, levelIn('AI', 'Mid'))))),
  q('PD089', 'admin', 'highest score among the leads in Q4 2024', () => figures(score(maxOf(Q4_24, levelIn(undefined, 'Lead'))))),
  q('PD090', 'admin', 'the median and the range of SEC scores in 2025-Q2', () =>
    figures(score(medianOf(Q2, { team: 'SEC' })), score(spreadOf(Q2, { team: 'SEC' }))),
  ),

  // Exclusions.
  q('PD091', 'admin', 'average score in Q3 without DEV', () => figures(score(meanWithout(Q3, ['DEV'])))),
  q('PD092', 'admin', 'avg Q2 score excluding QA and SEC', () => figures(score(meanWithout(Q2, ['QA', 'SEC'])))),
  q('PD093', 'admin', 'Q3 mean score of everyone except the managers', () => figures(score(meanOf(Q3, { ids: levelOthers('Manager') })))),

  // Side by side.
  q('PD094', 'admin', "DEV's Q3 average vs AI's", () =>
    figures(near(score(meanOf(Q3, { team: 'DEV' })), teamLabel('DEV')), near(score(meanOf(Q3, { team: 'AI' })), teamLabel('AI'))),
  ),
  q('PD095', 'admin', 'average score of seniors compared with juniors in Q3', () =>
    figures(near(score(levelMean(Q3, 'Senior')), 'senior'), near(score(levelMean(Q3, 'Junior')), 'junior')),
  ),
  q('PD096', 'admin', 'mean score in Q2 vs Q3 for DAT', () => figures(score(meanOf(Q2, { team: 'DAT' })), score(meanOf(Q3, { team: 'DAT' })))),
  q('PD097', 'admin', 'median score QA vs SEC last quarter', () =>
    figures(near(score(medianOf(Q3, { team: 'QA' })), teamLabel('QA')), near(score(medianOf(Q3, { team: 'SEC' })), teamLabel('SEC'))),
  ),
  q('PD098', 'admin', 'average score by team in Q3', () => figures(...TEAM_CODES.map((team) => near(score(meanOf(Q3, { team })), teamLabel(team))))),
  q('PD099', 'admin', 'average score by quarter, Q4 2024 to Q3 2025', () => figures(...meansOver(QUARTERS).map((m) => score(m)))),
  q('PD100', 'admin', 'DEV average score over every quarter', () => figures(...meansOver(QUARTERS, { team: 'DEV' }).map((m) => score(m)))),
  q('PD101', 'admin', 'average score of the mid levels vs the leads in Q2', () =>
    figures(near(score(levelMean(Q2, 'Mid')), 'mid'), near(score(levelMean(Q2, 'Lead')), 'lead')),
  ),

  // Rankings and lines.
  q('PD102', 'admin', 'rank the teams by average score in Q3', () => ({ kind: 'answer', teams: teamsByMean(Q3) })),
  q('PD103', 'admin', 'top 3 scorers in QA in Q3', () => people(rankClean(Q3, 3, 'top', { team: 'QA' }))),
  q('PD104', 'admin', 'bottom 3 scores in DEV last quarter', () => people(rankClean(Q3, 3, 'bottom', { team: 'DEV' }))),
  q('PD105', 'admin', 'top 5 scores company-wide in Q2', () => people(rankClean(Q2, 5, 'top'))),
  q('PD106', 'admin', 'How many people scored above 85 in Q3?', () => figures(near(count(countAbove(Q3, 85)), PEOPLE_COUNT))),
  q('PD107', 'admin', 'how many in SEC scored below 70 in Q3', () => figures(near(count(countBelow(Q3, 70, { team: 'SEC' })), PEOPLE_COUNT))),
  q('PD108', 'admin', 'Who improved the most from Q2 to Q3, and by how much?', () => {
    const best = mostImproved(Q2, Q3);
    return people([best.id], score(best.change));
  }),
  q('PD109', 'admin', 'biggest drop in score in DEV from Q2 to Q3', () => {
    const worst = mostDeclined(Q2, Q3, { team: 'DEV' });
    return people([worst.id], score(worst.change));
  }),
];

function levelOthers(position: string): string[] {
  return TEAM_CODES.flatMap((team) => levelIn(team, undefined).ids!).filter((id) => !levelIn(undefined, position as 'Manager').ids!.includes(id));
}
