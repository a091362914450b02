/*
 * practice20 — Priya Raman (DEV-001), manager of Development, on her phone about her own people: by first
 * name only ("Chris", "Lukas", "Yuki"), as "my guys", "my lot", "the team", "the devs", "anyone",
 * "everybody"; days by weekday and relative words; yes-or-no questions answered with their figure or list.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date and person
 * comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { checkedInToday, measureOf, mostOf, notCheckedInToday, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { balance, offBetween, requests } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, longestServing, newest } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { checkOutTime, hireOf, tenureOf, whoOn } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import {
  DAY_BEFORE_YESTERDAY,
  dayWord,
  FRIDAY_BEFORE_LAST,
  hoursOn,
  LAST_MONDAY,
  lastWorkingDayOf,
  nonEmpty,
  nonZero,
  nthWeekdayOf,
  THIS_COMING_MONDAY,
  yesNo,
} from '../../oracle/practice20-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const FIRST_MONDAY_NOV = nthWeekdayOf(2025, 11, 1, 1);
const LAST_WORKING_OCT = lastWorkingDayOf(2025, 10);

export const MANAGER_DEV: readonly Question[] = [
  q('D097', 'DEV-001', 'was anyone late the day before yesterday', () => yesNo(true, [], { people: nonEmpty(whoOn(DEV, 'late', DAY_BEFORE_YESTERDAY)) })),
  q('D098', 'DEV-001', 'how many of my guys were late on Monday', () =>
    figures(near(count(nonEmpty(whoOn(DEV, 'late', LAST_MONDAY)).length), 'late|people|employee')),
  ),
  q('D099', 'DEV-001', 'did Chris clock out yesterday', () => {
    const out = checkOutOrNull('DEV-006', YESTERDAY);
    return yesNo(out !== null, [], { people: ['DEV-006'] });
  }),
  q('D100', 'DEV-001', 'who forgot to clock out last week', () => people(nonEmpty(peopleWhere(DEV, 'missingCheckOut', ...LAST_WEEK)))),
  q('D101', 'DEV-001', 'anyone not in yet?', () => people(nonEmpty(notCheckedInToday(DEV)))),
  q('D102', 'DEV-001', 'how many of the team have clocked in today', () => figures(count(nonZero(checkedInToday(DEV).length)))),
  q('D103', 'DEV-001', 'who was absent on the last working day of October', () => people(nonEmpty(whoOn(DEV, 'absent', LAST_WORKING_OCT)))),
  q('D104', 'DEV-001', 'was anyone absent on the Friday before last', () => people(whoOn(DEV, 'absent', FRIDAY_BEFORE_LAST))),
  q('D105', 'DEV-001', "who's off this coming Monday", () => people(nonEmpty(offBetween(DEV, THIS_COMING_MONDAY, THIS_COMING_MONDAY)))),
  q('D106', 'DEV-001', 'anyone out next week?', () => people(nonEmpty(offBetween(DEV, ...NEXT_WEEK)))),
  q('D107', 'DEV-001', 'when is Maria off', () => answer({ dates: requests('approved', { ids: ['DEV-005'] }).map((l) => l.from) })),
  q('D108', 'DEV-001', 'is Maria off on the 24th?', () => yesNo(offBetween({ ids: ['DEV-005'] }, '2025-11-24', '2025-11-24').length > 0, [])),
  q('D109', 'DEV-001', 'how many times was Lukas late this month', () =>
    figures(near(count(nonZero(measureOf('DEV-004', 'late', ...THIS_MONTH))), 'late|time')),
  ),
  q('D110', 'DEV-001', 'was Daniel late more than 3 times in October', () => {
    const late = measureOf('DEV-008', 'late', ...OCTOBER);
    return yesNo(late > 3, [near(count(late), 'late|time')]);
  }),
  q('D111', 'DEV-001', 'who on the team was late the most last month', () => people(nonEmpty(mostOf(DEV, 'late', ...OCTOBER)))),
  q('D112', 'DEV-001', 'which of my juniors were late this week', () => people(nonEmpty(peopleWhere(levelIn('DEV', 'Junior'), 'late', ...THIS_WEEK)))),
  q('D113', 'DEV-001', 'did Ben show up on Monday', () => {
    const word = dayWord('DEV-012', LAST_MONDAY);
    return yesNo(word !== 'absent', [], { mentions: [word] });
  }),
  q('D114', 'DEV-001', 'how long has Ravi been with us', () => figures(years(tenureOf('DEV-014')))),
  q('D115', 'DEV-001', 'when did Chloe start', () => answer({ dates: [hireOf('DEV-013')] })),
  q('D116', 'DEV-001', 'what did Hannah get last quarter', () => figures(score(scoreOf('DEV-007', '2025-Q3')))),
  q('D117', 'DEV-001', 'who was my best performer last quarter', () => people(rankClean('2025-Q3', 1, 'top', DEV))),
  q('D118', 'DEV-001', "what's the team's average score for last quarter", () => figures(score(meanOf('2025-Q3', DEV)))),
  q('D119', 'DEV-001', 'was everybody in on Monday?', () => yesNo(false, [], { people: nonEmpty(whoOn(DEV, 'absent', LAST_MONDAY)) })),
  q('D120', 'DEV-001', 'how many days has Yuki got pending', () => figures(near(days(nonZero(balance('DEV-009', 'ANNUAL').pending)), 'pending|day|leave'))),
  q('D121', 'DEV-001', 'has Yuki put in for any leave?', () =>
    answer({ dates: requests('pending', { ids: ['DEV-009'] }).map((l) => l.from), mentions: ['pending'] }),
  ),
  q('D122', 'DEV-001', 'what time did Omar get in on Monday', () => answer({ mentions: [checkInTime('DEV-010', LAST_MONDAY)] })),
  q('D123', 'DEV-001', 'was Omar late on Monday?', () => {
    const word = dayWord('DEV-010', LAST_MONDAY);
    return yesNo(word === 'late', [], { mentions: [checkInTime('DEV-010', LAST_MONDAY)] });
  }),
  q('D124', 'DEV-001', "Tom's hours last week", () => figures(hours(totals({ ids: ['DEV-002'] }, ...LAST_WEEK).hours))),
  q('D125', 'DEV-001', 'how many days was Sofia off last month', () => figures(days(nonZero(measureOf('DEV-011', 'absent', ...OCTOBER))))),
  q('D126', 'DEV-001', 'how many of my lot were late last week', () =>
    figures(near(count(nonEmpty(peopleWhere(DEV, 'late', ...LAST_WEEK)).length), 'late|people|employee')),
  ),
  q('D127', 'DEV-001', 'how many late arrivals did the team have last week', () => figures(count(nonZero(totals(DEV, ...LAST_WEEK).late)))),
  q('D128', 'DEV-001', 'who had half days last week', () => people(nonEmpty(peopleWhere(DEV, 'halfDay', ...LAST_WEEK)))),
  q('D129', 'DEV-001', 'how many half days has Yuki had this month', () => figures(count(nonZero(measureOf('DEV-009', 'halfDay', ...THIS_MONTH))))),
  q('D130', 'DEV-001', "the devs' attendance rate last week", () => figures(rate(rateIn(DEV, LAST_WEEK)))),
  q('D131', 'DEV-001', "was the team's attendance above 90% last month", () => {
    const r = rateIn(DEV, OCTOBER);
    return yesNo(r > 0.9, [rate(r)]);
  }),
  q('D132', 'DEV-001', 'how many people have I got', () => figures(count(headcount({ team: 'DEV' })))),
  q('D133', 'DEV-001', 'how many seniors do I have', () => figures(count(headcount({ team: 'DEV', position: 'Senior' })))),
  q('D134', 'DEV-001', "who's been here the longest", () => people(longestServing(1, { team: 'DEV' }))),
  q('D135', 'DEV-001', "who's the newest on the team", () => people(newest(1, { team: 'DEV' }))),
  q('D136', 'DEV-001', 'who was late on the first Monday of November', () => people(nonEmpty(whoOn(DEV, 'late', FIRST_MONDAY_NOV)))),
  q('D137', 'DEV-001', 'how many hours did Ravi put in the day before yesterday', () => figures(hours(hoursOn('DEV-014', DAY_BEFORE_YESTERDAY)))),
  q('D138', 'DEV-001', 'what time did Lukas leave yesterday', () => answer({ mentions: [checkOutTime('DEV-004', YESTERDAY)] })),
  q('D139', 'DEV-001', 'any missing check-outs this week?', () => people(nonEmpty(peopleWhere(DEV, 'missingCheckOut', ...THIS_WEEK)))),
  q('D140', 'DEV-001', 'did anyone on the team have a half day yesterday', () => people(whoOn(DEV, 'halfDay', YESTERDAY))),
];

function checkOutOrNull(id: string, day: string): string | null {
  try {
    return checkOutTime(id, day);
  } catch {
    return null;
  }
}
