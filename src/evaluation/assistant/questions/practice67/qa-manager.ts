/*
 * practice67 — Elena Petrova (QA-001), the manager of QA, compares within her team: QA's month against the month
 * before, week against week, this month so far against October, her people against each other, against the team's
 * rate or average score and against themselves a quarter or a month earlier, and lines ("anyone below 90 % last
 * week", "our hours over 400"). A list of "my team" reads the same with and without the manager, or it is not asked.
 */
import type { Question } from '../../expectation';
import { att, averageRate, bigger, fig, whose } from '../../oracle/practice67-figures';
import { changedWhere, earlier, hireOf, leaveF, leftOf, mean, S, sc } from '../../oracle/practice67-judge';
import { q } from '../helpers';
import { LASTM, LW, NOW, OCT, QA, SEP, WBL, isLess, isMore, one, overLine, pair, rose, scoreGap, scoreLess, scoreMore, scores, sides, yesNo } from './shared';

const ME = 'QA-001';
const both = (a: string, b: string) => ({ people: [a, b] });

export const QA_MANAGER: readonly Question[] = [
  // The team, period against period.
  q('QP135', ME, "was QA's attendance worse in October than in September?", () => isLess('rate', [QA, OCT], [QA, SEP])),
  q('QP136', ME, 'our attendance rate this month vs last month?', () => pair('rate', [QA, NOW], [QA, LASTM])),
  q('QP137', ME, 'Have my team’s absences gone down from October to this month so far?', () => isLess('absent', [QA, NOW], [QA, OCT])),
  q('QP138', ME, 'QA late arrivals last week vs the week before', () => pair('late', [QA, LW], [QA, WBL])),
  q('QP139', ME, 'were our hours last week above 400?', () => overLine('hours', QA, LW, 400)),
  q('QP140', ME, 'did QA log more hours in September than in October?', () => isMore('hours', [QA, SEP], [QA, OCT])),
  q('QP141', ME, 'did our average score drop from Q2 to Q3', () => scoreLess(mean('2025-Q3', QA), mean('2025-Q2', QA))),
  // People against people, and against themselves.
  q('QP142', ME, 'who was late more in October, Marcus Lee or Leo Martins?', () =>
    pair('late', [one('QA-002'), OCT], [one('QA-008'), OCT], both('QA-002', 'QA-008')),
  ),
  q('QP143', ME, 'zoe adams vs chris walker attendance october', () => pair('rate', [one('QA-009'), OCT], [one('QA-004'), OCT], both('QA-009', 'QA-004'))),
  q('QP144', ME, 'by how many points did Grace Kim beat Nina Kowalski in Q3?', () =>
    scoreGap(sc('QA-007', '2025-Q3'), sc('QA-005', '2025-Q3'), both('QA-007', 'QA-005')),
  ),
  q('QP145', ME, 'did Leo Martins improve from Q2 to Q3?', () => scoreMore(sc('QA-008', '2025-Q3'), sc('QA-008', '2025-Q2'), { people: ['QA-008'] })),
  q('QP146', ME, 'was Peter Hansen absent more in October than in September', () =>
    isMore('absent', [one('QA-006'), OCT], [one('QA-006'), SEP], { people: ['QA-006'] }),
  ),
  q('QP147', ME, "Ivan Petrov's attendance this month compared with last month", () =>
    pair('rate', [one('QA-010'), NOW], [one('QA-010'), LASTM], { people: ['QA-010'] }),
  ),
  q('QP148', ME, "how did Fatima Zahra's hours compare between September and October", () =>
    pair('hours', [one('QA-003'), SEP], [one('QA-003'), OCT], { people: ['QA-003'] }),
  ),
  q('QP149', ME, "who's been with us longer, Marcus Lee or Fatima Zahra?", () => {
    earlier('QA-002', 'QA-003');
    return sides([], { ...both('QA-002', 'QA-003'), dates: [hireOf('QA-002'), hireOf('QA-003')] });
  }),
  q('QP150', ME, "Grace Kim's annual leave left vs Nina Kowalski's", () => {
    const g = leftOf('QA-007');
    const n = leftOf('QA-005');
    bigger(g, n, 'days');
    return sides([leaveF(g), leaveF(n)], both('QA-007', 'QA-005'));
  }),
  q('QP151', ME, 'marcus lee and leo martins, q2 v q3 scores', () =>
    sides([S(sc('QA-002', '2025-Q2')), S(sc('QA-002', '2025-Q3')), S(sc('QA-008', '2025-Q2')), S(sc('QA-008', '2025-Q3'))], both('QA-002', 'QA-008')),
  ),
  // People against the team.
  q('QP152', ME, 'is Zoe Adams below the team average score in Q3?', () => scoreLess(sc('QA-009', '2025-Q3'), mean('2025-Q3', QA), { people: ['QA-009'] })),
  q('QP153', ME, "is Marcus Lee above the team's attendance rate for September?", () => {
    const mine = att(one('QA-002'), 'rate', SEP);
    const team = averageRate(QA, SEP, mine);
    return yesNo(mine > team, [fig('rate', mine), fig('rate', team)], { people: ['QA-002'] });
  }),
  q('QP154', ME, "Grace's Q2 score against the QA average", () => scores(sc('QA-007', '2025-Q2'), mean('2025-Q2', QA), { people: ['QA-007'] })),
  // Lines.
  q('QP155', ME, 'anyone in my team below 90% last week?', () => {
    const found = whose(QA, 'rate', LW, (v) => v < 0.9, ME, 0.9);
    return yesNo(found.ids.length > 0, found.figures, { people: found.ids });
  }),
  q('QP156', ME, 'who on my team dropped more than 4 points from Q2 to Q3?', () => {
    const found = changedWhere('2025-Q2', '2025-Q3', QA, (d) => d < -4, -4, ME);
    return sides(
      found.map((r) => S(r.d)),
      { people: found.map((r) => r.id) },
    );
  }),
  q('QP157', ME, 'did Zoe adams attendance go up from september to october?', () => rose('rate', one('QA-009'), SEP, OCT, false, { people: ['QA-009'] })),
];
