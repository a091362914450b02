/*
 * practice45 — the two managers preparing reviews of their own team: Priya Raman (DEV-001, Development) and Elena
 * Petrova (QA-001, Quality Assurance). Their team against itself over two periods, two of their people side by side,
 * one person against the team's average, the top, bottom and most of the team, score moves and shares. API.md: a
 * manager reads their own team. A manager is a member of their team, so a list or a ranking of "my team" is asked only
 * where it comes out the same with or without the manager; a team's rate, average or share is the whole team's.
 */
import { count, days, figures, hours, people, rate, score, type Question } from '../../expectation';
import type { Measure, Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import {
  absenceOf,
  differ,
  LAST_MONTH,
  LAST_WEEK,
  meanIn,
  MONTH_BEFORE,
  move,
  of,
  personLabel,
  plainCount,
  QUARTERS,
  rateOf,
  scoreIn,
  shareAtLeastOnce,
  shareOfScores,
  SINCE_AUGUST,
  sumOf,
  THIS_MONTH,
  THIS_QUARTER,
  THREE_MONTHS_AGO,
  toDateBothWays,
  WEEK_BEFORE,
  type Range,
} from '../../oracle/practice45-figures';
import { atTop, biggestMove, changeEntries, type Entry, firstNClean, measureEntries, rateEntries, scoreEntries, sole } from '../../oracle/practice45-rankings';
import { q } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const LATE = 'late|tard|arriv|time';
const AWAY = 'absen|\\boff\\b|missed|away|day';
/** A manager's ranking of their team, the same with or without themselves. */
const ofTeam = <T>(manager: string, answer: (scope: Scope) => T): T => sameWithoutAsker(manager === 'DEV-001' ? DEV : QA, manager, answer);
/** Everyone tied at the top of a count on the manager's team, with the count. */
const mostOnTeam = (manager: string, entries: (scope: Scope) => Entry[], as: typeof count, label: string) => {
  const top = ofTeam(manager, (s) => atTop(entries(s), 'high'));
  return people(top.ids, near(as(top.value), label));
};
const countFor = (id: string, measure: Measure, range: Range, label: string) =>
  near(count(plainCount(toDateBothWays(range, (r) => of(id, measure, r)))), personLabel(id, label));
const both = (scope: Scope, a: Range, b: Range) => figures(rate(rateOf(scope, a)), rate(rateOf(scope, b)));

export const MANAGERS: readonly Question[] = [
  // Priya Raman, DEV.
  q('PT129', 'DEV-001', "my team's attendance this month vs last month", () => both(DEV, THIS_MONTH, LAST_MONTH)),
  q('PT130', 'DEV-001', 'bottom 3 on my team in Q2', () => people(ofTeam('DEV-001', (s) => firstNClean(scoreEntries('2025-Q2', s), 3, 'low')))),
  q('PT131', 'DEV-001', 'who on my team was late the most in september', () =>
    mostOnTeam('DEV-001', (s) => measureEntries(s, 'late', MONTH_BEFORE), count, LATE),
  ),
  q('PT132', 'DEV-001', 'lukas vs daniel, lates since august', () =>
    figures(countFor('DEV-004', 'late', SINCE_AUGUST, LATE), countFor('DEV-008', 'late', SINCE_AUGUST, LATE)),
  ),
  q('PT133', 'DEV-001', "how did my team's avg score change from q2 to q3?", () => {
    const [before, after] = [meanIn('2025-Q2', DEV), meanIn('2025-Q3', DEV)];
    return figures(score(before), score(after), score(move(before, after)));
  }),
  q('PT134', 'DEV-001', 'top 2 on my team in q3', () => people(ofTeam('DEV-001', (s) => firstNClean(scoreEntries('2025-Q3', s), 2, 'high')))),
  q('PT135', 'DEV-001', 'who on my team improved the most from 2024-Q4 to 2025-Q1', () => {
    const top = ofTeam('DEV-001', (s) => biggestMove('2024-Q4', '2025-Q1', 'high', s));
    return people(top.ids, score(top.value));
  }),
  q('PT136', 'DEV-001', 'which of my devs had the lowest attendance last month', () => {
    const low = ofTeam('DEV-001', (s) => sole(rateEntries(s, LAST_MONTH), 'low'));
    return people([low.id], rate(low.value));
  }),
  q('PT137', 'DEV-001', "Hannah's attendance vs the team average this quarter", () =>
    figures(rate(rateOf({ ids: ['DEV-007'] }, THIS_QUARTER)), rate(rateOf(DEV, THIS_QUARTER))),
  ),
  q('PT138', 'DEV-001', "my team's late arrivals: last week vs the week before", () =>
    figures(near(count(sumOf(DEV, 'late', LAST_WEEK)), `${LATE}|last`), near(count(sumOf(DEV, 'late', WEEK_BEFORE)), `${LATE}|before|previous`)),
  ),
  q('PT139', 'DEV-001', 'what % of DEV was late at least once last month?', () => figures(rate(shareAtLeastOnce(DEV, 'late', LAST_MONTH)))),
  q('PT140', 'DEV-001', "is Ben Carter's attendance better this month than last", () => {
    const [now, before] = [rateOf({ ids: ['DEV-012'] }, THIS_MONTH), rateOf({ ids: ['DEV-012'] }, LAST_MONTH)];
    return yesNo(differ(now, before), [rate(now), rate(before)]);
  }),
  // Priya sees one Chris: Chris Morgan (the other is in QA).
  q('PT141', 'DEV-001', 'chris vs ben absences this quarter', () =>
    figures(
      near(days(of('DEV-006', 'absent', THIS_QUARTER)), personLabel('DEV-006', AWAY)),
      near(days(of('DEV-012', 'absent', THIS_QUARTER)), personLabel('DEV-012', AWAY)),
    ),
  ),
  q('PT142', 'DEV-001', 'who on my team put in the most hours last week?', () => {
    const top = ofTeam('DEV-001', (s) => sole(measureEntries(s, 'hours', LAST_WEEK), 'high'));
    return people([top.id], hours(top.value));
  }),
  q('PT143', 'DEV-001', 'dev absence rate sept vs oct', () => figures(rate(absenceOf(DEV, MONTH_BEFORE)), rate(absenceOf(DEV, LAST_MONTH)))),
  q('PT144', 'DEV-001', 'how many on my team went down from Q2 to Q3', () =>
    figures(
      near(
        count(ofTeam('DEV-001', (s) => changeEntries('2025-Q2', '2025-Q3', s).filter((e) => e.value < 0).length)),
        'people|person|member|down|fell|drop|declin|went|lower|score',
      ),
    ),
  ),

  // Elena Petrova, QA.
  q('PT145', 'QA-001', "my team's attendance last week vs the week before", () => both(QA, LAST_WEEK, WEEK_BEFORE)),
  q('PT146', 'QA-001', 'who on my team was absent the most last month', () => mostOnTeam('QA-001', (s) => measureEntries(s, 'absent', LAST_MONTH), days, AWAY)),
  q('PT147', 'QA-001', 'top 3 performers in my team in Q2', () => people(ofTeam('QA-001', (s) => firstNClean(scoreEntries('2025-Q2', s), 3, 'high')))),
  q('PT148', 'QA-001', 'leo vs zoe attendance since august', () =>
    figures(rate(rateOf({ ids: ['QA-008'] }, SINCE_AUGUST)), rate(rateOf({ ids: ['QA-009'] }, SINCE_AUGUST))),
  ),
  q('PT149', 'QA-001', 'who in my team dropped the most from Q2 to Q3', () => {
    const fall = ofTeam('QA-001', (s) => biggestMove('2025-Q2', '2025-Q3', 'low', s));
    return people(fall.ids, score(fall.value));
  }),
  q('PT150', 'QA-001', "my team's avg score trend", () => figures(...QUARTERS.map((p) => score(meanIn(p, QA))))),
  q('PT151', 'QA-001', 'what % of QA scores were under 60 in Q3', () => figures(rate(shareOfScores('2025-Q3', 60, 'below', QA)))),
  q('PT152', 'QA-001', 'marcus vs grace lates since aug', () =>
    figures(countFor('QA-002', 'late', SINCE_AUGUST, LATE), countFor('QA-007', 'late', SINCE_AUGUST, LATE)),
  ),
  q('PT153', 'QA-001', 'lowest 2 attendance in qa last month', () => people(ofTeam('QA-001', (s) => firstNClean(rateEntries(s, LAST_MONTH), 2, 'low')))),
  q('PT154', 'QA-001', 'late arrivals in my team: august vs september vs october', () =>
    figures(...[THREE_MONTHS_AGO, MONTH_BEFORE, LAST_MONTH].map((m) => near(count(sumOf(QA, 'late', m)), `${LATE}|aug|sep|oct`))),
  ),
  q('PT155', 'QA-001', "is my team's attendance better this month than last?", () => {
    const [now, before] = [rateOf(QA, THIS_MONTH), rateOf(QA, LAST_MONTH)];
    return yesNo(differ(now, before), [rate(now), rate(before)]);
  }),
  q('PT156', 'QA-001', 'qa median q3 vs q2', () => figures(score(medianOf('2025-Q3', QA)), score(medianOf('2025-Q2', QA)))),
  q('PT157', 'QA-001', 'who in my team worked the fewest hours last month', () => {
    const low = ofTeam('QA-001', (s) => sole(measureEntries(s, 'hours', LAST_MONTH), 'low'));
    return people([low.id], hours(low.value));
  }),
  q('PT158', 'QA-001', 'did peter hansen improve from q2 to q3?', () => {
    const [before, after] = [scoreIn('QA-006', '2025-Q2'), scoreIn('QA-006', '2025-Q3')];
    return yesNo(differ(after, before), [score(before), score(after)]);
  }),
  q('PT159', 'QA-001', 'who in my team had the most late arrivals last month?', () =>
    mostOnTeam('QA-001', (s) => measureEntries(s, 'late', LAST_MONTH), count, LATE),
  ),
];
