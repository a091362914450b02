/*
 * practice69 — the work calendar, hires and leavers, tenure and corrections, as the README lists them: the next public
 * holiday, a team's holiday by its name ("the QA offsite"), whether a day is a working day or a day off (answered from
 * the caller's team's calendar), the holidays left this year and a team's own; working days (the
 * days of the work week less the holidays on them, a half-day holiday as a half) for a team or one person by their
 * team's calendar; hires and leavers over a period or ever (a team's losses); the longest-serving, the newest, those
 * with us more or less than a year; pending corrections (the data set holds none).
 */
import type { Question } from '../../expectation';
import { datesOf, holidayNamed, holidayOn, holidaysIn, isFullWorkingDay, nextHolidayOf, workingDays, workingDaysOf } from '../../oracle/practice69-calendar';
import { byHire, everLeft, hiredIn, leftIn, servedAtLeast, underAYear } from '../../oracle/practice69-people';
import { as, month, restOfYear, thisQuarter, thisYear, wholeYear } from '../../oracle/practice69-periods';
import { HOLIDAYS } from '../../dataset/calendar';
import { q } from '../helpers';
import { answer, count, days, figures, people, yes, yesNo } from './shared';

const YEAR = () => as(thisYear(), '2025-01-01', '2025-11-19');
const LEFT = () => as(restOfYear(), '2025-11-20', '2025-12-31');
const wd = (v: number) => figures(days(v));
const n = (v: number) => figures(count(v));

export const CALENDAR: readonly Question[] = [
  // Holidays.
  q('QR168', 'DEV-003', 'when is the nxt public hol', () => answer({ dates: [nextHolidayOf('org').date] })),
  q('QR169', 'admin', "what's the next company-wide holiday?", () => answer({ dates: [nextHolidayOf('org').date], mentions: [nextHolidayOf('org').name] })),
  q('QR170', 'SEC-004', "when's my next holiday?", () => answer({ dates: [nextHolidayOf('SEC').date] })),
  q('QR171', 'admin', 'what date was the qa offsite', () => answer({ dates: [holidayNamed('QA Offsite').date] })),
  q('QR172', 'SEC-004', 'are we off on 1 December?', () => {
    const h = holidayOn('2025-12-01', 'SEC');
    return yes([], { mentions: [h.name] });
  }),
  q('QR173', 'admin', 'is christmas day a working day this year', () => {
    const h = holidayNamed('Christmas Day');
    return yesNo(isFullWorkingDay(h.date, 'DEV'), [], { dates: [h.date] });
  }),
  q('QR174', 'QA-001', 'is 31 October a full day off?', () => {
    const h = holidayOn('2025-10-31', 'QA');
    return yesNo(h.half === null, [], { mentions: ['half'] });
  }),
  q('QR175', 'admin', 'is 13 October a working day', () => {
    const h = holidayOn('2025-10-13', 'org');
    return yesNo(isFullWorkingDay(h.date, 'QA'), [], { mentions: [h.name] });
  }),
  q('QR176', 'admin', 'company holidays left this year', () => answer({ dates: datesOf(holidaysIn(LEFT(), 'org')) })),
  q('QR177', 'admin', 'which holidays are just for QA', () => answer({ dates: datesOf(HOLIDAYS.filter((h) => h.team === 'QA' && h.date.startsWith('2025'))) })),
  // Working days.
  q('QR178', 'admin', 'working days in november for the data team', () => wd(workingDays(month(11), 'DAT'))),
  q('QR179', 'DEV-001', 'how many working days does my team have in November?', () => wd(workingDays(month(11), 'DEV'))),
  q('QR180', 'DAT-004', 'how many working days have I got left in 2025', () => wd(workingDaysOf('DAT-004', LEFT()))),
  q('QR181', 'admin', 'how many working days does security have in December', () => wd(workingDays(month(12), 'SEC'))),
  // Hires and leavers.
  q('QR182', 'admin', 'how many new hires in 2025', () => n(hiredIn(as(wholeYear(), '2025-01-01', '2025-12-31')).length)),
  q('QR183', 'admin', 'hires and leavers this year', () => figures(count(hiredIn(YEAR()).length), count(leftIn(YEAR()).length))),
  q('QR184', 'DEV-001', 'did anyone leave my team this year?', () => {
    const gone = leftIn(YEAR(), 'DEV');
    return gone.length > 0 ? yes([], { people: gone }) : answer({ people: [], mentions: ['no'] });
  }),
  q('QR185', 'admin', 'how many people has the AI team lost', () => n(everLeft('AI').length)),
  q('QR186', 'admin', 'who did we hire this quarter?', () => people(hiredIn(as(thisQuarter(), '2025-10-01', '2025-11-19')))),
  q('QR187', 'QA-001', 'who joined my team in 2025', () => people(hiredIn(YEAR(), 'QA'))),
  // Tenure.
  q('QR188', 'admin', 'longest serving in the QA team?', () => people([byHire({ team: 'QA' }, 'earliest')])),
  q('QR189', 'admin', 'how many staff have been here under a year', () => n(underAYear().length)),
  q('QR190', 'DEV-001', 'newest person on my team', () => people([byHire({ team: 'DEV' }, 'latest')])),
  q('QR191', 'admin', 'who has been with the company for at least 8 years?', () => people(servedAtLeast(8))),
  q('QR192', 'QA-001', 'how many of my team have been here 6 years or more, me included', () => {
    const ids = servedAtLeast(6, { team: 'QA' });
    if (!ids.includes('QA-001')) throw new Error('QA-001 not among them');
    return n(ids.length);
  }),
  // Corrections (none in the data set).
  q('QR193', 'admin', 'any pending corrections?', () => answer({ mentions: ['correction'] })),
  q('QR194', 'DEV-001', 'are there attendance corrections waiting for me to decide?', () => answer({ mentions: ['correction'] })),
];
