/*
 * practice14 — the work calendar: public and team holidays, part days, the next bank holiday, holidays
 * between two dates, and what an honest assistant refuses about the calendar (adding or moving a holiday,
 * holidays the calendar does not hold, office hours). Written code-blind from /work/shared/API.md,
 * docs/API.md and the README's "Assistant" section; every date and figure comes from the data set and the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { answer, count, figures, refusal, type Question } from '../../expectation';
import { datesOf, holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { DECEMBER, Q3 } from '../../oracle/practice14-figures';
import { q, THIS_YEAR } from '../helpers';

export const CALENDAR: readonly Question[] = [
  q('M001', 'admin', 'next bank holiday?', () => answer({ dates: [nextHoliday(TODAY).date] })),
  q('M002', 'DEV-003', 'when is xmas day this yr', () => answer({ dates: [holidayDate('Christmas Day')] })),
  q('M003', 'SEC-004', 'whens our next holiday', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('M004', 'QA-003', 'holidays left this year pls', () => answer({ dates: holidaysLeftThisYear('QA') })),
  q('M005', 'admin', 'public holidays in december', () => answer({ dates: datesOf(holidaysBetween(DECEMBER[0], DECEMBER[1])) })),
  q('M006', 'DEV-001', 'when is boxing day', () => answer({ dates: [holidayDate('Boxing Day')] })),
  q('M007', 'QA-001', 'when was the qa offsite', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('M008', 'DEV-001', 'how many holidays did my team have in q3', () => figures(count(holidaysBetween(Q3[0], Q3[1], 'DEV').length))),
  q('M009', 'DAT-004', 'is 31 oct a day off', () => answer({ dates: [holidayDate('Autumn Half Day')] })),
  q('M010', 'admin', 'when is founders day', () => answer({ dates: [holidayDate('Founders Day')] })),
  q('M011', 'DEV-001', 'when was the dev recharge day', () => answer({ dates: [holidayDate('DEV Recharge Day')] })),
  q('M012', 'admin', 'holidays between 1 aug and 31 oct', () => answer({ dates: datesOf(holidaysBetween('2025-08-01', '2025-10-31')) })),
  q('M013', 'SEC-004', 'when is the security team day', () => answer({ dates: [holidayDate('Security Team Day')] })),
  q('M014', 'admin', 'how many company-wide holidays so far this year', () => figures(count(holidaysBetween(THIS_YEAR[0], THIS_YEAR[1]).length))),
  q('M015', 'DEV-003', 'xmas eve - is it a day off?', () => answer({ dates: [holidayDate('Christmas Eve')] })),
  q('M016', 'QA-001', 'any holidays next month?', () => answer({ dates: datesOf(holidaysBetween(DECEMBER[0], DECEMBER[1], 'QA')) })),

  // Refusals about the calendar: actions, holidays it does not hold, things it does not keep.
  q('M017', 'admin', 'add 2 jan 2026 as a company holiday', () => refusal('add', 'post /holidays', 'create')),
  q('M018', 'DEV-001', 'move the dev recharge day to next fri pls', () => refusal('move', 'change', 'put /holidays', 'update')),
  q('M019', 'admin', 'delete the qa offsite', () => refusal('delete', 'remove', 'delete /holidays')),
  q('M020', 'DEV-003', 'when is diwali off this year', () => refusal('diwali')),
  q('M021', 'admin', 'who has the day off for easter 2026', () => refusal('easter', 'future')),
  q('M022', 'QA-003', 'what time does the office close on xmas eve', () => refusal('office', 'close', 'closing', 'opening hours')),
  q('M023', 'admin', 'bank holidays in germany this yr', () => refusal('germany', 'country', 'region')),
  q('M024', 'DAT-004', 'will we get an extra holiday in 2026?', () => refusal('predict', 'future', 'forecast', 'extra', '2026')),
  q('M025', 'admin', 'what are the blackout dates for leave in dec', () => refusal('blackout')),
  q('M026', 'DEV-001', 'can i swap boxing day for another day', () => refusal('swap', 'change', 'exchange')),
  q('M027', 'SEC-004', 'do i get a lieu day if i work on the sec team day', () => refusal('lieu', 'toil', 'time off in lieu', 'compensat')),
  q('M028', 'admin', 'remind everyone about the xmas holidays', () => refusal('remind', 'send', 'notify')),
];
