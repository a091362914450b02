/* Leave (balances, requests, who is off) and the work calendar's holidays, as the README and API.md describe them. */
import { HOLIDAYS, TODAY } from '../../dataset/calendar';
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType, requests } from '../../oracle/leave-figures';
import { requestersOverlapping } from '../../oracle/practice10-figures';
import { LAST_WEEK, NEXT_WEEK, q } from '../helpers';

const requesters = (status: 'pending' | 'rejected', team?: string) => [...new Set(requests(status, team === undefined ? {} : { team }).map((l) => l.employee))];
const holidayNamed = (name: string) => HOLIDAYS.find((h) => h.name === name)!.date;
const NOVEMBER: [string, string] = ['2025-11-01', '2025-11-30'];
const DECEMBER: [string, string] = ['2025-12-01', '2025-12-31'];

export const LEAVE_AND_HOLIDAYS: Question[] = [
  q('Y230', 'DEV-003', 'my annual leave balance', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('Y231', 'QA-003', 'how much sick leave have I got left', () => figures(days(balance('QA-003', 'SICK').available))),
  q('Y232', 'SEC-004', 'how much annual leave can i still book this year', () => figures(days(balance('SEC-004', 'ANNUAL').available))),
  q('Y233', 'DAT-004', 'annual leave balance pls', () => figures(days(balance('DAT-004', 'ANNUAL').available))),
  q('Y234', 'admin', 'who is off next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('Y235', 'admin', "who's on leave today?", () => people(offBetween({}, TODAY, TODAY))),
  q('Y236', 'admin', 'pending leave requests', () => people(requesters('pending'))),
  q('Y237', 'DEV-001', 'pending leave requests for my team', () => people(requesters('pending', 'DEV'))),
  q('Y238', 'admin', 'pending leave requests this month', () => people(requestersOverlapping(['pending'], ...NOVEMBER))),
  q('Y239', 'admin', 'any rejected leave requests?', () => people(requesters('rejected'))),
  q('Y240', 'admin', 'who has taken sick leave since september', () => people(onLeaveOfType('SICK', '2025-09-01', TODAY))),
  q('Y241', 'admin', 'how many days of leave did SEC-003 take last week', () => figures(days(leaveDays('SEC-003', ...LAST_WEEK)))),
  q('Y242', 'QA-001', 'who in QA is off next week', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  q('Y243', 'admin', 'who will be OOO next week in dev', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('Y244', 'admin', 'approved or pending leave requests for December', () => people(requestersOverlapping(['approved', 'pending'], ...DECEMBER))),
  q('Y245', 'admin', 'who had unpaid leave this year', () => people(onLeaveOfType('UNPAID', '2025-01-01', '2025-12-31'))),
  q('Y246', 'DEV-003', 'how much annual leave have I taken this year', () => figures(days(balance('DEV-003', 'ANNUAL').taken))),
  q('Y247', 'DEV-001', 'is anyone in my team on leave this week?', () => people(offBetween({ team: 'DEV' }, '2025-11-17', '2025-11-23'))),
  q('Y248', 'admin', 'next public holiday', () => {
    const h = nextHoliday(TODAY);
    return answer({ dates: [h.date], mentions: [h.name] });
  }),
  q('Y249', 'admin', 'when is the QA offsite', () => answer({ dates: [holidayNamed('QA Offsite')] })),
  q('Y250', 'SEC-004', 'when is the Security Team Day', () => answer({ dates: [holidayNamed('Security Team Day')] })),
  q('Y251', 'admin', 'what holidays are left this year', () => answer({ dates: datesOf(holidaysBetween('2025-11-20', '2025-12-31')) })),
  q('Y252', 'admin', 'is 31 October a day off', () => answer({ mentions: ['Autumn'] })),
  q('Y253', 'QA-003', 'how many bank holidays are there in december', () => {
    const list = holidaysBetween(...DECEMBER, 'QA');
    return answer({ figures: [count(list.length)], dates: datesOf(list) });
  }),
  q('Y254', 'admin', 'when is Founders Day', () => answer({ dates: [holidayNamed('Founders Day')] })),
  q('Y255', 'DEV-003', 'what holidays did we have in november', () => answer({ dates: datesOf(holidaysBetween(...NOVEMBER, 'DEV')) })),
  q('Y256', 'QA-003', 'was there a public holiday in august?', () => answer({ dates: datesOf(holidaysBetween('2025-08-01', '2025-08-31', 'QA')) })),
  q('Y257', 'admin', "when's boxing day", () => answer({ dates: [holidayNamed('Boxing Day')] })),
  q('Y258', 'QA-001', 'Hello, sorry to bother you — could you tell me whether anyone in my team has a pending leave request? Thanks!', () =>
    people(requesters('pending', 'QA')),
  ),
  q('Y259', 'admin', 'how many pending leave requests are there', () => figures(count(requests('pending').length))),
];
