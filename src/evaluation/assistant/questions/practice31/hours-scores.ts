/*
 * practice31 — hours worked and quarterly scores: totals of hours per team or person, the most hours; score
 * statistics (mean, median, lowest, spread or "max minus min"), top and bottom N, the biggest rise and fall
 * between two quarters, trends, teams against each other and against the company, score lines and bands, a
 * level or a team less its leads — asked by the admin and the two managers of their own team.
 */
import { answer, count, figures, hours, people, score, type Question } from '../../expectation';
import { totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount } from '../../oracle/people-figures';
import { bestOfEachTeam, near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { scoredBetween } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { hoursOn, wentUp, yesNo } from '../../oracle/practice20-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { hoursExtreme } from '../../oracle/practice23-figures';
import { medianOf, minOf } from '../../oracle/practice27-figures';
import { QUARTERS, scoreTrend } from '../../oracle/practice28-figures';
import { clearlyDiffer } from '../../oracle/practice29-figures';
import { aboveInAll, biggestMove, meanOfLevel, meanWithoutLevels, measurePerTeam, movedCount, scoredPast, topScorer } from '../../oracle/practice31-figures';
import { kpiOf, stats, teamsByMean } from '../../oracle/score-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import { LAST_WEEK, OCTOBER, q, YESTERDAY } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const DAT: Scope = { team: 'DAT' };
const SEC: Scope = { team: 'SEC' };
const AI: Scope = { team: 'AI' };
const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';

export const HOURS_AND_SCORES: readonly Question[] = [
  // Hours.
  q('PF067', 'admin', 'Total hours logged by the Data team last week?', () => figures(hours(totals(DAT, ...LAST_WEEK).hours))),
  q('PF068', 'admin', 'hours worked per team in October', () => figures(...measurePerTeam('hours', OCTOBER, 'hours'))),
  q('PF069', 'DEV-001', 'How many hours did Lukas put in yesterday?', () => figures(hours(hoursOn('DEV-004', YESTERDAY)))),
  q('PF070', 'QA-001', 'Who on my team worked the most hours last week?', () => {
    const top = hoursExtreme(QA, LAST_WEEK, 'most');
    return people([top.id], hours(top.hours));
  }),

  // Scores, the admin.
  q('PF071', 'admin', 'Company average score for last quarter?', () => figures(score(meanOf(Q3, ALL)))),
  q('PF072', 'admin', 'Median Q3 score in Security', () => figures(score(medianOf(Q3, SEC)))),
  q('PF073', 'admin', 'max minus min for QA in 2025-Q1', () => figures(score(spreadOf(Q1, QA)))),
  q('PF074', 'admin', 'Lowest score in the AI team in Q4 2024', () => figures(score(minOf('2024-Q4', AI)))),
  q('PF075', 'admin', 'mean and median score for the data team in Q3', () => figures(score(meanOf(Q3, DAT)), score(medianOf(Q3, DAT)))),
  q('PF076', 'admin', 'Who were our top 4 perfomers in Q1?', () => people(rankClean(Q1, 4, 'top'))),
  q('PF077', 'admin', 'bottom 2 in AI last quarter', () => people(rankClean(Q3, 2, 'bottom', AI))),
  q('PF078', 'admin', 'Who improved the most between Q1 and Q2?', () => {
    const top = biggestMove(Q1, Q2, 'up');
    return people([top.id], score(top.change));
  }),
  q('PF079', 'admin', 'Who in DEV dropped the most from Q2 to Q3?', () => {
    const fall = biggestMove(Q2, Q3, 'down', DEV);
    return people([fall.id], score(fall.change));
  }),
  q('PF080', 'admin', 'How many people improved their score from Q2 to Q3?', () => figures(count(movedCount(Q2, Q3, 'up')))),
  q('PF081', 'admin', 'Compare AI and DEV performance in Q2', () =>
    figures(near(score(meanOf(Q2, AI)), teamLabel('AI')), near(score(meanOf(Q2, DEV)), teamLabel('DEV'))),
  ),
  q('PF082', 'admin', 'QA average score over the last 4 quarters', () => figures(...QUARTERS.map((p) => score(meanOf(p, QA))))),
  q('PF083', 'admin', 'Which team had the highest average score in Q2?', () => {
    const team = teamsByMean(Q2)[0]!;
    return answer({ teams: [team], figures: [score(meanOf(Q2, { team }))] });
  }),
  q('PF084', 'admin', 'best performer in each team for Q2', () => people(bestOfEachTeam(Q2))),
  q('PF085', 'admin', 'who scored above 88 in Q3?', () => people(scoredPast(Q3, 88, 'above'))),
  q('PF086', 'admin', 'Who in QA scored over 75 in both Q2 and Q3?', () => people(aboveInAll([Q2, Q3], 75, QA))),
  q('PF087', 'admin', 'who in QA scored above the QA average in Q3', () => people(scoredPast(Q3, meanOf(Q3, QA), 'above', QA))),
  q('PF088', 'admin', "What was Sofia Rossi's KPI in Q3?", () => figures(score(kpiOf('DEV-011', Q3)))),
  q('PF089', 'admin', 'average score of seniors vs juniors in Q2', () =>
    figures(near(score(meanOfLevel(Q2, 'Senior')), 'senior'), near(score(meanOfLevel(Q2, 'Junior')), 'junior')),
  ),
  q('PF090', 'admin', "QA's Q2 average excluding the lead", () => figures(score(meanWithoutLevels(Q2, 'QA', ['Lead'])))),
  q('PF091', 'admin', "Is DEV's Q3 average above the company average?", () => {
    const [dev, all] = [meanOf(Q3, DEV), meanOf(Q3, ALL)];
    return yesNo(clearlyDiffer(dev, all, 0.1), [score(dev), score(all)]);
  }),
  q('PF092', 'admin', 'How many people are in QA and what was their average score in Q1?', () =>
    figures(near(count(headcount(QA)), 'people|employee|staff|member|headcount|person'), score(meanOf(Q1, QA))),
  ),
  q('PF093', 'admin', 'median Q1 score of the SEC seniors', () => figures(score(stats([Q1], levelIn('SEC', 'Senior')).median))),
  q('PF094', 'admin', 'who in AI scored between 75 and 85 in Q2', () => people(scoredBetween(Q2, 75, 85, AI))),
  q('PF095', 'admin', 'Highest Q3 score in DAT and who got it', () => {
    const top = topScorer(Q3, DAT);
    return people([top.id], score(top.score));
  }),

  // Scores, the managers.
  q('PF096', 'DEV-001', 'who on my team dropped the most from Q1 to Q2', () => {
    const fall = biggestMove(Q1, Q2, 'down', DEV);
    return people([fall.id], score(fall.change));
  }),
  q('PF097', 'DEV-001', 'average Q3 score of my juniors', () => figures(score(meanOfLevel(Q3, 'Junior', 'DEV')))),
  q('PF098', 'QA-001', 'How did Zoe Adams score each quarter?', () => figures(...scoreTrend('QA-009').map((s) => score(s)))),
  q('PF099', 'QA-001', "Leo's Q3 score", () => figures(score(scoreKnown('QA-008', Q3)))),
  q('PF100', 'QA-001', "Did my team's average go up from Q1 to Q2?", () => {
    const [before, after] = [meanOf(Q1, QA), meanOf(Q2, QA)];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PF101', 'QA-001', 'who on my team scored below 70 last quarter', () => people(scoredPast(Q3, 70, 'below', QA))),
];
