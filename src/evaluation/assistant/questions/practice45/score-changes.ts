/*
 * practice45 — score changes between quarters, for review season: who rose or fell the most (README: "a fall ranks
 * from the bottom"; "the most" with no number names everyone tied at the top), the top N movers, how many went up or
 * down, each team's move of its average and the team that moved most, a team's or the company's average at both ends
 * with the move, one person's move, and who stayed above a line in both quarters. A move is read from the final scores
 * and from the unrounded means of the inputs; a "biggest move" is asked only where both put the same people on top.
 * The admin asks; Priya Raman (DEV-001) and Elena Petrova (QA-001) ask about one person of their own team.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { wentUp, yesNo } from '../../oracle/practice20-figures';
import { aboveInAll } from '../../oracle/practice31-figures';
import { meanMovePerTeam, movers, teamWithBiggestMove } from '../../oracle/practice34-figures';
import { meanIn, move, noLeavers, scoreIn, some } from '../../oracle/practice45-figures';
import { biggestMove, biggestMoves, changeEntries } from '../../oracle/practice45-rankings';
import { q } from '../helpers';

const team = (code: string): Scope => ({ team: code });
const MOVED = 'people|employee|person|staff|improv|rose|up|down|fell|drop|declin|went|lower|higher|score';
/** Everyone at the top of a rise or a fall, with the move. */
function topMove(from: string, to: string, direction: 'high' | 'low', scope: Scope = {}) {
  const top = biggestMove(from, to, direction, scope);
  return people(top.ids, score(top.value));
}
/** How many people scored higher (or lower) in the later quarter. */
const howManyMoved = (from: string, to: string, direction: 'up' | 'down', scope: Scope = {}) =>
  changeEntries(from, to, scope).filter((e) => (direction === 'up' ? e.value > 0 : e.value < 0)).length;
/** Both ends of a move and the move itself. */
const ends = (before: number, after: number) => figures(score(before), score(after), score(move(before, after)));

export const SCORE_CHANGES: readonly Question[] = [
  // The biggest rise or fall.
  q('PT095', 'admin', 'who dropped the most from Q2 to Q3', () => topMove('2025-Q2', '2025-Q3', 'low')),
  // Two people share the biggest rise from 2024-Q4 to 2025-Q1: both are named.
  q('PT096', 'admin', 'who improved the most from 2024-Q4 to 2025-Q1?', () => topMove('2024-Q4', '2025-Q1', 'high')),
  q('PT097', 'admin', 'whose score rose the most from Q1 to Q3', () => topMove('2025-Q1', '2025-Q3', 'high')),
  q('PT098', 'admin', 'biggest improvement q1 to q2 - who?', () => topMove('2025-Q1', '2025-Q2', 'high')),
  q('PT099', 'admin', 'biggest drop in DAT from 2024-Q4 to 2025-Q1', () => topMove('2024-Q4', '2025-Q1', 'low', team('DAT'))),
  q('PT100', 'admin', 'who improved the most between 2024-Q4 and 2025-Q3', () => topMove('2024-Q4', '2025-Q3', 'high')),
  q('PT101', 'admin', 'top 3 improvers from 2024-Q4 to 2025-Q3', () => people(biggestMoves('2024-Q4', '2025-Q3', 3, 'high'))),

  // How many moved.
  q('PT102', 'admin', 'how many people in AI improved from Q2 to Q3?', () => figures(near(count(howManyMoved('2025-Q2', '2025-Q3', 'up', team('AI'))), MOVED))),
  q('PT103', 'admin', 'how many in SEC improved from Q2 to Q3', () => figures(near(count(howManyMoved('2025-Q2', '2025-Q3', 'up', team('SEC'))), MOVED))),
  q('PT104', 'admin', 'did anyone in QA improve from Q2 to Q3?', () => yesNo(true, [], { people: movers('2025-Q2', '2025-Q3', 'up', team('QA')) })),

  // Teams and the company.
  // README's example. A leaver's scores stay (API.md): AI's Q2 mean counts Victor Dumont's, DAT's and SEC's their leavers'.
  q('PT105', 'admin', "each team's change in average score from Q2 to Q3", () => figures(...meanMovePerTeam('2025-Q2', '2025-Q3'))),
  q('PT106', 'admin', 'which team improved the most from Q2 to Q3?', () => answer({ teams: [teamWithBiggestMove('2025-Q2', '2025-Q3', 'up').team] })),
  q('PT107', 'admin', 'which team dropped the most from Q1 to Q2', () => answer({ teams: [teamWithBiggestMove('2025-Q1', '2025-Q2', 'down').team] })),
  q('PT108', 'admin', 'how much did the QA average change from Q2 to Q3', () => ends(meanIn('2025-Q2', team('QA')), meanIn('2025-Q3', team('QA')))),

  // One person.
  q('PT109', 'QA-001', "Zoe's score last quarter vs the quarter before", () =>
    figures(score(scoreIn('QA-009', '2025-Q3')), score(scoreIn('QA-009', '2025-Q2'))),
  ),
  q('PT110', 'DEV-001', "did Aisha Khan's score go up from Q2 to Q3", () => {
    const [before, after] = [scoreIn('DEV-003', '2025-Q2'), scoreIn('DEV-003', '2025-Q3')];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('PT111', 'DEV-001', "Ravi Patel's change from Q2 to Q3", () => figures(score(move(scoreIn('DEV-014', '2025-Q2'), scoreIn('DEV-014', '2025-Q3'))))),
  q('PT112', 'admin', 'who scored over 81 in both Q2 and Q3', () => people(noLeavers(some(aboveInAll(['2025-Q2', '2025-Q3'], 81))))),
];
