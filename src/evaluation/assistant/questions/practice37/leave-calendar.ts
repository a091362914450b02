/*
 * practice37 — leave and the calendar before approving time off: balances, requests by state, who is off,
 * leave taken by kind, public and team holidays, working days.
 */
import { answer, count, days, people, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, onLeaveOfType, requests } from '../../oracle/leave-figures';
import { near, requestersOverlapping } from '../../oracle/practice10-figures';
import { holidayDate, requesters } from '../../oracle/practice12-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { offOn, workingDaysHalves } from '../../oracle/practice23-figures';
import { leaveEnds } from '../../oracle/practice27-figures';
import { DECEMBER_WHOLE, filled, NOVEMBER_WHOLE } from '../../oracle/practice37-figures';
import { LAST_WEEK, NEXT_WEEK, q, SEPTEMBER, THIS_MONTH, THIS_WEEK } from '../helpers';

export const LEAVE_AND_CALENDAR: readonly Question[] = [
  q('PL053', 'admin', 'How much annual leave does Maria Gonzalez have left?', () => answer({ figures: [days(balance('DEV-005', 'ANNUAL').available)] })),
  q('PL054', 'admin', 'Whose leave requests are still pending?', () => people(filled(requesters('pending')))),
  q('PL055', 'admin', 'How many leave requests are waiting for approval?', () => answer({ figures: [near(count(requests('pending').length), 'request')] })),
  q('PL056', 'admin', 'Who is off next week?', () => people(filled(offBetween({}, ...NEXT_WEEK)))),
  q('PL057', 'admin', 'Who was on leave last week?', () => people(filled(offBetween({}, ...LAST_WEEK)))),
  q('PL058', 'admin', 'Sick leave taken in November so far, in days', () => answer({ figures: [days(leaveTaken({}, 'SICK', THIS_MONTH))] })),
  q('PL059', 'admin', 'Who took unpaid leave this year?', () => people(filled(onLeaveOfType('UNPAID', '2025-01-01', '2025-11-19')))),
  q('PL060', 'admin', 'Until when is Anna Berg on leave?', () => answer({ dates: [leaveEnds('DAT-007')] })),
  q('PL061', 'admin', "When's the next company-wide public holiday?", () => answer({ dates: [nextHoliday('2025-11-19', null).date] })),
  q('PL062', 'admin', 'How many workng days does DEV have in Novmber?', () => answer({ figures: [days(workingDaysHalves(NOVEMBER_WHOLE, 'DEV'))] })),
  q('PL063', 'admin', 'Number of working days in December for the organisation', () => answer({ figures: [days(workingDaysHalves(DECEMBER_WHOLE, null))] })),
  q('PL064', 'admin', 'Is 13 October a working day?', () => yesNo(false, [], { mentions: ['Founders Day'] })),
  q('PL065', 'admin', 'When was the QA offsite?', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('PL066', 'admin', 'Which organisation holidays fall in December?', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER_WHOLE, null)) })),
  q('PL067', 'admin', 'Whose leave requests were rejected?', () => people(filled(requesters('rejected')))),
  q('PL068', 'admin', 'Is anyone in QA off on 26 November?', () => yesNo(true, [], { people: filled(offOn({ team: 'QA' }, '2025-11-26')) })),
  q('PL069', 'admin', 'Annual leave taken by the Data team in September', () => answer({ figures: [days(leaveTaken({ team: 'DAT' }, 'ANNUAL', SEPTEMBER))] })),
  q('PL070', 'admin', 'Pending leave requests in Development — whose are they?', () => people(filled(requesters('pending', { team: 'DEV' })))),
  q('PL071', 'admin', 'Who has approved leave in December?', () => people(filled(requestersOverlapping(['approved'], ...DECEMBER_WHOLE)))),
  q('PL072', 'admin', 'Whats Tom Beckers sick leave balance?', () => answer({ figures: [days(balance('DEV-002', 'SICK').available)] })),
  q('PL073', 'admin', 'Annual leave balance of Ivan Petrov', () => answer({ figures: [days(balance('QA-010', 'ANNUAL').available)] })),
  q('PL074', 'admin', 'Who is on sick leave this week?', () => people(filled(onLeaveOfType('SICK', THIS_WEEK[0], '2025-11-23')))),
  q('PL075', 'admin', 'How many approved leave requests does QA have?', () =>
    answer({ figures: [near(count(requests('approved', { team: 'QA' }).length), 'request')] }),
  ),
];
