/*
 * practice20 — Elena Petrova (QA-001), manager of Quality Assurance, on her phone about her own people: by
 * first name only ("Marcus", "Zoe", "Leo"), as "the testers", "my people", "the team", "anyone",
 * "everybody"; days by weekday and relative words (this coming Wednesday, the first Monday of November, the
 * last working day of October); yes-or-no questions answered with their figure or list. Written code-blind
 * from /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data
 * set and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { checkedInToday, measureOf, mostOf, notCheckedInToday, peopleWhere, totals, type Scope } from '../../oracle/attendance-figures';
import { leaveDays, offBetween, requests } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount } from '../../oracle/people-figures';
import { near, withUsUnderAYear } from '../../oracle/practice10-figures';
import { available, taken } from '../../oracle/practice14-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { checkOutTime, hireOf, tenureOf, whoOn } from '../../oracle/practice18-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import {
  comingWeekday,
  DAY_BEFORE_YESTERDAY,
  dayWord,
  FRIDAY_BEFORE_LAST,
  LAST_FRIDAY,
  LAST_MONDAY,
  lastWorkingDayOf,
  nonEmpty,
  nonZero,
  nthWeekdayOf,
  wentUp,
  yesNo,
} from '../../oracle/practice20-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, THIS_MONTH, YESTERDAY } from '../helpers';
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';

const QA: Scope = { team: 'QA' };
const FIRST_MONDAY_NOV = nthWeekdayOf(2025, 11, 1, 1);
const LAST_WORKING_OCT = lastWorkingDayOf(2025, 10);
const THIS_COMING_WEDNESDAY = comingWeekday(3);
const SINCE_OCTOBER: [Day, Day] = ['2025-10-01', TODAY];

export const MANAGER_QA: readonly Question[] = [
  q('D141', 'QA-001', 'was anyone off yesterday', () => yesNo(true, [], { people: nonEmpty(whoOn(QA, 'absent', YESTERDAY)) })),
  q('D142', 'QA-001', 'who was late the day before yesterday', () => people(nonEmpty(whoOn(QA, 'late', DAY_BEFORE_YESTERDAY)))),
  q('D143', 'QA-001', 'did Marcus clock out on the 12th', () =>
    yesNo(false, [], { people: nonEmpty(whoOn({ ids: ['QA-002'] }, 'missingCheckOut', '2025-11-12')) }),
  ),
  q('D144', 'QA-001', "Leo's missing check-outs this month", () => figures(count(nonZero(measureOf('QA-008', 'missingCheckOut', ...THIS_MONTH))))),
  q('D145', 'QA-001', 'is anyone off this coming Wednesday', () =>
    yesNo(true, [], { people: nonEmpty(offBetween(QA, THIS_COMING_WEDNESDAY, THIS_COMING_WEDNESDAY)) }),
  ),
  q('D146', 'QA-001', "who's out next week", () => people(nonEmpty(offBetween(QA, ...NEXT_WEEK)))),
  q('D147', 'QA-001', 'is Peter off on the 5th of December', () => {
    const off = leaveDays('QA-006', '2025-12-05', '2025-12-05');
    return yesNo(off > 0, [near(days(off), 'leave|off|day')]);
  }),
  q('D148', 'QA-001', 'has Chris asked for any time off?', () =>
    answer({ dates: requests('pending', { ids: ['QA-004'] }).map((l) => l.from), mentions: ['pending'] }),
  ),
  q('D149', 'QA-001', 'how many testers were late last week', () =>
    figures(near(count(nonEmpty(peopleWhere(QA, 'late', ...LAST_WEEK)).length), 'late|people|employee|tester')),
  ),
  q('D150', 'QA-001', 'who on my team has been late the most this month', () => people(nonEmpty(mostOf(QA, 'late', ...THIS_MONTH)))),
  q('D151', 'QA-001', 'was Zoe absent more than 3 days last month', () => {
    const absent = measureOf('QA-009', 'absent', ...OCTOBER);
    return yesNo(absent > 3, [days(absent)]);
  }),
  q('D152', 'QA-001', 'how many days has Zoe missed since the start of October', () => figures(days(nonZero(measureOf('QA-009', 'absent', ...SINCE_OCTOBER))))),
  q('D153', 'QA-001', 'who was absent on the last working day of October', () => people(nonEmpty(whoOn(QA, 'absent', LAST_WORKING_OCT)))),
  q('D154', 'QA-001', 'who was late on the Friday before last', () => people(nonEmpty(whoOn(QA, 'late', FRIDAY_BEFORE_LAST)))),
  q('D155', 'QA-001', 'how many of the team clocked in this morning', () => figures(count(nonZero(checkedInToday(QA).length)))),
  q('D156', 'QA-001', "who hasn't clocked in yet", () => people(nonEmpty(notCheckedInToday(QA)))),
  q('D157', 'QA-001', 'did Grace take any leave in October', () => {
    const d = leaveDays('QA-007', ...OCTOBER);
    return yesNo(d > 0, [near(days(d), 'leave|day|off')]);
  }),
  q('D158', 'QA-001', 'how many days off has Nina got left', () => figures(near(days(available('QA-005', 'ANNUAL')), 'leave|day|left|available|off|balance'))),
  q('D159', 'QA-001', "Ivan's start date", () => answer({ dates: [hireOf('QA-010')] })),
  q('D160', 'QA-001', 'how long has Grace been here', () => figures(years(tenureOf('QA-007')))),
  q('D161', 'QA-001', 'what did Leo get last quarter', () => figures(score(scoreOf('QA-008', '2025-Q3')))),
  q('D162', 'QA-001', 'who scored lowest on the team last quarter', () => people(rankClean('2025-Q3', 1, 'bottom', QA))),
  q('D163', 'QA-001', 'team average last quarter', () => figures(score(meanOf('2025-Q3', QA)))),
  q('D164', 'QA-001', "did the team's average go up from Q2 to Q3", () => {
    const [before, after] = [meanOf('2025-Q2', QA), meanOf('2025-Q3', QA)];
    return wentUp(before, after, [score(before), score(after)]);
  }),
  q('D165', 'QA-001', 'how often was Marcus late last week', () => figures(near(count(nonZero(measureOf('QA-002', 'late', ...LAST_WEEK))), 'late|time'))),
  q('D166', 'QA-001', 'what time did Marcus get in on Monday', () => answer({ mentions: [checkInTime('QA-002', LAST_MONDAY)] })),
  q('D167', 'QA-001', 'what time did Fatima leave yesterday', () => answer({ mentions: [checkOutTime('QA-003', YESTERDAY)] })),
  q('D168', 'QA-001', 'how many hours did Grace do last week', () => figures(hours(totals({ ids: ['QA-007'] }, ...LAST_WEEK).hours))),
  q('D169', 'QA-001', "how was the team's attendance last month", () => figures(rate(rateIn(QA, OCTOBER)))),
  q('D170', 'QA-001', 'did we get above 85% attendance last week', () => {
    const r = rateIn(QA, LAST_WEEK);
    return yesNo(r > 0.85, [rate(r)]);
  }),
  q('D171', 'QA-001', 'how many people are on my team', () => figures(count(headcount({ team: 'QA' })))),
  q('D172', 'QA-001', 'how many juniors have I got', () => figures(count(headcount({ team: 'QA', position: 'Junior' })))),
  q('D173', 'QA-001', 'anyone on the team been here less than a year?', () => people(nonEmpty(withUsUnderAYear({ team: 'QA' })))),
  q('D174', 'QA-001', 'was Ivan in last Friday', () => {
    const word = dayWord('QA-010', LAST_FRIDAY);
    return yesNo(word !== 'absent', [], { mentions: [word] });
  }),
  q('D175', 'QA-001', 'did Zoe show up on Monday?', () => {
    const word = dayWord('QA-009', LAST_MONDAY);
    return yesNo(word !== 'absent', [], { mentions: [word] });
  }),
  q('D176', 'QA-001', 'who was off on the first Monday of November', () => people(nonEmpty(whoOn(QA, 'absent', FIRST_MONDAY_NOV)))),
  q('D177', 'QA-001', 'how many half days did the team have last month', () => figures(count(nonZero(totals(QA, ...OCTOBER).halfDay)))),
  q('D178', 'QA-001', 'was Leo late more than twice this month', () => {
    const late = measureOf('QA-008', 'late', ...THIS_MONTH);
    return yesNo(late > 2, [near(count(nonZero(late)), 'late|time')]);
  }),
  q('D179', 'QA-001', "Peter's attendance rate this month", () => figures(rate(rateIn({ ids: ['QA-006'] }, THIS_MONTH)))),
  q('D180', 'QA-001', 'how many sick days has Fatima had this year', () => figures(days(nonZero(taken('QA-003', 'SICK'))))),
  q('D181', 'QA-001', 'which of my juniors missed a day last week', () => people(nonEmpty(peopleWhere(levelIn('QA', 'Junior'), 'absent', ...LAST_WEEK)))),
];
