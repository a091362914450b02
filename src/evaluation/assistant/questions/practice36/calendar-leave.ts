/*
 * practice36 — the calendar and leave, across roles: the next holiday, a holiday by its name, working days,
 * whether a date is a day off, who is off, pending requests, leave left and taken, hires of a quarter. Each
 * promise plainly, then again in other words.
 */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { offBetween, requests } from '../../oracle/leave-figures';
import { hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveLeftTotal } from '../../oracle/practice21-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { isWorkingDay } from '../../oracle/practice30-figures';
import { leaveByKind } from '../../oracle/practice33-figures';
import { DECEMBER, leaveEnds, leaveLeftBelow, NOVEMBER, Q3_2025 } from '../../oracle/practice36-figures';
import { addDays } from '../../dataset/dates';
import { TODAY } from '../../dataset/calendar';
import { NEXT_WEEK, OCTOBER, q } from '../helpers';

const left = (team: string) => holidaysBetween(addDays(TODAY, 1), '2025-12-31', team).map((h) => h.date);
const pending = () => near(count(requests('pending').length), 'request|pending');
const hiresQ3 = () => near(count(hiredBetween(...Q3_2025).length), 'people|employee|hire|join|starter|person');

export const CALENDAR_LEAVE: readonly Question[] = [
  q('PK107', 'DAT-004', 'When is the next public holiday?', () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),
  q('PK108', 'DAT-004', 'next bank holiday we get?', () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),
  q('PK109', 'admin', 'When is the QA offsite?', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('PK110', 'QA-003', 'what date was our team offsite?', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('PK111', 'admin', 'Is 13 October a working day?', () => yesNo(isWorkingDay('2025-10-13', 'DEV'), [], { mentions: ['Founders Day'] })),
  q('PK112', 'SEC-004', 'are we off on 1 December?', () => yesNo(!isWorkingDay('2025-12-01', 'SEC'), [], { mentions: ['Security Team Day'] })),
  q('PK113', 'admin', 'How many working days does DEV have in November?', () => figures(days(workingDaysHalves(NOVEMBER, 'DEV')))),
  q('PK114', 'admin', 'number of workdays for the dev team in december 2025', () => figures(days(workingDaysHalves(DECEMBER, 'DEV')))),
  q('PK115', 'DAT-004', 'Which holidays are left this year?', () => answer({ dates: left('DAT') })),
  q('PK116', 'DEV-003', 'public holidays still to come before new year?', () => answer({ dates: left('DEV') })),
  q('PK117', 'admin', 'Who is off next week?', () => people(offBetween({}, ...NEXT_WEEK))),
  q('PK118', 'admin', 'leave calendar for 24-30 Nov', () => people(offBetween({}, ...NEXT_WEEK))),
  q('PK119', 'admin', 'Who is on leave today?', () => people(offBetween({}, TODAY, TODAY))),
  q('PK120', 'admin', "who's OOO right now?", () => people(offBetween({}, TODAY, TODAY))),
  q('PK121', 'admin', 'How many pending leave requests are there?', () => figures(pending())),
  q('PK122', 'admin', 'leave reqs still awaiting a decision — how many?', () => figures(pending())),
  q('PK123', 'admin', 'When is Anna Berg back from leave?', () => answer({ dates: [leaveEnds('DAT-007')] })),
  q('PK124', 'admin', "anna berg's time off — until when?", () => answer({ dates: [leaveEnds('DAT-007')] })),
  q('PK125', 'admin', 'Leave taken in October by kind', () => figures(...leaveByKind({}, OCTOBER))),
  q('PK126', 'admin', 'october time off split by leave type', () => figures(...leaveByKind({}, OCTOBER))),
  q('PK127', 'DEV-001', 'How much annual leave does my team have left?', () => figures(days(leaveLeftTotal('ANNUAL', { team: 'DEV' })))),
  q('PK128', 'DEV-001', 'total annual days still unused across my devs', () => figures(days(leaveLeftTotal('ANNUAL', { team: 'DEV' })))),
  q('PK129', 'admin', 'Who has fewer than 10 days of annual leave left?', () => people(leaveLeftBelow('ANNUAL', 10))),
  q('PK130', 'admin', 'anyone down to less than 10 annual days remaining?', () => people(leaveLeftBelow('ANNUAL', 10))),
  q('PK131', 'admin', 'How many people were hired in Q3 2025?', () => figures(hiresQ3())),
  q('PK132', 'admin', 'new joiners jul-sep, count?', () => figures(hiresQ3())),
];
