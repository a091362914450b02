/*
 * practice54 — holidays by name, by date and by team. API.md: a holiday with `team_id` null is the whole
 * organisation's ("public"), otherwise one team's own day; `half` am or pm takes half the day. A person's calendar is
 * the organisation's holidays and their team's; the calendar is everyone's, so employees and managers ask too. Dates
 * are only required to be mentioned (an answer that also names a team's day passes); questions that could be read as
 * "every holiday" or "the public ones" expect only the dates both readings give.
 */
import { answer, count, figures, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { holidayCalled, nextHolidayFor, wholeDayOff, wholeWorkingDay } from '../../oracle/practice44-calendar';
import { onLeave } from '../../oracle/practice44-figures';
import {
  AFTER_TODAY,
  calendarDates,
  checked,
  everyHoliday,
  halfHolidayDates,
  month,
  ownHolidays,
  some,
  teamOnlyDates,
  weekHolding,
  YEAR_2025,
  YEAR_SO_FAR,
} from '../../oracle/practice54-figures';
import { q } from '../helpers';

const dated = (dates: string[]) => answer({ dates: some(dates) });
const HOLIDAY = 'holiday|day';
/** A holiday of the calendar by its name, checked to be on the date the question assumes. */
const named = (name: string, date?: string) => {
  const h = holidayCalled(name);
  if (date !== undefined) checked(h.date, date);
  return h;
};

export const HOLIDAYS: readonly Question[] = [
  // The admin: every scope.
  q('QC095', 'admin', 'list every holiday on the calendar this year, team ones included', () => dated(everyHoliday(YEAR_2025).map((h) => h.date))),
  q('QC096', 'admin', 'which holidays are only for one team, not the whole company?', () => dated(teamOnlyDates())),
  q('QC097', 'admin', 'what date is the Security Team Day?', () => dated([named('Security Team Day').date])),
  // Christmas Eve is an afternoon off only.
  q('QC098', 'admin', 'when is christmas eve, and do we get the whole day off?', () => {
    const h = named('Christmas Eve');
    if (h.half === null) throw new Error('Christmas Eve is a whole day');
    return yesNo(false, [], { dates: [h.date] });
  }),
  q('QC099', 'admin', "what's the holiday on 25 Aug called?", () => answer({ mentions: [named('Summer Bank Holiday', '2025-08-25').name] })),
  // November holds no public holiday, only DEV's own day.
  q('QC100', 'admin', 'any holidays at all in November, team days included?', () => {
    if (calendarDates(month(11), null).length > 0) throw new Error('November has a public holiday');
    return yesNo(true, [], { dates: some(everyHoliday(month(11)).map((h) => h.date)) });
  }),
  q('QC101', 'admin', 'how many public holidays are left in 2025?', () => figures(near(count(some(calendarDates(AFTER_TODAY, null)).length), HOLIDAY))),
  q('QC102', 'admin', 'public holidays so far this year', () => dated(calendarDates(YEAR_SO_FAR, null))),
  q('QC103', 'admin', 'is 1 December a holiday for the AI team?', () => yesNo(!wholeWorkingDay('2025-12-01', 'AI'), [])),
  q('QC104', 'admin', 'is 12 September a day off for DEV?', () => yesNo(wholeDayOff('2025-09-12', 'DEV'), [])),
  q('QC105', 'admin', 'which holidays are half days?', () => dated(halfHolidayDates(YEAR_2025, 'every scope'))),
  // Founders Day, and the week around it: Sana Qureshi's leave covered the rest of that week.
  q('QC106', 'admin', 'When was Founders Day, and who was on leave that week?', () => {
    const h = named('Founders Day');
    return answer({ dates: [h.date], people: some(onLeave({}, weekHolding(h.date))) });
  }),
  // Employees and managers: their own calendar (the organisation's days and their team's).
  q('QC107', 'DEV-003', 'when is the next holiday in the calendar for me?', () => dated([nextHolidayFor('DEV').date])),
  q('QC108', 'SEC-004', "what's the next holiday I get?", () => {
    const h = nextHolidayFor('SEC');
    return answer({ dates: [h.date], mentions: [h.name] });
  }),
  q('QC109', 'QA-003', 'which holidays are just for QA?', () => dated(ownHolidays('QA').map((h) => h.date))),
  q('QC110', 'DAT-004', 'does Data have any holidays of its own?', () => {
    if (ownHolidays('DAT').length > 0) throw new Error('DAT has a holiday of its own');
    return yesNo(false, []);
  }),
  q('QC111', 'DEV-001', 'holidays for my team between now and the end of the year', () => dated(calendarDates(AFTER_TODAY, 'DEV'))),
  // The QA Offsite took the morning only.
  q('QC112', 'QA-001', 'is the QA offsite a whole day off?', () => {
    if (named('QA Offsite').half === null) throw new Error('the QA Offsite is a whole day');
    return yesNo(false, []);
  }),
  q('QC113', 'DEV-003', 'holidays in october?', () => dated(calendarDates(month(10), 'DEV'))),
  // Emma Clarke's December holds her team's own day as well as the organisation's three.
  q('QC114', 'SEC-004', 'how many holidays do i have in december', () => figures(near(count(calendarDates(month(12), 'SEC').length), HOLIDAY))),
  q('QC115', 'DAT-004', 'is Christmas Eve a full working day for me?', () => yesNo(wholeWorkingDay(named('Christmas Eve').date, 'DAT'), [])),
];
