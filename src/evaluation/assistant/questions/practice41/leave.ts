/*
 * practice41 — leave, typed on the go ("whos out fri", "ooo", "pto", "bal", "reqs", "xmas week"): who is off on a day
 * or a week (approved leave; "off" on a day ahead can only be leave), sick leave, the pending and rejected queues,
 * balances ("left" asked only where reserving pending days changes nothing, or by the balance's own word), the least
 * left, leave taken by kind or by a team (the days gone by), when someone is back, and the employees' own balances
 * and requests. A range asked as "who is off" holds no pending request of the people
 * asked about, so that approved-only and booked-or-pending readings give the same people.
 */
import { answer, days, figures, people, type Question } from '../../expectation';
import { type Scope } from '../../oracle/attendance-figures';
import { leaveDays, offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { requestCovering, yesNo } from '../../oracle/practice20-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { leaveByKind } from '../../oracle/practice33-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { myRequests, requestList } from '../../oracle/practice35-figures';
import { leaveEnds } from '../../oracle/practice36-figures';
import { some, yesThese } from '../../oracle/practice40-figures';
import {
  bothWays,
  leastLeftEitherWay,
  leaveLeft,
  leftBelowEitherWay,
  NEXT_WK,
  NOV_SO_FAR,
  NOVEMBER_WHOLE,
  OCTOBER,
  TDY,
  THIS_FRI,
  XMAS_WEEK,
  YEAR_SO_FAR,
} from '../../oracle/practice41-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const on = (scope: Scope, d: string) => offBetween(scope, d, d);
const NOV_26 = '2025-11-26';
const NOV_28 = '2025-11-28';
const DEC_29 = '2025-12-29';

export const LEAVE: readonly Question[] = [
  // Who is off: a day or a week ahead, today.
  q('PP103', 'admin', 'whos out fri', () => people(some(on(ALL, THIS_FRI)))),
  q('PP104', 'admin', "who's ooo today", () => people(some(on(ALL, TDY)))),
  q('PP105', 'admin', 'whos off on the 26th', () => people(some(on(ALL, NOV_26)))),
  q('PP106', 'admin', "who's on leave xmas week", () => people(some(offBetween(ALL, ...XMAS_WEEK)))),
  q('PP107', 'admin', 'anyone on sick leave this month?', () =>
    yesThese(bothWays([NOV_SO_FAR, NOVEMBER_WHOLE], ([from, to]) => onLeaveOfType('SICK', from, to))),
  ),

  // Requests: pending, rejected, a team's queue, one request's days.
  q('PP108', 'admin', 'pending leave reqs', () => requestList('pending')),
  q('PP109', 'admin', 'rejected leave reqs?', () => requestList('rejected')),
  q('PP110', 'admin', 'leave reqs waiting for approval in qa', () => requestList('pending', QA)),

  // Balances and leave taken.
  q('PP111', 'admin', 'annual leave bal for maria gonzalez', () => figures(days(leaveLeft('DEV-005', 'ANNUAL')))),
  q('PP112', 'admin', 'how much pto does hannah have left', () => figures(days(leaveLeft('DEV-007', 'ANNUAL')))),
  q('PP113', 'admin', 'who in qa has the least annual leave left', () => people(leastLeftEitherWay('ANNUAL', { team: 'QA' }))),
  q('PP114', 'admin', 'who in qa has less than 18 days annual leave left', () => people(some(leftBelowEitherWay('ANNUAL', 18, { team: 'QA' })))),
  q('PP115', 'admin', 'how much annual leave has dev taken this yr', () => figures(days(leaveTaken(DEV, 'ANNUAL', YEAR_SO_FAR)))),
  q('PP116', 'admin', 'leave taken in oct by kind', () => figures(...leaveByKind(ALL, OCTOBER))),

  // The managers' teams.
  q('PP117', 'DEV-001', 'any pending leave on my team', () => requestList('pending', DEV)),
  q('PP118', 'DEV-001', 'when is maria back from leave', () => answer({ dates: [leaveEnds('DEV-005')] })),
  q('PP119', 'DEV-001', 'who on my team is off next wk', () => people(sameWithoutAsker(DEV, 'DEV-001', (s) => some(offBetween(s, ...NEXT_WK))))),
  q('PP120', 'QA-001', "zoe's annual leave bal", () => figures(days(leaveLeft('QA-009', 'ANNUAL')))),
  q('PP121', 'QA-001', 'how many sick days has fatima used this yr', () => figures(days(leaveDays('QA-003', ...YEAR_SO_FAR, 'SICK')))),
  q('PP122', 'QA-001', 'anyone in my team off next wk', () => yesThese(sameWithoutAsker(QA, 'QA-001', (s) => offBetween(s, ...NEXT_WK)))),

  // The employees' own.
  q('PP123', 'QA-003', 'sick days left?', () => figures(days(leaveLeft('QA-003', 'SICK')))),
  q('PP124', 'DAT-004', 'how many days annual leave have i got', () => figures(days(leaveLeft('DAT-004', 'ANNUAL')))),
  q('PP125', 'DEV-003', 'is my leave for 29 dec approved yet', () => {
    const request = requestCovering('DEV-003', DEC_29);
    return yesNo(request.status === 'approved', [], { mentions: [request.status] });
  }),
  // "The 28th", asked about leave on 19 November: the coming one, a Friday SEC-004 has asked for.
  q('PP126', 'SEC-004', 'am i off on the 28th', () =>
    yesNo(on({ ids: ['SEC-004'] }, NOV_28).length > 0, [], { mentions: [requestCovering('SEC-004', NOV_28).status] }),
  ),
  q('PP127', 'SEC-004', 'my leave reqs', () => myRequests('SEC-004', 'pending')),
];
