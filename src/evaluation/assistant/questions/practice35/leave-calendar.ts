/*
 * practice35 — leave and the work calendar in the first week, asked by everyone: who is on leave today,
 * next week or on the 26th, requests still waiting, balances, leave taken by kind, when someone is
 * back, holidays by name and by range, working days of a month for a team or for oneself, and whether a day
 * is off — each from the data set's leave requests and holidays.
 */
import { answer, days, figures, people, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { totals, type Scope } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, onLeaveOfType, requests } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { everyHolidayBetween } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveLeftExtreme } from '../../oracle/practice21-figures';
import { offOn, workingDaysHalves } from '../../oracle/practice23-figures';
import { holidayOn, leaveEnds } from '../../oracle/practice27-figures';
import { offOnDay } from '../../oracle/practice28-figures';
import { isWorkingDay } from '../../oracle/practice30-figures';
import { leaveByKind } from '../../oracle/practice31-figures';
import { requestCost } from '../../oracle/practice32-figures';
import {
  myRequests,
  NOV_26,
  NOVEMBER_WHOLE,
  OCT_13,
  offOver,
  orgHolidayOnHalf,
  Q3,
  requestList,
  THIS_WEEK_READINGS,
  WEEK_OF_NOV_24,
} from '../../oracle/practice35-figures';
import { DECEMBER } from '../../oracle/practice14-figures';
import { NEXT_WEEK, q, THIS_MONTH, THIS_YEAR } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const LEFT = 'left|available|remain|balance|have|annual|day';
const annualLeft = (id: string) => near(days(balance(id, 'ANNUAL').available), LEFT);
const WORKING = 'day|working';

export const LEAVE_CALENDAR: readonly Question[] = [
  // The admin.
  q('PJ076', 'admin', "Who's on PTO today?", () => people(offOn(ALL, TODAY))),
  q('PJ077', 'admin', 'Who will be on leave next week?', () => people(offBetween(ALL, ...NEXT_WEEK))),
  q('PJ078', 'admin', 'Show me every leave request that is still waiting for a decision', () => requestList('pending')),
  q('PJ079', 'admin', 'were any leave requests rejected this year?', () => {
    const who = [...new Set(requests('rejected').map((l) => l.employee))];
    return yesNo(who.length > 0, [], { people: who });
  }),
  q('PJ080', 'admin', 'How many days of sick leave have been taken in November so far?', () =>
    figures(near(days(leaveTaken(ALL, 'SICK', THIS_MONTH)), 'sick|day')),
  ),
  q('PJ081', 'admin', 'leave taken in Q3, broken down by kind', () => figures(...leaveByKind(ALL, Q3))),
  q('PJ082', 'admin', 'Until when is Anna Berg on leave?', () => answer({ dates: [leaveEnds('DAT-007')] })),
  q('PJ083', 'admin', 'How much annual leave has Maria Gonzalez got left?', () => figures(annualLeft('DEV-005'))),
  q('PJ084', 'admin', 'Who in AI has the least annual leave left?', () => {
    const least = leaveLeftExtreme('ANNUAL', 'least', { team: 'AI' });
    return people([least.id], near(days(least.available), LEFT));
  }),
  q('PJ085', 'admin', "when's the next company-wide holiday?", () => answer({ dates: [nextHoliday(TODAY, null).date] })),
  q('PJ086', 'admin', 'list all the holidays from 1 Oct to 31 Dec', () => answer({ dates: everyHolidayBetween('2025-10-01', '2025-12-31') })),
  q('PJ087', 'admin', 'working days in November for QA', () => figures(near(days(workingDaysHalves(NOVEMBER_WHOLE, 'QA')), WORKING))),
  q('PJ088', 'admin', 'Was anyone absent on 13/10?', () => yesNo(totals(ALL, OCT_13, OCT_13).absent > 0, [])),
  q('PJ089', 'admin', 'is the afternoon of 31 October a holiday?', () => yesNo(orgHolidayOnHalf('2025-10-31', 'pm'), [])),
  q('PJ090', 'admin', 'How much unpaid leave has been taken this year, and by whom?', () =>
    answer({ people: onLeaveOfType('UNPAID', ...THIS_YEAR), figures: [near(days(leaveTaken(ALL, 'UNPAID', THIS_YEAR)), 'unpaid|day')] }),
  ),

  // Priya Raman (DEV-001), manager of DEV.
  q('PJ091', 'DEV-001', 'any pending leave requests on my team?', () => requestList('pending', DEV)),
  q('PJ092', 'DEV-001', 'is anyone on my team on PTO the week of the 24th?', () => people(offBetween(DEV, ...WEEK_OF_NOV_24))),
  q('PJ093', 'DEV-001', 'Is Friday 7 November a working day for us?', () => yesNo(isWorkingDay('2025-11-07', 'DEV'), [], { mentions: ['Recharge'] })),
  q('PJ094', 'DEV-001', 'How much annual leave does Yuki have left?', () => figures(annualLeft('DEV-009'))),
  q('PJ095', 'DEV-001', 'Anything I should know about my team this week? Is anyone on leave?', () => people(offOver(DEV, THIS_WEEK_READINGS))),

  // Elena Petrova (QA-001), manager of QA.
  q('PJ096', 'QA-001', 'who on my team is off on the 26th?', () => people(offOn(QA, NOV_26))),
  q('PJ097', 'QA-001', 'Pending time-off requests on my team?', () => requestList('pending', QA)),
  q('PJ098', 'QA-001', 'How much sick leave does Fatima have left?', () => figures(near(days(balance('QA-003', 'SICK').available), `sick|${LEFT}`))),

  // The employees.
  q('PJ099', 'QA-003', 'which holidays have I still got coming up this year?', () => answer({ dates: holidaysLeftThisYear('QA') })),
  q('PJ100', 'QA-003', 'When was the QA offsite?', () => answer({ dates: [holidayOn('QA Offsite')] })),
  q('PJ101', 'DAT-004', 'How many working days do I have in December?', () => figures(near(days(workingDaysHalves(DECEMBER, 'DAT')), WORKING))),
  q('PJ102', 'DAT-004', 'am I off on 1 December?', () => yesNo(offOnDay('DAT-004', '2025-12-01').off, [])),
  q('PJ103', 'SEC-004', 'When is Security Team Day?', () => answer({ dates: [holidayOn('Security Team Day')] })),
  q('PJ104', 'SEC-004', 'what leave have I got pending?', () => myRequests('SEC-004', 'pending')),
  q('PJ105', 'SEC-004', 'How many PTO days do I still have?', () => figures(annualLeft('SEC-004'))),
  q('PJ106', 'DEV-003', "What's my remaining annual leave for 2025?", () => figures(annualLeft('DEV-003'))),
  q('PJ107', 'DEV-003', 'Has my leave for the end of December been approved yet?', () => myRequests('DEV-003', 'pending')),
  q('PJ108', 'DEV-003', 'how many days is my December leave request for?', () => figures(near(days(requestCost('DEV-003', '2025-12-29')), 'day'))),
];
