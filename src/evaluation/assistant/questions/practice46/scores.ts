/*
 * practice46 — quarterly performance scores, typed short ("avg score q3", "average perf QA 2025 q2", "top 5 performer
 * Q3", "who improve most from Q2 to Q3", "Tom Beker score Q3"): a team's or the company's mean and median, the spread
 * (highest less lowest), rankings top and bottom (a cut tied with the next place is not asked), two teams or two levels
 * side by side, the trend over the quarters, the biggest rise and fall (everyone tied named), people above a line or
 * in a band (both marks included; no score sits on one), a team's mean without its leads, one person's final score and
 * KPI. Final scores are the mean of the three inputs rounded to two decimals; a team's scores are its members'.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { scoredBetween } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { wentUp } from '../../oracle/practice20-figures';
import { countBelow, spreadOf } from '../../oracle/practice21-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { levelMean } from '../../oracle/practice29-figures';
import { meanWithoutLevels, scoredPast, scoreChange } from '../../oracle/practice31-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { biggestRise } from '../../oracle/practice43-figures';
import { biggestFall, kpiKnown, onlyAtEnd, scoreKnown, some, team } from '../../oracle/practice46-figures';
import { meansOver, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const QUARTERS = ['2024-Q4', Q1, Q2, Q3];
const TEAM_CODES = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];
const DEV = team('DEV');
const QA = team('QA');
const teamMean = (period: string, code: string) => near(score(meanOf(period, team(code))), teamLabel(code));

export const SCORES: readonly Question[] = [
  // Statistics of a quarter.
  q('PU126', 'admin', 'avg score q3', () => figures(score(meanOf(Q3)))),
  q('PU127', 'admin', 'average perf QA 2025 q2', () => figures(score(meanOf(Q2, QA)))),
  q('PU128', 'admin', 'median score data team last quarter', () => figures(score(medianOf(Q3, team('DAT'))))),
  q('PU129', 'admin', 'spread of scores SEC q3', () => figures(score(spreadOf(Q3, team('SEC'))))),
  q('PU130', 'admin', 'how many ppl scored under 70 in q3', () => figures(near(count(countBelow(Q3, 70)), 'people|person|employee|staff|scor|under|below'))),

  // Rankings.
  q('PU131', 'admin', 'top 5 performer Q3', () => people(rankClean(Q3, 5, 'top'))),
  q('PU132', 'admin', 'worst 3 score in q3', () => people(rankClean(Q3, 3, 'bottom'))),
  q('PU133', 'admin', 'highest score in AI q2 who', () => people([onlyAtEnd(Q2, 'top', team('AI')).id])),
  q('PU134', 'admin', 'top performer each team q3', () => people(TEAM_CODES.map((code) => onlyAtEnd(Q3, 'top', team(code)).id))),
  q('PU135', 'admin', 'best team avg q1', () => {
    const [first, second] = teamsByMean(Q1);
    if (meanOf(Q1, team(first!)) === meanOf(Q1, team(second!))) throw new Error('the best team of Q1 is tied');
    return answer({ teams: [first!], figures: [score(meanOf(Q1, team(first!)))] });
  }),

  // Comparisons, trend, moves.
  q('PU136', 'admin', 'compare DEV QA score q3', () => figures(teamMean(Q3, 'DEV'), teamMean(Q3, 'QA'))),
  q('PU137', 'admin', 'seniors vs juniors avg score last quarter', () =>
    figures(near(score(levelMean(Q3, 'Senior')), 'senior'), near(score(levelMean(Q3, 'Junior')), 'junior')),
  ),
  q('PU138', 'admin', 'score trend by quarter', () => figures(...meansOver(QUARTERS).map((m) => score(m)))),
  q('PU139', 'admin', 'did average score go up from q2 to q3', () => wentUp(meanOf(Q2), meanOf(Q3), [score(meanOf(Q2)), score(meanOf(Q3))])),
  q('PU140', 'admin', 'who improve most from Q2 to Q3', () => {
    const rise = biggestRise(Q2, Q3);
    return people(rise.ids, score(rise.change));
  }),
  q('PU141', 'admin', 'who dropped most q2 to q3', () => {
    const fall = biggestFall(Q2, Q3);
    return people(fall.ids, score(fall.change));
  }),

  // Lines, bands, levels left out.
  q('PU142', 'admin', 'who scored above 90 in q3', () => people(some(scoredPast(Q3, 90, 'above')))),
  q('PU143', 'admin', 'SEC scores between 70 and 80 in Q3 who', () => people(some(scoredBetween(Q3, 70, 80, team('SEC'))))),
  q('PU144', 'admin', 'QA mean score excluding leads Q3', () => figures(score(meanWithoutLevels(Q3, 'QA', ['Lead'])))),

  // One person, by a misspelt name.
  q('PU145', 'admin', 'Tom Beker score Q3', () => figures(score(scoreKnown('DEV-002', Q3)))),
  q('PU146', 'admin', 'KPI of Grace Kim last quarter', () => figures(score(kpiKnown('QA-007', Q3)))),

  // The managers, about their own team.
  q('PU147', 'DEV-001', 'my team average score Q3', () => figures(score(meanOf(Q3, DEV)))),
  q('PU148', 'DEV-001', 'Yuki score last quarter vs quarter before', () => figures(score(scoreKnown('DEV-009', Q3)), score(scoreKnown('DEV-009', Q2)))),
  q('PU149', 'DEV-001', 'best in my team q2', () => people(sameWithoutAsker(DEV, 'DEV-001', (s) => [onlyAtEnd(Q2, 'top', s).id]))),
  q('PU150', 'QA-001', 'lowest score my team Q3 who', () => people(sameWithoutAsker(QA, 'QA-001', (s) => [onlyAtEnd(Q3, 'bottom', s).id]))),
  q('PU151', 'QA-001', 'QA avg q1 vs q2 vs q3', () => figures(...[Q1, Q2, Q3].map((p) => score(meanOf(p, QA))))),
  q('PU152', 'QA-001', 'Leo Martin score change q2 to q3', () => figures(scoreChange('QA-008', Q2, Q3))),

  // The employees, about themselves.
  q('PU153', 'DEV-003', 'my score q3', () => figures(score(scoreKnown('DEV-003', Q3)))),
  q('PU154', 'QA-003', 'how i did score last quarter', () => figures(score(scoreKnown('QA-003', Q3)))),
  q('PU155', 'DAT-004', 'my scores all quarters', () => figures(...QUARTERS.map((p) => score(scoreKnown('DAT-004', p))))),
  q('PU156', 'SEC-004', 'my kpi in q2', () => figures(score(kpiKnown('SEC-004', Q2)))),
];
