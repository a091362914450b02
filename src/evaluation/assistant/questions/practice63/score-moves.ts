/*
 * practice63 — scores quarter against quarter: the company's, a team's and a level's average in two or more quarters,
 * up or down, the move in points, the team that improved or fell the most, who improved the most (everyone tied at
 * the top when no number is asked), the n biggest rises and falls, how many went up or down, who fell by more than a
 * number of points, and one person's move. README: a change between two quarters measures each end; "up or down" and
 * "better or worse" are answered with the way; a fall ranks from the bottom; "how many people improved from Q2 to Q3";
 * "who dropped more than 5 points from Q2 to Q3"; each team's change in average. Moves are between final scores of
 * the people scored in both quarters; every figure comes from oracle/practice63-scores, which refuses ties at a cut,
 * moves too small to call and lists that change without the people who have since left.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { decided } from '../../oracle/practice59-figures';
import { filled, TEAM_CODES } from '../../oracle/practice63-figures';
import {
  biggestMoves,
  clearlyHigher,
  meanMove,
  meanOf,
  movedMoreThan,
  Q1,
  Q2,
  Q3,
  Q4_24,
  scoreIn,
  teamMovingMost,
  teamScore,
  tiedTop,
  wentWay,
  type Who,
} from '../../oracle/practice63-scores';
import { q } from '../helpers';

/** Did a group's average go up between two quarters: yes or no, with both ends. */
function upOrDown(from: string, to: string, w: Who = {}) {
  const [a, b] = [meanOf(from, w), meanOf(to, w)];
  const up = clearlyHigher(b, a);
  return answer({ figures: [score(a), score(b)], mentions: [up ? 'up' : 'down'] });
}

/** Yes or no: did a group's average rise (or fall) between two quarters, with both ends. */
function didIt(from: string, to: string, way: 'rise' | 'fall', w: Who = {}) {
  const [a, b] = [meanOf(from, w), meanOf(to, w)];
  const rose = clearlyHigher(b, a);
  return decided(way === 'rise' ? rose : !rose, [score(a), score(b)]);
}

/** Everyone tied at the top of a move, with the move. */
function mostMoved(from: string, to: string, direction: 'up' | 'down', w: Who = {}) {
  const top = tiedTop(from, to, direction, w);
  return people(top.ids, score(top.change));
}

const MOVED = 'people|employee|staff|person|improv|went up|rose|higher|increase|dropp|went down|fell|lower|decrease|declin';

export const SCORE_MOVES: readonly Question[] = [
  q('QL116', 'admin', 'company avg score Q2 -> Q3: up or down?', () => upOrDown(Q2, Q3)),
  q('QL117', 'admin', "QA's average in Q1 vs Q2 vs Q3", () => figures(...[Q1, Q2, Q3].map((p) => score(meanOf(p, { team: 'QA' }))))),
  q('QL118', 'admin', 'biggest improvement in team average from Q2 to Q3 - which team?', () => {
    const team = teamMovingMost(Q2, Q3, 'up');
    return answer({ teams: [team], figures: [score(meanMove(Q2, Q3, { team }))] });
  }),
  q('QL119', 'admin', 'which department declined most between Q1 and Q3', () => {
    const team = teamMovingMost(Q1, Q3, 'down');
    return answer({ teams: [team] });
  }),
  q('QL120', 'admin', 'each team’s change in average score from Q4 2024 to Q1 2025', () =>
    figures(...TEAM_CODES.map((team) => teamScore(team, meanMove(Q4_24, Q1, { team })))),
  ),
  q('QL121', 'admin', 'who improved the most between Q4 2024 and Q1 2025?', () => mostMoved(Q4_24, Q1, 'up')),
  q('QL122', 'admin', 'biggest single drop in score from Q2 to Q3 - who was it', () => mostMoved(Q2, Q3, 'down')),
  q('QL123', 'admin', 'the three biggest fallers Q2 -> Q3', () => people(biggestMoves(Q2, Q3, 3, 'down').map((m) => m.id))),
  q('QL124', 'admin', 'top 3 improvers from Q1 to Q2', () => people(biggestMoves(Q1, Q2, 3, 'up').map((m) => m.id))),
  q('QL125', 'admin', 'how many people in QA improved their score from Q1 to Q2?', () =>
    figures(near(count(wentWay(Q1, Q2, 'up', { team: 'QA' }).length), `${MOVED}|qa`)),
  ),
  q('QL126', 'admin', 'how many Development people went down between Q2 and Q3', () =>
    figures(near(count(wentWay(Q2, Q3, 'down', { team: 'DEV' }).length), `${MOVED}|dev`)),
  ),
  q('QL127', 'admin', 'who in QA dropped from Q2 to Q3?', () => people(filled(wentWay(Q2, Q3, 'down', { team: 'QA' })))),
  q('QL128', 'admin', 'who fell by more than 4 points from Q2 to Q3', () => people(filled(movedMoreThan(Q2, Q3, 4, 'down')))),
  q('QL129', 'admin', 'anyone in AI down by more than 2 points Q2 to Q3?', () => people(filled(movedMoreThan(Q2, Q3, 2, 'down', { team: 'AI' })))),
  q('QL130', 'admin', "has DAT's average fallen between 2024-Q4 and 2025-Q3?", () => didIt(Q4_24, Q3, 'fall', { team: 'DAT' })),
  q('QL131', 'admin', 'did AI do better in Q3 than in Q2?', () => didIt(Q2, Q3, 'rise', { team: 'AI' })),
  q('QL132', 'admin', 'Zoe Adams: Q2 score vs Q3 score', () => figures(score(scoreIn('QA-009', Q2)), score(scoreIn('QA-009', Q3)))),
  q('QL133', 'admin', "did Omar Haddad's score go up from Q2 to Q3?", () => {
    const [a, b] = [scoreIn('DEV-010', Q2), scoreIn('DEV-010', Q3)];
    return decided(clearlyHigher(b, a), [score(a), score(b)]);
  }),
  q('QL134', 'admin', 'who in DAT fell the most from Q4 2024 to Q1 2025', () => mostMoved(Q4_24, Q1, 'down', { team: 'DAT' })),
  q('QL135', 'admin', 'biggest riser in Security between Q2 and Q3', () => mostMoved(Q2, Q3, 'up', { team: 'SEC' })),
  q('QL136', 'admin', 'juniors average Q2 vs Q3 - better or worse?', () => {
    const [a, b] = [meanOf(Q2, { position: 'Junior' }), meanOf(Q3, { position: 'Junior' })];
    return answer({ figures: [score(a), score(b)], mentions: [clearlyHigher(b, a) ? 'better' : 'worse'] });
  }),
  q('QL137', 'admin', 'company average: Q4 2024 against Q3 2025', () => figures(score(meanOf(Q4_24)), score(meanOf(Q3)))),
  q('QL138', 'admin', "by how many points did QA's average move from Q2 to Q3?", () => figures(score(meanMove(Q2, Q3, { team: 'QA' })))),
  q('QL139', 'admin', 'seniors: Q1 average against Q3 average', () =>
    figures(score(meanOf(Q1, { position: 'Senior' })), score(meanOf(Q3, { position: 'Senior' }))),
  ),
];
