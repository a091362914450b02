/*
 * practice62 — the team's performance scores last quarter (2025-Q3) and the quarter before (2025-Q2): the average and
 * its change, the top and bottom of the team, who moved the most, one person's score and its move, the spread and the
 * median, one person against the team average. API.md: final_score is the mean of the three inputs rounded half-up to
 * two decimals; a team's statistics are over its people's scores, the manager's own included (as the score summary by
 * team gives them). No quarter of this one is scored yet, so "this quarter" is not asked for scores. A ranking must be
 * the same with and without the manager (else it throws); a team's change is asked only where the same people were
 * scored in both quarters (the change of the means and the mean of the changes then agree).
 */
import { answer, figures, people, refusal, score, type Question } from '../../expectation';
import { agree, idsOf, LAST_Q, Q_BEFORE, teamOf } from '../../oracle/practice62-figures';
import { stats } from '../../oracle/score-figures';
import {
  extremeOf,
  headN,
  meanChange,
  meanOf,
  movedMost,
  outsideTeam,
  personChange,
  scoredWhere,
  scoreMust,
  topScores,
  yesNo,
} from '../../oracle/practice62-team';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');

/** A person's score against the team's average: yes or no, with both (clear of each other). */
function aboveTeam(id: string, g: typeof DEV, period: string, asker: string) {
  const mine = scoreMust(id, period);
  const mean = meanOf(g, period);
  const without = meanOf({ ids: idsOf(g).filter((x) => x !== asker) }, period);
  if (Math.abs(mine - mean) < 0.1 || Math.abs(mine - without) < 0.1) throw new Error('too close to the average');
  return yesNo(agree([mine > mean, mine > without]), { figures: [score(mine), score(mean)] });
}
/** Did the team's average go up: the way, with both averages. */
function wentUp(g: typeof DEV) {
  const change = meanChange(g, Q_BEFORE, LAST_Q);
  if (change === 0) throw new Error('no change');
  return answer({ figures: [score(meanOf(g, Q_BEFORE)), score(meanOf(g, LAST_Q))], mentions: [change > 0 ? 'up' : 'down'] });
}

export const SCORES: readonly Question[] = [
  // Priya Raman, DEV.
  q('QK133', 'DEV-001', "my team's avg score last quarter vs the quarter before, and the change", () =>
    figures(score(meanOf(DEV, LAST_Q)), score(meanOf(DEV, Q_BEFORE)), score(meanChange(DEV, Q_BEFORE, LAST_Q))),
  ),
  q('QK134', 'DEV-001', 'top 2 scorers in my team for Q3', () => people(topScores(DEV, LAST_Q, 2, 'top', 'DEV-001'))),
  q('QK135', 'DEV-001', 'who on my team scored under 70 last quarter', () => people(scoredWhere(DEV, LAST_Q, (s) => s < 70, 'DEV-001'))),
  q('QK136', 'DEV-001', 'lowest Q3 score in my lot?', () => {
    const [id] = topScores(DEV, LAST_Q, 1, 'bottom', 'DEV-001');
    return answer({ people: [id!], figures: [score(extremeOf(DEV, LAST_Q, 'min'))] });
  }),
  q('QK137', 'DEV-001', "hannah's Q3 score vs her Q2", () => figures(score(scoreMust('DEV-007', LAST_Q)), score(scoreMust('DEV-007', Q_BEFORE)))),
  q('QK138', 'DEV-001', 'who on my team dropped the most between Q2 and Q3', () => people(movedMost(DEV, Q_BEFORE, LAST_Q, 'down', 'DEV-001'))),
  q('QK139', 'DEV-001', 'spread of scores on my team last quarter', () =>
    figures(score(Math.round((extremeOf(DEV, LAST_Q, 'max') - extremeOf(DEV, LAST_Q, 'min')) * 100) / 100)),
  ),
  q('QK140', 'DEV-001', 'is tom above the team average for Q3?', () => aboveTeam('DEV-002', DEV, LAST_Q, 'DEV-001')),
  q('QK141', 'DEV-001', "what's the median score in my team for 2025-Q3", () => figures(score(stats([LAST_Q], { team: 'DEV' }).median))),
  q('QK142', 'DEV-001', "how did ravi's score move from Q2 to Q3", () => figures(score(personChange('DEV-014', Q_BEFORE, LAST_Q)))),
  q('QK143', 'DEV-001', 'who in my team scored between 80 and 90 last quarter', () => people(scoredWhere(DEV, LAST_Q, (s) => s >= 80 && s <= 90, 'DEV-001'))),

  // Elena Petrova, QA.
  q('QK144', 'QA-001', 'QA average score Q3 and Q2', () => figures(score(meanOf(QA, LAST_Q)), score(meanOf(QA, Q_BEFORE)))),
  q('QK145', 'QA-001', 'top 3 performers on my team last quarter', () => people(topScores(QA, LAST_Q, 3, 'top', 'QA-001'))),
  q('QK146', 'QA-001', "did the team's avg score go up or down from Q2 to Q3", () => wentUp(QA)),
  q('QK147', 'QA-001', 'how many of my team scored above 75 in Q3', () => {
    const n = scoredWhere(QA, LAST_Q, (s) => s > 75, 'QA-001').length;
    return figures(headN(n));
  }),
  q('QK148', 'QA-001', "grace's score last quarter, and how much it moved from the one before", () =>
    figures(score(scoreMust('QA-007', LAST_Q)), score(personChange('QA-007', Q_BEFORE, LAST_Q))),
  ),
  q('QK149', 'QA-001', 'who on my team scored below the team average in Q3', () => {
    const mean = meanOf(QA, LAST_Q);
    return people(scoredWhere(QA, LAST_Q, (s) => s < mean, 'QA-001'));
  }),
  q('QK150', 'QA-001', 'bottom 2 scores in my team for Q3', () => people(topScores(QA, LAST_Q, 2, 'bottom', 'QA-001'))),
  q('QK151', 'QA-001', 'who improved the most on my team between Q2 and Q3', () => people(movedMost(QA, Q_BEFORE, LAST_Q, 'up', 'QA-001'))),
  q('QK152', 'QA-001', 'who fell the furthest in QA from Q2 to Q3', () => people(movedMost(QA, Q_BEFORE, LAST_Q, 'down', 'QA-001'))),
  q('QK153', 'QA-001', 'is nina above the QA average for last quarter', () => aboveTeam('QA-005', QA, LAST_Q, 'QA-001')),
  q('QK154', 'QA-001', 'highest and lowest score on my team in Q3', () => figures(score(extremeOf(QA, LAST_Q, 'max')), score(extremeOf(QA, LAST_Q, 'min')))),

  // The HR admin, for contrast.
  q('QK155', 'admin', 'top 3 in DEV for Q3', () => people(topScores(DEV, LAST_Q, 3, 'top'))),
  q('QK156', 'admin', "QA's Q3 average vs DEV's", () => answer({ figures: [score(meanOf(QA, LAST_Q)), score(meanOf(DEV, LAST_Q))], teams: ['DEV', 'QA'] })),

  // Employees.
  q('QK157', 'DEV-003', 'my score in Q3 vs Q2?', () => figures(score(scoreMust('DEV-003', LAST_Q)), score(scoreMust('DEV-003', Q_BEFORE)))),
  q('QK158', 'QA-003', 'how did i score last quarter compared to the one before', () =>
    figures(score(scoreMust('QA-003', LAST_Q)), score(scoreMust('QA-003', Q_BEFORE))),
  ),
  q('QK159', 'SEC-004', "what's the team average score last quarter", () => refusal('average', 'team', 'outside')),
  q('QK160', 'DAT-004', 'who are the top 3 performers in the data team for Q3', () => outsideTeam('DAT')),
];
