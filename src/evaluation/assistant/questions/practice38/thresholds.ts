/*
 * practice38 — the manager's lines: late more than N times, absent more than N days, under a rate, scored under or
 * above a mark (in one quarter or in both), hours over or under a line, "N or more", "2+", who did not do something
 * over a period (people employed throughout it), who had the most, one member against a line, and the team's total
 * against one. "More than" is strict: someone exactly on the line is left out.
 */
import { answer, count, days, people, rate, type Question } from '../../expectation';
import { peopleIn, type Scope } from '../../oracle/attendance-figures';
import { scoredAbove, scoredBelow } from '../../oracle/score-figures';
import { yearsBeforeToday } from '../../oracle/tenure-since';
import {
  differs,
  filled,
  mostOf,
  near,
  noneOf,
  over,
  personOf,
  Q3,
  Q4_SO_FAR,
  rateOf,
  rateWhere,
  totalOf,
  under,
  yesNo,
} from '../../oracle/practice38-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const DEV_AND_QA: Scope = { ids: [...peopleIn(DEV), ...peopleIn(QA)].map((p) => p.id) };
const juniors = (team: string): Scope => ({
  ids: peopleIn({ team })
    .filter((p) => p.position === 'Junior')
    .map((p) => p.id),
});

/** Someone sits exactly on the line: the question's strict "more than" leaves them out. */
function someoneOnLine(scope: Scope, measure: 'late' | 'absent', range: readonly [string, string], line: number): void {
  if (!peopleIn(scope).some((p) => personOf(p.id, measure, range) === line)) throw new Error(`nobody sits on ${line}: the strictness is untested`);
}

export const THRESHOLDS: readonly Question[] = [
  q('PM124', 'DEV-001', 'anyone late more then 3 times this month', () => people(filled(over(DEV, 'late', THIS_MONTH, 3)))),
  // Grace Kim has exactly 3 late arrivals this month: "more than 3" leaves her out.
  q('PM125', 'QA-001', 'anyone on my team late more than 3 times this month?', () => {
    someoneOnLine(QA, 'late', THIS_MONTH, 3);
    return people(filled(over(QA, 'late', THIS_MONTH, 3)));
  }),
  q('PM126', 'QA-001', 'who was late 3 or more times in october', () => people(filled(over(QA, 'late', OCTOBER, 3, true)))),
  // Lukas Novak was absent exactly 2 days in October: "more than 2" leaves him out.
  q('PM127', 'DEV-001', 'who on my team was absent more than 2 days last month', () => {
    someoneOnLine(DEV, 'absent', OCTOBER, 2);
    return people(filled(over(DEV, 'absent', OCTOBER, 2)));
  }),
  q('PM128', 'QA-001', 'anyone under 85% attendance this quarter?', () => people(filled(rateWhere(QA, Q4_SO_FAR, (r) => r < 0.85)))),
  q('PM129', 'DEV-001', "who's below 90% attendance this qtr", () => people(filled(rateWhere(DEV, Q4_SO_FAR, (r) => r < 0.9)))),
  q('PM130', 'QA-001', 'ppl on my team under 90% last month?', () => people(filled(rateWhere(QA, OCTOBER, (r) => r < 0.9)))),
  q('PM131', 'DEV-001', 'who scored under 70 in q3 on my team', () => people(filled(scoredBelow('2025-Q3', 70, DEV)))),
  q('PM132', 'QA-001', 'who in my team scored above 75 last quarter', () => people(filled(scoredAbove('2025-Q3', 75, QA)))),
  q('PM133', 'DEV-001', 'anyone on my team scoring over 80 in both Q2 and Q3', () =>
    people(filled(scoredAbove('2025-Q3', 80, DEV).filter((id) => scoredAbove('2025-Q2', 80, DEV).includes(id)))),
  ),
  q('PM134', 'DEV-001', 'anyone on my team with more than 3 half days this quarter', () => people(filled(over(DEV, 'halfDay', Q4_SO_FAR, 3)))),
  q('PM135', 'QA-001', 'who workd more than 40 hrs last week', () => people(filled(over(QA, 'hours', LAST_WEEK, 40)))),
  q('PM136', 'DEV-001', 'who on my team worked less than 40 hrs last wk', () => people(filled(under(DEV, 'hours', LAST_WEEK, 40)))),
  q('PM137', 'DEV-001', 'Was Daniel late more than 3 times this month?', () => {
    const n = personOf('DEV-008', 'late', THIS_MONTH);
    return yesNo(n > 3, [near(count(n), 'late|time')]);
  }),
  q('PM138', 'QA-001', 'is Chris above 80% attendance this quarter?', () => {
    const r = rateOf({ ids: ['QA-004'] }, Q4_SO_FAR);
    return yesNo(differs(r, 0.8), [rate(r)]);
  }),
  q('PM139', 'DEV-001', 'which of my juniors were late last month', () => people(filled(over(juniors('DEV'), 'late', OCTOBER, 0)))),
  // Ivan Petrov joined on 6 October and attended every expected day since: 100 % over what was expected of him.
  q('PM140', 'QA-001', 'who on my team had perfect attendence last month', () => people(filled(rateWhere(QA, OCTOBER, (r) => r === 1)))),
  // Chloe Dubois joined on 15 September, so she was not employed throughout September and is not listed.
  q('PM141', 'DEV-001', "who in my team wasn't late at all in September", () => people(filled(noneOf(DEV, 'late', SEPTEMBER)))),
  q('PM142', 'QA-001', 'which of my people had no absences in Q3', () => people(filled(noneOf(QA, 'absent', Q3)))),
  q('PM143', 'DEV-001', 'how many late arrivals did my team have this month, and who had the most?', () =>
    answer({ figures: [near(count(totalOf(DEV, 'late', THIS_MONTH)), 'late|arriv')], people: mostOf(DEV, 'late', THIS_MONTH) }),
  ),
  q('PM144', 'QA-001', 'who was late the most in Q3?', () => people(mostOf(QA, 'late', Q3))),
  q('PM145', 'admin', 'anyone in DEV or QA late 5 or more times last month?', () => people(filled(over(DEV_AND_QA, 'late', OCTOBER, 5, true)))),
  q('PM146', 'DEV-001', 'who on my team has been here less than a year', () =>
    people(
      filled(
        peopleIn(DEV)
          .filter((p) => p.hire > yearsBeforeToday(1))
          .map((p) => p.id),
      ),
    ),
  ),
  q('PM147', 'QA-001', 'were there more than 20 absent days in QA last month?', () => {
    const n = totalOf(QA, 'absent', OCTOBER);
    return yesNo(n > 20, [days(n)]);
  }),
  q('PM148', 'DEV-001', 'anyone with 2+ absences this month', () => people(filled(over(DEV, 'absent', THIS_MONTH, 2, true)))),
];
