/* Leave (balances by type, requests by status, who is off) and the holiday calendar. */
import { answer, count, days, figures, notFound, people, refusal } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType, requests } from '../../oracle/leave-figures';
import { NEXT_WEEK, OCTOBER, SEPTEMBER, THIS_YEAR, TODAY_DAY, q } from './shared';
import { DECEMBER, REST_OF_YEAR, TOMORROW } from './periods';

const who = (status: 'pending' | 'approved' | 'rejected' | 'cancelled', team?: string) => [
  ...new Set(requests(status, team ? { team } : {}).map((l) => l.employee)),
];

export const LEAVE = [
  q('T101', 'admin', 'who is off next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('T102', 'admin', "who's on leave today?", () => people(offBetween({}, TODAY_DAY, TODAY_DAY))),
  q('T103', 'admin', 'anyone off tomorrow', () => people(offBetween({}, TOMORROW, TOMORROW))),
  q('T104', 'admin', 'who has approved leave in december', () => people(offBetween({}, ...DECEMBER))),
  q('T105', 'admin', 'who is on annual leave on 2025-11-26', () => people(offBetween({}, '2025-11-26', '2025-11-26'))),
  q('T106', 'admin', 'pending leave requests', () => people(who('pending'))),
  q('T107', 'admin', 'how many leave requests are waiting for approval', () => figures(count(requests('pending').length))),
  q('T108', 'admin', 'rejected leave requests this year', () => people(who('rejected'))),
  q('T109', 'admin', 'which leave requests were cancelled', () => people(who('cancelled'))),
  q('T110', 'admin', 'pending requests in the dev team', () => people(who('pending', 'DEV'))),
  q('T111', 'admin', "What's Maria Gonzalez's annual leave balance?", () => figures(days(balance('DEV-005', 'ANNUAL').available))),
  q('T112', 'admin', 'how many days of annual leave has Julia Fischer taken this year', () => figures(days(balance('DAT-003', 'ANNUAL').taken))),
  q('T113', 'admin', 'sick leave balance for Dani Okafor', () => figures(days(balance('DEV-008', 'SICK').available))),
  q('T114', 'admin', 'who was on sick leave in september', () => people(onLeaveOfType('SICK', ...SEPTEMBER))),
  q('T115', 'admin', 'who took unpaid leave this year', () => people(onLeaveOfType('UNPAID', ...THIS_YEAR))),
  q('T116', 'admin', 'how many days was Sana Qureshi on leave in october', () => figures(days(leaveDays('AI-004', ...OCTOBER)))),
  q('T117', 'admin', "hi! planning cover for the security team — who's off next week and is anyone's leave still waiting for sign-off?", () =>
    answer({ people: [...new Set([...offBetween({ team: 'SEC' }, ...NEXT_WEEK), ...who('pending', 'SEC')])] }),
  ),
  q('T118', 'admin', 'annual leave remaining for Anna Berg', () => figures(days(balance('DAT-007', 'ANNUAL').available))),
  q('T119', 'admin', 'who in QA is off next week', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  q('T120', 'admin', 'approved sick leave requests for the AI team', () => people(requests('approved', { team: 'AI' }, 'SICK').map((l) => l.employee))),
  q('T121', 'DEV-001', "who's off on my team next wk", () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('T122', 'DEV-001', 'pending leave requests for my team', () => people(who('pending', 'DEV'))),
  q('T123', 'DEV-001', "Aisha's annual leave balance", () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('T124', 'DEV-001', 'my own leave balance, annual', () => figures(days(balance('DEV-001', 'ANNUAL').available))),
  q('T125', 'DEV-001', 'who in QA is on leave next week', () => refusal('outside', 'QA', 'Quality Assurance')),
  q('T126', 'DEV-001', 'any rejected requests on my team', () => people(who('rejected', 'DEV'))),
  q('T127', 'QA-001', 'whos off in my team in the next week', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  q('T128', 'QA-001', 'how many pending leave requests does my team have', () => figures(count(requests('pending', { team: 'QA' }).length))),
  q('T129', 'QA-001', "Nina Kowalski's annual leave taken this year", () => figures(days(balance('QA-005', 'ANNUAL').taken))),
  q('T130', 'QA-001', 'cancelled requests in my team', () => people(who('cancelled', 'QA'))),
  q('T131', 'DEV-003', 'my pending leave', () => figures(days(balance('DEV-003', 'ANNUAL').pending))),
  q('T132', 'DEV-003', 'how many sick days do i have left', () => figures(days(balance('DEV-003', 'SICK').available))),
  q('T133', 'DEV-003', 'is Maria Gonzalez off next week', () => notFound()),
  q('T134', 'QA-003', 'annual leave balance pls', () => figures(days(balance('QA-003', 'ANNUAL').available))),
  q('T135', 'SEC-004', "what's the status of my leave request for the 28th", () => answer({ mentions: ['pending'] })),
  q('T136', 'SEC-004', 'how many annual leave days do i have available', () => figures(days(balance('SEC-004', 'ANNUAL').available))),
  q('T137', 'DAT-004', 'who in my team is off this week', () => refusal('outside', 'team', 'data', 'DAT')),
  // Holidays: every role reads them.
  q('T138', 'admin', 'next public holiday', () => answer({ dates: [nextHoliday(TODAY_DAY).date] })),
  q('T139', 'admin', 'when is boxing day', () => answer({ dates: ['2025-12-26'] })),
  q('T140', 'admin', 'bank holidays in october', () => answer({ dates: datesOf(holidaysBetween(...OCTOBER)) })),
  q('T141', 'DEV-003', 'how many public holidays are left this year', () => figures(count(holidaysBetween(...REST_OF_YEAR, 'DEV').length))),
  q('T142', 'admin', 'what holidays are there in december', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER)) })),
  q('T143', 'SEC-004', 'when is our next day off as a team? any holiday coming up?', () => answer({ dates: [nextHoliday(TODAY_DAY, 'SEC').date] })),
  q('T144', 'DEV-003', 'next holiday', () => answer({ dates: [nextHoliday(TODAY_DAY, 'DEV').date] })),
  q('T145', 'QA-003', 'is christmas eve a full day off?', () => answer({ dates: ['2025-12-24'] })),
  q('T146', 'DEV-001', 'when was founders day', () => answer({ dates: ['2025-10-13'] })),
  q('T147', 'DAT-004', 'public holidays left this year', () => answer({ dates: datesOf(holidaysBetween(...REST_OF_YEAR, 'DAT')) })),
  q('T148', 'admin', 'How many days did Felix Wagner book off over christmas?', () => figures(days(leaveDays('AI-003', ...DECEMBER)))),
  q('T149', 'QA-001', "what's Felix Wagner's leave balance", () => notFound()),
  q('T150', 'QA-003', 'any holidays in september?', () => answer({ dates: datesOf(holidaysBetween(...SEPTEMBER, 'QA')) })),
];
