/*
 * practice67 — Priya Raman (DEV-001), the manager of DEV, compares within her team: the team's month against the
 * month before and week against week, her people against each other and against the team's rate or average score,
 * the team's scores quarter on quarter, and lines ("anyone under 90 %", "more than 3 late arrivals"). A list of "my
 * team" reads the same with and without the manager herself, or it is not asked.
 */
import type { Question } from '../../expectation';
import { att, averageRate, bigger, fig, whose } from '../../oracle/practice67-figures';
import { change, earlier, hireOf, leaveF, leftOf, mean, S, sc, scoredWhere } from '../../oracle/practice67-judge';
import { q } from '../helpers';
import {
  AUG,
  DEV,
  LASTM,
  LW,
  NOW,
  OCT,
  SEP,
  WBL,
  isLess,
  isMore,
  moved,
  one,
  overLine,
  pair,
  scoreGap,
  scoreLess,
  scoreMore,
  scores,
  sides,
  yesNo,
} from './shared';

const ME = 'DEV-001';
const both = (a: string, b: string) => ({ people: [a, b] });

export const DEV_MANAGER: readonly Question[] = [
  // The team, period against period.
  q('QP111', ME, "was my team's attendance better in October than in September?", () => isMore('rate', [DEV, OCT], [DEV, SEP])),
  q('QP112', ME, 'our attendance last week vs the week before', () => pair('rate', [DEV, LW], [DEV, WBL])),
  q('QP113', ME, 'did we have more or fewer late arrivals in october than in september', () => moved('late', DEV, SEP, OCT, 'more')),
  q('QP114', ME, 'absence days for my team last month v the month before', () => pair('absent', [DEV, LASTM], [DEV, SEP])),
  q('QP115', ME, 'DEV hours: October compared with September', () => pair('hours', [DEV, OCT], [DEV, SEP])),
  q('QP116', ME, 'my teams half-day records this month vs last month', () => pair('halfDay', [DEV, NOW], [DEV, LASTM])),
  q('QP117', ME, 'were we above 95% attendance last week?', () => overLine('rate', DEV, LW, 0.95)),
  q('QP118', ME, "did my team's average score go up from Q2 to Q3", () => scoreMore(mean('2025-Q3', DEV), mean('2025-Q2', DEV))),
  // People against people.
  q('QP119', ME, 'who was late more in September, Lukas or Daniel?', () =>
    pair('late', [one('DEV-004'), SEP], [one('DEV-008'), SEP], both('DEV-004', 'DEV-008')),
  ),
  q('QP120', ME, 'was Daniel Okafor late more often than Lukas Novak in August?', () =>
    isMore('late', [one('DEV-008'), AUG], [one('DEV-004'), AUG], both('DEV-008', 'DEV-004')),
  ),
  q('QP121', ME, 'ben carter vs chris morgan absences in oct', () => pair('absent', [one('DEV-012'), OCT], [one('DEV-006'), OCT], both('DEV-012', 'DEV-006'))),
  q('QP122', ME, "Omar Haddad's Q3 score vs Aisha Khan's", () => scores(sc('DEV-010', '2025-Q3'), sc('DEV-003', '2025-Q3'), both('DEV-010', 'DEV-003'))),
  q('QP123', ME, 'who improved more from Q2 to Q3, Sofia or Ravi?', () => {
    const s = change(sc('DEV-011', '2025-Q2'), sc('DEV-011', '2025-Q3'));
    const r = change(sc('DEV-014', '2025-Q2'), sc('DEV-014', '2025-Q3'));
    bigger(s, r, 'score');
    return sides([S(s), S(r)], both('DEV-011', 'DEV-014'));
  }),
  q('QP124', ME, 'how many points did Lukas Novak drop from Q2 to Q3?', () =>
    scoreGap(sc('DEV-004', '2025-Q2'), sc('DEV-004', '2025-Q3'), { people: ['DEV-004'] }),
  ),
  q('QP125', ME, 'who joined first - Sofia Rossi or Aisha Khan?', () => {
    earlier('DEV-011', 'DEV-003');
    return sides([], { ...both('DEV-011', 'DEV-003'), dates: [hireOf('DEV-011'), hireOf('DEV-003')] });
  }),
  q('QP126', ME, 'does Tom Becker have more annual leave left than Lukas Novak?', () => {
    const t = leftOf('DEV-002');
    const l = leftOf('DEV-004');
    return yesNo(bigger(t, l, 'days'), [leaveF(t), leaveF(l)], both('DEV-002', 'DEV-004'));
  }),
  q('QP127', ME, 'did Yuki Tanaka improve on attendance from August to September', () =>
    isMore('rate', [one('DEV-009'), SEP], [one('DEV-009'), AUG], { people: ['DEV-009'] }),
  ),
  q('QP128', ME, "has hannah's attendance dropped this month compared to last month?", () =>
    isLess('rate', [one('DEV-007'), NOW], [one('DEV-007'), LASTM], { people: ['DEV-007'] }),
  ),
  // People against the team.
  q('QP129', ME, "is Chris Morgan's October attendance below the team's rate?", () => {
    const mine = att(one('DEV-006'), 'rate', OCT);
    const team = averageRate(DEV, OCT, mine);
    return yesNo(mine < team, [fig('rate', mine), fig('rate', team)], { people: ['DEV-006'] });
  }),
  q('QP130', ME, "Ravi's attendance last week against the team's", () => {
    const mine = att(one('DEV-014'), 'rate', LW);
    return sides([fig('rate', mine), fig('rate', averageRate(DEV, LW, mine))], { people: ['DEV-014'] });
  }),
  q('QP131', ME, 'is Ben Carter below the team average score for Q3?', () =>
    scoreLess(sc('DEV-012', '2025-Q3'), mean('2025-Q3', DEV), { people: ['DEV-012'] }),
  ),
  q('QP132', ME, 'who on my team scored below the team average in Q3', () => {
    const avg = mean('2025-Q3', DEV);
    const found = scoredWhere('2025-Q3', DEV, (v) => v < avg, avg, ME);
    return sides([S(avg), ...found.figures], { people: found.ids });
  }),
  // Lines.
  q('QP133', ME, 'anyone on my team under 90% last month?', () => {
    const found = whose(DEV, 'rate', LASTM, (v) => v < 0.9, ME, 0.9);
    return yesNo(found.ids.length > 0, found.figures, { people: found.ids });
  }),
  q('QP134', ME, 'did anybody in my team have more than 3 late arrivals in October', () => {
    const found = whose(DEV, 'late', OCT, (v) => v > 3, ME, 3);
    return yesNo(found.ids.length > 0, found.figures, { people: found.ids });
  }),
];
