/*
 * practice33 — leave and the work calendar, asked in a hurry: pending, rejected and cancelled requests, who is on
 * leave today and next week, leave taken by kind, balances and their extremes, days tied up in pending requests,
 * holidays (by month, so far, by name) and working days per team, asked by the admin, a manager and employees.
 */
import { answer, days, figures, people, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { offBetween, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { DECEMBER, NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { everyHolidayBetween, requestersOf } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveLeftExtreme, leaveLeftTotal, pendingDays } from '../../oracle/practice21-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { leaveEnds } from '../../oracle/practice27-figures';
import { myRequestStarts } from '../../oracle/practice28-figures';
import { isWorkingDay } from '../../oracle/practice30-figures';
import { holidaysBetween, datesOf } from '../../oracle/holiday-figures';
import { leaveByKind, leaveOfKind, someone, WHOLE_2025, YEAR_SO_FAR } from '../../oracle/practice33-figures';
import { NEXT_WEEK, OCTOBER, q } from '../helpers';

const ALL = {};
const whoAndWhen = (list: Array<{ employee: string; from: string }>) =>
  answer({ people: [...new Set(list.map((l) => l.employee))], dates: list.map((l) => l.from) });

export const LEAVE_CALENDAR: readonly Question[] = [
  q('PH179', 'admin', 'pending leave requests?', () => whoAndWhen(requests('pending'))),
  q('PH180', 'admin', 'whos on leave next wk', () => people(someone(offBetween(ALL, ...NEXT_WEEK)))),
  q('PH181', 'admin', 'anyone on leave today', () => people(someone(offBetween(ALL, TODAY, TODAY)))),
  q('PH182', 'admin', 'sick leave taken this yr across the company', () => figures(near(days(leaveOfKind(ALL, 'SICK', YEAR_SO_FAR)), 'sick|day|leave'))),
  q('PH183', 'admin', 'leave taken in october by kind', () => figures(...leaveByKind(ALL, OCTOBER))),
  q('PH184', 'admin', 'whose annual leave balance is lowest', () => {
    const lowest = leaveLeftExtreme('ANNUAL', 'least');
    return people([lowest.id], near(days(lowest.available), 'day|left|available|balance|annual'));
  }),
  q('PH185', 'admin', 'rejected leave requests', () => whoAndWhen(requests('rejected'))),
  q('PH186', 'admin', 'any cancelled leave reqs?', () => whoAndWhen(requests('cancelled'))),
  q('PH187', 'admin', 'who had unpaid leave approved this year', () => people(requestersOf(['approved'], 'UNPAID', WHOLE_2025))),
  q('PH188', 'admin', 'when is anna berg back from leave', () => answer({ dates: [leaveEnds('DAT-007')] })),
  q('PH189', 'admin', 'how much annual leave does DEV have left in total', () =>
    figures(near(days(leaveLeftTotal('ANNUAL', { team: 'DEV' })), 'day|left|available|remain|annual')),
  ),
  q('PH190', 'admin', 'how many days are tied up in pending leave requests', () => figures(near(days(pendingDays()), 'day|pending|request'))),
  q('PH191', 'admin', 'holidays in december', () => answer({ dates: everyHolidayBetween(...DECEMBER) })),
  q('PH192', 'admin', "when's the QA offsite", () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('PH193', 'admin', 'working days in october for DEV', () => figures(near(days(workingDaysHalves(OCTOBER, 'DEV')), 'day|working'))),
  q('PH194', 'admin', 'nov working days for qa?', () => figures(near(days(workingDaysHalves(NOVEMBER_ALL, 'QA')), 'day|working'))),
  q('PH195', 'admin', 'holidays so far this year', () => answer({ dates: everyHolidayBetween(...YEAR_SO_FAR) })),
  q('PH196', 'QA-003', 'am i off on boxing day', () => yesNo(!isWorkingDay(holidayDate('Boxing Day'), 'QA'), [], { mentions: ['Boxing'] })),
  q('PH197', 'DEV-001', "yuki's pending leave", () => answer({ dates: myRequestStarts('DEV-009', 'pending'), mentions: ['pending'] })),
  q('PH198', 'QA-001', 'leave requests for my team this month', () => {
    const list = requestsOverlapping('any', ...NOVEMBER_ALL, { team: 'QA' });
    someone(list.map((l) => l.employee));
    return whoAndWhen(list);
  }),
  q('PH199', 'DAT-004', 'holidays so far this yr', () => answer({ dates: datesOf(holidaysBetween('2025-01-01', TODAY, 'DAT')) })),
  q('PH200', 'SEC-004', 'holidays left this year for me', () => answer({ dates: holidaysLeftThisYear('SEC') })),
];
