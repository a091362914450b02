/*
 * practice43 — the edge cases of API.md's absence rule, one promise each: half-day holidays (the QA Offsite morning,
 * the Autumn Half Day afternoon: the start is 13:00 on a morning off, a half day away is half a day absent, a day of
 * leave on a half holiday costs a half), a team's holiday (the DEV Recharge Day, the Security Team Day: off for that
 * team only), half days of leave, leave over a holiday, people hired or leaving mid-period (the days outside their
 * employment are never absent), weekends, a day with a missing check-out (attended, counted apart), and today (open:
 * nobody absent yet). Callers are the admin and, for their own team or themselves, a manager or an employee.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { checkedOut } from '../../oracle/practice25-figures';
import { takenAndAhead } from '../../oracle/practice28-figures';
import { offBetween } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import {
  ALL,
  AUTUMN_HALF_DAY,
  checkedInSoFar,
  clock,
  DECEMBER_WHOLE,
  DEV_RECHARGE_DAY,
  employedCountOn,
  expectedOn,
  halfDayLeaveOf,
  head,
  LAST_SATURDAY,
  LAST_SUNDAY,
  leaveIn,
  missedCheckOutDays,
  missingCheckOuts,
  NEXT_SATURDAY,
  none,
  oneDay,
  OCTOBER_WHOLE,
  personOf,
  QA_OFFSITE,
  rateOf,
  SECURITY_TEAM_DAY,
  SEPTEMBER_WHOLE,
  sameDay,
  some,
  statusOf,
  sumOf,
  teamScope,
  threeOrMore,
  wholeWorkingDay,
  who,
  workingDaysIn,
  YESTERDAY,
} from '../../oracle/practice43-figures';
import { AUGUST, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const QA = teamScope('QA');
const DEV = teamScope('DEV');
/** "Was X late on …?" answered from the record, with the check-in time behind it. */
const lateOn = (id: string, day: string) => yesNo(statusOf(id, day) === 'late', [], { mentions: [clock(id, day, 'in')] });
/** "Was X absent …?" over a range: yes exactly when some expected time was not attended. */
const absentOver = (id: string, range: readonly [string, string]) => yesNo(personOf(id, 'absent', range) > 0, []);
/** "Am I off on …?": off when the caller is not expected at work that day (a holiday of their calendar or leave). */
const offOn = (id: string, day: string, holiday?: string) => yesNo(expectedOn(id, day) === 0, [], holiday ? { mentions: [holiday] } : {});

export const ABSENCE_RULE: readonly Question[] = [
  // The QA Offsite (a QA holiday, the morning): QA's start that day is 13:00, and only QA has the morning off.
  q('PR131', 'admin', 'who in QA was late on the QA offsite?', () => people(some(who(QA, 'late', oneDay(QA_OFFSITE))))),
  q('PR132', 'QA-001', 'was Grace late on the QA offsite?', () => lateOn('QA-007', QA_OFFSITE)),
  q('PR133', 'admin', "QA's attendance rate on 12 September", () => figures(rate(rateOf(QA, oneDay(QA_OFFSITE))))),
  q('PR134', 'admin', 'who was absent on the QA offsite', () => people(some(who(ALL, 'absent', oneDay(QA_OFFSITE))))),
  q('PR135', 'admin', 'how many working days does QA have in September?', () => answer({ figures: [days(workingDaysIn(SEPTEMBER_WHOLE, 'QA'))] })),
  // The Autumn Half Day (the organisation's afternoon off, 31 October): a morning away is half a day absent.
  q('PR136', 'admin', 'how many days of absence were there on 31 October?', () => figures(days(sumOf(ALL, 'absent', oneDay(AUTUMN_HALF_DAY))))),
  q('PR137', 'admin', 'was Marcus Lee absent on 31 October?', () => yesNo(personOf('QA-002', 'absent', oneDay(AUTUMN_HALF_DAY)) > 0, [])),
  // Grace Kim's day of annual leave fell on the Autumn Half Day: it took only the morning.
  q('PR138', 'QA-001', 'how much leave did Grace take in October?', () => answer({ figures: [days(leaveIn('QA-007', OCTOBER))] })),
  q('PR139', 'admin', 'how many working days were there in October?', () => answer({ figures: [days(workingDaysIn(OCTOBER_WHOLE))] })),
  // The DEV Recharge Day (7 November): DEV's holiday, an ordinary day for everyone else.
  q('PR140', 'admin', 'who in DEV was absent on 7 November?', () => people(none(who(DEV, 'absent', oneDay(DEV_RECHARGE_DAY))))),
  q('PR141', 'admin', 'who was late on 7 November?', () => people(some(who(ALL, 'late', oneDay(DEV_RECHARGE_DAY))))),
  q('PR142', 'DEV-001', 'was anyone on my team absent on the DEV Recharge Day?', () =>
    yesNo(false, [], { people: none(sameWithoutAsker(DEV, 'DEV-001', (s) => who(s, 'absent', oneDay(DEV_RECHARGE_DAY)))) }),
  ),
  q('PR143', 'admin', 'is 7 November a working day for QA?', () => yesNo(wholeWorkingDay(DEV_RECHARGE_DAY, 'QA'), [])),
  q('PR144', 'admin', 'is 7 November a working day for DEV?', () => yesNo(wholeWorkingDay(DEV_RECHARGE_DAY, 'DEV'), [], { mentions: ['DEV Recharge Day'] })),
  // The Security Team Day (1 December): off for Emma Clarke, a working day for Kevin O'Brien.
  q('PR145', 'SEC-004', 'am I off on 1 December?', () => offOn('SEC-004', SECURITY_TEAM_DAY, 'Security Team Day')),
  q('PR146', 'DAT-004', 'am I off on 1 December?', () => offOn('DAT-004', SECURITY_TEAM_DAY)),
  q('PR147', 'admin', 'how many working days does SEC have in December?', () => answer({ figures: [days(workingDaysIn(DECEMBER_WHOLE, 'SEC'))] })),
  // Half days of leave: Aisha Khan's morning off (her start that day is 13:00), Sofia Rossi's afternoon off yesterday.
  q('PR148', 'admin', 'was Aisha Khan late on 20 October?', () => lateOn('DEV-003', sameDay(halfDayLeaveOf('DEV-003'), '2025-10-20'))),
  q('PR149', 'DEV-003', 'how much annual leave have I taken this year?', () => answer({ figures: takenAndAhead('DEV-003') })),
  q('PR150', 'admin', 'who was on leave yesterday?', () => people(some(offBetween(ALL, YESTERDAY, YESTERDAY)))),
  q('PR151', 'admin', 'was Sofia Rossi absent yesterday?', () => absentOver('DEV-011', oneDay(sameDay(halfDayLeaveOf('DEV-011'), YESTERDAY)))),
  q('PR152', 'DEV-001', 'how many hours did Sofia work yesterday?', () => figures(hours(personOf('DEV-011', 'hours', oneDay(YESTERDAY))))),
  q('PR153', 'admin', 'how many days of leave did Lucas Moreau take in September?', () => answer({ figures: [days(leaveIn('SEC-005', SEPTEMBER))] })),
  // Leave over a holiday costs nothing for the holiday: Founders Day inside Sana Qureshi's week, the Summer Bank
  // Holiday inside Nina Kowalski's; the QA Offsite is not Julia Fischer's (DAT) holiday.
  q('PR154', 'admin', 'how many days of annual leave did Sana Qureshi take in October?', () => answer({ figures: [days(leaveIn('AI-004', OCTOBER))] })),
  q('PR155', 'admin', 'how much leave did Nina Kowalski take in August?', () => answer({ figures: [days(leaveIn('QA-005', AUGUST))] })),
  q('PR156', 'admin', "Julia Fischer's leave in September - how many days?", () => answer({ figures: [days(leaveIn('DAT-003', SEPTEMBER))] })),
  // Hired or leaving mid-period: the days outside the employment are never absent.
  q('PR157', 'admin', "Ines Carvalho's attendance rate this month", () => figures(rate(rateOf({ ids: ['AI-010'] }, THIS_MONTH)))),
  q('PR158', 'admin', 'was Noah Brown absent in August?', () => absentOver('DAT-010', AUGUST)),
  q('PR159', 'admin', "Chloe Dubois's attendance rate in September", () => figures(rate(rateOf({ ids: ['DEV-013'] }, SEPTEMBER)))),
  q('PR160', 'admin', 'hours worked by Laura Silva in October', () => figures(hours(personOf('DAT-009', 'hours', OCTOBER)))),
  q('PR161', 'admin', "Victor Dumont's attendance rate in August", () => figures(rate(rateOf({ ids: ['AI-009'] }, AUGUST)))),
  q('PR162', 'admin', 'what was the headcount on 1 September?', () => answer({ figures: [head(employedCountOn('2025-09-01'))] })),
  // Weekends: nobody is expected, nobody is late or absent.
  q('PR163', 'admin', 'who was late on Saturday?', () => people(none(who(ALL, 'late', oneDay(LAST_SATURDAY))))),
  q('PR164', 'admin', 'who was absent on Sunday 16 November?', () => people(none(who(ALL, 'absent', oneDay(LAST_SUNDAY))))),
  q('PR165', 'admin', 'is 22 November a working day?', () => yesNo(wholeWorkingDay(NEXT_SATURDAY, null), [])),
  // A missing check-out: the day counts as attended, and apart as a missing check-out (closed days only).
  q('PR166', 'admin', 'who forgot to check out yesterday?', () => people(some(who(ALL, 'missingCheckOut', oneDay(YESTERDAY))))),
  q('PR167', 'admin', 'was Chris Morgan absent yesterday?', () => absentOver('DEV-006', oneDay(YESTERDAY))),
  q('PR168', 'admin', 'how many missing check-outs were there this month?', () =>
    figures(near(count(threeOrMore(missingCheckOuts(ALL, THIS_MONTH))), 'check|missing')),
  ),
  q('PR169', 'admin', 'when did Isabel Santos forget to check out?', () => answer({ dates: missedCheckOutDays('SEC-006') })),
  q('PR170', 'admin', 'did Omar Haddad check out on 13 November?', () => yesNo(checkedOut('DEV-010', '2025-11-13'), [])),
  // Today is open: who has checked in so far.
  q('PR171', 'admin', 'how many people have checked in so far today?', () => figures(near(count(checkedInSoFar(ALL)), 'check|clock|in'))),
];
