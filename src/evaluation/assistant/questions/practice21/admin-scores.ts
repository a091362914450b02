/*
 * practice21 — an HR analyst (admin) on performance scores for a report: mean, median, min, max, spread,
 * distribution, counts above and below a line, the share above a line as a percentage, by team and by
 * level, quarter against quarter — in precise phrasing and in the way analysts type ("QA Q2 median").
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure and person comes
 * from the data set and the oracle.
 */
import { answer, count, figures, people, rate, score, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { rankClean } from '../../oracle/practice19-figures';
import { countAbove, countBelow, scoredCount, shareAbove, spreadOf } from '../../oracle/practice21-figures';
import { changes, mostImproved, scoredAbove, scoredBelow, stats, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const Q4_2024 = '2024-Q4';
const mean = (period: string, team?: string) => score(stats([period], team === undefined ? {} : { team }).mean);
const median = (period: string, team?: string) => score(stats([period], team === undefined ? {} : { team }).median);
const min = (period: string, team?: string) => score(stats([period], team === undefined ? {} : { team }).min);
const max = (period: string, team?: string) => score(stats([period], team === undefined ? {} : { team }).max);

export const ADMIN_SCORES: readonly Question[] = [
  // One statistic, precise and typed.
  q('F001', 'admin', 'median final score for QA in 2025-Q2', () => figures(median(Q2, 'QA'))),
  q('F002', 'admin', 'QA Q2 median', () => figures(median(Q2, 'QA'))),
  q('F003', 'admin', 'mean final score across the company for 2025-Q3', () => figures(mean(Q3))),
  q('F004', 'admin', 'avg score Q3 all staff', () => figures(mean(Q3))),
  q('F005', 'admin', 'DEV Q1 mean', () => figures(mean(Q1, 'DEV'))),
  q('F006', 'admin', 'what was the lowest final score in the security team in Q3', () => figures(min(Q3, 'SEC'))),
  q('F007', 'admin', 'highest score in DAT for Q2', () => figures(max(Q2, 'DAT'))),
  q('F008', 'admin', 'min and max score company wide last quarter', () => figures(min(Q3), max(Q3))),
  q('F009', 'admin', 'median score for the AI team in Q4 2024', () => figures(median(Q4_2024, 'AI'))),
  q('F010', 'admin', 'SEC median q3', () => figures(median(Q3, 'SEC'))),
  q('F011', 'admin', 'mean and median for DEV in Q3', () => figures(mean(Q3, 'DEV'), median(Q3, 'DEV'))),
  q('F012', 'admin', 'score spread for QA in Q3', () => figures(min(Q3, 'QA'), max(Q3, 'QA'))),
  q('F013', 'admin', 'gap between the highest and lowest final score company-wide in Q3', () => figures(score(spreadOf(Q3)))),
  q('F014', 'admin', 'distribution of Q3 scores in the data team', () => figures(min(Q3, 'DAT'), max(Q3, 'DAT'))),
  q('F015', 'admin', 'how many employees have a Q3 score', () => figures(count(scoredCount(Q3)))),
  q('F016', 'admin', 'number of scores recorded for QA in Q2', () => figures(near(count(scoredCount(Q2, { team: 'QA' })), 'score|people|employee|qa'))),

  // By team and by level.
  q('F017', 'admin', 'average score by team for Q3', () => figures(...TEAM_CODES.map((team) => near(mean(Q3, team), teamLabel(team))))),
  q('F018', 'admin', 'median per dept Q2', () => figures(...TEAM_CODES.map((team) => near(median(Q2, team), teamLabel(team))))),
  q('F019', 'admin', 'which team had the highest mean score in Q3', () => answer({ teams: teamsByMean(Q3).slice(0, 1) })),
  q('F020', 'admin', 'lowest scoring team Q2', () => answer({ teams: teamsByMean(Q2).slice(-1) })),
  q('F021', 'admin', 'average Q3 score of the seniors', () => figures(score(stats([Q3], levelIn(undefined, 'Senior')).mean))),
  q('F022', 'admin', 'median score for juniors in Q3', () => figures(score(stats([Q3], levelIn(undefined, 'Junior')).median))),
  q('F023', 'admin', 'mean score of the leads in Q2', () => figures(score(stats([Q2], levelIn(undefined, 'Lead')).mean))),
  q('F024', 'admin', 'seniors vs juniors average score in Q3', () =>
    figures(score(stats([Q3], levelIn(undefined, 'Senior')).mean), score(stats([Q3], levelIn(undefined, 'Junior')).mean)),
  ),
  q('F025', 'admin', 'average score of the DEV mids in Q3', () => figures(score(stats([Q3], levelIn('DEV', 'Mid')).mean))),

  // Against a line.
  q('F026', 'admin', 'how many employees scored above 85 in Q3', () => figures(count(countAbove(Q3, 85)))),
  q('F027', 'admin', 'count of people below 60 in Q3', () => figures(count(countBelow(Q3, 60)))),
  q('F028', 'admin', 'list everyone with a Q3 score under 60', () => people(scoredBelow(Q3, 60))),
  q('F029', 'admin', 'who in DEV scored over 85 in Q3', () => people(scoredAbove(Q3, 85, { team: 'DEV' }))),
  q('F030', 'admin', 'what percentage of staff scored above 80 in Q3', () => figures(rate(shareAbove(Q3, 80)))),
  q('F031', 'admin', '% of people above 75 in Q2', () => figures(rate(shareAbove(Q2, 75)))),
  q('F032', 'admin', 'share of QA scoring above 70 in Q3, as a percentage', () => figures(rate(shareAbove(Q3, 70, { team: 'QA' })))),
  q('F033', 'admin', 'how many in QA scored below 70 in Q3', () => figures(count(countBelow(Q3, 70, { team: 'QA' })))),
  q('F034', 'admin', 'how many scored 90 or more in Q3', () => figures(count(countAbove(Q3, 90)))),
  q('F035', 'admin', 'number of people above 80 in Q2 vs Q3', () => figures(count(countAbove(Q2, 80)), count(countAbove(Q3, 80)))),

  // Rankings.
  q('F036', 'admin', 'top 3 scorers in Q3', () => people(rankClean(Q3, 3, 'top'))),
  q('F037', 'admin', 'bottom 5 final scores last quarter', () => people(rankClean(Q3, 5, 'bottom'))),
  q('F038', 'admin', 'top scorer in AI in Q2', () => people(rankClean(Q2, 1, 'top', { team: 'AI' }))),

  // Quarter against quarter.
  q('F039', 'admin', 'company average score Q2 vs Q3', () => figures(mean(Q2), mean(Q3))),
  q('F040', 'admin', 'QA mean Q1 vs Q2 vs Q3', () => figures(mean(Q1, 'QA'), mean(Q2, 'QA'), mean(Q3, 'QA'))),
  q('F041', 'admin', 'did the SEC median go up or down from Q2 to Q3', () => figures(median(Q2, 'SEC'), median(Q3, 'SEC'))),
  q('F042', 'admin', 'biggest score improvement Q2 to Q3 - who?', () => people([mostImproved(Q2, Q3).id])),
  q('F043', 'admin', 'how many people improved their score from Q2 to Q3', () => figures(count(changes(Q2, Q3).filter((c) => c.change > 0).length))),
  q('F044', 'admin', 'average score in Q3 2025 compared with Q4 2024', () => figures(mean(Q4_2024), mean(Q3))),
  q('F045', 'admin', 'DAT max score Q1 vs Q3', () => figures(max(Q1, 'DAT'), max(Q3, 'DAT'))),
];
