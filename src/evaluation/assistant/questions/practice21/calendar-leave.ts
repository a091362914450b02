/*
 * practice21 — an HR admin on the work calendar (working days in a month, public holidays, half-day
 * holidays, team-specific days off, whether a date is a working day), on leave (days taken by kind and by
 * team, pending requests and their days, a team's balances, who has the most or least left) and on the
 * corrections queue (the data set holds none, so the answer must say so by name). Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set
 * and the oracle.
 */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { HOLIDAYS, type LeaveCode } from '../../dataset/calendar';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { leaveDays, offBetween, onLeaveOfType, requests } from '../../oracle/leave-figures';
import { ids } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel, TEAM_CODES } from '../../oracle/practice11-figures';
import { DECEMBER, NOVEMBER_ALL, Q3 } from '../../oracle/practice14-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { requestersOf } from '../../oracle/practice19-figures';
import { leaveLeftExtreme, leaveLeftTotal, mostLeaveLeft, pendingDays, workingDays } from '../../oracle/practice21-figures';
import { AUGUST, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_QUARTER, THIS_YEAR } from '../helpers';

type Range = readonly [string, string];
const KINDS: Array<[LeaveCode, string]> = [
  ['ANNUAL', 'annual'],
  ['SICK', 'sick'],
  ['UNPAID', 'unpaid'],
];
const byKind = (range: Range) =>
  KINDS.filter(([code]) => leaveTaken({}, code, range) > 0).map(([code, label]) => near(days(leaveTaken({}, code, range)), label));
const byTeam = (code: LeaveCode, range: Range) =>
  TEAM_CODES.filter((team) => leaveTaken({ team }, code, range) > 0).map((team) => near(days(leaveTaken({ team }, code, range)), teamLabel(team)));
const workDays = (range: Range, team: string | null = null) => near(days(workingDays(range, team)), 'day');
const YEAR: Range = ['2025-01-01', '2025-12-31'];

export const CALENDAR_LEAVE: readonly Question[] = [
  // The work calendar.
  q('F126', 'admin', 'how many working days are there in September 2025', () => figures(workDays(SEPTEMBER))),
  q('F127', 'admin', 'working days in Nov for DEV', () => figures(workDays(NOVEMBER_ALL, 'DEV'))),
  q('F128', 'admin', 'no. of working days in August', () => figures(workDays(AUGUST))),
  q('F129', 'admin', 'how many working days does QA have in November', () => figures(workDays(NOVEMBER_ALL, 'QA'))),
  q('F130', 'admin', 'how many working days between 1 and 14 September', () => figures(workDays(['2025-09-01', '2025-09-14']))),
  q('F131', 'admin', 'which days are public holidays in December', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER)) })),
  q('F132', 'admin', 'list the half-day holidays this year', () => answer({ dates: HOLIDAYS.filter((h) => h.half !== null).map((h) => h.date) })),
  q('F133', 'admin', 'team-specific days off this year', () => answer({ dates: HOLIDAYS.filter((h) => h.team !== null).map((h) => h.date) })),
  q('F134', 'admin', 'is 13 October a working day', () => answer({ mentions: ['Founders Day'] })),
  q('F135', 'admin', 'is 7 Nov a working day for the DEV team', () => answer({ mentions: ['Recharge'] })),
  q('F136', 'admin', 'is 24 December a half day', () => answer({ dates: ['2025-12-24'] })),
  q('F137', 'admin', 'list of holidays from August through October', () =>
    answer({ dates: HOLIDAYS.filter((h) => h.date >= '2025-08-01' && h.date <= '2025-10-31').map((h) => h.date) }),
  ),
  q('F138', 'admin', 'what date is the Security Team Day', () => answer({ dates: HOLIDAYS.filter((h) => h.team === 'SEC').map((h) => h.date) })),
  q('F139', 'admin', 'remaining public holidays in 2025', () => answer({ dates: datesOf(holidaysBetween('2025-11-20', YEAR[1])) })),

  // Leave taken.
  q('F140', 'admin', 'annual leave days taken this year by team', () => figures(...byTeam('ANNUAL', THIS_YEAR))),
  q('F141', 'admin', 'sick days taken company-wide in Q3', () => figures(days(leaveTaken({}, 'SICK', Q3)))),
  q('F142', 'admin', 'leave days taken in October by kind', () => figures(...byKind(OCTOBER))),
  q('F143', 'admin', 'unpaid leave days taken in Q3 vs Q4 so far', () =>
    figures(days(leaveTaken({}, 'UNPAID', Q3)), days(leaveTaken({}, 'UNPAID', THIS_QUARTER))),
  ),
  q('F144', 'admin', 'annual leave taken in September vs October', () =>
    figures(days(leaveTaken({}, 'ANNUAL', SEPTEMBER)), days(leaveTaken({}, 'ANNUAL', OCTOBER))),
  ),
  q('F145', 'admin', 'sick days taken per team this year', () => figures(...byTeam('SICK', THIS_YEAR))),
  q('F146', 'admin', 'Julia Fischer leave days in Sept', () => figures(days(leaveDays('DAT-003', ...SEPTEMBER)))),
  q('F147', 'admin', 'who took sick leave this year', () => people(onLeaveOfType('SICK', ...THIS_YEAR))),
  q('F148', 'admin', 'who is off on leave next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('F149', 'admin', 'approved leave requests for December', () => people(requestersOf(['approved'], undefined, DECEMBER))),

  // Pending requests, balances.
  q('F150', 'admin', 'how many leave requests are pending and how many days do they add up to', () =>
    figures(near(count(requests('pending').length), 'request|pending'), near(days(pendingDays()), 'day')),
  ),
  q('F151', 'admin', 'pending leave requests per team', () =>
    figures(
      ...TEAM_CODES.filter((team) => requests('pending', { team }).length > 0).map((team) =>
        near(count(requests('pending', { team }).length), teamLabel(team)),
      ),
    ),
  ),
  q('F152', 'admin', 'pending leave days for DEV', () => figures(near(days(pendingDays({ team: 'DEV' })), 'day'))),
  q('F153', 'admin', 'annual leave balances for QA', () => people(ids({ team: 'QA' }))),
  q('F154', 'admin', 'who has the least annual leave left', () => people([leaveLeftExtreme('ANNUAL', 'least').id])),
  q('F155', 'admin', 'who in DEV has the least annual leave remaining', () => people([leaveLeftExtreme('ANNUAL', 'least', { team: 'DEV' }).id])),
  q('F156', 'admin', 'who in SEC has the most annual leave left', () => people(mostLeaveLeft('ANNUAL', { team: 'SEC' }))),
  q('F157', 'admin', 'total annual leave still available in the data team', () => figures(near(days(leaveLeftTotal('ANNUAL', { team: 'DAT' })), 'day|leave'))),

  // The corrections queue: the data set holds none.
  q('F158', 'admin', 'how many attendance corrections are pending', () => answer({ mentions: ['correction'] })),
  q('F159', 'admin', 'corrections queue status', () => answer({ mentions: ['correction'] })),
  q('F160', 'admin', 'any correction requests from QA waiting for approval', () => answer({ mentions: ['correction'] })),
];
