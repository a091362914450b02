/*
 * practice66 — holidays and working days as an employee sees them: the next public holiday, the public holidays left
 * this year, whether a day is a working day or a day off for me, when a named holiday is, and how many working days I
 * have left this year or in December. API.md and the README: a person gets the organisation's holidays and their own
 * team's; working days are the days of the work week less the holidays on them, a half-day holiday as a half, by the
 * person's own team's calendar; "the calendar is everyone's" (an employee asks it too). "Left this year" is said
 * "after today" so that today is out on every reading; "public" keeps another team's day out of the answer.
 */
import type { Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { holidayNamed, holidaysFor, nextPublicHoliday, TOMORROW, workingDays } from '../../oracle/practice66-calendar';
import { written } from '../../oracle/practice66-self';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';
import { answer, figures, filled, workingD, yesIf } from './shared';

const REST_OF_YEAR = written([TOMORROW, `${TODAY.slice(0, 4)}-12-31`] as const, '2025-11-20', '2025-12-31');
const DECEMBER = ['2025-12-01', '2025-12-31'] as const;

const nextPublic = () => answer({ dates: [written(nextPublicHoliday().date, '2025-12-24')] });
/** The holidays the person (or, with null, everybody) still gets this year, after today. */
const leftThisYear = (id: string | null) => answer({ dates: filled(holidaysFor(id === null ? null : person(id).team, REST_OF_YEAR).map((h) => h.date)) });
const workLeft = (id: string) => figures(workingD(workingDays(id, REST_OF_YEAR)));
const workIn = (id: string, range: readonly [string, string]) => figures(workingD(workingDays(id, range)));
/** Is the day a whole day off for the person by holiday: yes or no first, with the holiday's name. */
function offOn(id: string, day: string, asked: 'off' | 'working') {
  const whole = holidaysFor(person(id).team, [day, day]).filter((h) => h.half === null);
  const mentions = whole.map((h) => h.name);
  if (whole.length === 0) throw new Error(`${day} is no whole holiday for ${id}`);
  return yesIf(asked === 'off', [], { mentions });
}
const when = (name: string, iso: string) => answer({ dates: [written(holidayNamed(name).date, iso)] });

export const CALENDAR: readonly Question[] = [
  // Employees.
  q('QO128', 'DEV-003', "when's the next public holiday", () => nextPublic()),
  q('QO129', 'DEV-003', 'which public holidays are left this year?', () => leftThisYear(null)),
  q('QO130', 'DEV-003', 'am i working on boxing day?', () => offOn('DEV-003', '2025-12-26', 'working')),
  q('QO131', 'DEV-003', 'how many working days have i got left this year after today', () => workLeft('DEV-003')),
  q('QO132', 'QA-003', 'nxt public hol?', () => nextPublic()),
  q('QO133', 'QA-003', 'is christmas eve only a half day?', () => {
    const h = holidayNamed('Christmas Eve');
    return yesIf(h.half !== null, [], { dates: [h.date] });
  }),
  q('QO134', 'QA-003', 'how many working days do i have in december', () => workIn('QA-003', DECEMBER)),
  q('QO135', 'QA-003', 'when was the QA offsite?', () => when('QA Offsite', '2025-09-12')),
  q('QO136', 'DAT-004', 'is 25 december a working day', () => offOn('DAT-004', '2025-12-25', 'working')),
  q('QO137', 'DAT-004', 'what public holidays have we got left this year', () => leftThisYear(null)),
  q('QO138', 'DAT-004', 'how many working days in december for me', () => workIn('DAT-004', DECEMBER)),
  q('QO139', 'SEC-004', 'when is security team day', () => when('Security Team Day', '2025-12-01')),
  q('QO140', 'SEC-004', 'am i off on 1 december?', () => offOn('SEC-004', '2025-12-01', 'off')),
  q('QO141', 'SEC-004', 'how many working days have I got left in 2025, not counting today', () => workLeft('SEC-004')),
  q('QO142', 'SEC-004', 'is the 1st of december a working day for me', () => offOn('SEC-004', '2025-12-01', 'working')),
  q('QO143', 'SEC-004', 'which holidays do i still get this year after today', () => leftThisYear('SEC-004')),
  // Managers.
  q('QO144', 'DEV-001', 'how many working days are left this year for me, from tomorrow', () => workLeft('DEV-001')),
  q('QO145', 'DEV-001', 'when was the DEV recharge day', () => when('DEV Recharge Day', '2025-11-07')),
  q('QO146', 'QA-001', 'how many working days do I have in December?', () => workIn('QA-001', DECEMBER)),
  q('QO147', 'QA-001', 'is 26 december a day off?', () => offOn('QA-001', '2025-12-26', 'off')),
  // HR.
  q('QO148', 'admin', 'working days left in 2025 for Emma Clarke after today', () => workLeft('SEC-004')),
  q('QO149', 'admin', 'how many working days does Aisha Khan have in december', () => workIn('DEV-003', DECEMBER)),
];
