/*
 * practice67 — a figure against a line, asked by HR: "is anyone below 90 %", "were there more than 60 late
 * arrivals", "were SEC's hours over 300", "was Leo late more than 3 times", "is the spread more than 30", "who scored
 * over 80 in both quarters", "who dropped more than 5 points". Each figure is checked to sit clear of its line; a
 * list of people reads the same with and without those not employed for the whole period (and leavers' scores), or
 * it is not asked.
 */
import type { Question } from '../../expectation';
import { count, score } from '../../expectation';
import { over, teamsWhose, whose } from '../../oracle/practice67-figures';
import { changedWhere, mean, S, sc, scoredWhere } from '../../oracle/practice67-judge';
import { stats } from '../../oracle/score-figures';
import { q } from '../helpers';
import { AI, DEV, EVERYONE, LASTM, LW, OCT, QA, SEC, SEP, one, overLine, range, sides, underLine, yesNo } from './shared';

export const LINES: readonly Question[] = [
  // People under a rate.
  q('QP093', 'admin', 'is anyone in DEV below 90% attendance for October?', () => {
    const found = whose(DEV, 'rate', OCT, (v) => v < 0.9, undefined, 0.9);
    return yesNo(found.ids.length > 0, found.figures, { people: found.ids });
  }),
  q('QP094', 'admin', 'anyone in QA under 80% last month', () => {
    const found = whose(QA, 'rate', LASTM, (v) => v < 0.8, undefined, 0.8);
    return yesNo(found.ids.length > 0, found.figures, { people: found.ids });
  }),
  q('QP095', 'admin', 'who in the company was under 85% attendance in October?', () => {
    const found = whose(EVERYONE, 'rate', OCT, (v) => v < 0.85, undefined, 0.85);
    return sides(found.figures, { people: found.ids });
  }),
  q('QP096', 'admin', "is DAT-003's october attendance under 90%?", () => underLine('rate', one('DAT-003'), OCT, 0.9, { people: ['DAT-003'] })),
  q('QP097', 'admin', 'Tom Becker in October: 95 percent or better?', () => overLine('rate', one('DEV-002'), OCT, 0.95, { people: ['DEV-002'] })),
  q('QP098', 'admin', 'company attendance 1 to 14 Nov - did it beat 96%?', () => overLine('rate', EVERYONE, range('2025-11-01', '2025-11-14'), 0.96)),
  q('QP099', 'admin', 'any teams with attendance issues last month?', () => {
    const found = teamsWhose('rate', LASTM, (v) => v < 0.9, 0.9);
    return yesNo(found.teams.length > 0, found.figures, { teams: found.teams });
  }),
  // Counts and hours against a line.
  q('QP100', 'admin', 'did we go over 60 late arrivals in october?', () => overLine('late', EVERYONE, OCT, 60)),
  q('QP101', 'admin', 'SEC total hrs last week - over 300 or not?', () => overLine('hours', SEC, LW, 300, { teams: ['SEC'] })),
  q('QP102', 'admin', 'was Leo Martins late on more than 3 days in october', () => overLine('late', one('QA-008'), OCT, 3, { people: ['QA-008'] })),
  q('QP103', 'admin', 'did DEV have fewer than 10 absence days in October?', () => underLine('absent', DEV, OCT, 10, { teams: ['DEV'] })),
  q('QP104', 'admin', 'did anyone in QA have more than 5 late arrivals in sept?', () => {
    const found = whose(QA, 'late', SEP, (v) => v > 5, undefined, 5);
    return yesNo(found.ids.length > 0, found.figures, { people: found.ids });
  }),
  // Scores against a line.
  q('QP105', 'admin', 'did anyone in QA score below 60 in Q3', () => {
    const found = scoredWhere('2025-Q3', QA, (v) => v < 60, 60);
    return yesNo(found.ids.length > 0, found.figures, { people: found.ids });
  }),
  q('QP106', 'admin', "was the gap between QA's best and worst Q3 score more than 30 points?", () => {
    const s = stats(['2025-Q3'], QA);
    const spread = Math.round((s.max - s.min) * 100) / 100;
    return yesNo(over(spread, 30, 'score'), [score(spread), score(s.max), score(s.min)]);
  }),
  q('QP107', 'admin', 'who in security scored over 80 in both Q2 and Q3?', () => {
    const q2 = scoredWhere('2025-Q2', SEC, (v) => v > 80, 80).ids;
    const q3 = scoredWhere('2025-Q3', SEC, (v) => v > 80, 80).ids;
    const ids = q2.filter((id) => q3.includes(id));
    return sides(
      ids.flatMap((id) => [S(sc(id, '2025-Q2')), S(sc(id, '2025-Q3'))]),
      { people: ids },
    );
  }),
  q('QP108', 'admin', 'in DEV, how many people got a better score in Q3 than in Q2?', () =>
    sides([count(changedWhere('2025-Q2', '2025-Q3', DEV, (d) => d > 0, 0).length)]),
  ),
  q('QP109', 'admin', 'who in the AI team dropped more than 2 points from Q2 to Q3', () => {
    const found = changedWhere('2025-Q2', '2025-Q3', AI, (d) => d < -2, -2);
    return sides(
      found.map((r) => S(r.d)),
      { people: found.map((r) => r.id) },
    );
  }),
  q('QP110', 'admin', 'was the DEV average in Q3 over 75?', () => {
    const m = mean('2025-Q3', DEV);
    return yesNo(over(m, 75, 'score'), [S(m)], { teams: ['DEV'] });
  }),
];
