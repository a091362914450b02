/*
 * practice72 — score statistics for the quarterly review: the mean, median, lowest, highest and spread (highest less
 * lowest) of a quarter's final scores, for the whole company, a team (by code, name or nickname), a level (position) or
 * a level within a team; several statistics, teams, levels or quarters side by side; the trend quarter by quarter.
 * "Last quarter" is the quarter before today's (2025-Q3), "the quarter before last" 2025-Q2. The admin asks.
 */
import type { Question } from '../../expectation';
import { PERIODS } from '../../dataset/scores';
import { TEAM_CODES, team } from '../../oracle/practice72-attendance';
import { highest, levelScope, lowest, mean, meansOver, median, scoredCount, spread } from '../../oracle/practice72-scores';
import { q } from '../helpers';
import { count, figures, LQ, P, QBL, score } from './shared';

const s = score;
const lv = levelScope;

export const STATS: readonly Question[] = [
  // The whole company.
  q('QU001', 'admin', 'quarterly review prep - company mean score for 2025-Q3 pls', () => figures(s(mean(P(2025, 3))))),
  q('QU002', 'admin', 'median final score across everyone last quarter?', () => figures(s(median(LQ())))),
  q('QU003', 'admin', 'lowest and highest score in the whole company for Q3', () => figures(s(lowest(P(2025, 3))), s(highest(P(2025, 3))))),
  q('QU004', 'admin', 'whats the spread of scores company wide in q2', () => figures(s(spread(P(2025, 2))))),
  q('QU005', 'admin', 'How many people were scored in Q3, and what was the average?', () => figures(count(scoredCount(P(2025, 3))), s(mean(P(2025, 3))))),
  q('QU006', 'admin', 'company average score every quarter we have on record', () => figures(...PERIODS.map((p) => s(mean(p.period))))),
  // Teams.
  q('QU007', 'admin', 'avg score DEV q3', () => figures(s(mean(P(2025, 3), team('DEV'))))),
  q('QU008', 'admin', 'median for the testers in Q3?', () => figures(s(median(P(2025, 3), team('QA'))))),
  q('QU009', 'admin', 'Data team, last quarter: mean, median, min and max please', () =>
    figures(s(mean(LQ(), team('DAT'))), s(median(LQ(), team('DAT'))), s(lowest(LQ(), team('DAT'))), s(highest(LQ(), team('DAT')))),
  ),
  q('QU010', 'admin', 'how big was the gap between the best and the worst score in Security in Q3? max minus min', () =>
    figures(s(spread(P(2025, 3), team('SEC')))),
  ),
  q('QU011', 'admin', 'what did the AI team average the quarter before last', () => figures(s(mean(QBL(), team('AI'))))),
  q('QU012', 'admin', 'top score in artificial inteligence last quarter', () => figures(s(highest(LQ(), team('AI'))))),
  q('QU013', 'admin', 'lowest score anywhere in development in Q1 2025', () => figures(s(lowest(P(2025, 1), team('DEV'))))),
  q('QU014', 'admin', 'mean score per team for Q3', () => figures(...TEAM_CODES.map((t) => s(mean(P(2025, 3), team(t)))))),
  q('QU015', 'admin', 'median score by department, 2025-Q2', () => figures(...TEAM_CODES.map((t) => s(median(P(2025, 2), team(t)))))),
  q('QU016', 'admin', 'spread of scores in each team last quarter', () => figures(...TEAM_CODES.map((t) => s(spread(LQ(), team(t)))))),
  q('QU017', 'admin', 'DEV average score over the last 4 quarters', () =>
    figures(
      ...meansOver(
        PERIODS.map((p) => p.period),
        team('DEV'),
      ).map(s),
    ),
  ),
  q('QU018', 'admin', "security's median in q1, q2 and q3", () => figures(...[1, 2, 3].map((n) => s(median(P(2025, n), team('SEC')))))),
  q('QU019', 'admin', 'qa mean score q2 vs q3', () => figures(s(mean(P(2025, 2), team('QA'))), s(mean(P(2025, 3), team('QA'))))),
  // Levels (positions), and levels within a team.
  q('QU020', 'admin', 'average score for seniors in Q3', () => figures(s(mean(P(2025, 3), lv('Senior'))))),
  q('QU021', 'admin', 'median score of the juniors in DEV, 2025-Q2', () => figures(s(median(P(2025, 2), lv('Junior', 'DEV'))))),
  q('QU022', 'admin', "what's the range of scores among the leads in q3", () => figures(s(spread(P(2025, 3), lv('Lead'))))),
  q('QU023', 'admin', 'mid-level people in QA: average and median for last quarter', () =>
    figures(s(mean(LQ(), lv('Mid', 'QA'))), s(median(LQ(), lv('Mid', 'QA')))),
  ),
  q('QU024', 'admin', 'What was the average Q3 score at manager level?', () => figures(s(mean(P(2025, 3), lv('Manager'))))),
  q('QU025', 'admin', 'avg score for seniors in development, Q3', () => figures(s(mean(P(2025, 3), lv('Senior', 'DEV'))))),
  q('QU026', 'admin', 'senior vs lead vs manager level - average score in Q3', () =>
    figures(s(mean(P(2025, 3), lv('Senior'))), s(mean(P(2025, 3), lv('Lead'))), s(mean(P(2025, 3), lv('Manager')))),
  ),
  q('QU027', 'admin', "how have the seniors' average scores moved quarter to quarter?", () =>
    figures(
      ...meansOver(
        PERIODS.map((p) => p.period),
        lv('Senior'),
      ).map(s),
    ),
  ),
];
