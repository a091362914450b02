/*
 * practice44 — public and team holidays as rota planners ask about them: the next one, the ones in a month or left
 * this year, one by its name or its date, the half-day ones, and whether a day is off for a team. API.md: a holiday
 * with `team_id` null is the whole organisation's ("public"), otherwise one team's; `half` am or pm takes half the
 * day. A caller's calendar is the organisation's and their own team's (the calendar is everyone's: employees and
 * managers ask too). Dates are only required to be mentioned, so an answer that also lists a team's day passes.
 */
import { answer, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import {
  halfDayHolidayDates,
  holidayCalled,
  holidayDates,
  nextHolidayFor,
  nextPublicHoliday,
  publicHolidayOn,
  teamHolidayDates,
  wholeDayOff,
  wholeWorkingDay,
} from '../../oracle/practice44-calendar';
import { AUGUST, OCTOBER, REST_OF_YEAR, YEAR_2025, DECEMBER } from '../../oracle/practice44-figures';
import { sameDay } from '../../oracle/practice43-figures';
import { q } from '../helpers';

/** A holiday answered by its date (and its name when asked for the next one). */
const holiday = (h: { date: string; name: string }, withName = false) => answer({ dates: [h.date], ...(withName && { mentions: [h.name] }) });
const dated = (dates: string[]) => answer({ dates });

export const HOLIDAYS_SET: readonly Question[] = [
  // The next one (a holiday of the calendar, not someone's leave); for Security, its own team day comes first.
  q('PS091', 'admin', 'next public holiday?', () => holiday(nextPublicHoliday(), true)),
  q('PS092', 'DAT-004', "when's the next public holiday?", () => holiday(nextPublicHoliday())),
  q('PS093', 'SEC-004', 'when is the next public or team holiday on my calendar?', () => holiday(nextHolidayFor('SEC'), true)),
  q('PS094', 'DEV-001', 'when is the next public or team holiday for my team', () => holiday(nextHolidayFor('DEV'))),
  // Over a period.
  q('PS095', 'admin', 'what public holidays are left this year?', () => dated(holidayDates(REST_OF_YEAR, null))),
  q('PS096', 'admin', 'holidays in October', () => dated(holidayDates(OCTOBER, null))),
  q('PS097', 'admin', 'was there a public holiday in August?', () => yesNo(true, [], { dates: holidayDates(AUGUST, null) })),
  q('PS098', 'admin', 'holidays between 20 December and 5 January', () => dated(holidayDates(['2025-12-20', '2026-01-05'], null))),
  q('PS099', 'SEC-004', 'what holidays do I have in december', () => dated(holidayDates(DECEMBER, 'SEC'))),
  q('PS100', 'DAT-004', 'holidays in December?', () => dated(holidayDates(DECEMBER, 'DAT'))),
  // By name.
  q('PS101', 'admin', 'when is Founders Day', () => holiday(holidayCalled('Founders Day'))),
  q('PS102', 'DEV-003', 'when was the DEV recharge day?', () => dated(teamHolidayDates('DEV'))),
  q('PS103', 'QA-003', 'when was the QA offsite', () => dated(teamHolidayDates('QA'))),
  q('PS104', 'admin', 'when is boxing day this year', () => holiday(holidayCalled('Boxing Day'))),
  // By date.
  q('PS105', 'admin', 'what holiday is on 13 October?', () => answer({ mentions: [publicHolidayOn('2025-10-13').name] })),
  // Half days.
  q('PS106', 'admin', 'which public holidays are half days?', () => dated(halfDayHolidayDates(YEAR_2025, null))),
  q('PS107', 'QA-001', 'half-day holidays for my team this year', () => dated(halfDayHolidayDates(YEAR_2025, 'QA'))),
  q('PS108', 'admin', 'Is Christmas Eve a full day off?', () => yesNo(wholeDayOff(holidayCalled('Christmas Eve').date, null), [])),
  q('PS109', 'QA-003', 'was 12 September a full day off for me?', () => yesNo(wholeDayOff(sameDay(holidayCalled('QA Offsite').date, '2025-09-12'), 'QA'), [])),
  // Whether a day is off for a team.
  q('PS110', 'admin', 'is xmas day a working day?', () => yesNo(wholeWorkingDay(holidayCalled('Christmas Day').date, null), [], { mentions: ['Christmas'] })),
  q('PS111', 'SEC-004', 'are we off on 1 december?', () => yesNo(wholeDayOff('2025-12-01', 'SEC'), [], { mentions: ['Security Team Day'] })),
  q('PS112', 'DEV-001', 'are we off on 1 December?', () => yesNo(wholeDayOff('2025-12-01', 'DEV'), [])),
  q('PS113', 'QA-001', 'is my team off on 7 November?', () => yesNo(wholeDayOff('2025-11-07', 'QA'), [])),
  q('PS114', 'DEV-003', 'is 7 November a working day for me?', () => yesNo(wholeWorkingDay('2025-11-07', 'DEV'), [], { mentions: ['Recharge'] })),
  q('PS115', 'DAT-004', 'is 26 December a working day?', () => yesNo(wholeWorkingDay('2025-12-26', 'DAT'), [], { mentions: ['Boxing Day'] })),
];
