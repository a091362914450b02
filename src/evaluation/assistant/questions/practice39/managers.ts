/*
 * practice39 — the two managers, Priya Raman (DEV-001) and Elena Petrova (QA-001), asking about their own team the
 * things the README promises them: "my team", "my devs", "the testers", "my juniors", a first name only they can
 * resolve, rates, lates, absences, hours, scores, leave queues, who is off, leavers. Where a manager counting
 * themselves in "my team" could change a list or a ranking, the question is one whose answer is the same either way.
 */
import { answer, count, days, figures, people, rate, score, type Question } from '../../expectation';
import { measureOf, notCheckedInToday, peopleWhere, type Scope } from '../../oracle/attendance-figures';
import { offBetween, leaveDays } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, leftBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveLeftTotal } from '../../oracle/practice21-figures';
import { scoredPast } from '../../oracle/practice31-figures';
import { overAbsences, sameWithoutAsker } from '../../oracle/practice34-figures';
import { requestList } from '../../oracle/practice35-figures';
import { ratesCut } from '../../oracle/practice36-figures';
import { LAST_MONDAY, none, rateOf, some, sumOf, WEEK_BEFORE_LAST, YEAR_SO_FAR } from '../../oracle/practice39-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const HEAD = 'people|employee|member|staff|person|junior|headcount';

export const MANAGERS: readonly Question[] = [
  // Priya Raman, manager of DEV.
  q('PN150', 'DEV-001', "What was my team's attendance rate last week?", () => figures(rate(rateOf(DEV, LAST_WEEK)))),
  // Nobody in DEV was late yesterday: the answer says so.
  q('PN151', 'DEV-001', 'Who in my team was late yesterday?', () => people(none(peopleWhere(DEV, 'late', YESTERDAY, YESTERDAY)))),
  q('PN152', 'DEV-001', 'which of my people were late on Monday', () => people(some(peopleWhere(DEV, 'late', LAST_MONDAY, LAST_MONDAY)))),
  q('PN153', 'DEV-001', 'How many juniors do I have?', () => figures(near(count(headcount({ team: 'DEV', position: 'Junior' })), HEAD))),
  q('PN154', 'DEV-001', 'attendance rate of the juniors I manage in October', () => figures(rate(rateOf(levelIn('DEV', 'Junior'), OCTOBER)))),
  // "Chris" is Chris Morgan for Priya: the other Chris (QA) is outside what she can see.
  q('PN155', 'DEV-001', "what's chris's attendance this month", () => figures(rate(rateOf({ ids: ['DEV-006'] }, THIS_MONTH)))),
  q('PN156', 'DEV-001', 'pending leave requests for my team', () => requestList('pending', DEV)),
  // Nobody has left DEV: an empty answer, said.
  q('PN157', 'DEV-001', 'did anyone leave my team this year?', () => yesNo(false, [], { people: none(leftBetween(...YEAR_SO_FAR, 'DEV')) })),
  q('PN158', 'DEV-001', 'top 2 performers in my team last quarter', () => people(sameWithoutAsker(DEV, 'DEV-001', (s) => rankClean('2025-Q3', 2, 'top', s)))),
  q('PN159', 'DEV-001', 'who on my team scored undr 65 in Q3', () => people(some(scoredPast('2025-Q3', 65, 'below', DEV)))),
  q('PN160', 'DEV-001', "my team's absent days in October vs September", () =>
    figures(days(sumOf(DEV, 'absent', OCTOBER)), days(sumOf(DEV, 'absent', SEPTEMBER))),
  ),
  q('PN161', 'DEV-001', 'who on my team is off next week?', () => people(some(offBetween(DEV, ...NEXT_WEEK)))),
  // A manager belongs to the team they manage (API.md: the team of their own employee record): their own balance counts.
  q('PN162', 'DEV-001', 'how much annual leave does my team have left', () => figures(days(leaveLeftTotal('ANNUAL', DEV)))),
  q('PN163', 'DEV-001', 'who in my team forgot to check out this month', () =>
    people(sameWithoutAsker(DEV, 'DEV-001', (s) => some(peopleWhere(s, 'missingCheckOut', ...THIS_MONTH)))),
  ),
  // Elena Petrova, manager of QA.
  q('PN164', 'QA-001', 'Has everyone in my team checked in today?', () => yesNo(false, [], { people: some(notCheckedInToday(QA)) })),
  q('PN165', 'QA-001', 'testers late last week - who?', () => people(sameWithoutAsker(QA, 'QA-001', (s) => some(peopleWhere(s, 'late', ...LAST_WEEK))))),
  q('PN166', 'QA-001', "my team's attendance in the week of 3 Nov", () => figures(rate(rateOf(QA, WEEK_BEFORE_LAST)))),
  q('PN167', 'QA-001', 'who on my team has the lowest attendance this month', () =>
    people(sameWithoutAsker(QA, 'QA-001', (s) => ratesCut(s, THIS_MONTH, 1, 'lowest'))),
  ),
  q('PN168', 'QA-001', 'how many times was Leo late in October?', () => figures(near(count(measureOf('QA-008', 'late', ...OCTOBER)), 'late|time'))),
  q('PN169', 'QA-001', 'was Leo late more than 3 times last month', () => {
    const n = measureOf('QA-008', 'late', ...OCTOBER);
    return yesNo(n > 3, [near(count(n), 'late|time')]);
  }),
  q('PN170', 'QA-001', 'who in QA was absent more than 3 days in October?', () => people(sameWithoutAsker(QA, 'QA-001', (s) => overAbsences(s, OCTOBER, 3)))),
  q('PN171', 'QA-001', 'avg scroe of my team q2 vs q3', () => figures(score(meanOf('2025-Q2', QA)), score(meanOf('2025-Q3', QA)))),
  q('PN172', 'QA-001', 'any pending leave requests in my team?', () => requestList('pending', QA)),
  q('PN173', 'QA-001', 'how much sick leave has Fatima taken this year', () => answer({ figures: [days(leaveDays('QA-003', ...YEAR_SO_FAR, 'SICK'))] })),
];
