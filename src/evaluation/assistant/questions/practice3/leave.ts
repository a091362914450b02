/* Third practice set, leave and holidays: balances by type, requests by status and period, who is off when, public holidays. */
import { TODAY, type LeaveStatus } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';
import { answer, count, days, figures, notFound, people, refusal, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { NEXT_WEEK, SEPTEMBER, THIS_WEEK, q } from '../helpers';

const who = (list: Array<{ employee: string }>) => [...new Set(list.map((l) => l.employee))];
const pending = (scope = {}) => who(requests('pending', scope));
const requestsOf = (status: LeaveStatus, from: Day, to: Day, scope = {}) => who(requestsOverlapping(status, from, to, scope));
const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];
const REST_OF_YEAR: [Day, Day] = ['2025-11-20', '2025-12-31'];

export const PRACTICE3_LEAVE: Question[] = [
  // Balances.
  q('R301', 'DEV-003', 'how much annual leave do i have left', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('R302', 'QA-003', 'my sick leave balance?', () => figures(days(balance('QA-003', 'SICK').available))),
  q('R303', 'SEC-004', 'how many holiday days have I got remaining', () =>
    figures({ value: balance('SEC-004', 'ANNUAL').available, as: 'days', label: 'day|leave|annual|remain|left|available' }),
  ),
  q('R304', 'admin', "what's Lukas Novak's annual leave balance", () => figures(days(balance('DEV-004', 'ANNUAL').available))),
  q('R305', 'admin', 'how much annual leave has Julia Fischer taken this year', () => figures(days(balance('DAT-003', 'ANNUAL').taken))),
  q('R306', 'DEV-001', "Maria Gonzalez's leave balance", () => figures(days(balance('DEV-005', 'ANNUAL').available))),
  q('R307', 'DEV-001', 'how much leave does Sana Qureshi have left', () => notFound()),
  q('R308', 'DAT-004', "what's Anna Berg's leave balance", () => notFound()),
  // Requests by status.
  q('R309', 'admin', 'how many leave requests are pending', () => figures(count(requests('pending').length))),
  q('R310', 'admin', 'who has leave waiting for approval', () => people(pending())),
  q('R311', 'admin', 'any rejected leave requests?', () => people(who(requests('rejected')))),
  q('R312', 'admin', 'which leave requests were cancelled', () => people(who(requests('cancelled')))),
  q('R313', 'admin', 'pending leave requests in december', () => people(requestsOf('pending', ...DECEMBER))),
  q('R314', 'admin', 'approved leave requests for next week', () => people(requestsOf('approved', ...NEXT_WEEK))),
  q('R315', 'admin', 'how many unpaid leave requests are pending', () => figures(count(requests('pending', {}, 'UNPAID').length))),
  q('R316', 'DEV-001', 'pending leave requests for my team', () => people(pending({ team: 'DEV' }))),
  q('R317', 'QA-001', 'any leave requests from my team still pending?', () => people(pending({ team: 'QA' }))),
  q('R318', 'DEV-003', 'whats the status of my leave requests', () => answer({ mentions: ['approved', 'pending'] })),
  q('R319', 'SEC-004', 'is my leave on the 28th approved yet', () => answer({ mentions: ['pending'] })),
  // Who is off when.
  q('R320', 'admin', 'who is on leave today', () => people(offBetween({}, TODAY, TODAY))),
  q('R321', 'admin', "who's off next week", () => people(offBetween({}, ...NEXT_WEEK))),
  q('R322', 'admin', 'who is OOO this week', () => people(offBetween({}, ...THIS_WEEK))),
  q('R323', 'admin', 'anyone on sick leave this week', () => people(onLeaveOfType('SICK', ...THIS_WEEK))),
  q('R324', 'admin', 'who took unpaid leave in october', () => people(onLeaveOfType('UNPAID', '2025-10-01', '2025-10-31'))),
  q('R325', 'admin', 'who is away in the data team this week', () => people(offBetween({ team: 'DAT' }, ...THIS_WEEK))),
  q('R326', 'admin', 'who was on annual leave in september', () => people(onLeaveOfType('ANNUAL', ...SEPTEMBER))),
  q('R327', 'admin', 'how many days of leave did Julia Fischer take in september', () => figures(days(leaveDays('DAT-003', ...SEPTEMBER)))),
  q('R328', 'admin', 'how many sick days has Mei Lin had this month', () => figures(days(leaveDays('DAT-005', '2025-11-01', TODAY, 'SICK')))),
  q('R329', 'admin', 'who is off on christmas eve', () => people(offBetween({}, '2025-12-24', '2025-12-24'))),
  q('R330', 'DEV-001', 'who on my team is off next week', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('R331', 'DEV-001', 'is anyone in AI on leave in december', () => refusal('AI', 'Artificial')),
  // Holidays.
  q('R332', 'admin', 'when is the next public holiday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('R333', 'admin', 'how many public holidays are there in december', () => figures(count(holidaysBetween(...DECEMBER).length))),
  q('R334', 'admin', 'list the bank holidays left this year', () => answer({ dates: datesOf(holidaysBetween(...REST_OF_YEAR)) })),
  q('R335', 'admin', 'when was founders day', () => answer({ dates: ['2025-10-13'] })),
  q('R336', 'admin', 'what holidays did we have in august', () => answer({ dates: datesOf(holidaysBetween('2025-08-01', '2025-08-31')) })),
  q('R337', 'admin', 'when is boxing day', () => answer({ dates: ['2025-12-26'] })),
  q('R338', 'SEC-004', 'when is our next holiday', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('R339', 'QA-003', 'when was the QA offsite', () => answer({ dates: ['2025-09-12'] })),
  q('R340', 'DEV-003', 'what holidays are coming up in december', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'DEV')) })),
  q('R341', 'admin', 'is the 31st of october a full day off', () => answer({ dates: ['2025-10-31'], mentions: ['half'] })),
  q('R342', 'admin', 'how many public holidays have there been since august', () => figures(count(holidaysBetween('2025-08-01', TODAY).length))),
];
