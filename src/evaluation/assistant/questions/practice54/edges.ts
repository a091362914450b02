/*
 * practice54 — the edges of API.md's absence rule, asked as plain questions whose answers depend on them: leave on a
 * holiday or over a weekend (those days cost nothing and count as neither leave nor absence: `on_leave` counts the
 * halves taken off by leave and not already by a holiday, on days someone is expected at all), a team's own holiday
 * (off for that team only), days before tracking started (1 August 2025: nobody expected, nothing rated — a period
 * wholly before it is said to be so, naming it), days after a leaver's last day (never absent), weekends (nobody
 * expected), and half days (a morning off moves the start to 13:00; a half day of leave is charged half). Every edge is
 * checked to be real in the data set before the question relies on it.
 */
import { answer, count, days, figures, hours, people, rate, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { beforeTracking } from '../../oracle/practice42-figures';
import { clock, expectedOn, holidayNamed, personOf, rateOf, statusOf, who } from '../../oracle/practice43-figures';
import { wholeDayOff, wholeWorkingDay } from '../../oracle/practice44-calendar';
import { leaveOf, requestsOf } from '../../oracle/practice44-figures';
import { attendedOn } from '../../oracle/attendance-figures';
import { agreed } from '../../oracle/practice16-figures';
import {
  cameIn,
  cost,
  costUnder,
  granted,
  hiredInMonth,
  leftDuring,
  leftInMonth,
  month,
  none,
  on,
  onLeaveWhenOff,
  requestStarting,
  SINCE_TRACKING,
  some,
  taken,
  weekendDay,
  YEAR_SO_FAR,
  YESTERDAY,
} from '../../oracle/practice54-figures';
import { balance } from '../../oracle/leave-figures';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';

const ALL = {};
const QA = { team: 'QA' };
const DEV = { team: 'DEV' };
const AWAY = 'absen|away|missed|off|day';
const FOUNDERS_DAY = holidayNamed('Founders Day');
const RECHARGE_DAY = holidayNamed('DEV Recharge Day');
const QA_OFFSITE = holidayNamed('QA Offsite');
const AUTUMN_HALF_DAY = holidayNamed('Autumn Half Day');
/** "Was X absent …": no, checked. */
const notAbsent = (id: string, day: string) => {
  if (personOf(id, 'absent', on(day)) !== 0) throw new Error(`${id} was absent on ${day}`);
  return yesNo(false, []);
};
/** A list the question expects empty, asked as yes or no. */
const noOne = (list: string[]) => (none(list), yesNo(false, []));
/** A half day of leave of one person, approved and on the day the question names. */
const halfDayOf = (id: string, day: string) => {
  const l = requestStarting(id, day);
  if (l.status !== 'approved' || l.half === null) throw new Error(`${id} has no approved half day on ${day}`);
  return l;
};

export const EDGES: readonly Question[] = [
  // Leave under a holiday or a weekend: nobody is on leave that day, and it costs nothing.
  q('QC134', 'admin', 'How many people were on leave on Founders Day?', () =>
    figures(near(count(onLeaveWhenOff(FOUNDERS_DAY, 'holiday')), 'leave|people|person|employee')),
  ),
  q('QC135', 'admin', 'how many people were on leave on Saturday 6 September?', () =>
    figures(near(count(onLeaveWhenOff(weekendDay('2025-09-06'), 'weekend')), 'leave|people|person|employee')),
  ),
  q('QC136', 'admin', 'Sana Qureshi was off 13 to 17 October. How many days of annual leave did that use?', () =>
    figures(cost(costUnder(requestStarting('AI-004', '2025-10-13'), 'holiday'))),
  ),
  q('QC137', 'admin', 'was Sana Qureshi absent on Founders Day?', () => {
    some(requestsOf(['approved'], { ids: ['AI-004'] }, undefined, on(FOUNDERS_DAY)).map((l) => l.employee));
    return notAbsent('AI-004', FOUNDERS_DAY);
  }),
  q('QC138', 'admin', 'Nina Kowalski was away 25-29 August - how many leave days did that cost her?', () =>
    figures(cost(costUnder(requestStarting('QA-005', '2025-08-25'), 'holiday'))),
  ),
  // Grace Kim's day of leave on the Autumn Half Day: the leave took the morning, the holiday the afternoon.
  q('QC139', 'QA-001', 'how much leave did Grace use on the Autumn Half Day?', () => figures(taken(leaveOf('QA-007', on(AUTUMN_HALF_DAY))))),
  q('QC140', 'admin', 'did Grace Kim come in at all on 31 October?', () => {
    if (cameIn('QA-007', AUTUMN_HALF_DAY) || expectedOn('QA-007', AUTUMN_HALF_DAY) !== 0) throw new Error('Grace Kim was expected or came in');
    return yesNo(false, []);
  }),
  // A team's own holiday: DEV's Recharge Day is an ordinary day for QA and the Data team.
  q('QC141', 'admin', 'did anyone in QA miss work on the DEV Recharge Day?', () => noOne(who(QA, 'absent', on(RECHARGE_DAY)))),
  q('QC142', 'admin', 'did anybody from DEV come in on 7 November?', () => noOne(attendedOn(DEV, RECHARGE_DAY))),
  q('QC143', 'admin', 'how many QA people were late on the DEV Recharge Day', () =>
    figures(near(count(some(who(QA, 'late', on(RECHARGE_DAY))).length), 'late')),
  ),
  q('QC144', 'DAT-004', 'did I work on 7 Nov, and how many hours?', () => {
    if (!cameIn('DAT-004', RECHARGE_DAY)) throw new Error('DAT-004 did not come in');
    return yesNo(true, [hours(personOf('DAT-004', 'hours', on(RECHARGE_DAY)))]);
  }),
  // The QA Offsite (QA's morning off): QA was expected only in the afternoon; DEV all day.
  q('QC145', 'admin', 'was anyone in QA absent on the offsite day?', () => noOne(who(QA, 'absent', on(QA_OFFSITE)))),
  q('QC146', 'admin', 'who was absent on 12 September?', () => people(some(who(ALL, 'absent', on(QA_OFFSITE))))),
  // The Security Team Day: off for Security, a working day for DEV.
  q('QC147', 'SEC-004', 'do I have to come in on 1 December?', () => yesNo(!wholeDayOff('2025-12-01', 'SEC'), [], { mentions: ['Security Team Day'] })),
  q('QC148', 'DEV-001', 'is 1 December a working day for my team?', () => yesNo(wholeWorkingDay('2025-12-01', 'DEV'), [])),
  // Before tracking started: nothing is held, and the answer says so, naming the period.
  q('QC149', 'admin', 'who was absent in July?', () => beforeTracking(month(7), 'july', 'tracking', 'before', '2025-08-01', '1 august', 'august 1')),
  q('QC150', 'DEV-003', 'how many days was I absent in june', () =>
    beforeTracking(month(6), 'june', 'tracking', 'before', '2025-08-01', '1 august', 'august 1'),
  ),
  q('QC151', 'DEV-001', 'late arrivals on my team in the first half of the year', () =>
    beforeTracking(['2025-01-01', '2025-06-30'], 'first half', 'h1', 'tracking', 'before', '2025-06-30', '2025-08-01'),
  ),
  // A year reaching back before tracking: only the tracked days count.
  q('QC152', 'admin', 'Ben Carter joined in January. How many days has he been absent this year?', () =>
    figures(near(days(personOf(hiredInMonth('DEV-012', 'January'), 'absent', YEAR_SO_FAR)), AWAY)),
  ),
  q('QC153', 'admin', "what's the company attendance rate for 2025 so far?", () =>
    figures(rate(agreed([rateOf(ALL, YEAR_SO_FAR), rateOf(ALL, SINCE_TRACKING)]))),
  ),
  // After a leaver's last day: never absent.
  q('QC154', 'admin', "Laura Silva's attendance rate in October", () => figures(rate(rateOf({ ids: [leftDuring('DAT-009', month(10))] }, month(10))))),
  q('QC155', 'admin', 'how many days was Ethan Hughes absent since August?', () =>
    figures(near(days(personOf(leftDuring('SEC-008', SINCE_TRACKING), 'absent', SINCE_TRACKING)), AWAY)),
  ),
  q('QC156', 'admin', "Victor Dumont's attendance in August, as a rate", () => figures(rate(rateOf({ ids: [leftDuring('AI-009', month(8))] }, month(8))))),
  q('QC157', 'admin', 'was Laura Silva absent on 20 October?', () => {
    if (!(person('DAT-009').end! < '2025-10-20')) throw new Error('Laura Silva was still employed on 20 October');
    return notAbsent('DAT-009', '2025-10-20');
  }),
  q('QC158', 'admin', 'who in Data was absent at least once in October?', () => {
    leftDuring('DAT-009', month(10));
    return people(some(who({ team: 'DAT' }, 'absent', month(10))));
  }),
  q('QC159', 'admin', 'How many sick days was Ethan Hughes entitled to this year?', () =>
    figures(granted(balance(leftInMonth('SEC-008', 'September'), 'SICK').allocated)),
  ),
  // Weekends: nobody is expected.
  q('QC160', 'admin', 'was anyone absent on Saturday 8 November?', () => noOne(who(ALL, 'absent', on(weekendDay('2025-11-08'))))),
  // Half days of leave.
  q('QC161', 'admin', 'who was on half-day leave yesterday?', () => {
    const ids = some(
      requestsOf(['approved'], ALL, undefined, on(YESTERDAY))
        .filter((l) => l.half !== null)
        .map((l) => l.employee),
    );
    return people(ids);
  }),
  q('QC162', 'DEV-001', 'was Sofia Rossi in yesterday morning before her afternoon off?', () => {
    halfDayOf('DEV-011', YESTERDAY);
    if (!cameIn('DEV-011', YESTERDAY)) throw new Error('Sofia Rossi did not come in');
    return yesNo(true, [], { mentions: [clock('DEV-011', YESTERDAY, 'in').replace(/^0/, '')] });
  }),
  q('QC163', 'DEV-003', 'which day did I take my half day of leave in October?', () => answer({ dates: [halfDayOf('DEV-003', '2025-10-20').from] })),
  q('QC164', 'admin', 'how many half-day leave requests were approved this year', () =>
    figures(
      near(
        count(
          some(
            requestsOf(['approved'])
              .filter((l) => l.half !== null)
              .map((l) => l.employee),
          ).length,
        ),
        'half|request',
      ),
    ),
  ),
  // A morning off: the start is 13:00, so a check-in a few minutes after one is on time.
  q('QC165', 'admin', 'Aisha Khan had the morning of 20 October off. What time did she clock in?', () => {
    halfDayOf('DEV-003', '2025-10-20');
    return answer({ mentions: [clock('DEV-003', '2025-10-20', 'in')] });
  }),
  q('QC166', 'admin', 'was Aisha Khan late on 20 October? she had the morning off', () => {
    halfDayOf('DEV-003', '2025-10-20');
    return yesNo(statusOf('DEV-003', '2025-10-20') === 'late', []);
  }),
];
