/* Leave balances and requests, who is away, the holiday calendar and pending corrections. */
import { HOLIDAYS, TODAY } from '../../dataset/calendar';
import { answer, count, days, figures, people, refusal, type Figure, type Question } from '../../expectation';
import { totals } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { NEXT_WEEK, THIS_WEEK, THIS_YEAR, YESTERDAY, q } from '../helpers';

const near = (f: Figure, label: string): Figure => ({ ...f, label });
const OUTSIDE = ['outside', 'scope', 'not allowed', 'only see', 'can see', 'permission', 'access'];
const holiday = (name: string) => HOLIDAYS.find((h) => h.name === name)!;
const who = (list: Array<{ employee: string }>) => [...new Set(list.map((l) => l.employee))];
const NOVEMBER: [string, string] = ['2025-11-01', '2025-11-30'];
const DECEMBER: [string, string] = ['2025-12-01', '2025-12-31'];

export const LEAVE_QUESTIONS: Question[] = [
  q('Z189', 'admin', 'how many pending leave requests are there', () => figures(count(requests('pending').length))),
  q('Z190', 'admin', 'pending leave requests this month?', () => people(who(requestsOverlapping('pending', ...NOVEMBER)))),
  q('Z191', 'admin', 'approved or pending leave in december - who?', () =>
    people(who([...requestsOverlapping('approved', ...DECEMBER), ...requestsOverlapping('pending', ...DECEMBER)])),
  ),
  q('Z192', 'admin', 'any rejected leave requests this year', () => people(who(requestsOverlapping('rejected', '2025-01-01', '2025-12-31')))),
  q('Z193', 'admin', 'which leave requests got cancelled', () => people(who(requests('cancelled')))),
  q('Z194', 'admin', "who's on annual leave this week", () => people(onLeaveOfType('ANNUAL', THIS_WEEK[0], '2025-11-23'))),
  q('Z195', 'admin', "maria's annual leave balance", () => figures(days(balance('DEV-005', 'ANNUAL').available))),
  q('Z196', 'admin', 'how much sick leave has DAT-005 taken this year', () => figures(days(balance('DAT-005', 'SICK').taken))),
  q('Z197', 'admin', 'who was on leave yesterday', () => people(offBetween({}, YESTERDAY, YESTERDAY))),
  q('Z198', 'admin', "who's OOO today", () => people(offBetween({}, TODAY, TODAY))),
  q('Z199', 'admin', "who's off next wk", () => people(offBetween({}, ...NEXT_WEEK))),
  q('Z200', 'admin', "who's been out on sick leave this month", () => people(onLeaveOfType('SICK', '2025-11-01', TODAY))),
  q('Z201', 'admin', 'how many people took unpaid leave since august', () => figures(count(onLeaveOfType('UNPAID', '2025-08-01', TODAY).length))),
  q('Z202', 'admin', 'how many days leave did the dev team take in october', () => figures(days(totals({ team: 'DEV' }, '2025-10-01', '2025-10-31').onLeave))),
  q('Z203', 'DEV-001', 'pending leave requests for my team', () => people(who(requests('pending', { team: 'DEV' })))),
  q('Z204', 'DEV-001', 'who in my team is off next week', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('Z205', 'DEV-001', 'how much annual leave does yuki have left', () => figures(days(balance('DEV-009', 'ANNUAL').available))),
  q('Z206', 'DEV-001', 'any leave requests pending in QA?', () => refusal('QA', 'Quality', ...OUTSIDE)),
  q('Z207', 'QA-001', 'anything pending leave-wise in my team', () => people(who(requests('pending', { team: 'QA' })))),
  q('Z208', 'QA-001', 'who on my team has been on leave since august', () => people(offBetween({ team: 'QA' }, '2025-08-01', TODAY))),
  q('Z209', 'DEV-003', 'how many days leave do I have left', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('Z210', 'DEV-003', 'is my december leave approved yet?', () =>
    answer({ mentions: [requestsOverlapping('any', ...DECEMBER, { ids: ['DEV-003'] })[0]!.status] }),
  ),
  q('Z211', 'QA-003', 'how much sick leave have i got left', () => figures(days(balance('QA-003', 'SICK').available))),
  q('Z212', 'SEC-004', 'whats my annual leave balance', () => figures(days(balance('SEC-004', 'ANNUAL').available))),
  q('Z213', 'DEV-003', 'next public holiday?', () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),
  q('Z214', 'SEC-004', "when's our next day off for a holiday", () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('Z215', 'admin', 'when is the QA offsite', () => answer({ dates: [holiday('QA Offsite').date] })),
  q('Z216', 'admin', 'is 31 Oct a day off?', () => answer({ dates: ['2025-10-31'], mentions: [holiday('Autumn Half Day').name] })),
  q('Z217', 'DEV-003', 'what holidays are left this year', () => answer({ dates: holidaysLeftThisYear('DEV') })),
  q('Z218', 'admin', 'any holidays in august?', () => answer({ dates: HOLIDAYS.filter((h) => h.date.startsWith('2025-08')).map((h) => h.date) })),
  q('Z219', 'QA-003', 'what date is boxing day this year', () => answer({ dates: [holiday('Boxing Day').date] })),
  q('Z220', 'admin', 'when was founders day', () => answer({ dates: [holiday('Founders Day').date] })),
  q('Z221', 'admin', 'any pending corrections?', () => answer({ mentions: ['correction'] })),
  q('Z222', 'DEV-001', 'any attendance correction requests waiting on me', () => answer({ mentions: ['correction'] })),
  q('Z223', 'SEC-004', 'how many holidays have we got left this year', () => figures(near(count(holidaysLeftThisYear('SEC').length), 'holiday|day'))),
  q('Z224', 'QA-003', 'how much leave have i used so far this year', () => figures(days(leaveDays('QA-003', ...THIS_YEAR)))),
];
