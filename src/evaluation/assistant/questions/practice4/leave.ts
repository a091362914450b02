/* practice4: leave balances, requests by status and period, who is off when, public holidays. */
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { answer, figures, people, count, days, notFound, refusal, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, THIS_WEEK, THIS_YEAR, YESTERDAY, q } from '../helpers';

const TOMORROW = addDays(TODAY, 1);
const DECEMBER: [string, string] = ['2025-12-01', '2025-12-31'];
const NOVEMBER: [string, string] = ['2025-11-01', '2025-11-30'];
const employeesOf = (list: Array<{ employee: string }>) => [...new Set(list.map((l) => l.employee))];

export const LEAVE_QUESTIONS: Question[] = [
  q('S301', 'DEV-003', 'my annual leave balance', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('S302', 'QA-003', 'how many sick days do i have left', () => figures(days(balance('QA-003', 'SICK').available))),
  q('S303', 'admin', 'annual leave balance for Lukas Novak', () => figures(days(balance('DEV-004', 'ANNUAL').available))),
  q('S304', 'admin', 'who has pending leave requests', () => people(employeesOf(requests('pending')))),
  q('S305', 'admin', 'how many leave requests are pending', () => figures(count(requests('pending').length))),
  q('S306', 'admin', 'rejected leave requests', () => people(employeesOf(requests('rejected')))),
  q('S307', 'admin', "who's OOO next week", () => people(offBetween({}, ...NEXT_WEEK))),
  q('S308', 'admin', 'who is off tomorrow', () => people(offBetween({}, TOMORROW, TOMORROW))),
  q('S309', 'admin', 'who is on leave in december', () => people(offBetween({}, ...DECEMBER))),
  q('S310', 'admin', 'when is the next public holiday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('S311', 'admin', 'public holidays in october', () => answer({ dates: datesOf(holidaysBetween(...OCTOBER)) })),
  q('S312', 'SEC-004', 'when is the next holiday for my team', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('S313', 'admin', 'how many days of annual leave has Julia Fischer taken this year', () => figures(days(balance('DAT-003', 'ANNUAL').taken))),
  q('S314', 'admin', 'who took unpaid leave this year', () => people(onLeaveOfType('UNPAID', ...THIS_YEAR))),
  q('S315', 'admin', 'pending requests for december', () => people(employeesOf(requestsOverlapping('pending', ...DECEMBER)))),
  q('S316', 'QA-001', 'who in my team is off next week', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  q('S317', 'DEV-001', 'pending leave for my team', () => people(employeesOf(requests('pending', { team: 'DEV' })))),
  q('S318', 'DAT-004', 'is Anna Berg on leave this week', () => notFound()),
  q('S319', 'admin', 'how many people were on leave last week', () => figures(count(offBetween({}, ...LAST_WEEK).length))),
  q('S320', 'admin', 'how many days of leave did Mohammed Saleh have in november', () => figures(days(leaveDays('SEC-003', ...NOVEMBER)))),
  q('S321', 'admin', 'who was off sick yesterday', () => people(onLeaveOfType('SICK', YESTERDAY, YESTERDAY))),
  q('S322', 'admin', 'who is off sick this week', () => people(onLeaveOfType('SICK', ...THIS_WEEK))),
  q('S323', 'admin', 'sick leav balance for Daniel Okafor', () => figures(days(balance('DEV-008', 'SICK').available))),
  q('S324', 'admin', 'holidays in december', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER)) })),
  q('S325', 'admin', 'how many public holidays are left this year', () => ({
    kind: 'answer',
    figures: [{ ...count(holidaysBetween(addDays(TODAY, 1), '2025-12-31').length), label: 'holiday' }],
  })),
  q('S326', 'DEV-003', 'status of my leave requests', () => answer({ mentions: ['pending'], dates: ['2025-12-29'] })),
  q('S327', 'DEV-003', 'how much annual leave have i used this year', () => figures(days(balance('DEV-003', 'ANNUAL').taken))),
  q('S328', 'SEC-004', 'is my leave on the 28th approved yet', () => answer({ mentions: ['pending'] })),
  q('S329', 'admin', 'who was on annual leave in october', () => people(onLeaveOfType('ANNUAL', ...OCTOBER))),
  q('S330', 'admin', 'cancelled leave requests', () => people(employeesOf(requests('cancelled')))),
  q('S331', 'DEV-001', 'whos away this week in my team', () => people(offBetween({ team: 'DEV' }, ...THIS_WEEK))),
  q('S332', 'QA-001', 'leave balance of Nina Kowalski', () => figures(days(balance('QA-005', 'ANNUAL').available), days(balance('QA-005', 'SICK').available))),
  q('S333', 'DEV-001', 'pending leave requests in the AI team', () => refusal('AI', 'Artificial')),
  q('S334', 'admin', 'who is off on 26 november', () => people(offBetween({}, '2025-11-26', '2025-11-26'))),
  q('S335', 'admin', 'who has leave booked between 20 and 28 november', () => people(offBetween({}, '2025-11-20', '2025-11-28'))),
  q('S336', 'admin', 'approved leave requests in november', () => people(employeesOf(requestsOverlapping('approved', ...NOVEMBER)))),
  q('S337', 'admin', 'anyone out on leave today?', () => people(offBetween({}, TODAY, TODAY))),
  q('S338', 'QA-003', 'how many annual leave days do i have left', () => figures(days(balance('QA-003', 'ANNUAL').available))),
  q('S339', 'admin', "when's boxing day this year", () => answer({ dates: ['2025-12-26'] })),
  q('S340', 'DEV-001', 'how many days of sick leave has Hannah taken this year', () => figures(days(balance('DEV-007', 'SICK').taken))),
  q('S341', 'admin', 'leave requests waiting in QA', () => people(employeesOf(requests('pending', { team: 'QA' })))),
];
