/* Practice questions on leave (balances, who is off, requests), holidays, and what the service cannot answer. */
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';
import type { LeaveStatus } from '../../dataset/calendar';
import { answer, count, days, figures, notFound, people, refusal, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, onLeaveOfType, requests } from '../../oracle/leave-figures';
import { NEXT_WEEK, THIS_WEEK, q } from '../helpers';

const NOVEMBER: [Day, Day] = ['2025-11-01', '2025-11-30'];
const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];
const TOMORROW: Day = '2025-11-20';
const filers = (status: LeaveStatus, team?: string) => [...new Set(requests(status, team === undefined ? {} : { team }).map((l) => l.employee))];
const available = (id: string) => figures(days(balance(id, 'ANNUAL').available));

export const PRACTICE_LEAVE: Question[] = [
  q('P301', 'admin', 'who is off next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('P302', 'admin', 'whos on leave today', () => people(offBetween({}, TODAY, TODAY))),
  q('P303', 'admin', 'which employees have leave requests waiting for approval', () => people(filers('pending'))),
  q('P304', 'admin', 'how many leave requests are pending', () => figures(count(requests('pending').length))),
  q('P305', 'admin', 'annual leave balance of Maria Gonzalez', () => available('DEV-005')),
  q('P306', 'admin', 'how many sick days has Mei Lin taken this year', () => figures(days(balance('DAT-005', 'SICK').taken))),
  q('P307', 'admin', 'who was on sick leave in november', () => people(onLeaveOfType('SICK', ...NOVEMBER))),
  q('P308', 'admin', 'who took unpaid leave since august', () => people(onLeaveOfType('UNPAID', '2025-08-01', TODAY))),
  q('P309', 'admin', 'any rejected leave requests?', () => people(filers('rejected'))),
  q('P310', 'admin', 'is anyone in data off this week', () => people(offBetween({ team: 'DAT' }, ...THIS_WEEK))),
  q('P311', 'admin', 'annual leave days taken by Anna Berg', () => figures(days(balance('DAT-007', 'ANNUAL').taken))),
  q('P312', 'DEV-001', 'who on my team is off next week', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('P313', 'DEV-001', 'pending requests for my team', () => people(filers('pending', 'DEV'))),
  q('P314', 'DEV-001', 'how much annual leave does yuki have left', () => available('DEV-009')),
  q('P315', 'QA-001', 'anyone on my team on leave in december', () => people(offBetween({ team: 'QA' }, ...DECEMBER))),
  q('P316', 'QA-001', 'annual leave balance for Fatima', () => available('QA-003')),
  q('P317', 'DEV-003', 'how many days of annual leave have I got left', () => available('DEV-003')),
  q('P318', 'QA-003', 'how many sick days have i used', () => figures(days(balance('QA-003', 'SICK').taken))),
  q('P319', 'SEC-004', 'is my leave request approved yet', () =>
    answer({ mentions: ['pending'], dates: requests('pending', { ids: ['SEC-004'] }).map((l) => l.from) }),
  ),
  q('P320', 'DAT-004', 'is Anna Berg off this week', () => notFound()),
  q('P321', 'SEC-004', 'annual leave left?', () => available('SEC-004')),
  q('P322', 'admin', 'public holidays in december', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER)) })),
  q('P323', 'admin', 'when is the next company holiday', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('P324', 'admin', 'how many holidays were there in october', () => figures(count(holidaysBetween('2025-10-01', '2025-10-31').length))),
  q('P325', 'admin', 'is 1 december a holiday for anyone?', () => answer({ mentions: holidaysBetween('2025-12-01', '2025-12-01', 'SEC').map((h) => h.name) })),
  q('P326', 'DEV-001', 'when was the dev recharge day', () =>
    answer({ dates: datesOf(holidaysBetween('2025-11-01', '2025-11-30', 'DEV').filter((h) => h.team === 'DEV')) }),
  ),
  q('P327', 'QA-003', 'my next public holiday', () => answer({ dates: [nextHoliday(TODAY, 'QA').date] })),
  q('P328', 'SEC-004', 'do i have any holidays before christmas day', () => answer({ dates: datesOf(holidaysBetween(TOMORROW, '2025-12-24', 'SEC')) })),
  q('P329', 'DAT-004', 'what holidays are left this year', () => answer({ dates: datesOf(holidaysBetween(TOMORROW, '2025-12-31', 'DAT')) })),
  q('P330', 'admin', 'list the holidays since august', () => answer({ dates: datesOf(holidaysBetween('2025-08-01', TODAY)) })),
  q('P331', 'QA-001', 'when was the QA offsite', () =>
    answer({ dates: datesOf(holidaysBetween('2025-09-01', '2025-09-30', 'QA').filter((h) => h.team === 'QA')) }),
  ),
  q('P332', 'admin', "what's the average salary in DEV", () => refusal('salary')),
  q('P333', 'admin', 'which office is Emma Clarke based in', () => refusal('office')),
  q('P334', 'admin', 'predict who will quit next quarter', () => refusal('predict', 'quit')),
  q('P335', 'DEV-001', 'give Yuki a 5% raise', () => refusal('raise')),
  q('P336', 'admin', 'headcount of the sales team', () => refusal('sales')),
  q('P337', 'admin', "what's the gender split in AI", () => refusal('gender')),
  q('P338', 'QA-001', 'forecast my teams attendance for december', () => refusal('forecast')),
  q('P339', 'DEV-003', 'how much does Tom Becker earn', () => refusal('earn', 'salary', 'pay')),
  q('P340', 'DAT-004', "what's my bonus this year", () => refusal('bonus')),
  q('P341', 'SEC-004', 'approve my leave request', () => refusal('approve')),
  q('P342', 'admin', "who's likely to burn out soon", () => refusal('burn', 'likely', 'predict')),
  q('P343', 'admin', 'overtime pay for security last month', () => refusal('overtime', 'pay')),
  q('P344', 'QA-003', "what's the wifi password", () => refusal('wifi', 'password')),
  q('P345', 'admin', 'which employees work remotely', () => refusal('remote')),
  q('P346', 'DEV-001', "what will my team's attendance be next month", () => refusal('predict', 'forecast', 'future', 'next month')),
  q('P347', 'admin', 'home addresses of the QA team', () => refusal('address')),
];
