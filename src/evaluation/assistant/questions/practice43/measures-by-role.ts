/*
 * practice43 — each measure the README lists (headcount, attendance rate, late, absent, hours, scores, leave balance,
 * on leave, missing check-out, half day, not checked in yet) asked by each role within its scope: the admin about a
 * team, a manager (Priya Raman of DEV, Elena Petrova of QA) about their own team, an employee (Aisha Khan, Fatima
 * Zahra, Kevin O'Brien, Emma Clarke) about themselves. A manager's team is the team of their own record (API.md), so
 * a team's figure includes the manager; a manager's list of people is asked only where it is the same with or
 * without them. A yes-or-no is used where an employee's own count could be 0 or written "once".
 */
import { answer, count, days, figures, hours, people, rate, score, type Question } from '../../expectation';
import { notCheckedInToday } from '../../oracle/attendance-figures';
import { balance, offBetween } from '../../oracle/leave-figures';
import { headcount } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { kpiKnown } from '../../oracle/practice32-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { scoreKnown } from '../../oracle/practice30-figures';
import {
  ALL,
  head,
  me,
  nonZero,
  oneDay,
  personOf,
  rateOf,
  SEPTEMBER_WHOLE,
  SINCE_AUGUST,
  some,
  sumOf,
  teamScope,
  teamWho,
  threeOrMore,
  who,
  YESTERDAY,
} from '../../oracle/practice43-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH } from '../helpers';

const DEV = teamScope('DEV');
const QA = teamScope('QA');
const TODAY_ONLY = oneDay('2025-11-19');
/** "Was I … ?": yes exactly when the caller's own figure is above 0, with the figure when there is one. */
const mine = (id: string, measure: 'late' | 'absent', range: readonly [string, string]) => {
  const n = personOf(id, measure, range);
  return yesNo(n > 0, []);
};

export const MEASURES_BY_ROLE: readonly Question[] = [
  // Headcount: active staff (Security has a leaver, who is not counted); a manager asks about their team by its code.
  q('PR091', 'admin', 'How many people are in Security?', () => answer({ figures: [head(headcount({ team: 'SEC' }))] })),
  q('PR092', 'DEV-001', 'how many employees are in DEV?', () => answer({ figures: [head(headcount({ team: 'DEV' }))] })),
  q('PR093', 'QA-001', 'how many juniors are in QA?', () => answer({ figures: [head(headcount({ team: 'QA', position: 'Junior' }))] })),
  // Attendance rate.
  q('PR094', 'admin', 'DAT attendance rate in September', () => figures(rate(rateOf(teamScope('DAT'), SEPTEMBER_WHOLE)))),
  q('PR095', 'DEV-001', "what was DEV's attendance rate in October?", () => figures(rate(rateOf(DEV, OCTOBER)))),
  q('PR096', 'QA-001', 'QA attendance rate last week', () => figures(rate(rateOf(QA, LAST_WEEK)))),
  q('PR097', 'DAT-004', 'my attendance rate last week', () => figures(rate(rateOf(me('DAT-004'), LAST_WEEK)))),
  q('PR098', 'SEC-004', 'what was my attendance rate in October?', () => figures(rate(rateOf(me('SEC-004'), OCTOBER)))),
  // Late.
  q('PR099', 'admin', 'who in AI was late last week?', () => people(some(who(teamScope('AI'), 'late', LAST_WEEK)))),
  q('PR100', 'DEV-001', 'who on my team was late last week?', () => people(some(teamWho('DEV-001', 'late', LAST_WEEK)))),
  q('PR101', 'QA-001', 'how many late arrivals did QA have in October?', () => figures(near(count(threeOrMore(sumOf(QA, 'late', OCTOBER))), 'late|arriv'))),
  q('PR102', 'DEV-003', 'was I late at all in October?', () => mine('DEV-003', 'late', OCTOBER)),
  q('PR103', 'QA-003', 'was I late last week?', () => mine('QA-003', 'late', LAST_WEEK)),
  // Absent (a half day absent counts as half a day).
  q('PR104', 'admin', 'who in DAT was absent last week?', () => people(some(who(teamScope('DAT'), 'absent', LAST_WEEK)))),
  q('PR105', 'DEV-001', 'how many days of absence did DEV have this month?', () => figures(days(nonZero(sumOf(DEV, 'absent', THIS_MONTH))))),
  q('PR106', 'QA-001', 'who on my team was absent yesterday?', () => people(some(teamWho('QA-001', 'absent', oneDay(YESTERDAY))))),
  q('PR107', 'DAT-004', 'have I been absent at all since August?', () => mine('DAT-004', 'absent', SINCE_AUGUST)),
  q('PR108', 'SEC-004', 'was I absent on any day in October?', () => mine('SEC-004', 'absent', OCTOBER)),
  // Hours worked.
  q('PR109', 'admin', 'hours worked by SEC last week', () => figures(hours(sumOf(teamScope('SEC'), 'hours', LAST_WEEK)))),
  q('PR110', 'QA-003', 'how many hours did I work last week?', () => figures(hours(nonZero(personOf('QA-003', 'hours', LAST_WEEK))))),
  q('PR111', 'DAT-004', 'my hours in October', () => figures(hours(nonZero(personOf('DAT-004', 'hours', OCTOBER))))),
  // Scores.
  q('PR112', 'admin', 'average score in AI in Q3', () => figures(score(meanOf('2025-Q3', teamScope('AI'))))),
  q('PR113', 'DEV-001', "DEV's average score last quarter", () => figures(score(meanOf('2025-Q3', DEV)))),
  q('PR114', 'QA-001', 'median score of QA in Q2', () => figures(score(medianOf('2025-Q2', QA)))),
  q('PR115', 'DEV-003', 'what was my score in Q3?', () => figures(score(scoreKnown('DEV-003', '2025-Q3')))),
  q('PR116', 'SEC-004', 'how did I score in Q2?', () => figures(score(scoreKnown('SEC-004', '2025-Q2')))),
  q('PR117', 'DAT-004', 'my KPI last quarter', () => figures(score(kpiKnown('DAT-004', '2025-Q3')))),
  // Leave balances: what is still available (granted − taken − pending).
  q('PR118', 'admin', 'how much sick leave does Mei Lin have left?', () => answer({ figures: [days(balance('DAT-005', 'SICK').available)] })),
  q('PR119', 'DEV-001', 'how much annual leave does Yuki Tanaka have left?', () => answer({ figures: [days(balance('DEV-009', 'ANNUAL').available)] })),
  q('PR120', 'QA-003', 'how many sick days do I have left?', () => answer({ figures: [days(balance('QA-003', 'SICK').available)] })),
  // On leave: today, next week (leave booked), on a day ahead.
  q('PR121', 'admin', 'who is on leave today?', () => people(some(offBetween(ALL, ...TODAY_ONLY)))),
  q('PR122', 'DEV-001', 'who on my team is on leave next week?', () => people(some(sameWithoutAsker(DEV, 'DEV-001', (s) => offBetween(s, ...NEXT_WEEK))))),
  q('PR123', 'QA-001', 'is anyone on my team off on 26 November?', () =>
    yesNo(true, [], { people: some(sameWithoutAsker(QA, 'QA-001', (s) => offBetween(s, '2025-11-26', '2025-11-26'))) }),
  ),
  // Missing check-outs (closed days only).
  q('PR124', 'admin', 'who forgot to check out in October?', () => people(some(who(ALL, 'missingCheckOut', OCTOBER)))),
  q('PR125', 'DEV-001', 'did anyone on my team forget to clock out yesterday?', () =>
    yesNo(true, [], { people: some(teamWho('DEV-001', 'missingCheckOut', oneDay(YESTERDAY))) }),
  ),
  q('PR126', 'QA-001', 'who on my team has missing check-outs this month?', () => people(some(teamWho('QA-001', 'missingCheckOut', THIS_MONTH)))),
  // Half days.
  q('PR127', 'admin', 'how many half days were there last week?', () => figures(near(count(threeOrMore(sumOf(ALL, 'halfDay', LAST_WEEK))), 'half'))),
  q('PR128', 'DEV-001', 'who on my team worked a half day this month?', () => people(some(teamWho('DEV-001', 'halfDay', THIS_MONTH)))),
  // Not checked in yet today (the day is open: nobody is absent yet).
  q('PR129', 'DEV-001', "who on my team hasn't checked in yet?", () => people(some(sameWithoutAsker(DEV, 'DEV-001', (s) => notCheckedInToday(s))))),
  q('PR130', 'SEC-004', 'have I checked in today?', () => yesNo(notCheckedInToday(me('SEC-004')).length === 0, [])),
];
