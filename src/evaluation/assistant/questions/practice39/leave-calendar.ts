/*
 * practice39 — leave and the work calendar, promise by promise: balances (one person, a type, a team's total without
 * its leavers), leave taken this year (days gone by and days booked ahead said apart), leave by kind, requests by
 * state over a period (booked ahead included), back from leave, holidays by name and by date, "is … a day off",
 * working days with half-day holidays as halves, who has leave on a day ahead. The admin asks.
 */
import { answer, days, people, type Question } from '../../expectation';
import { everyHolidayBetween } from '../../oracle/practice19-figures';
import { balance, offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { requestersOverlapping } from '../../oracle/practice10-figures';
import { holidayDate, requesters } from '../../oracle/practice12-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { leaveLeftTotal } from '../../oracle/practice21-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { leaveEnds } from '../../oracle/practice27-figures';
import { takenAndAhead } from '../../oracle/practice28-figures';
import { isWorkingDay } from '../../oracle/practice30-figures';
import { leaveByKind } from '../../oracle/practice33-figures';
import { DECEMBER_WHOLE, none, NOVEMBER_WHOLE, OCTOBER_WHOLE, some, YEAR_SO_FAR } from '../../oracle/practice39-figures';
import { requests } from '../../oracle/leave-figures';
import { OCTOBER, q } from '../helpers';

const pendingIn = (range: readonly [string, string]) => requests('pending').filter((l) => l.from <= range[1] && range[0] <= l.to);

export const LEAVE_CALENDAR: readonly Question[] = [
  // A person's balance of a type, by the type's other names.
  q('PN128', 'admin', 'How much annual leave does Maria Gonzalez have left?', () => answer({ figures: [days(balance('DEV-005', 'ANNUAL').available)] })),
  q('PN129', 'admin', 'how many sick days does Tom Becker have left', () => answer({ figures: [days(balance('DEV-002', 'SICK').available)] })),
  // A team's total still available: its leavers left out.
  q('PN130', 'admin', 'how much annual leave does the AI team have left in total', () => answer({ figures: [days(leaveLeftTotal('ANNUAL', { team: 'AI' }))] })),
  // Leave taken this year: none gone by, 5.5 days booked ahead (22–31 December less the Christmas holidays).
  q('PN131', 'admin', 'How much annual leave has Felix Wagner taken this year?', () => answer({ figures: takenAndAhead('AI-003') })),
  q('PN132', 'admin', 'Leave taken in October by kind', () => answer({ figures: leaveByKind({}, OCTOBER) })),
  q('PN133', 'admin', 'sick leave taken so far this year', () => answer({ figures: [days(leaveTaken({}, 'SICK', YEAR_SO_FAR))] })),
  // Requests by state over a period: "this month" runs to the month's end (booked ahead included).
  q('PN134', 'admin', 'pending leave requests this month', () => {
    const found = pendingIn(NOVEMBER_WHOLE);
    return answer({ people: some([...new Set(found.map((l) => l.employee))]), dates: found.map((l) => l.from) });
  }),
  q('PN135', 'admin', 'approved or pending leave requests in December', () => people(some(requestersOverlapping(['approved', 'pending'], ...DECEMBER_WHOLE)))),
  q('PN136', 'admin', 'whose leave got rejectd?', () => people(some(requesters('rejected')))),
  // Back from leave: the end of the approved request under way or ahead.
  q('PN137', 'admin', 'When is Anna Berg back from leave?', () => answer({ dates: [leaveEnds('DAT-007')] })),
  q('PN138', 'admin', 'when is maria back from her time off', () => answer({ dates: [leaveEnds('DEV-005')] })),
  // Holidays by name and by date; "a day off" on a half-day holiday; a day named from the calendar.
  q('PN139', 'admin', 'When is the QA offsite?', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('PN140', 'admin', 'Is 31 October a day off?', () => answer({ mentions: ['Autumn Half Day'] })),
  q('PN141', 'admin', 'is the 25th of December a working day', () => yesNo(isWorkingDay('2025-12-25', 'DEV'), [], { mentions: ['Christmas Day'] })),
  q('PN142', 'admin', 'is the day after Christmas a working day?', () => yesNo(isWorkingDay('2025-12-26', 'DEV'), [], { mentions: ['Boxing Day'] })),
  // The admin sees every holiday (GET /holidays without team_id): the Security Team Day is among December's.
  q('PN143', 'admin', 'holidays in December', () => answer({ dates: everyHolidayBetween(...DECEMBER_WHOLE) })),
  // Working days: the work week less the holidays on it, a half-day holiday as a half.
  q('PN144', 'admin', 'How many working days does QA have in November?', () => answer({ figures: [days(workingDaysHalves(NOVEMBER_WHOLE, 'QA'))] })),
  q('PN145', 'admin', 'working days in December for Security', () => answer({ figures: [days(workingDaysHalves(DECEMBER_WHOLE, 'SEC'))] })),
  q('PN146', 'admin', 'workdays in October for the whole organisation', () => answer({ figures: [days(workingDaysHalves(OCTOBER_WHOLE, null))] })),
  // Leave on a day ahead; a type over the year; a day with only a cancelled request (nobody).
  q('PN147', 'admin', 'who has leave booked on 23 December?', () => people(some(offBetween({}, '2025-12-23', '2025-12-23')))),
  q('PN148', 'admin', 'who took unpaid leave this yr', () => people(some(onLeaveOfType('UNPAID', ...YEAR_SO_FAR)))),
  q('PN149', 'admin', 'who is on leave on 5 December?', () => people(none(offBetween({}, '2025-12-05', '2025-12-05')))),
];
