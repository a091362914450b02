/*
 * practice72 — rankings and moves for the quarterly review: the top and bottom n of a quarter (the company, a team, a
 * level; ties by name, never tied at the cut, no leaver in the list), the biggest rise and fall between two quarters
 * of the people scored in both, who went up or down and how many, people and shares against a line, the best and
 * worst team by a statistic, teams against a line, each team's best, and who beat their own team's mean. The admin asks.
 */
import type { Question } from '../../expectation';
import { TEAM_CODES, team } from '../../oracle/practice72-attendance';
import {
  aboveOwnMean,
  biggestMove,
  countPast,
  levelScope,
  mean,
  median,
  moverCount,
  movers,
  ranked,
  scoredPast,
  sharePast,
  teamMovedMost,
  teamsPast,
  topTeam,
} from '../../oracle/practice72-scores';
import { q } from '../helpers';
import { answer, count, figures, LQ, P, people, rate, score, yesNo } from './shared';

const s = score;
const lv = levelScope;
const move = (m: { id: string; change: number }) => people([m.id], s(m.change));

export const RANKINGS: readonly Question[] = [
  // Top and bottom n.
  q('QU028', 'admin', 'top 5 in the company for Q3', () => people(ranked(P(2025, 3), 5, 'top'))),
  q('QU029', 'admin', 'bottom 3 scores last quarter - who are they?', () => people(ranked(LQ(), 3, 'bottom'))),
  q('QU030', 'admin', 'best performer in QA in Q3', () => people(ranked(P(2025, 3), 1, 'top', team('QA')))),
  q('QU031', 'admin', 'who were the 3 lowest scoring people in development in Q2', () => people(ranked(P(2025, 2), 3, 'bottom', team('DEV')))),
  q('QU032', 'admin', 'top 2 seniors in q3?', () => people(ranked(P(2025, 3), 2, 'top', lv('Senior')))),
  q('QU033', 'admin', 'the two weakest juniors last quarter', () => people(ranked(LQ(), 2, 'bottom', lv('Junior')))),
  q('QU034', 'admin', 'who topped each team in Q2?', () => people(TEAM_CODES.flatMap((t) => ranked(P(2025, 2), 1, 'top', team(t))))),
  // Moves between two quarters.
  q('QU035', 'admin', 'biggest improver between q2 and q3?', () => move(biggestMove(P(2025, 2), P(2025, 3), 'rise'))),
  q('QU036', 'admin', 'who in dev declined the most between Q1 and Q2 2025', () => move(biggestMove(P(2025, 1), P(2025, 2), 'fall', team('DEV')))),
  q('QU037', 'admin', 'most improved in the data team from Q2 to Q3', () => move(biggestMove(P(2025, 2), P(2025, 3), 'rise', team('DAT')))),
  q('QU038', 'admin', 'largest drop in QA between Q2 and Q3?', () => move(biggestMove(P(2025, 2), P(2025, 3), 'fall', team('QA')))),
  q('QU039', 'admin', 'which senior improved most from Q4 2024 to Q3 2025', () => move(biggestMove(P(2024, 4), P(2025, 3), 'rise', lv('Senior')))),
  q('QU040', 'admin', 'who in AI went down from Q2 to Q3', () => people(movers(P(2025, 2), P(2025, 3), 'down', team('AI')))),
  q('QU041', 'admin', 'who in SEC moved up between q2 and q3?', () => people(movers(P(2025, 2), P(2025, 3), 'up', team('SEC')))),
  q('QU042', 'admin', 'in DEV, how many went up between Q2 and Q3?', () => figures(count(moverCount(P(2025, 2), P(2025, 3), 'up', team('DEV'))))),
  q('QU043', 'admin', 'development: number of staff whose score fell from q1 to q2', () =>
    figures(count(moverCount(P(2025, 1), P(2025, 2), 'down', team('DEV')))),
  ),
  q('QU044', 'admin', 'which mid-level people slipped between Q2 and Q3?', () => people(movers(P(2025, 2), P(2025, 3), 'down', lv('Mid')))),
  // Lines and shares.
  q('QU045', 'admin', 'what share of Q3 scores were above 80', () => figures(rate(sharePast(P(2025, 3), 'above', 80)))),
  q('QU046', 'admin', '% of DEV scoring over 75 in Q3', () => figures(rate(sharePast(P(2025, 3), 'above', 75, team('DEV'))))),
  q('QU047', 'admin', 'what proportion of seniors scored below 70 last quarter', () => figures(rate(sharePast(LQ(), 'below', 70, lv('Senior'))))),
  q('QU048', 'admin', 'who scored above 85 in Q3?', () => people(scoredPast(P(2025, 3), 'above', 85))),
  q('QU049', 'admin', 'anyone in AI under 65 last quarter?', () => {
    const ids = scoredPast(LQ(), 'below', 65, team('AI'));
    return yesNo(ids.length > 0, [], { people: ids });
  }),
  q('QU050', 'admin', 'how many scored under 60 in Q3', () => figures(count(countPast(P(2025, 3), 'below', 60)))),
  q('QU051', 'admin', "which DEV people came in above DEV's mean in Q3", () => people(aboveOwnMean(P(2025, 3), team('DEV')))),
  // Teams.
  q('QU052', 'admin', 'which team had the best average in Q2?', () => {
    const t = topTeam(P(2025, 2), 'mean', 'highest');
    return answer({ teams: [t], figures: [s(mean(P(2025, 2), team(t)))] });
  }),
  q('QU053', 'admin', 'which team had the lowest median last quarter', () => {
    const t = topTeam(LQ(), 'median', 'lowest');
    return answer({ teams: [t], figures: [s(median(LQ(), team(t)))] });
  }),
  q('QU054', 'admin', 'which teams averaged above 75.5 in Q3?', () => {
    const ts = teamsPast(P(2025, 3), 'above', 75.5);
    return answer({ teams: ts, figures: ts.map((t) => s(mean(P(2025, 3), team(t)))) });
  }),
  q('QU055', 'admin', 'biggest jump in team average from Q2 to Q3 - which dept?', () => {
    const m = teamMovedMost(P(2025, 2), P(2025, 3), 'rise');
    return answer({ teams: [m.team], figures: [s(m.change)] });
  }),
];
