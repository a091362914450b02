/*
 * practice44 — who is off or on leave on a day, a week or a month, asked by people building next week's rota and
 * closing last month's. Only approved leave is leave (a pending, rejected or cancelled request is not); "off", "OOO"
 * and "away" on a day ahead read as leave booked, and a weekday alone is the coming one for leave (README). Each list
 * is read two ways that must agree: a half or more taken off by approved leave (the absence rule's on_leave) and an
 * approved request overlapping the days. A manager's "my team" list is the same with or without the manager.
 */
import { count, days, figures, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { agreed } from '../../oracle/practice16-figures';
import { yesNo } from '../../oracle/practice20-figures';
import {
  ALL,
  AUGUST,
  COMING_FRIDAY,
  COMING_MONDAY,
  COMING_TUESDAY,
  DECEMBER,
  employedThroughout,
  LAST_WEEK,
  leaveDaysOf,
  myTeam,
  NEXT_WEEK,
  NOVEMBER,
  NOVEMBER_SO_FAR,
  OCTOBER,
  on,
  onLeave,
  onLeaveAll,
  only,
  personOf,
  REST_OF_NOVEMBER,
  requestersOf,
  some,
  team,
  THIS_WEEK_READINGS,
  TOMORROW,
  none,
} from '../../oracle/practice44-figures';
import { expectedOn } from '../../oracle/practice43-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const LEAVE = 'leave|day|off|booked|annual|sick|unpaid';
/** "Is X on leave on …?": yes exactly when approved leave takes a half or more of the day. */
const isOnLeave = (id: string, day: string) => yesNo(onLeave(only(id), on(day)).length > 0, []);
/** "Was I off on …?" for a day gone by: no only when the person was neither on leave nor away that day. */
const wasOff = (id: string, day: string) => {
  const off = onLeave(only(id), on(day)).length > 0 || personOf(id, 'absent', on(day)) > 0 || expectedOn(id, day) === 0;
  return yesNo(off, []);
};

export const ON_LEAVE: readonly Question[] = [
  // Today, tomorrow, the coming days.
  q('PS001', 'admin', "who's on leave today?", () => people(some(onLeave(ALL, on(TODAY))))),
  q('PS002', 'admin', 'how many people are on leave today', () =>
    figures(near(count(some(onLeave(ALL, on(TODAY))).length), 'leave|people|person|employee|off|staff')),
  ),
  q('PS003', 'admin', 'anyone on leave tomorrow?', () => yesNo(true, [], { people: some(onLeave(ALL, on(TOMORROW))) })),
  q('PS004', 'admin', 'who is off on Friday', () => people(some(onLeave(ALL, on(COMING_FRIDAY))))),
  q('PS005', 'admin', 'whos off nxt week', () => people(some(onLeave(ALL, NEXT_WEEK)))),
  q('PS006', 'admin', "who's OOO this coming Monday?", () => people(some(onLeave(ALL, on(COMING_MONDAY))))),
  q('PS007', 'admin', 'who is on leave on Tuesday?', () => people(some(onLeave(ALL, on(COMING_TUESDAY))))),
  // "This week": Monday to today and the whole week give the same people.
  q('PS008', 'admin', 'Who is on leave this week?', () => people(some(onLeaveAll(ALL, THIS_WEEK_READINGS)))),
  q('PS009', 'admin', 'who was on leave last week', () => people(some(onLeave(ALL, LAST_WEEK)))),
  q('PS010', 'admin', 'who was on leave on 12 September?', () => people(some(onLeave(ALL, on('2025-09-12'))))),
  // Lucas Moreau's afternoon of unpaid leave counts as being on leave that day.
  q('PS011', 'admin', 'who was on leave on 5 September', () => people(some(onLeave(ALL, on('2025-09-05'))))),
  q('PS012', 'admin', 'Who was on leave in August?', () => people(some(onLeave(ALL, AUGUST)))),
  q('PS013', 'admin', 'who took leave in october', () => people(some(onLeave(ALL, OCTOBER)))),
  // The rest of November: from tomorrow or from today, the same people.
  q('PS014', 'admin', 'leave calendar for the rest of November', () => people(some(onLeaveAll(ALL, [REST_OF_NOVEMBER, [TODAY, REST_OF_NOVEMBER[1]]])))),
  // Only approved leave: the pending December requests are not leave yet.
  q('PS015', 'admin', 'who has approved leave in December?', () => people(some(onLeave(ALL, DECEMBER)))),
  q('PS016', 'admin', 'Who is on leave between 24 November and 5 December?', () => people(some(onLeave(ALL, ['2025-11-24', '2025-12-05'])))),
  q('PS017', 'admin', 'how many days of leave are booked for next week?', () => figures(near(days(leaveDaysOf(ALL, NEXT_WEEK)), LEAVE))),
  q('PS018', 'admin', 'who in Security was on leave this month?', () => people(some(onLeaveAll(team('SEC'), [NOVEMBER_SO_FAR, NOVEMBER])))),
  q('PS019', 'admin', 'anyone from the data team on leave this week?', () => yesNo(true, [], { people: some(onLeaveAll(team('DAT'), THIS_WEEK_READINGS)) })),
  q('PS020', 'admin', 'who was on sick leave in November?', () =>
    people(some(agreed([requestersOf(['approved'], ALL, 'SICK', NOVEMBER_SO_FAR), requestersOf(['approved'], ALL, 'SICK', NOVEMBER)]))),
  ),
  // A manager's team.
  q('PS021', 'DEV-001', 'who on my team is off next week?', () => people(some(myTeam('DEV-001', (s) => onLeave(s, NEXT_WEEK))))),
  q('PS022', 'DEV-001', 'who in my team is on leave this week', () => people(some(myTeam('DEV-001', (s) => onLeaveAll(s, THIS_WEEK_READINGS))))),
  q('PS023', 'DEV-001', 'anyone in dev on leave today?', () => yesNo(false, [], { people: none(myTeam('DEV-001', (s) => onLeave(s, on(TODAY)))) })),
  q('PS024', 'DEV-001', 'who on my team took leave in August?', () => people(some(myTeam('DEV-001', (s) => onLeave(s, AUGUST))))),
  q('PS025', 'DEV-001', 'Is Maria on leave on 27 November?', () => isOnLeave('DEV-005', '2025-11-27')),
  q('PS026', 'QA-001', 'who from QA is on leave next week', () => people(some(myTeam('QA-001', (s) => onLeave(s, NEXT_WEEK))))),
  q('PS027', 'QA-001', 'who in my team was on leave in August?', () => people(some(myTeam('QA-001', (s) => onLeave(s, AUGUST))))),
  // "The 26th" is this month's.
  q('PS028', 'QA-001', 'is anyone on my team off on the 26th?', () => yesNo(true, [], { people: some(myTeam('QA-001', (s) => onLeave(s, on('2025-11-26')))) })),
  // Grace Kim's day of leave fell on the Autumn Half Day: the leave took its morning, so she was on leave that day.
  q('PS029', 'QA-001', 'who on my team was on leave on 31 October?', () => people(some(myTeam('QA-001', (s) => onLeave(s, on('2025-10-31')))))),
  // Employees about themselves.
  q('PS030', 'DEV-003', 'was I on leave on 20 October?', () => isOnLeave('DEV-003', '2025-10-20')),
  q('PS031', 'QA-003', 'was i on leave on 5 nov', () => isOnLeave('QA-003', '2025-11-05')),
  // The DEV Recharge Day is DEV's holiday, an ordinary working day for Kevin O'Brien (DAT), who came in.
  q('PS032', 'DAT-004', 'was I off on 7 November?', () => wasOff(employedThroughout('DAT-004', on('2025-11-07')), '2025-11-07')),
];
