/*
 * practice63 — performance scores as a people analyst reads them: the company's and each team's average, median,
 * lowest, highest and spread in a quarter, by level and by team and level together, the best and worst teams, teams
 * above a line, the highest and lowest scorers (overall, per team, per level), top and bottom n, people above or below
 * a line or in a band, and one person's quarters. API.md: final_score is the mean of the three inputs rounded half-up
 * to two decimals; the summary gives count, mean, min and max per team and period; README: score statistics are the
 * mean, median, lowest, highest and range, by team, by level, and two of a kind side by side. "Last quarter" asked in
 * November 2025 is 2025-Q3. Every figure comes from oracle/practice63-scores, which works each score out again from
 * its inputs and checks every statistic against the shared oracle.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { decided } from '../../oracle/practice59-figures';
import { levelLabel, LEVELS } from '../../oracle/practice63-figures';
import {
  bestPerTeam,
  extremeTeamByMean,
  LAST_QUARTER,
  levelScore,
  meanOf,
  meansPerTeam,
  Q1,
  Q2,
  Q3,
  Q4_24,
  ranked,
  scoredBetween,
  scoredPast,
  scoreIn,
  statsOf,
  teamsWithMean,
} from '../../oracle/practice63-scores';
import { filled } from '../../oracle/practice63-figures';
import { q } from '../helpers';

/** The one person at the top (or bottom) of a group in a quarter, with their score. */
function extreme(period: string, direction: 'top' | 'bottom', w: Parameters<typeof ranked>[3] = {}) {
  const [id] = ranked(period, 1, direction, w);
  return people([id!], score(scoreIn(id!, period)));
}

export const SCORES: readonly Question[] = [
  // Averages and other statistics of a group.
  q('QL083', 'admin', 'company-wide average final score for Q3 2025', () => figures(score(meanOf(Q3)))),
  q('QL084', 'admin', 'mean performance score in Security last quarter', () => figures(score(meanOf(LAST_QUARTER, { team: 'SEC' })))),
  q('QL085', 'admin', 'what did the mid-levels average in Q3?', () => figures(score(meanOf(Q3, { position: 'Mid' })))),
  q('QL086', 'admin', 'juniors: avg score last qtr', () => figures(score(meanOf(LAST_QUARTER, { position: 'Junior' })))),
  q('QL087', 'admin', 'average score for each level in Q3', () => figures(...LEVELS.map((position) => levelScore(position, meanOf(Q3, { position }))))),
  q('QL088', 'admin', 'Q1 2025 average score by team', () => figures(...meansPerTeam(Q1))),
  q('QL089', 'admin', 'top team by average final score, 2025-Q1', () => {
    const team = extremeTeamByMean(Q1, 'highest');
    return answer({ teams: [team], figures: [score(meanOf(Q1, { team }))] });
  }),
  q('QL090', 'admin', 'lowest-scoring team on average in 2024-Q4', () => {
    const team = extremeTeamByMean(Q4_24, 'lowest');
    return answer({ teams: [team], figures: [score(meanOf(Q4_24, { team }))] });
  }),
  q('QL091', 'admin', 'which teams averaged above 76 in Q3?', () => answer({ teams: teamsWithMean(Q3, (m) => m > 76, 76) })),
  q('QL092', 'admin', 'what was the median score in Development for Q2?', () => figures(score(statsOf(Q2, { team: 'DEV' }).median))),
  q('QL093', 'admin', 'DAT Q3: median and mean', () => {
    const s = statsOf(Q3, { team: 'DAT' });
    return figures(near(score(s.median), 'median'), near(score(s.mean), 'mean|average|avg'));
  }),
  q('QL094', 'admin', 'mean, lowest and highest score in the data team for 2024-Q4', () => {
    const s = statsOf(Q4_24, { team: 'DAT' });
    return figures(score(s.mean), score(s.min), score(s.max));
  }),
  q('QL095', 'admin', 'spread of final scores in AI for Q3', () => figures(score(statsOf(Q3, { team: 'AI' }).spread))),
  q('QL096', 'admin', 'highest and lowest score company-wide in Q1', () => {
    const s = statsOf(Q1);
    return figures(score(s.max), score(s.min));
  }),
  q('QL097', 'admin', 'how many people got a score in Q3?', () => figures(near(count(statsOf(Q3).count), 'people|employee|scor|staff|person'))),
  q('QL098', 'admin', "DEV seniors' average score in Q3", () => figures(score(meanOf(Q3, { team: 'DEV', position: 'Senior' })))),
  q('QL099', 'admin', 'leads vs managers: average score in Q1', () =>
    figures(levelScore('Lead', meanOf(Q1, { position: 'Lead' })), levelScore('Manager', meanOf(Q1, { position: 'Manager' }))),
  ),
  q('QL100', 'admin', "is QA's Q3 average under 70?", () => {
    const mean = meanOf(Q3, { team: 'QA' });
    if (Math.abs(mean - 70) < 0.5) throw new Error('too near 70');
    return decided(mean < 70, [score(mean)]);
  }),
  q('QL101', 'admin', 'how did the Q2 average for mids compare with juniors?', () =>
    figures(levelScore('Mid', meanOf(Q2, { position: 'Mid' })), levelScore('Junior', meanOf(Q2, { position: 'Junior' }))),
  ),
  // People at the ends, above and below a line.
  q('QL102', 'admin', 'who had the top score in Q3 and what was it', () => extreme(Q3, 'top')),
  q('QL103', 'admin', 'lowest final score last quarter - who?', () => extreme(LAST_QUARTER, 'bottom')),
  q('QL104', 'admin', 'top 3 performers for 2025-Q2', () => people(ranked(Q2, 3, 'top'))),
  q('QL105', 'admin', 'bottom five scorers in Q3', () => people(ranked(Q3, 5, 'bottom'))),
  q('QL106', 'admin', 'best performer in each team in Q2', () => people(bestPerTeam(Q2))),
  q('QL107', 'admin', 'highest-scoring junior last quarter', () => extreme(LAST_QUARTER, 'top', { position: 'Junior' })),
  q('QL108', 'admin', 'which lead scored lowest in Q3?', () => extreme(Q3, 'bottom', { position: 'Lead' })),
  q('QL109', 'admin', 'names of people scoring above 90 in Q3', () => people(filled(scoredPast(Q3, 90, 'above')))),
  q('QL110', 'admin', 'anyone below 55 last quarter?', () => people(filled(scoredPast(LAST_QUARTER, 55, 'below')))),
  q('QL111', 'admin', 'how many in QA scored under 60 in Q3', () =>
    figures(near(count(filled(scoredPast(Q3, 60, 'below', { team: 'QA' })).length), 'people|employee|scor|staff|person|qa|under|below')),
  ),
  q('QL112', 'admin', 'which seniors scored between 70 and 80 in Q2?', () => people(filled(scoredBetween(Q2, 70, 80, { position: 'Senior' })))),
  q('QL113', 'admin', "Hannah Schmidt's final scores for the last four quarters", () =>
    figures(...[Q4_24, Q1, Q2, Q3].map((period) => score(scoreIn('DEV-007', period)))),
  ),
  q('QL114', 'admin', 'weakest performer among the mids in Q1', () => extreme(Q1, 'bottom', { position: 'Mid' })),
  q('QL115', 'admin', 'median Q3 score for managers', () =>
    figures(near(score(statsOf(Q3, { position: 'Manager' }).median), `median|${levelLabel('Manager')}`)),
  ),
];
