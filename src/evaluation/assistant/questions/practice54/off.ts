/*
 * practice54 — who is off on a day, a week or a month. Only approved leave is leave: a pending request is not booked
 * (Aisha Khan's days after Christmas, Emma Clarke's Friday), nor a rejected one (Omar Haddad's Friday) or a cancelled
 * one (Peter Hansen's). For days ahead "off", "away" and "OOO" read as leave booked (README); for days gone by the
 * questions say "on leave" (a past "off" may mean absent). Each list is read two ways that must agree (a half or more
 * taken off by approved leave, and an approved request overlapping the days); a manager's list is the same with or
 * without the manager; a list written to be empty is asked as yes or no and checked to be empty.
 */
import { count, days, figures, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveDaysOf, myTeam, onLeave, onLeaveAll } from '../../oracle/practice44-figures';
import {
  coming,
  month,
  NEXT_WEEK,
  none,
  NOVEMBER_SO_FAR,
  on,
  requestersOf,
  some,
  taken,
  TOMORROW,
  week,
  WEEK_AFTER_NEXT,
  weekHolding,
} from '../../oracle/practice54-figures';
import { holidayNamed } from '../../oracle/practice43-figures';
import { addDays } from '../../dataset/dates';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const ALL = {};
const team = (code: string) => ({ team: code });
const BANK_HOLIDAY = holidayNamed('Summer Bank Holiday');
/** "Am I off on …" when the only thing on the day is a request still waiting: no, and the request is said. */
const onlyPending = (id: string, day: string) => {
  none(onLeave({ ids: [id] }, on(day)));
  some(requestersOf(['pending'], { ids: [id] }, undefined, on(day)));
  return yesNo(false, [], { mentions: ['pending'] });
};

export const OFF: readonly Question[] = [
  // The admin: today, tomorrow, the coming days.
  q('QC070', 'admin', "who's out on leave today", () => people(some(onLeave(ALL, on(TODAY))))),
  q('QC071', 'admin', 'anyone on leave tmrw?', () => yesNo(true, [], { people: some(onLeave(ALL, on(TOMORROW))) })),
  q('QC072', 'admin', "leave on Friday - who's away?", () => people(some(onLeave(ALL, on(coming(5)))))),
  // Emma Clarke's Friday is only asked for: she is not away yet.
  q('QC073', 'admin', 'who is away the week of 24 Nov', () => people(some(onLeave(ALL, NEXT_WEEK)))),
  q('QC074', 'admin', 'anyone on leave on 22 December?', () => yesNo(true, [], { people: some(onLeave(ALL, on('2025-12-22'))) })),
  // Aisha Khan's request for these days is still pending: only Felix Wagner is booked.
  q('QC075', 'admin', 'who will be off from 29 to 31 December?', () => people(some(onLeave(ALL, ['2025-12-29', '2025-12-31'])))),
  // Days gone by.
  q('QC076', 'admin', 'leave calendar for the week of 1 September', () => people(some(onLeave(ALL, week('2025-09-01'))))),
  q('QC077', 'admin', 'who was on leave the day after the summer bank holiday?', () => people(some(onLeave(ALL, on(addDays(BANK_HOLIDAY, 1)))))),
  q('QC078', 'admin', 'how many people took leave at some point in October?', () =>
    figures(near(count(some(onLeave(ALL, month(10))).length), 'people|person|employee|staff|leave')),
  ),
  q('QC079', 'admin', 'who was off sick in September?', () => people(some(requestersOf(['approved'], ALL, 'SICK', month(9))))),
  q('QC080', 'admin', 'anyone in AI on leave in August?', () => yesNo(true, [], { people: some(onLeave(team('AI'), month(8))) })),
  // This month: to today or to the month's end, the same people.
  q('QC081', 'admin', 'security folks on leave in november?', () => people(some(onLeaveAll(team('SEC'), [NOVEMBER_SO_FAR, month(11)])))),
  q('QC082', 'admin', 'how many leave days were taken in the week of 10 November', () => figures(taken(leaveDaysOf(ALL, week('2025-11-10'))))),
  // The QA Offsite is QA's holiday, not the Data team's: Julia Fischer's Friday 12 September is a whole day of leave.
  q('QC083', 'admin', 'how many days of leave did the data team take in September', () => figures(taken(leaveDaysOf(team('DAT'), month(9))))),
  // The Summer Bank Holiday inside Nina Kowalski's week: four days, not five.
  q('QC084', 'admin', "QA's leave days in August?", () => figures(near(days(leaveDaysOf(team('QA'), month(8))), 'leave|day|taken|off'))),
  // Managers: their team.
  q('QC085', 'DEV-001', 'who in my team is on leave on 28 november', () => people(some(myTeam('DEV-001', (s) => onLeave(s, on('2025-11-28')))))),
  // Omar Haddad's request for this Friday was rejected: nobody on the team is away.
  q('QC086', 'DEV-001', 'anyone on my team off this Friday?', () => {
    none(myTeam('DEV-001', (s) => onLeave(s, on(coming(5)))));
    some(requestersOf(['rejected'], team('DEV'), undefined, on(coming(5))));
    return yesNo(false, []);
  }),
  q('QC087', 'DEV-001', 'who on my team was on leave in the week of 22 September', () =>
    people(some(myTeam('DEV-001', (s) => onLeave(s, week('2025-09-22'))))),
  ),
  q('QC088', 'DEV-001', 'who on my team took time off in October?', () => people(some(myTeam('DEV-001', (s) => onLeave(s, month(10)))))),
  // Chris Walker's morning is pending and Peter Hansen's day cancelled: nobody in QA is booked the week after next.
  q('QC089', 'QA-001', 'anyone in my team on leave the week after next?', () => {
    none(myTeam('QA-001', (s) => onLeave(s, WEEK_AFTER_NEXT)));
    some(requestersOf(['pending', 'cancelled'], team('QA'), undefined, WEEK_AFTER_NEXT));
    return yesNo(false, []);
  }),
  q('QC090', 'QA-001', 'who in my team was on sick leave on 5 November?', () =>
    people(some(myTeam('QA-001', (s) => requestersOf(['approved'], s, 'SICK', on('2025-11-05'))))),
  ),
  q('QC091', 'QA-001', 'who in QA was on leave the week of the bank holiday', () =>
    people(some(myTeam('QA-001', (s) => onLeave(s, weekHolding(BANK_HOLIDAY))))),
  ),
  // Employees: a pending request is not a day off; an approved one is.
  q('QC092', 'DEV-003', 'am I off on 29 December?', () => onlyPending('DEV-003', '2025-12-29')),
  q('QC093', 'SEC-004', 'is my day off on the 28th confirmed?', () => onlyPending('SEC-004', '2025-11-28')),
  q('QC094', 'QA-003', 'was I on sick leave on Wednesday 5 November?', () =>
    yesNo(some(requestersOf(['approved'], { ids: ['QA-003'] }, 'SICK', on('2025-11-05'))).length > 0, []),
  ),
];
