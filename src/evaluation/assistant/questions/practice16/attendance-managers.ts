/*
 * practice16 — attendance asked by the two managers about their own team, several constraints at once:
 * a level, a period in many forms (13/11, Nov 3rd, the 3rd of November, ISO, between 1 and 15 October,
 * from Sept to Nov, Q4 so far, the last 30 days, since the start of the quarter, a weekday), a threshold
 * or a top N, two periods or two levels compared, per-person averages. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure and person comes from the data set and the oracle.
 */
import { count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { measureOf, mostOf, notCheckedInToday, peopleWhere, peopleWithRate, totals, type Scope } from '../../oracle/attendance-figures';
import { levelIn } from '../../oracle/level-scope';
import { lastWeekday } from '../../oracle/practice11-figures';
import { weekBefore } from '../../oracle/practice13-figures';
import { isoWeek, rateIn, ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { FIRST_HALF_OCT, lastDaysWhere, perPerson, Q4_SO_FAR, SEPT_TO_NOV } from '../../oracle/practice16-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const r = (scope: Scope, range: readonly [string, string]) => rate(rateIn(scope, range));
const day = (d: string): [string, string] => [d, d];
const DEV = { team: 'DEV' };
const QA = { team: 'QA' };
const WEEK_BEFORE = weekBefore(LAST_WEEK[0]);
const AUG_TO_OCT: [string, string] = ['2025-08-01', '2025-10-31'];
const SINCE_OCTOBER_1: [string, string] = ['2025-10-01', '2025-11-19'];
const NOV_3_TO_14: [string, string] = ['2025-11-03', '2025-11-14'];

export const ATTENDANCE_MANAGERS: readonly Question[] = [
  // DEV-001, the manager of DEV.
  q('H001', 'DEV-001', 'which mid-level devs were late more than twice in October', () =>
    people(peopleWhere(levelIn('DEV', 'Mid'), 'late', OCTOBER[0], OCTOBER[1], (v) => v > 2)),
  ),
  q('H002', 'DEV-001', 'Can you tell me if any of my juniors were absent between 1 and 15 October?', () =>
    people(peopleWhere(levelIn('DEV', 'Junior'), 'absent', ...FIRST_HALF_OCT)),
  ),
  q('H003', 'DEV-001', 'late arrivals DEV october', () => figures(count(totals(DEV, ...OCTOBER).late))),
  q('H004', 'DEV-001', "my team's attendance rate from Sept to Nov", () => figures(r(DEV, SEPT_TO_NOV))),
  q('H005', 'DEV-001', 'attendance rate of my seniors in Q4 so far', () => figures(r(levelIn('DEV', 'Senior'), Q4_SO_FAR))),
  q('H006', 'DEV-001', 'who on my team was late on 13/11', () => people(peopleWhere(DEV, 'late', ...day('2025-11-13')))),
  q('H007', 'DEV-001', 'was anyone in my team absent on Nov 4th', () => people(peopleWhere(DEV, 'absent', ...day('2025-11-04')))),
  q('H008', 'DEV-001', "Please list my team's late arrivals on the 5th of November", () => people(peopleWhere(DEV, 'late', ...day('2025-11-05')))),
  q('H009', 'DEV-001', 'who in my team was absent on 2025-10-22', () => people(peopleWhere(DEV, 'absent', ...day('2025-10-22')))),
  q('H010', 'DEV-001', "I'd like to know which of my seniors worked more than 38 hours last week", () =>
    people(peopleWhere(levelIn('DEV', 'Senior'), 'hours', ...LAST_WEEK, (v) => v > 38)),
  ),
  q('H011', 'DEV-001', 'who in my team was late more than 3 times in the last 30 days', () => people(lastDaysWhere(30, DEV, 'late', (v) => v > 3))),
  q('H012', 'DEV-001', 'DEV attendance this month compared with October', () => figures(r(DEV, THIS_MONTH), r(DEV, OCTOBER))),
  q('H013', 'DEV-001', "my team's attendance rate last week vs the week before", () => figures(r(DEV, LAST_WEEK), r(DEV, WEEK_BEFORE))),
  q('H014', 'DEV-001', 'how many half days did my juniors have since the start of the quarter', () =>
    figures(count(totals(levelIn('DEV', 'Junior'), ...Q4_SO_FAR).halfDay)),
  ),
  q('H015', 'DEV-001', 'did anyone on my team forget to check out in the past 7 days', () => people(lastDaysWhere(7, DEV, 'missingCheckOut'))),
  q('H016', 'DEV-001', 'which of my people have not checked in yet today', () => people(notCheckedInToday(DEV))),
  q('H017', 'DEV-001', 'hours worked by my mid-levels on thursday', () => figures(hours(totals(levelIn('DEV', 'Mid'), ...day(lastWeekday(4))).hours))),
  q('H018', 'DEV-001', 'which of my team was absent last friday', () => people(peopleWhere(DEV, 'absent', ...day(lastWeekday(5))))),
  q('H019', 'DEV-001', 'who in my team was late on monday', () => people(peopleWhere(DEV, 'late', ...day(lastWeekday(1))))),
  q('H020', 'DEV-001', 'average hours per person in my team last week', () => figures(hours(perPerson(DEV, 'hours', LAST_WEEK)))),
  q('H021', 'DEV-001', 'lowest 2 attendance rates in my team in October', () => people(ratesAtEnd(DEV, OCTOBER, 2, 'lowest'))),
  q('H022', 'DEV-001', 'who in my team had perfect attendance between 1 and 15 october', () => people(peopleWithRate(DEV, ...FIRST_HALF_OCT, (x) => x === 1))),
  q('H023', 'DEV-001', 'my seniors vs my juniors attendance rate in october', () =>
    figures(r(levelIn('DEV', 'Senior'), OCTOBER), r(levelIn('DEV', 'Junior'), OCTOBER)),
  ),
  q('H024', 'DEV-001', 'how many days was chris morgan absent from sept to nov', () => figures(days(totals({ ids: ['DEV-006'] }, ...SEPT_TO_NOV).absent))),
  q('H025', 'DEV-001', 'who on my team was late the most in september', () => people(mostOf(DEV, 'late', ...SEPTEMBER))),
  q('H026', 'DEV-001', 'top 2 in my team by hours worked in october', () => people(topBy(DEV, 'hours', OCTOBER, 2))),
  q('H027', 'DEV-001', 'juniors late in my team in Q4 so far', () => people(peopleWhere(levelIn('DEV', 'Junior'), 'late', ...Q4_SO_FAR))),
  q('H028', 'DEV-001', 'how many times was ben carter late since the start of the quarter', () => figures(count(measureOf('DEV-012', 'late', ...Q4_SO_FAR)))),

  // QA-001, the manager of QA.
  q('H029', 'QA-001', 'which QA juniors were late more than once in the last 30 days', () =>
    people(lastDaysWhere(30, levelIn('QA', 'Junior'), 'late', (v) => v > 1)),
  ),
  q('H030', 'QA-001', 'qa attendance rate between 1 and 15 october', () => figures(r(QA, FIRST_HALF_OCT))),
  q('H031', 'QA-001', 'who in my team was absent on the 3rd of november', () => people(peopleWhere(QA, 'absent', ...day('2025-11-03')))),
  q('H032', 'QA-001', 'Please show the late arrivals in my team on Nov 11th', () => people(peopleWhere(QA, 'late', ...day('2025-11-11')))),
  q('H033', 'QA-001', "my team's attendance in October vs September", () => figures(r(QA, OCTOBER), r(QA, SEPTEMBER))),
  q('H034', 'QA-001', 'which of my mid-levels had attendance under 90% since the start of the quarter', () =>
    people(peopleWithRate(levelIn('QA', 'Mid'), ...Q4_SO_FAR, (x) => x < 0.9)),
  ),
  q('H035', 'QA-001', 'how many late arrivals did my team have in Q4 so far', () => figures(count(totals(QA, ...Q4_SO_FAR).late))),
  q('H036', 'QA-001', 'missing check-outs in my team since 1 october', () => people(peopleWhere(QA, 'missingCheckOut', ...SINCE_OCTOBER_1))),
  q('H037', 'QA-001', 'hours worked by my juniors the week before last', () => figures(hours(totals(levelIn('QA', 'Junior'), ...WEEK_BEFORE).hours))),
  q('H038', 'QA-001', 'avg hours per person in QA in week 46', () => figures(hours(perPerson(QA, 'hours', LAST_WEEK)))),
  q('H039', 'QA-001', 'who in my team was absent on tuesday', () => people(peopleWhere(QA, 'absent', ...day(lastWeekday(2))))),
  q('H040', 'QA-001', 'zoe adams absent days sept to nov', () => figures(days(totals({ ids: ['QA-009'] }, ...SEPT_TO_NOV).absent))),
  q('H041', 'QA-001', 'was leo martins late more than 3 times in october', () => figures(count(measureOf('QA-008', 'late', ...OCTOBER)))),
  q('H042', 'QA-001', 'top 2 in my team by late arrivals from 1 august to 31 october', () => people(topBy(QA, 'late', AUG_TO_OCT, 2))),
  q('H043', 'QA-001', 'half days in my team between 3 and 14 november', () => figures(count(totals(QA, ...NOV_3_TO_14).halfDay))),
  q('H044', 'QA-001', 'which of my seniors and leads were absent in october', () =>
    people([...peopleWhere(levelIn('QA', 'Senior'), 'absent', ...OCTOBER), ...peopleWhere(levelIn('QA', 'Lead'), 'absent', ...OCTOBER)]),
  ),
  q('H045', 'QA-001', 'my team attendance rate last friday', () => figures(r(QA, day(lastWeekday(5))))),
  q('H046', 'QA-001', 'who in QA worked fewer than 30 hours last week', () => people(peopleWhere(QA, 'hours', ...LAST_WEEK, (v) => v < 30))),
  q('H047', 'QA-001', 'lowest attendance rate in my team from Sept to Nov', () => people(ratesAtEnd(QA, SEPT_TO_NOV, 1, 'lowest'))),
  q('H048', 'QA-001', 'absences in my team on the 31st of october', () => people(peopleWhere(QA, 'absent', ...day('2025-10-31')))),
  q('H049', 'QA-001', 'how many days was chris absent between 1 and 15 october', () => figures(days(totals({ ids: ['QA-004'] }, ...FIRST_HALF_OCT).absent))),
  q('H050', 'QA-001', 'my juniors attendance rate in week 45', () => figures(r(levelIn('QA', 'Junior'), isoWeek(2025, 45)))),
];
