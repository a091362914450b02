/*
 * practice22 — a new HR coordinator (admin) on leave and the calendar: someone's balance, what they have
 * taken, the pending requests and their days, who is off next week and in December, the public holidays
 * and the next one, working days in a month, and the corrections queue (the data set holds none, so the
 * answer must say so by name). Written code-blind from /work/shared/API.md, docs/API.md and the README;
 * every figure, date and person comes from the data set and the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, onLeaveOfType, requests } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { requesters } from '../../oracle/practice12-figures';
import { DECEMBER, NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { everyHolidayBetween, requestersOf } from '../../oracle/practice19-figures';
import { nonEmpty } from '../../oracle/practice20-figures';
import { pendingDays, workingDays } from '../../oracle/practice21-figures';
import { NEXT_WEEK, q, SEPTEMBER, THIS_YEAR } from '../helpers';

const left = (id: string) => near(days(balance(id, 'ANNUAL').available), 'left|available|remain|balance|day');
const workDays = (range: readonly [string, string], team: string | null = null) => near(days(workingDays(range, team)), 'day');

export const LEAVE_CALENDAR: readonly Question[] = [
  // Balances and leave taken.
  q('A115', 'admin', 'how much annual leave does Maria Gonzalez have left', () => figures(left('DEV-005'))),
  q('A116', 'admin', 'leave balance for julia fischer', () => figures(left('DAT-003'))),
  q('A117', 'admin', 'how many sick days has Mei Lin used this year', () => figures(days(balance('DAT-005', 'SICK').taken))),
  q('A118', 'admin', "what's Ines Carvalho's annual leave allowance this year", () =>
    figures(near(days(balance('AI-010', 'ANNUAL').allocated), 'day|leave|allow')),
  ),
  q('A119', 'admin', 'annual leave days Mohammed Saleh has taken in 2025', () => figures(days(balance('SEC-003', 'ANNUAL').taken))),
  q('A120', 'admin', 'who has taken sick leave this year', () => people(onLeaveOfType('SICK', ...THIS_YEAR))),
  q('A121', 'admin', 'total annual leave days taken company wide in september', () => figures(days(leaveTaken({}, 'ANNUAL', SEPTEMBER)))),
  q('A122', 'admin', 'who took unpaid leave this year?', () => people(onLeaveOfType('UNPAID', ...THIS_YEAR))),

  // Pending requests.
  q('A123', 'admin', 'how many leave requests are waiting for approval', () => figures(near(count(requests('pending').length), 'request|pending|waiting'))),
  q('A124', 'admin', 'who has a pending leave request', () => people(requesters('pending'))),
  q('A125', 'admin', 'pending requests in DEV', () => people(requesters('pending', { team: 'DEV' }))),
  q('A126', 'admin', 'total days asked for in pending requests', () => figures(near(days(pendingDays()), 'day'))),
  q('A127', 'admin', 'which requests were rejected this year', () => people(requesters('rejected'))),
  q('A128', 'admin', 'any cancelled leave requests?', () => people(requesters('cancelled'))),

  // Who is off.
  q('A129', 'admin', "who's off next week", () => people(nonEmpty(offBetween({}, ...NEXT_WEEK)))),
  q('A130', 'admin', 'anyone in QA on leave next week?', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  q('A131', 'admin', 'who has approved leave in december', () => people(requestersOf(['approved'], undefined, DECEMBER))),
  q('A132', 'admin', 'who is off tomorrow', () => people(offBetween({}, '2025-11-20', '2025-11-20'))),
  q('A133', 'admin', 'who has approved or pending leave in December', () => people(requestersOf(['approved', 'pending'], undefined, DECEMBER))),

  // The calendar.
  q('A134', 'admin', 'when is the next public holiday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('A135', 'admin', 'what holidays are left this year', () => answer({ dates: everyHolidayBetween('2025-11-20', '2025-12-31') })),
  q('A136', 'admin', 'public holidays in december?', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER)) })),
  q('A137', 'admin', 'was there a holiday in august', () => answer({ dates: datesOf(holidaysBetween('2025-08-01', '2025-08-31')) })),
  q('A138', 'admin', 'how many working days in September', () => figures(workDays(SEPTEMBER))),
  q('A139', 'admin', 'working days this month for the DEV team', () => figures(workDays(NOVEMBER_ALL, 'DEV'))),
  q('A140', 'admin', 'no. of working days in november', () => figures(workDays(NOVEMBER_ALL))),
  q('A141', 'admin', 'is boxing day a holiday', () => answer({ mentions: ['Boxing Day'], dates: ['2025-12-26'] })),
  q('A142', 'admin', 'is the 1st of december a day off for anyone', () => answer({ mentions: ['Security'] })),

  // Corrections: the data set holds none.
  q('A143', 'admin', 'are there any attendance corrections pending', () => answer({ mentions: ['correction'] })),
  q('A144', 'admin', 'pending time corrections to review?', () => answer({ mentions: ['correction'] })),
  q('A145', 'admin', 'how many correction requests are open right now', () => answer({ mentions: ['correction'] })),
];
