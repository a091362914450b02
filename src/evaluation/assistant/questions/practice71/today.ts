/*
 * practice71 — the manager's day: who has checked in today, who checked in late this morning, who is expected and not
 * in yet, who is on leave today, what time someone got in; then yesterday (late, no-shows, forgotten check-outs, hours,
 * times, leave) and a day named by its weekday or its date ("on Monday", "on Friday", "the 12th", "last Thursday").
 * Today is open: it has check-ins, late check-ins and people not checked in yet, never absentees. "Who was late" on a
 * past day is read from the records; a manager's "my team" list is asked only where the manager is not in it.
 */
import type { Question } from '../../expectation';
import { fullDayOff, offIn } from '../../oracle/practice71-leave';
import { asDay, dayOfThisMonth, lastWeekday, one, today, yesterday } from '../../oracle/practice71-periods';
import {
  cameIn,
  clock,
  EVERYONE,
  firstOrLast,
  hasCheckedIn,
  inToday,
  lateToday,
  notInYet,
  solo,
  statusOf,
  team,
  total,
  whoHad,
} from '../../oracle/practice71-team';
import { q } from '../helpers';
import { anyone, count, figures, hours, list, yesNo } from './shared';

const T = () => asDay(today(), '2025-11-19');
const Y = () => one(asDay(yesterday(), '2025-11-18'));
const MON = () => one(asDay(lastWeekday(1), '2025-11-17'));
const FRI = () => one(asDay(lastWeekday(5), '2025-11-14'));
const THU = () => one(asDay(lastWeekday(4), '2025-11-13'));
const D = (n: number, iso: string) => one(asDay(dayOfThisMonth(n), iso));
const at = (id: string, d: string, which: 'in' | 'out') => ({ kind: 'answer' as const, mentions: [clock(id, d, which)] });
const h = (id: string, d: readonly [string, string]) => figures(hours(total(solo(id), d, 'hours')));

export const TODAY_AND_DAYS: readonly Question[] = [
  // Today, Priya (DEV-001).
  q('QT001', 'DEV-001', "morning! who on my team hasn't checked in yet?", () => list(notInYet(team('DEV'), 'DEV-001'))),
  q('QT002', 'DEV-001', 'anyone clock in late today on my team', () => anyone(lateToday(team('DEV'), 'DEV-001'))),
  q('QT003', 'DEV-001', 'has tom checked in yet today?', () => yesNo(hasCheckedIn('DEV-002'))),
  q('QT004', 'DEV-001', 'what time did yuki get in this morning', () => at('DEV-009', T(), 'in')),
  q('QT005', 'DEV-001', 'is Omar Haddad in today', () => yesNo(hasCheckedIn('DEV-010'))),
  q('QT006', 'DEV-001', 'who was first in today out of my team?', () => list([firstOrLast(team('DEV'), T(), 'first', 'DEV-001')])),
  q('QT007', 'DEV-001', 'did chloe make it in on time today', () =>
    yesNo(statusOf('DEV-013', T()) === 'present', [], { mentions: [clock('DEV-013', T(), 'in')] }),
  ),
  q('QT008', 'DEV-001', 'anyone from my team on leave today?', () => anyone(offIn(team('DEV'), one(T()), false, 'DEV-001'))),
  q('QT009', 'DEV-001', 'ravi patel - in yet?', () => yesNo(hasCheckedIn('DEV-014'), [], { mentions: [clock('DEV-014', T(), 'in')] })),
  // Today, Elena (QA-001).
  q('QT010', 'QA-001', 'who in my team is still not checked in', () => list(notInYet(team('QA'), 'QA-001'))),
  q('QT011', 'QA-001', 'did anybody on my team check in late this morning?', () => anyone(lateToday(team('QA'), 'QA-001'))),
  q('QT012', 'QA-001', 'what time did fatima clock in today', () => at('QA-003', T(), 'in')),
  q('QT013', 'QA-001', 'has Zoe clocked in?', () => yesNo(hasCheckedIn('QA-009'))),
  q('QT014', 'QA-001', 'is anyone in my team on leave today', () => anyone(offIn(team('QA'), one(T()), false, 'QA-001'))),
  q('QT015', 'QA-001', 'who was the earliest in today on my team', () => list([firstOrLast(team('QA'), T(), 'first', 'QA-001')])),
  q('QT016', 'QA-001', 'Ivan checked in today?', () => yesNo(hasCheckedIn('QA-010'), [], { mentions: [clock('QA-010', T(), 'in')] })),
  // Today, the admin looking at the two teams.
  q('QT017', 'admin', "who hasn't checked in today in development", () => list(notInYet(team('DEV')))),
  q('QT018', 'admin', 'late check-ins today for the QA team', () => list(lateToday(team('QA')))),
  q('QT019', 'admin', 'how many people in DEV have checked in so far today', () => figures(count(inToday(team('DEV')).length))),
  q('QT020', 'admin', 'QA - who is not in yet today?', () => list(notInYet(team('QA')))),
  // Yesterday, Priya.
  q('QT021', 'DEV-001', 'who was late yesterday on my team?', () => list(whoHad(team('DEV'), 'late', Y(), undefined, 'DEV-001'))),
  q('QT022', 'DEV-001', 'did anyone in my team forget to check out yesterday', () => anyone(whoHad(team('DEV'), 'missingCheckOut', Y(), undefined, 'DEV-001'))),
  q('QT023', 'DEV-001', 'any no-shows on my team yesterday?', () => anyone(whoHad(team('DEV'), 'absent', Y(), undefined, 'DEV-001'))),
  q('QT024', 'DEV-001', 'what time did Sofia leave yesterday', () => at('DEV-011', Y()[0], 'out')),
  q('QT025', 'DEV-001', 'how many hours did maria work yesterday', () => h('DEV-005', Y())),
  q('QT026', 'DEV-001', 'was yuki late yesterday?', () => yesNo(statusOf('DEV-009', Y()[0]) === 'late', [], { mentions: [clock('DEV-009', Y()[0], 'in')] })),
  q('QT027', 'DEV-001', 'who on my team was on leave yesterday', () => list(offIn(team('DEV'), Y(), false, 'DEV-001'))),
  // Yesterday, Elena.
  q('QT028', 'QA-001', 'who from my team was absent yesterday?', () => list(whoHad(team('QA'), 'absent', Y(), undefined, 'QA-001'))),
  q('QT029', 'QA-001', 'anyone late on my team yday', () => anyone(whoHad(team('QA'), 'late', Y(), undefined, 'QA-001'))),
  q('QT030', 'QA-001', 'what time did marcus check in yesterday?', () => at('QA-002', Y()[0], 'in')),
  q('QT031', 'QA-001', 'how many hrs did Grace Kim put in yesterday', () => h('QA-007', Y())),
  q('QT032', 'QA-001', 'did Peter Hansen come in yesterday', () => yesNo(cameIn('QA-006', Y()[0]))),
  // Yesterday, the admin.
  q('QT033', 'admin', "who didn't show up yesterday in QA", () => list(whoHad(team('QA'), 'absent', Y()))),
  q('QT034', 'admin', 'who forgot to clock out yesterday?', () => list(whoHad(EVERYONE, 'missingCheckOut', Y()))),
  // A named day, Priya.
  q('QT035', 'DEV-001', 'who was late on monday in my team', () => list(whoHad(team('DEV'), 'late', MON(), undefined, 'DEV-001'))),
  q('QT036', 'DEV-001', 'how many of my guys were late monday?', () => figures(count(total(team('DEV'), MON(), 'late', 'DEV-001')))),
  q('QT037', 'DEV-001', 'who was absent on Monday from my team', () => list(whoHad(team('DEV'), 'absent', MON(), undefined, 'DEV-001'))),
  q('QT038', 'DEV-001', 'what time did Ben Carter clock in last thursday', () => at('DEV-012', THU()[0], 'in')),
  q('QT039', 'DEV-001', 'who on my team missed work on the 13th?', () => list(whoHad(team('DEV'), 'absent', D(13, '2025-11-13'), undefined, 'DEV-001'))),
  q('QT040', 'DEV-001', 'who left early with a half day on the 11th', () => list(whoHad(team('DEV'), 'halfDay', D(11, '2025-11-11'), undefined, 'DEV-001'))),
  // A named day, Elena.
  q('QT041', 'QA-001', 'who on my team was late on friday?', () => list(whoHad(team('QA'), 'late', FRI(), undefined, 'QA-001'))),
  q('QT042', 'QA-001', 'who was missing on Friday in my team', () => {
    const ids = whoHad(team('QA'), 'absent', FRI(), undefined, 'QA-001');
    if (ids.some((id) => fullDayOff(id, FRI()[0]))) throw new Error('someone on leave on Friday');
    return list(ids);
  }),
  q('QT043', 'QA-001', "leo martins' check-in time on the 12th", () => at('QA-008', D(12, '2025-11-12')[0], 'in')),
  q('QT044', 'QA-001', 'who forgot to check out on the 12th?', () => list(whoHad(team('QA'), 'missingCheckOut', D(12, '2025-11-12'), undefined, 'QA-001'))),
  q('QT045', 'QA-001', 'how many late check-ins did my team have on monday', () => figures(count(total(team('QA'), MON(), 'late', 'QA-001')))),
];
