/*
 * practice61 — team days, half-day holidays and working days. README: working days are the days of the work week less
 * the holidays on them, a half-day holiday as a half, on the calendar asked about (the organisation's holidays and the
 * team's own); "left this year" and "left this month" run from tomorrow; a person's calendar is their team's, and is
 * asked only of people with no approved leave in the period (so "my working days" reads the same with and without it).
 * Asked with no team, only periods every team's calendar agrees on. API.md: a holiday has a team (null for the whole
 * organisation) and a half (null for the whole day); the calendar is readable by every role; a leave day costs the
 * expected fraction without leave, so a day off on Christmas Eve costs half a day.
 */
import { answer, figures, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { month, on, quarter, REST_OF_YEAR, some, WHOLE_YEAR } from '../../oracle/practice58-figures';
import { workingD } from '../../oracle/practice58-calendar';
import {
  chargeOf,
  halfHolidayDates,
  holidayCalled,
  holidayDatesOver,
  holidaysOver,
  myWorkDays,
  nextHolidayOf,
  teamHolidayDates,
  workDays,
  workDaysAnywhere,
} from '../../oracle/practice61-leave';
import { addDays, weekday } from '../../dataset/dates';
import { q } from '../helpers';

const wd = (n: number) => figures(workingD(n));
/** The Monday-to-Sunday week holding a day. */
const weekOf = (day: string): readonly [string, string] => {
  const monday = addDays(day, -((weekday(day) + 6) % 7));
  return [monday, addDays(monday, 6)];
};
/** A day's working fraction on a calendar, checked to be what the question's yes or no rests on. */
const dayIs = (fraction: number, day: string, team: string | null) => {
  const found = team === null ? workDaysAnywhere(on(day)) : workDays(on(day), team);
  if (found !== fraction) throw new Error(`${day} is ${found} of a working day`);
};
/** The one holiday of a team's own. */
const teamDay = (team: string) => {
  const own = holidaysOver(WHOLE_YEAR, 'all').filter((h) => h.team === team);
  if (own.length !== 1) throw new Error(`${team} has ${own.length} days of its own`);
  return own[0]!;
};

export const CALENDAR: readonly Question[] = [
  // HR.
  q('QJ071', 'admin', 'how many working days in December for the security team', () => wd(workDays(month(12), 'SEC'))),
  q('QJ072', 'admin', 'how many working days did QA have in September', () => wd(workDays(month(9), 'QA'))),
  q('QJ073', 'admin', 'how many working days are left in 2025 for the AI team', () => wd(workDays(REST_OF_YEAR, 'AI'))),
  q('QJ074', 'admin', 'how many working days does the data team have in Q4', () => wd(workDays(quarter(4), 'DAT'))),
  q('QJ075', 'admin', 'when is the Security team day', () => answer({ dates: [teamDay('SEC').date] })),
  q('QJ076', 'admin', 'which team-specific holidays do we have this year?', () => answer({ dates: some(teamHolidayDates(WHOLE_YEAR)) })),
  q('QJ077', 'admin', 'which of this year’s holidays are only half days', () => answer({ dates: some(halfHolidayDates(WHOLE_YEAR, 'all')) })),
  q('QJ078', 'admin', 'list every holiday in december, team days included', () => answer({ dates: some(holidayDatesOver(month(12), 'all')) })),
  q('QJ079', 'admin', 'how many working days did QA have in the week of the QA offsite', () => wd(workDays(weekOf(holidayCalled('QA Offsite').date), 'QA'))),
  // Managers.
  q('QJ080', 'DEV-001', 'when was our team day?', () => answer({ dates: [teamDay('DEV').date] })),
  q('QJ081', 'DEV-001', 'how many working days has my team got in december', () => wd(workDays(month(12), 'DEV'))),
  q('QJ082', 'DEV-001', 'is 24 dec a full day for my team', () => (dayIs(0.5, '2025-12-24', 'DEV'), yesNo(false, []))),
  q('QJ083', 'DEV-001', "what's the next holiday on my team's calendar?", () => answer({ dates: [nextHolidayOf('DEV').date] })),
  q('QJ084', 'QA-001', 'how many working days does QA have in December', () => wd(workDays(month(12), 'QA'))),
  q('QJ085', 'QA-001', 'when was the QA offsite, and was it just the morning?', () => {
    const h = holidayCalled('QA Offsite');
    return yesNo(h.half === 'am', [], { dates: [h.date] });
  }),
  q('QJ086', 'QA-001', 'working days in August for QA?', () => wd(workDays(month(8), 'QA'))),
  q('QJ087', 'QA-001', 'how many working days does my team have for the rest of the year', () => wd(workDays(REST_OF_YEAR, 'QA'))),
  // Employees: their own team's calendar.
  q('QJ088', 'DEV-003', 'how many working days do i have left this year', () => wd(myWorkDays('DEV-003', REST_OF_YEAR))),
  q('QJ089', 'DEV-003', 'did i have to work on the 7th of november?', () => (dayIs(0, '2025-11-07', 'DEV'), yesNo(false, []))),
  q('QJ090', 'QA-003', 'working days in december for me', () => wd(myWorkDays('QA-003', month(12)))),
  q('QJ091', 'QA-003', 'when is the next public holiday coming up?', () => answer({ dates: [nextHolidayOf('public').date] })),
  q('QJ092', 'QA-003', 'was 31 october a half-day holiday?', () => (dayIs(0.5, '2025-10-31', 'QA'), yesNo(true, []))),
  q('QJ093', 'QA-003', 'How many working days did I have in September?', () => wd(myWorkDays('QA-003', month(9)))),
  q('QJ094', 'DAT-004', 'how many working days in dec', () => wd(myWorkDays('DAT-004', month(12)))),
  q('QJ095', 'DAT-004', 'is boxing day a day off', () => (dayIs(0, holidayCalled('Boxing Day').date, 'DAT'), yesNo(true, []))),
  q('QJ096', 'DAT-004', 'if I took christmas eve off, how many days of annual leave would that use?', () => {
    const day = holidayCalled('Christmas Eve').date;
    return figures({ ...workingD(chargeOf({ employee: 'DAT-004', code: 'ANNUAL', from: day, to: day, half: null, status: 'pending' })), label: 'day|leave' });
  }),
  q('QJ097', 'DAT-004', 'how many working days are there in the week of Christmas Day?', () =>
    wd(myWorkDays('DAT-004', weekOf(holidayCalled('Christmas Day').date))),
  ),
  q('QJ098', 'DAT-004', 'do I get the afternoon off on christmas eve', () => {
    const h = holidayCalled('Christmas Eve');
    return yesNo(h.half === 'pm' && h.team === null, []);
  }),
  q('QJ099', 'SEC-004', 'how many working days do I have in december', () => wd(myWorkDays('SEC-004', month(12)))),
  q('QJ100', 'SEC-004', 'working days left this year?', () => wd(myWorkDays('SEC-004', REST_OF_YEAR))),
  q('QJ101', 'SEC-004', "when's the Security Team Day this year?", () => answer({ dates: [holidayCalled('Security Team Day').date] })),
  q('QJ102', 'SEC-004', 'is 28 november a working day for me', () => (dayIs(1, '2025-11-28', 'SEC'), yesNo(true, []))),
  q('QJ103', 'DEV-003', 'what public holidays have we got left this year?', () => answer({ dates: some(holidayDatesOver(REST_OF_YEAR, 'public')) })),
];
