/*
 * practice46 — leave, asked in broken or clipped English ("who on leave today", "sick leave left Julia Fisher", "till
 * when anna berg on leave", "my leave request 28 nov status?"): who is on approved leave on a day or over a week,
 * sick and unpaid leave taken, leave taken by kind, the pending and rejected queues, balances (what is available:
 * the grant less approved and pending days, per API.md — asked by "left" only where no pending request changes it),
 * the least left, the half-day takers of a month, and the employees' own balances and requests. A pending request is
 * not leave: "am I off" on a day only asked for is answered no, naming the request that waits.
 */
import { answer, days, figures, people, type Question } from '../../expectation';
import { balance, leaveDays, offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveByKind } from '../../oracle/practice31-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { requestList } from '../../oracle/practice35-figures';
import { leastLeftEitherWay, leaveLeft } from '../../oracle/practice41-figures';
import {
  ALL,
  bothReadings,
  halfDayLeaveTakers,
  leaveDaysFig,
  leaveUntil,
  NEXT_WK,
  OCT,
  on,
  SEP,
  some,
  stateOn,
  TDY,
  team,
  THIS_WK,
  THIS_WK_WHOLE,
  YEAR_SO_FAR,
} from '../../oracle/practice46-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
const NOV_26 = '2025-11-26';
const NOV_28 = '2025-11-28';

export const LEAVE: readonly Question[] = [
  // Who is off: today, a week ahead (approved only), sick leave this week.
  q('PU157', 'admin', 'who on leave today 🤔', () => people(some(offBetween(ALL, ...on(TDY))))),
  q('PU158', 'admin', 'who has approved leave next week', () => people(some(offBetween(ALL, ...NEXT_WK)))),
  q('PU159', 'admin', 'who is on sick leave this week', () =>
    people(some(bothReadings(onLeaveOfType('SICK', ...THIS_WK), onLeaveOfType('SICK', ...THIS_WK_WHOLE)))),
  ),
  q('PU160', 'admin', 'till when anna berg on leave', () => answer({ dates: [leaveUntil('DAT-007')] })),

  // Requests.
  q('PU161', 'admin', 'pending leave requests', () => requestList('pending')),
  q('PU162', 'admin', 'rejected leave requests', () => requestList('rejected')),
  q('PU163', 'admin', 'canceled leave requests?', () => requestList('cancelled')),

  // Balances.
  q('PU164', 'admin', 'annual leave balance Maria Gonzales', () => figures(leaveDaysFig(leaveLeft('DEV-005', 'ANNUAL')))),
  q('PU165', 'admin', 'sick leave left Julia Fisher', () => figures(leaveDaysFig(leaveLeft('DAT-003', 'SICK')))),
  q('PU166', 'admin', 'who has least annual leave left in DEV', () => people(leastLeftEitherWay('ANNUAL', { team: 'DEV' }))),

  // Leave taken.
  q('PU167', 'admin', 'how many days annual leave Julia Fischer took this year', () => figures(leaveDaysFig(leaveDays('DAT-003', ...YEAR_SO_FAR, 'ANNUAL')))),
  q('PU168', 'admin', 'how many sick days Hannah Schmit took this year', () => figures(leaveDaysFig(leaveDays('DEV-007', ...YEAR_SO_FAR, 'SICK')))),
  q('PU169', 'admin', 'who took sick leave in september', () => people(some(onLeaveOfType('SICK', ...SEP)))),
  q('PU170', 'admin', 'unpaid leave this year who took', () => people(some(onLeaveOfType('UNPAID', ...YEAR_SO_FAR)))),
  q('PU171', 'admin', 'leave taken october by type', () => figures(...leaveByKind(ALL, OCT))),
  // README: "who took half-day leave in October" — the requests of one half day only.
  q('PU172', 'admin', 'who took half day leave in october', () => people(some(halfDayLeaveTakers(OCT)))),

  // The managers, about their own team.
  q('PU173', 'DEV-001', 'pending leave reqs my team', () => requestList('pending', DEV)),
  q('PU174', 'DEV-001', 'who in my team on leave next week', () => people(some(sameWithoutAsker(DEV, 'DEV-001', (s) => offBetween(s, ...NEXT_WK))))),
  q('PU175', 'DEV-001', 'how much annual leave Omar have left', () => figures(leaveDaysFig(leaveLeft('DEV-010', 'ANNUAL')))),
  q('PU176', 'QA-001', 'my team leave requests pending', () => requestList('pending', QA)),
  q('PU177', 'QA-001', 'is somebody off in my team 26 nov', () =>
    yesNo(true, [], { people: some(sameWithoutAsker(QA, 'QA-001', (s) => offBetween(s, NOV_26, NOV_26))) }),
  ),
  q('PU178', 'QA-001', 'Zoe annual balance', () => figures(leaveDaysFig(leaveLeft('QA-009', 'ANNUAL')))),

  // The employees, about themselves ("balance" is what is available, pending days reserved).
  q('PU179', 'DEV-003', 'my annual leave balance pls', () => figures(leaveDaysFig(balance('DEV-003', 'ANNUAL').available))),
  q('PU180', 'QA-003', 'sick days i have left', () => figures(leaveDaysFig(leaveLeft('QA-003', 'SICK')))),
  q('PU181', 'DAT-004', 'my leave balance', () =>
    figures(near(days(leaveLeft('DAT-004', 'ANNUAL')), 'annual'), near(days(leaveLeft('DAT-004', 'SICK')), 'sick')),
  ),
  q('PU182', 'SEC-004', 'my leave request 28 nov status?', () => answer({ mentions: [stateOn('SEC-004', NOV_28)] })),
  q('PU183', 'SEC-004', 'am i off on friday 28th', () =>
    yesNo(offBetween({ ids: ['SEC-004'] }, NOV_28, NOV_28).length > 0, [], { mentions: [stateOn('SEC-004', NOV_28)] }),
  ),
];
