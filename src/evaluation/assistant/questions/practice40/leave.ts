/*
 * practice40 — leave for payroll and year-end: balances by type (new starters' part-year grants, a leaver's), leave
 * taken by type over a month or the year (the days gone by, the approved days ahead said apart), who is on leave on a
 * day written many ways (a holiday is not leave; a pending request is not leave), and what is still waiting.
 */
import { answer, days, figures, people, type Question } from '../../expectation';
import { onLeaveOfType, requestsOverlapping } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { requesters } from '../../oracle/practice12-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveLeftTotal, pendingDays } from '../../oracle/practice21-figures';
import { takenAndAhead } from '../../oracle/practice28-figures';
import { leaveByKind } from '../../oracle/practice33-figures';
import { leaveEnds, leaveLeftBelow } from '../../oracle/practice36-figures';
import { personLeave } from '../../oracle/practice32-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import {
  DEC_24,
  grantedOf,
  LAST_MONDAY,
  leftOf,
  noOne,
  none,
  NOV_26,
  NOV_28,
  NOV_3,
  NOVEMBER_WHOLE,
  onLeaveOn,
  some,
  TOMORROW_TO_YEAR_END,
  WEEK_OF_DEC_8,
  YEAR_2025,
  YEAR_SO_FAR,
} from '../../oracle/practice40-figures';
import { TODAY } from '../../dataset/calendar';
import { OCTOBER, q } from '../helpers';

const left = (id: string, code: 'ANNUAL' | 'SICK' | 'UNPAID') => figures(days(leftOf(id, code)));

export const LEAVE: readonly Question[] = [
  q('PO107', 'admin', 'anual leave balance for felix wagner', () => left('AI-003', 'ANNUAL')),
  q('PO108', 'admin', 'how much sick leave has mei lin got left', () => left('DAT-005', 'SICK')),
  // Hired 3 November: only December is a whole month of the year inside the employment.
  q('PO109', 'admin', 'How much annual leave was Ines Carvalho granted this year?', () => figures(days(grantedOf('AI-010', 'ANNUAL')))),
  q('PO110', 'admin', "Ivan Petrov's leave balances by type", () =>
    figures(near(days(leftOf('QA-010', 'ANNUAL')), 'annual'), near(days(leftOf('QA-010', 'SICK')), 'sick')),
  ),
  // A leaver keeps the year's balance: the grant for the whole months of 2025 before her last day.
  q('PO111', 'admin', "Laura Silva's annual leave balance", () => left('DAT-009', 'ANNUAL')),
  q('PO112', 'admin', 'How many days of unpaid leave has Daniel Okafor taken this year?', () => figures(days(personLeave('DEV-008', YEAR_SO_FAR, 'UNPAID')))),
  // Sana Qureshi's leave of 13–17 October costs 4 days: Founders Day is a holiday, not leave.
  q('PO113', 'admin', 'Annual leave taken across the company in October', () => figures(days(leaveTaken({}, 'ANNUAL', OCTOBER)))),
  q('PO114', 'admin', 'Unpaid leave taken in 2025, whole company', () => figures(days(leaveTaken({}, 'UNPAID', YEAR_2025)))),
  q('PO115', 'admin', 'Leave taken in October by type', () => figures(...leaveByKind({}, OCTOBER))),
  // README: this year's leave taken is the days gone by, with the approved days still ahead said apart.
  q('PO116', 'admin', 'How many days of annual leave has QA taken this year?', () =>
    figures(
      near(days(leaveTaken({ team: 'QA' }, 'ANNUAL', YEAR_SO_FAR)), 'taken|so far|used|had'),
      near(days(leaveTaken({ team: 'QA' }, 'ANNUAL', TOMORROW_TO_YEAR_END)), 'ahead|booked|upcoming|future|coming'),
    ),
  ),
  q('PO117', 'admin', 'whos on leave on 26 nov', () => people(some(onLeaveOn({}, NOV_26)))),
  q('PO118', 'admin', 'Who was on leave on Nov 3rd?', () => people(none(onLeaveOn({}, NOV_3)))),
  q('PO119', 'admin', "Who's on leave today?", () => people(some(onLeaveOn({}, TODAY)))),
  q('PO120', 'admin', 'Who was on leave last Monday?', () => people(some(onLeaveOn({}, LAST_MONDAY)))),
  q('PO121', 'admin', 'Who is on leave on 24 December?', () => people(some(onLeaveOn({}, DEC_24)))),
  // Yuki Tanaka's request for that week is only pending: nobody has approved leave in it.
  q('PO122', 'admin', 'Does anyone have approved leave in the week of 8 December?', () => {
    none(requestsOverlapping('approved', ...WEEK_OF_DEC_8).map((l) => l.employee));
    return yesNo(false, []);
  }),
  q('PO123', 'admin', 'Who has taken sick leave this month?', () => people(some(onLeaveOfType('SICK', ...NOVEMBER_WHOLE)))),
  // "the 28th" asked about leave: the coming 28 November (README: leave is answered as booked, a weekday alone is the coming one for leave).
  q('PO124', 'admin', 'Who is on leave on the 28th?', () => people(some(onLeaveOn({}, NOV_28)))),
  q('PO125', 'admin', 'whose leave reqs are still pending?', () => people(some(requesters('pending')))),
  q('PO126', 'admin', 'How many days of leave are waiting for approval?', () => figures(near(days(pendingDays()), 'day|pending|leave'))),
  q('PO127', 'admin', 'Who has fewer than 10 days of annual leave left?', () => people(some(leaveLeftBelow('ANNUAL', 10)))),
  // "Unused" read as the balance still available (pending days are reserved, so not unused); leavers left out.
  q('PO128', 'admin', 'How much annual leave is still unused in Development?', () => figures(days(leaveLeftTotal('ANNUAL', { team: 'DEV' })))),
  q('PO129', 'admin', "When does Maria Gonzalez's leave end?", () => answer({ dates: [leaveEnds('DEV-005')] })),
  // API.md: on_leave counts the halves taken off by leave and not already off by a holiday — Sana Qureshi's leave
  // covered Founders Day, but that day was the holiday's, not leave.
  q('PO130', 'admin', 'Was anyone on leave on Founders Day?', () => noOne(onLeaveOn({}, holidayDate('Founders Day')))),
  q('PO131', 'admin', 'Who took unpaid leave in October?', () => people(some(onLeaveOfType('UNPAID', ...OCTOBER)))),
  q('PO132', 'admin', 'Leave balances by type for Anna Berg', () =>
    figures(near(days(leftOf('DAT-007', 'ANNUAL')), 'annual'), near(days(leftOf('DAT-007', 'SICK')), 'sick')),
  ),
  q('PO133', 'admin', 'Whose leave requests were cancelled?', () => people(some(requesters('cancelled')))),
  // Anna Berg's leave of 19–21 November is under way today: split at today (README).
  q('PO134', 'admin', 'How much leave has Anna Berg taken this year?', () => figures(...takenAndAhead('DAT-007'))),
];
