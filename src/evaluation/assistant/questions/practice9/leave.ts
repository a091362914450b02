/* Ninth practice set: leave balances, requests, who is off, and public holidays. Written code-blind from API.md and the README. */
import { TODAY } from '../../dataset/calendar';
import { answer, count, days, notFound, people, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { peopleWhere } from '../../oracle/attendance-figures';
import { balance, leaveDays, offBetween, onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { NEXT_WEEK, SEPTEMBER, THIS_MONTH, YESTERDAY, q } from '../helpers';

const who = (list: Array<{ employee: string }>) => [...new Set(list.map((l) => l.employee))];

export const LEAVE_QUESTIONS: Question[] = [
  q('X131', 'DEV-003', 'how much annual leave do I have left', () => answer({ figures: [days(balance('DEV-003', 'ANNUAL').available)] })),
  q('X132', 'QA-003', 'sick leave balance', () => answer({ figures: [days(balance('QA-003', 'SICK').available)] })),
  q('X133', 'SEC-004', 'do i have any pending leave requests', () => answer({ dates: ['2025-11-28'] })),
  q('X134', 'DAT-004', 'how many days of annual leave have I taken this year', () => answer({ figures: [days(balance('DAT-004', 'ANNUAL').taken)] })),
  q('X135', 'admin', 'pending leave requests', () => people(who(requests('pending')))),
  q('X136', 'admin', 'who is on leave today', () => people(offBetween({}, TODAY, TODAY))),
  q('X137', 'admin', "who's been on sick leave this month", () => people(onLeaveOfType('SICK', ...THIS_MONTH))),
  q('X138', 'DEV-001', 'pending leave requests for my team', () => people(who(requests('pending', { team: 'DEV' })))),
  q('X139', 'DEV-001', 'who on my team is on annual leave next week', () => people(onLeaveOfType('ANNUAL', ...NEXT_WEEK, { team: 'DEV' }))),
  q('X140', 'admin', "Emma Clarke's annual leave balance", () => answer({ figures: [days(balance('SEC-004', 'ANNUAL').available)] })),
  q('X141', 'admin', 'how many leave requests were rejected', () => answer({ figures: [count(requests('rejected').length)] })),
  q('X142', 'admin', 'approved leave requests in september', () => people(who(requestsOverlapping('approved', ...SEPTEMBER)))),
  q('X143', 'QA-001', 'how much annual leave does Nina Kowalski have left', () => answer({ figures: [days(balance('QA-005', 'ANNUAL').available)] })),
  q('X144', 'admin', "what's Ines Carvalho's annual leave allowance this year", () => answer({ figures: [days(balance('AI-010', 'ANNUAL').allocated)] })),
  q('X145', 'admin', 'leave days taken by Julia Fischer this year', () => answer({ figures: [days(leaveDays('DAT-003', '2025-01-01', TODAY))] })),
  q('X146', 'admin', "who's off on friday", () => people(offBetween({}, '2025-11-21', '2025-11-21'))),
  // The README reads "OOO" as "off", and "off" on a past day as absent (leave booked only for days ahead).
  q('X147', 'admin', 'who was OOO yesterday', () => people(peopleWhere({}, 'absent', YESTERDAY, YESTERDAY))),
  q('X148', 'admin', 'who is off next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('X149', 'QA-001', 'anyone on my team away next week?', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  q('X150', 'DEV-003', "Maria Gonzalez's leave balance", () => notFound()),
  q('X151', 'admin', 'how many unpaid leave requests have been approved', () => answer({ figures: [count(requests('approved', {}, 'UNPAID').length)] })),
  q('X152', 'admin', 'cancelled leave requests', () => people(who(requests('cancelled')))),
  q('X153', 'SEC-004', 'how much annual leave have I got', () => answer({ figures: [days(balance('SEC-004', 'ANNUAL').available)] })),
  q('X154', 'admin', 'next public holiday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('X155', 'admin', 'when is the QA offsite', () => answer({ dates: ['2025-09-12'] })),
  q('X156', 'QA-003', 'is 31 October a day off', () => answer({ mentions: ['Autumn Half Day'] })),
  q('X157', 'DEV-003', 'how many holidays are there in december', () =>
    answer({ figures: [count(holidaysBetween('2025-12-01', '2025-12-31', 'DEV').length)] }),
  ),
  q('X158', 'DAT-004', 'when is Boxing Day', () => answer({ dates: ['2025-12-26'] })),
  q('X159', 'admin', 'what holidays were there in august', () => answer({ dates: datesOf(holidaysBetween('2025-08-01', '2025-08-31')) })),
  q('X160', 'DEV-001', 'when was the DEV Recharge Day', () => answer({ dates: ['2025-11-07'] })),
  q('X161', 'admin', 'public holidays left this year', () => answer({ dates: datesOf(holidaysBetween(TODAY, '2025-12-31')) })),
  q('X162', 'SEC-004', 'is 1 December a holiday for me?', () => answer({ mentions: ['Security Team Day'] })),
  q('X163', 'admin', 'which holidays did we have in october', () => answer({ dates: datesOf(holidaysBetween('2025-10-01', '2025-10-31')) })),
];
