/*
 * practice24 — leave, the calendar and the loose ends of the month for the review: balances, leave taken by
 * kind, pending requests, who is off on a day or next week, the next holiday, the holidays of a month and
 * the half-day ones, working days (a half-day holiday as a half), pending corrections and missing
 * check-outs. Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date
 * and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { HOLIDAYS, TODAY } from '../../dataset/calendar';
import type { Scope } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { requesters } from '../../oracle/practice12-figures';
import { DECEMBER, NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { leaveTaken, requestCount } from '../../oracle/practice17-figures';
import { everyHolidayBetween } from '../../oracle/practice19-figures';
import { requestCovering } from '../../oracle/practice20-figures';
import { leaveLeftExtreme } from '../../oracle/practice21-figures';
import { offOn, someoneWith, TOMORROW, workingDaysHalves } from '../../oracle/practice23-figures';
import { NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_YEAR } from '../helpers';

type Range = readonly [string, string];
const ALL: Scope = {};
const taken = (code: 'ANNUAL' | 'SICK' | 'UNPAID', range: Range, label: string, scope: Scope = ALL) => near(days(leaveTaken(scope, code, range)), label);
const workDays = (range: Range, team: string | null = null) => near(days(workingDaysHalves(range, team)), 'day');

export const LEAVE_CALENDAR: readonly Question[] = [
  // Leave balances and leave taken.
  q('J100', 'admin', 'annual leave balance for Maria Gonzalez', () =>
    figures(near(days(balance('DEV-005', 'ANNUAL').available), 'left|available|remain|balance|day')),
  ),
  q('J101', 'admin', 'leave taken in october by kind', () =>
    figures(taken('ANNUAL', OCTOBER, 'annual'), taken('SICK', OCTOBER, 'sick'), taken('UNPAID', OCTOBER, 'unpaid')),
  ),
  q('J102', 'admin', 'sick days taken this year, company-wide', () => figures(taken('SICK', THIS_YEAR, 'sick|day'))),
  q('J103', 'admin', 'who took sick leave this year', () => people(onLeaveOfType('SICK', ...THIS_YEAR))),
  q('J104', 'admin', 'who has the least annual leave left', () => people([leaveLeftExtreme('ANNUAL', 'least').id])),
  q('J105', 'admin', 'unpaid leave taken by DEV this year', () => figures(taken('UNPAID', THIS_YEAR, 'unpaid|day', { team: 'DEV' }))),

  // Requests.
  q('J106', 'admin', 'pending leave reqs', () => people(requesters('pending'))),
  q('J107', 'admin', 'how many leave requests are waiting for approval', () => figures(near(count(requestCount('pending')), 'request|pending'))),
  q('J108', 'admin', 'pending requests in DEV', () => people(requesters('pending', { team: 'DEV' }))),

  // Who is off.
  q('J109', 'admin', 'whos off next wk', () => people(offBetween(ALL, ...NEXT_WEEK))),
  q('J110', 'admin', "who's out today", () => people(offOn(ALL, TODAY))),
  q('J111', 'admin', 'who is off on the 26th', () => people(offOn(ALL, '2025-11-26'))),
  q('J112', 'admin', 'anyone OOO tmrw', () => people(offOn(ALL, TOMORROW))),
  q('J113', 'admin', 'when is Anna Berg back from leave', () => answer({ dates: [requestCovering('DAT-007', TODAY).to] })),
  q('J114', 'admin', 'who has approved leave in december', () => people(offBetween(ALL, ...DECEMBER))),

  // Holidays and working days.
  q('J115', 'admin', 'next public holliday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('J116', 'admin', 'holidays in december', () => answer({ dates: everyHolidayBetween(...DECEMBER) })),
  q('J117', 'admin', 'which holidays in 2025 are half days', () =>
    answer({ dates: HOLIDAYS.filter((h) => h.half !== null && h.date.startsWith('2025')).map((h) => h.date) }),
  ),
  q('J118', 'admin', 'working days in november', () => figures(workDays(NOVEMBER_ALL))),
  q('J119', 'admin', 'how many working days does DEV have in november', () => figures(workDays(NOVEMBER_ALL, 'DEV'))),
  q('J120', 'admin', 'working days in december for QA', () => figures(workDays(DECEMBER, 'QA'))),
  q('J121', 'admin', 'is 31 October a day off', () => answer({ dates: ['2025-10-31'], mentions: ['half'] })),

  // Corrections and missing check-outs.
  q('J122', 'admin', 'any pending corrections?', () => answer({ mentions: ['correction'] })),
  q('J123', 'admin', 'missing check-outs this month', () => people(someoneWith(ALL, 'missingCheckOut', THIS_MONTH))),
  q('J124', 'admin', 'who forgot to check out in september', () => people(someoneWith(ALL, 'missingCheckOut', SEPTEMBER))),
];
