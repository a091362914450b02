/*
 * practice31 — leave and the work calendar: balances of one person, the least left in a team, a team's total
 * still available; leave taken by kind; requests by state and period (pending, rejected, "approved or pending");
 * who is off today, this week, next week, on a coming day, and until when; holidays by date, by name, still to
 * come and so far; "is … a working day", "are we off on …"; working days of a month or a quarter for a team;
 * pending attendance corrections (the data set has none).
 */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import type { Scope } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, requests } from '../../oracle/leave-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { holidayDate, requesters } from '../../oracle/practice12-figures';
import { agreed } from '../../oracle/practice16-figures';
import { requestersOf } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveLeftExtreme, leaveLeftTotal } from '../../oracle/practice21-figures';
import { offOn, workingDaysHalves } from '../../oracle/practice23-figures';
import { leaveEnds } from '../../oracle/practice27-figures';
import { isWorkingDay } from '../../oracle/practice30-figures';
import {
  DECEMBER_WHOLE,
  leaveByKind,
  NOVEMBER_WHOLE,
  onlyOne,
  pendingCorrections,
  Q4_WHOLE,
  SEP_1_TO_OCT_15,
  THIS_COMING_MONDAY,
  THIS_WEEK_WHOLE,
  YEAR_2025,
} from '../../oracle/practice31-figures';
import { NEXT_WEEK, q, SEPTEMBER, THIS_WEEK } from '../helpers';

const ALL: Scope = {};
const left = (id: string) => days(balance(id, 'ANNUAL').available);
const notAWorkingDay = (day: string, team: string, name: string) => yesNo(isWorkingDay(day, team), [], { mentions: [name] });

export const LEAVE_AND_CALENDAR: readonly Question[] = [
  // Balances and leave taken.
  q('PF102', 'DEV-001', 'How much annual leave does Maria Gonzalez have left?', () => figures(left('DEV-005'))),
  q('PF103', 'admin', 'who in QA has the least annual leave left', () => {
    const least = leaveLeftExtreme('ANNUAL', 'least', { team: 'QA' });
    return people([least.id], days(least.available));
  }),
  q('PF104', 'admin', 'total annual leave still available in Security', () => figures(days(leaveLeftTotal('ANNUAL', { team: 'SEC' })))),
  q('PF105', 'admin', 'leave taken across the company in September by kind', () => figures(...leaveByKind(ALL, SEPTEMBER))),

  // Requests.
  q('PF106', 'DEV-001', 'Pending time-off requests on my team?', () => people(requesters('pending', { team: 'DEV' }))),
  q('PF107', 'admin', 'Pending leave requests for December', () => people(requestersOf(['pending'], undefined, DECEMBER_WHOLE))),
  q('PF108', 'admin', 'Show rejected leave requests this year', () => people(requestersOf(['rejected'], undefined, YEAR_2025))),
  q('PF109', 'admin', 'Approved or pending leave for next week', () => people(requestersOf(['approved', 'pending'], undefined, NEXT_WEEK))),
  q('PF110', 'admin', 'How many leave requests are pending right now?', () => figures(count(requests('pending').length))),

  // Who is off.
  q('PF111', 'admin', 'who’s on PTO today?', () => people(offOn(ALL, TODAY))),
  q('PF112', 'admin', 'Who is on leave this week?', () => people(agreed([offBetween(ALL, ...THIS_WEEK), offBetween(ALL, ...THIS_WEEK_WHOLE)]))),
  q('PF113', 'DEV-001', 'who on my team is OOO next week', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('PF114', 'QA-001', 'Is anyone on my team off on the 26th?', () => {
    const off = offOn({ team: 'QA' }, '2025-11-26');
    return yesNo(off.length > 0, [], { people: off });
  }),
  q('PF115', 'admin', 'Who’s off this coming Monday?', () => people(offOn(ALL, THIS_COMING_MONDAY))),
  q('PF116', 'admin', 'When does Anna Berg get back from leave?', () => answer({ dates: [leaveEnds('DAT-007')] })),
  q('PF117', 'admin', 'leave calendar for December', () => people(offBetween(ALL, ...DECEMBER_WHOLE))),
  q('PF118', 'SEC-004', 'Where does my leave request for the 28th stand?', () => answer({ mentions: ['pending'], dates: ['2025-11-28'] })),
  q('PF119', 'DEV-001', 'until when is Maria off?', () => answer({ dates: [leaveEnds(onlyOne('Maria', 'DEV-001'))] })),

  // Holidays and working days.
  q('PF120', 'DEV-003', "when's the next bank holiday?", () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),
  q('PF121', 'SEC-004', 'next holiday for me?', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('PF122', 'DAT-004', 'holidays left this year', () => answer({ dates: holidaysLeftThisYear('DAT') })),
  q('PF123', 'DEV-003', 'Were we off on 7 November?', () => yesNo(!isWorkingDay('2025-11-07', 'DEV'), [], { mentions: ['Recharge'] })),
  q('PF124', 'SEC-004', 'am I off on 1 Dec', () => yesNo(!isWorkingDay('2025-12-01', 'SEC'), [], { mentions: ['Security Team Day'] })),
  q('PF125', 'DAT-004', 'is 26 december a working day?', () => notAWorkingDay('2025-12-26', 'DAT', 'Boxing Day')),
  q('PF126', 'DEV-003', 'holidays so far this year', () => answer({ dates: datesOf(holidaysBetween('2025-01-01', TODAY, 'DEV')) })),
  q('PF127', 'QA-003', 'When is Founders Day?', () => answer({ dates: [holidayDate('Founders Day')] })),
  q('PF128', 'QA-001', 'How many working days does my team have in November?', () => figures(days(workingDaysHalves(NOVEMBER_WHOLE, 'QA')))),
  q('PF129', 'admin', 'Number of working days for AI in Q4', () => figures(days(workingDaysHalves(Q4_WHOLE, 'AI')))),
  q('PF130', 'QA-003', 'working days between 1 sep and 15 oct', () => figures(days(workingDaysHalves(SEP_1_TO_OCT_15, 'QA')))),
  q('PF131', 'admin', 'any attendance corrections waiting for a decision?', () => yesNo(pendingCorrections() > 0, [])),
  q('PF132', 'DEV-001', 'any correction requests from my team waiting?', () => yesNo(pendingCorrections() > 0, [])),
];
