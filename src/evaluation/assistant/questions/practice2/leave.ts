/* Second practice set, leave and holidays: who is off, balances, requests by status, holidays by month and by name. */
import { TODAY, type LeaveStatus } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';
import { answer, count, days, figures, notFound, people, refusal, type Question } from '../../expectation';
import { totals } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { NEXT_WEEK, OCTOBER, SEPTEMBER, q } from '../helpers';

const NOVEMBER: [Day, Day] = ['2025-11-01', '2025-11-30'];
const DECEMBER: [Day, Day] = ['2025-12-01', '2025-12-31'];
const SINCE_AUGUST: [Day, Day] = ['2025-08-01', TODAY];
const TOMORROW: Day = '2025-11-20';
const NOV_14: Day = '2025-11-14';
const NOV_26: Day = '2025-11-26';
const filers = (status: LeaveStatus, team?: string) => [...new Set(requests(status, team === undefined ? {} : { team }).map((l) => l.employee))];
const annualLeft = (id: string) => figures(days(balance(id, 'ANNUAL').available));

export const PRACTICE2_LEAVE: Question[] = [
  q('Q301', 'admin', "who's out next week", () => people(offBetween({}, ...NEXT_WEEK))),
  q('Q302', 'admin', 'who is on leave tomorrow', () => people(offBetween({}, TOMORROW, TOMORROW))),
  q('Q303', 'admin', 'how many people were on leave on 14 nov', () => figures(count(offBetween({}, NOV_14, NOV_14).length))),
  q('Q304', 'admin', 'who was off sick in september', () => people(onLeaveOfType('SICK', ...SEPTEMBER))),
  q('Q305', 'admin', 'annual leave taken by Lukas Novak this year', () => figures(days(balance('DEV-004', 'ANNUAL').taken))),
  q('Q306', 'admin', 'how much annual leave has Sana Qureshi got left', () => annualLeft('AI-004')),
  q('Q307', 'admin', 'sick leave balance for Hannah Schmidt', () => figures(days(balance('DEV-007', 'SICK').available))),
  q('Q308', 'admin', 'leave balance for felix wagner', () => annualLeft('AI-003')),
  q('Q309', 'admin', 'list pending leave requests', () => people(filers('pending'))),
  q('Q310', 'admin', 'how many leave requests have been approved this year', () => figures(count(requests('approved').length))),
  q('Q311', 'admin', 'which leave requests were cancelled', () => people(filers('cancelled'))),
  q('Q312', 'admin', 'anyone on leave in the security team this month', () => people(offBetween({ team: 'SEC' }, ...NOVEMBER))),
  q('Q313', 'admin', 'who has approved leave in december', () => people(offBetween({}, ...DECEMBER))),
  q('Q314', 'admin', 'pending leave requests for december', () => people([...new Set(requestsOverlapping('pending', ...DECEMBER).map((l) => l.employee))])),
  q('Q315', 'admin', 'how many days of unpaid leave did Daniel Okafor take', () => figures(days(balance('DEV-008', 'UNPAID').taken))),
  q('Q316', 'admin', 'is anyone off on 26 nov', () => people(offBetween({}, NOV_26, NOV_26))),
  q('Q317', 'admin', 'days of leave taken in QA in october', () => figures(days(totals({ team: 'QA' }, ...OCTOBER).onLeave))),
  q('Q318', 'admin', 'who took unpaid leave this year', () => people(onLeaveOfType('UNPAID', '2025-01-01', TODAY))),
  // Holidays.
  q('Q319', 'admin', 'next bank holiday?', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('Q320', 'admin', 'holidays in october', () => answer({ dates: datesOf(holidaysBetween(...OCTOBER)) })),
  q('Q321', 'admin', 'when is boxing day', () => answer({ dates: ['2025-12-26'] })),
  q('Q322', 'admin', 'how many public holidays are left this year', () => figures(count(holidaysBetween(TOMORROW, '2025-12-31').length))),
  q('Q323', 'admin', 'did we have any holidays in august', () => answer({ dates: datesOf(holidaysBetween('2025-08-01', '2025-08-31')) })),
  q('Q324', 'admin', 'is 31 october a holiday', () => answer({ mentions: holidaysBetween('2025-10-31', '2025-10-31').map((h) => h.name) })),
  // Not held, or not something the assistant does.
  q('Q325', 'admin', 'maternity leave balance for Aisha Khan', () => refusal('maternity')),
  q('Q326', 'admin', 'approve all the pending leave requests', () => refusal('approve')),
  q('Q327', 'admin', 'who is likely to call in sick next week', () => refusal('likely', 'predict')),
  q('Q328', 'admin', "what's our parental leave policy", () => refusal('parental', 'policy')),
  q('Q329', 'admin', 'how many leave days were taken per fortnight in october', () => refusal('fortnight')),
  q('Q352', 'admin', 'how many training courses did the dev team complete', () => refusal('training', 'course')),
  // A manager.
  q('Q330', 'DEV-001', 'who from dev is off next week', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('Q331', 'DEV-001', 'any pending leave on my team', () => people(filers('pending', 'DEV'))),
  q('Q332', 'DEV-001', 'how many annual leave days does Tom Becker have left', () => annualLeft('DEV-002')),
  q('Q333', 'DEV-001', 'sick days taken by hannah this year', () => figures(days(balance('DEV-007', 'SICK').taken))),
  q('Q334', 'DEV-001', 'who on qa is on leave next week', () => refusal('QA', 'quality')),
  q('Q335', 'DEV-001', 'holidays for my team in november', () => answer({ dates: datesOf(holidaysBetween(...NOVEMBER, 'DEV')) })),
  q('Q349', 'DEV-001', 'total expenses claimed by my team last month', () => refusal('expense')),
  q('Q336', 'QA-001', 'leave balance for zoe', () => annualLeft('QA-009')),
  q('Q337', 'QA-001', 'requests from my team awaiting approval', () => people(filers('pending', 'QA'))),
  q('Q338', 'QA-001', 'who in my team took annual leave since august', () => people(onLeaveOfType('ANNUAL', ...SINCE_AUGUST, { team: 'QA' }))),
  q('Q339', 'QA-001', 'how much leave has Sofia Rossi got', () => notFound()),
  // An employee.
  q('Q340', 'DEV-003', 'how many annual leave days have i used this year', () => figures(days(balance('DEV-003', 'ANNUAL').taken))),
  q('Q341', 'DEV-003', 'do I have any leave requests pending', () =>
    answer({ mentions: ['pending'], dates: requests('pending', { ids: ['DEV-003'] }).map((l) => l.from) }),
  ),
  q('Q342', 'DEV-003', 'how many sick days do i have left', () => figures(days(balance('DEV-003', 'SICK').available))),
  q('Q343', 'QA-003', 'next holiday for me', () => answer({ dates: [nextHoliday(TODAY, 'QA').date] })),
  q('Q344', 'DAT-004', 'how much leave do i have', () => annualLeft('DAT-004')),
  q('Q345', 'SEC-004', 'when is the security team day', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'SEC').filter((h) => h.team === 'SEC')) })),
  q('Q346', 'SEC-004', 'how much leave has Lucas Moreau got', () => notFound()),
  q('Q347', 'QA-003', 'is Chris Walker off next week', () => notFound()),
  q('Q350', 'SEC-004', 'book me off on 22 december', () => refusal('book')),
  q('Q351', 'DAT-004', 'can i swap my shift with someone next week', () => refusal('swap', 'shift')),
  q('Q348', 'SEC-004', 'how many leave requests do i have waiting', () => figures(count(requests('pending', { ids: ['SEC-004'] }).length))),
];
