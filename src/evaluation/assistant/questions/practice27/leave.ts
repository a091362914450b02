/*
 * practice27 — the outside tester checks the README's leave and holiday promises, asked by every role: leave
 * balances (mine, a person's, by kind), leave taken this year, leave requests by state and period (pending,
 * approved, rejected; this month, next week, December), who is off (today, tomorrow, next week, on a date),
 * when someone is back, holidays (the next one, those left this year, in a month, by name, "is … a day off")
 * and working days in a month. Written code-blind from /work/shared/API.md, docs/API.md and the README; every
 * figure, date and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { holidayOn, leaveEnds } from '../../oracle/practice27-figures';
import { withRequests, requestCount } from '../../oracle/practice17-figures';
import { requestersOf } from '../../oracle/practice19-figures';
import { DECEMBER, NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { offOn, TOMORROW, workingDaysHalves } from '../../oracle/practice23-figures';
import { NEXT_WEEK, q } from '../helpers';

const annualLeft = (id: string) => figures(near(days(balance(id, 'ANNUAL').available), 'left|available|remain|balance|annual'));
const sickLeft = (id: string) => figures(near(days(balance(id, 'SICK').available), 'left|available|remain|balance|sick'));
const annualTaken = (id: string) => figures(near(days(balance(id, 'ANNUAL').taken), 'annual|leave|day|taken'));

export const LEAVE_QUESTIONS: readonly Question[] = [
  // Balances, four ways, every role.
  q('PB104', 'DEV-003', 'What is my remaining annual leave balance?', () => annualLeft('DEV-003')),
  q('PB105', 'QA-003', 'how much leave do i have left', () => annualLeft('QA-003')),
  q('PB106', 'DAT-004', 'leave balance', () => annualLeft('DAT-004')),
  q('PB107', 'SEC-004', 'how many holiday days have i got lefft', () => annualLeft('SEC-004')),
  q('PB108', 'SEC-004', 'my sick leave balance', () => sickLeft('SEC-004')),
  q('PB109', 'DEV-001', "Maria Gonzalez's annual leave balance", () => annualLeft('DEV-005')),
  q('PB110', 'QA-001', 'how much leave has zoe got left', () => annualLeft('QA-009')),
  q('PB111', 'admin', "Sana Qureshi's leave balance", () => annualLeft('AI-004')),
  q('PB112', 'admin', 'annual leave taken by Lukas Novak this year', () => annualTaken('DEV-004')),
  q('PB113', 'DEV-003', 'how many annual leave days have I used this year', () => annualTaken('DEV-003')),

  // Requests by state and period.
  q('PB114', 'admin', 'Which leave requests are pending?', () => people(withRequests('pending'))),
  q('PB115', 'admin', 'how many pending leave reqs', () => figures(near(count(requestCount('pending')), 'pending|request'))),
  q('PB116', 'admin', 'approved leave requests in December', () => people(requestersOf(['approved'], undefined, DECEMBER))),
  q('PB117', 'admin', 'pending or approved leave in december, each listed', () => people(requestersOf(['pending', 'approved'], undefined, DECEMBER))),
  q('PB118', 'admin', 'leave requests this month', () => people(requestersOf(['pending', 'approved', 'rejected', 'cancelled'], undefined, NOVEMBER_ALL))),
  q('PB119', 'QA-001', 'pending leave requests for my team', () => people(withRequests('pending', { team: 'QA' }))),
  q('PB120', 'DEV-001', 'any rejected leave requests in my team', () => people(withRequests('rejected', { team: 'DEV' }))),
  q('PB121', 'admin', 'who has sick leave approved this month', () => people(requestersOf(['approved'], 'SICK', NOVEMBER_ALL))),

  // Who is off, and when back.
  q('PB122', 'admin', 'Who is off tomorrow?', () => people(offOn({}, TOMORROW))),
  q('PB123', 'admin', 'who will be OOO next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('PB124', 'DEV-001', 'who on my team is away next week', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('PB125', 'admin', 'who is on leave on 26 November', () => people(offOn({}, '2025-11-26'))),
  // The contract is silent on 'back': the last day of the approved leave is expected (as practice25's O135), not the next working day.
  q('PB126', 'admin', 'when is Maria Gonzalez back from leave', () => answer({ dates: [leaveEnds('DEV-005')] })),

  // Holidays and working days.
  q('PB127', 'DAT-004', 'When is the next public holiday?', () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),
  q('PB128', 'SEC-004', 'next holiday', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('PB129', 'DEV-003', 'which holidays are left this year', () => answer({ dates: holidaysLeftThisYear('DEV') })),
  q('PB130', 'admin', 'holidays in october', () => answer({ dates: datesOf(holidaysBetween('2025-10-01', '2025-10-31')) })),
  q('PB131', 'admin', 'when is Founders Day', () => answer({ dates: [holidayOn('Founders Day')] })),
  q('PB132', 'admin', 'how many working days does QA have in November', () => figures(near(days(workingDaysHalves(NOVEMBER_ALL, 'QA')), 'working|day'))),
  q('PB133', 'admin', 'how many working days does DEV have in November', () => figures(near(days(workingDaysHalves(NOVEMBER_ALL, 'DEV')), 'working|day'))),
];
