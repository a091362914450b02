/*
 * practice15 — the work calendar and leave: the next company holiday, a team's day off, holidays in a
 * month, a quarter or a range and those left; who is off or OOO, back from leave, leave by type and state
 * over a period, balances, allowances and leave taken. Written code-blind from /work/shared/API.md,
 * docs/API.md and the README; every date, figure and person comes from the data set and the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { requestersOverlapping } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { holidayDate, requesters, requestStarts } from '../../oracle/practice12-figures';
import { allocated, available, DECEMBER, NOVEMBER_ALL, taken, TOMORROW } from '../../oracle/practice14-figures';
import { ids } from '../../oracle/people-figures';
import { NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_YEAR } from '../helpers';

const WHOLE_YEAR: [string, string] = ['2025-01-01', '2025-12-31'];
const SINCE_AUGUST: [string, string] = ['2025-08-01', TODAY];
const Q4: [string, string] = ['2025-10-01', '2025-12-31'];

export const CALENDAR_AND_LEAVE: readonly Question[] = [
  // The calendar.
  q('N117', 'admin', 'next company-wide holiday?', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('N118', 'SEC-004', 'are we off on 1 december', () => answer({ dates: [holidayDate('Security Team Day')] })),
  q('N119', 'DEV-003', 'how many holidays are left this year', () => figures(count(holidaysLeftThisYear('DEV').length))),
  q('N120', 'admin', 'what holidays are there in october', () => answer({ dates: datesOf(holidaysBetween(OCTOBER[0], OCTOBER[1])) })),
  q('N121', 'admin', 'how many company-wide holidays are there in Q4', () => figures(count(holidaysBetween(Q4[0], Q4[1]).length))),
  q('N122', 'DEV-001', 'is the 7th of november a holiday for my team', () => answer({ dates: [holidayDate('DEV Recharge Day')] })),
  q('N123', 'admin', 'public holidays between 20 and 31 december', () => answer({ dates: datesOf(holidaysBetween('2025-12-20', '2025-12-31')) })),
  q('N124', 'admin', 'holidays so far this year', () => answer({ dates: datesOf(holidaysBetween(THIS_YEAR[0], THIS_YEAR[1])) })),
  q('N125', 'DAT-004', 'is christmas eve a full day off?', () => answer({ dates: [holidayDate('Christmas Eve')] })),
  q('N126', 'QA-003', 'when is the next holiday for me', () => answer({ dates: [nextHoliday(TODAY, 'QA').date] })),
  q('N127', 'QA-003', 'when was the most recent holiday', () => answer({ dates: [holidaysBetween('2025-01-01', addDays(TODAY, -1), 'QA').at(-1)!.date] })),
  q('N128', 'DEV-003', 'the day after christmas - is that a holiday too?', () => answer({ dates: [holidayDate('Boxing Day')] })),

  // Who is off, and when they are back.
  q('N129', 'admin', 'who will be off next week', () => people(offBetween({}, NEXT_WEEK[0], NEXT_WEEK[1]))),
  q('N130', 'admin', "who's OOO today", () => people(offBetween({}, TODAY, TODAY))),
  q('N131', 'DEV-001', 'is anyone on my team away next week', () => people(offBetween({ team: 'DEV' }, NEXT_WEEK[0], NEXT_WEEK[1]))),
  q('N132', 'DEV-001', "when's maria back from her leave", () =>
    answer({
      dates: requests('approved', { ids: ['DEV-005'] })
        .filter((l) => l.to >= TODAY)
        .map((l) => l.to),
    }),
  ),
  q('N133', 'admin', 'how many people are on leave today', () => figures(count(offBetween({}, TODAY, TODAY).length))),
  q('N134', 'QA-001', 'who in my team is off on 26 nov', () => people(offBetween({ team: 'QA' }, '2025-11-26', '2025-11-26'))),
  q('N135', 'admin', 'who is off in the first week of december', () => people(offBetween({}, '2025-12-01', '2025-12-07'))),
  q('N136', 'admin', 'when is QA-009 off', () => answer({ dates: requestStarts('QA-009', 'approved').filter((d) => d >= TODAY) })),
  q('N137', 'admin', 'who is on leave tomorrow', () => people(offBetween({}, TOMORROW, TOMORROW))),

  // Requests by state, type and period.
  q('N138', 'admin', 'pending leave requests this year', () => people(requestersOverlapping(['pending'], WHOLE_YEAR[0], WHOLE_YEAR[1]))),
  q('N139', 'admin', 'approved or pending leave in december', () => people(requestersOverlapping(['approved', 'pending'], DECEMBER[0], DECEMBER[1]))),
  q('N140', 'admin', 'how many sick leave requests were approved this year', () =>
    figures(count(requests('approved', {}, 'SICK').filter((l) => l.from <= WHOLE_YEAR[1] && l.to >= WHOLE_YEAR[0]).length)),
  ),
  q('N141', 'admin', 'who took unpaid leave since august', () => people(onLeaveOfType('UNPAID', SINCE_AUGUST[0], SINCE_AUGUST[1]))),
  q('N142', 'admin', 'who was on sick leave in november', () => people(onLeaveOfType('SICK', NOVEMBER_ALL[0], NOVEMBER_ALL[1]))),
  q('N143', 'DEV-001', 'pending leave requests in my team for december', () => people(requestersOverlapping(['pending'], DECEMBER[0], DECEMBER[1], 'DEV'))),
  q('N144', 'admin', 'any rejected leave requests this year?', () => people(requestersOverlapping(['rejected'], WHOLE_YEAR[0], WHOLE_YEAR[1]))),
  q('N145', 'SEC-004', 'has my leave for 28 nov been approved yet', () => answer({ dates: requestStarts('SEC-004', 'pending'), mentions: ['pending'] })),
  q('N146', 'admin', 'approved leave from tomorrow onwards', () =>
    people([...new Set(requestsOverlapping('approved', TOMORROW, '2099-12-31').map((l) => l.employee))]),
  ),
  q('N147', 'admin', 'approved annual leave requests in october', () =>
    people([
      ...new Set(
        requestsOverlapping('approved', OCTOBER[0], OCTOBER[1])
          .filter((l) => l.code === 'ANNUAL')
          .map((l) => l.employee),
      ),
    ]),
  ),
  q('N148', 'DEV-003', 'my leave requests', () => answer({ dates: requests('any', { ids: ['DEV-003'] }).map((l) => l.from) })),
  q('N149', 'QA-001', 'pending leave reqs for my team', () => people(requesters('pending', { team: 'QA' }))),

  // Balances and leave taken.
  q('N150', 'DAT-004', 'how many sick days do i have left', () => figures(days(available('DAT-004', 'SICK')))),
  q('N151', 'QA-003', "what's my annual leave allowance", () => figures(days(allocated('QA-003', 'ANNUAL')))),
  q('N152', 'DEV-003', 'how many annual leave days have i taken this year', () => figures(days(taken('DEV-003', 'ANNUAL')))),
  q('N153', 'admin', "what's Sana Qureshi's annual leave balance", () => figures(days(available('AI-004', 'ANNUAL')))),
  q('N154', 'QA-001', 'how much annual leave has grace kim taken', () => figures(days(taken('QA-007', 'ANNUAL')))),
  q('N155', 'admin', 'how much leave did julia fischer take in september', () => figures(days(leaveDays('DAT-003', SEPTEMBER[0], SEPTEMBER[1])))),
  q('N156', 'admin', 'how many sick days has DEV had this year', () =>
    figures(days(ids({ team: 'DEV', status: 'any' }).reduce((sum, id) => sum + leaveDays(id, THIS_YEAR[0], THIS_YEAR[1], 'SICK'), 0))),
  ),
  q('N157', 'SEC-004', 'how many days of annual leave do i have pending', () => figures(days(balance('SEC-004', 'ANNUAL').pending))),
  q('N158', 'DEV-001', "what's yuki's annual leave balance", () => figures(days(available('DEV-009', 'ANNUAL')))),
];
