/*
 * practice61 — the four employees once more about themselves, mixing the set's themes the way one person's questions
 * come in a week: yesterday's hours and times, last week's lateness and absences, leave used and granted, the next day
 * off by the calendar and the working days left in the month (from tomorrow, on their own team's calendar, asked only
 * where no approved leave of theirs falls in it). Absence follows API.md's rule: closed days only, leave never absent.
 */
import { answer, figures, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import {
  hoursH,
  isoWeek,
  LAST_WEEK,
  lastWeekday,
  leaveD,
  month,
  none,
  on,
  REST_OF_MONTH,
  THIS_MONTH,
  YEAR_SO_FAR,
  YESTERDAY,
} from '../../oracle/practice58-figures';
import { grantD, workingD } from '../../oracle/practice58-calendar';
import { clockOf, lateDaysOf, only, personal, recordAt, type Range } from '../../oracle/practice61-figures';
import { grantFor, ledgerOf, myWorkDays, nextHolidayOf, offDuring, usedOf } from '../../oracle/practice61-leave';
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { q } from '../helpers';

const hrs = (id: string, range: Range) => figures(hoursH(personal(id, 'hours', range)));
const notLate = (id: string, range: Range) => yesNo(false, [], { dates: none(lateDaysOf(id, range)) });

export const MINE: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('QJ152', 'DEV-003', 'how many hours did I do yesterday?', () => hrs('DEV-003', on(YESTERDAY))),
  q('QJ153', 'DEV-003', 'did I take any sick days this year', () => (none(offDuring(only('DEV-003'), YEAR_SO_FAR, 'SICK')), yesNo(false, []))),
  q('QJ154', 'DEV-003', 'what time did I clock out on friday', () => answer({ mentions: [clockOf('DEV-003', lastWeekday(5), 'out')] })),
  q('QJ155', 'DEV-003', 'do i have to work on 26 dec?', () => {
    if (myWorkDays('DEV-003', on('2025-12-26')) !== 0) throw new Error('26 December is a working day for DEV');
    return yesNo(false, []);
  }),
  q('QJ156', 'DEV-003', 'my hours in wk 46', () => hrs('DEV-003', isoWeek(46))),
  // Fatima Zahra (QA-003): her check-in today is open, so this month's hours are the days before it.
  q('QJ157', 'QA-003', 'hours so far this month', () => hrs('QA-003', THIS_MONTH)),
  q('QJ158', 'QA-003', 'how many working days are left this month for me?', () => figures(workingD(myWorkDays('QA-003', REST_OF_MONTH)))),
  q('QJ159', 'QA-003', "when's my next day off for a holiday?", () => answer({ dates: [nextHolidayOf(person('QA-003').team).date] })),
  q('QJ160', 'QA-003', 'how much sick leave have i used this year', () => figures(leaveD(usedOf('QA-003', 'SICK')))),
  q('QJ161', 'QA-003', 'what time did I leave yesterday evening', () => answer({ mentions: [clockOf('QA-003', YESTERDAY, 'out')] })),
  // Kevin O'Brien (DAT-004).
  q('QJ162', 'DAT-004', 'how many hours did I work last week', () => hrs('DAT-004', LAST_WEEK)),
  q('QJ163', 'DAT-004', 'was I late at all last week?', () => notLate('DAT-004', LAST_WEEK)),
  q('QJ164', 'DAT-004', 'how many days of annual leave was i given for 2025', () => {
    if (ledgerOf('DAT-004').available !== grantFor('DAT-004', 'ANNUAL')) throw new Error('DAT-004 has used or requested leave');
    return figures(grantD(grantFor('DAT-004', 'ANNUAL')));
  }),
  q('QJ165', 'DAT-004', 'whens the next holiday', () => answer({ dates: [nextHolidayOf(person('DAT-004').team).date] })),
  q('QJ166', 'DAT-004', 'working days left in november?', () => figures(workingD(myWorkDays('DAT-004', REST_OF_MONTH)))),
  // Emma Clarke (SEC-004): no record yet today.
  q('QJ167', 'SEC-004', 'what time did i get in yesterday', () => answer({ mentions: [clockOf('SEC-004', YESTERDAY, 'in')] })),
  q('QJ168', 'SEC-004', 'hours worked in october', () => hrs('SEC-004', month(10))),
  q('QJ169', 'SEC-004', 'how many working days does the rest of november have for me', () => figures(workingD(myWorkDays('SEC-004', REST_OF_MONTH)))),
  q('QJ170', 'SEC-004', 'have I checked in today?', () => {
    if (recordAt('SEC-004', TODAY)) throw new Error('SEC-004 has checked in today');
    return yesNo(false, []);
  }),
  q('QJ171', 'SEC-004', 'did I miss any days last week', () => {
    if (personal('SEC-004', 'absent', LAST_WEEK) !== 0) throw new Error('SEC-004 was absent last week');
    return yesNo(false, []);
  }),
];
