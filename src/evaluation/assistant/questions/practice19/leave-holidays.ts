/*
 * practice19 — HR (admin) on leave and the calendar with several constraints at once: leave by kind, state,
 * period, team and level ("pending annual leave requests for December", "sick days DEV took in September",
 * "pending requests from juniors"), one person's leave in a month, and holidays of a scope in a range.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date and person
 * comes from the data set and the oracle.
 */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween, onLeaveOfType } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { DECEMBER, NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { everyHolidayBetween, halfDayHolidays, ofPosition, requestersOf, requestsIn, SEPT_AND_OCT, weekOf } from '../../oracle/practice19-figures';
import { q, SEPTEMBER, THIS_WEEK } from '../helpers';

const day = (d: string): [string, string] => [d, d];

export const LEAVE_HOLIDAYS: readonly Question[] = [
  // Leave by kind, state and period.
  q('C102', 'admin', 'pending annual leave requests for December', () => people(requestersOf(['pending'], 'ANNUAL', DECEMBER))),
  q('C103', 'admin', 'who took sick leave in November', () => people(onLeaveOfType('SICK', ...NOVEMBER_ALL))),
  q('C104', 'admin', 'who had unpaid leave approved between September and October', () => people(onLeaveOfType('UNPAID', ...SEPT_AND_OCT))),
  q('C105', 'admin', 'how many days of annual leave did the data team take between September and October', () =>
    figures(days(leaveTaken({ team: 'DAT' }, 'ANNUAL', SEPT_AND_OCT))),
  ),
  q('C106', 'admin', 'how many sick days did DEV take in September', () => figures(days(leaveTaken({ team: 'DEV' }, 'SICK', SEPTEMBER)))),
  q('C107', 'admin', 'annual leave days taken by the seniors between 1 and 14 November', () =>
    figures(days(leaveTaken(levelIn(undefined, 'Senior'), 'ANNUAL', ['2025-11-01', '2025-11-14']))),
  ),
  q('C108', 'admin', 'who in QA has approved leave between 24 and 30 November', () =>
    people(requestersOf(['approved'], undefined, weekOf('2025-11-24'), { team: 'QA' })),
  ),
  q('C109', 'admin', 'approved annual leave in the week of 24 November', () => people(onLeaveOfType('ANNUAL', ...weekOf('2025-11-24')))),
  q('C110', 'admin', 'rejected or cancelled leave requests for November and December', () =>
    people(requestersOf(['rejected', 'cancelled'], undefined, [NOVEMBER_ALL[0], DECEMBER[1]])),
  ),
  q('C111', 'admin', 'pending leave requests from juniors', () =>
    people(ofPosition(requestersOf(['pending'], undefined, ['2000-01-01', '2099-12-31']), 'Junior')),
  ),
  q('C112', 'admin', 'how many leave requests are pending in DEV and in QA', () =>
    figures(near(count(requestsIn('pending', { team: 'DEV' })), teamLabel('DEV')), near(count(requestsIn('pending', { team: 'QA' })), teamLabel('QA'))),
  ),
  q('C113', 'admin', 'who in DEV was on leave on 18 November', () => people(offBetween({ team: 'DEV' }, ...day('2025-11-18')))),
  q('C114', 'admin', 'how many days of leave did Sana Qureshi take in October', () => figures(days(leaveDays('AI-004', '2025-10-01', '2025-10-31')))),
  q('C115', 'admin', "Maria Gonzalez's annual leave: taken and remaining", () =>
    figures(near(days(balance('DEV-005', 'ANNUAL').taken), 'taken|used|booked'), near(days(balance('DEV-005', 'ANNUAL').available), 'remain|left|available')),
  ),
  q('C116', 'admin', 'who in the data team is on leave this week', () => people(offBetween({ team: 'DAT' }, ...THIS_WEEK))),

  // Holidays of a scope in a range.
  q('C117', 'admin', 'company-wide holidays between August and October', () => answer({ dates: datesOf(holidaysBetween('2025-08-01', '2025-10-31')) })),
  q('C118', 'admin', 'holidays for the QA team in September', () => answer({ dates: datesOf(holidaysBetween(...SEPTEMBER, 'QA')) })),
  q('C119', 'admin', 'which holidays fall between 1 November and 10 December', () => answer({ dates: everyHolidayBetween('2025-11-01', '2025-12-10') })),
  q('C120', 'admin', 'how many half-day holidays are there this year', () => figures(near(count(halfDayHolidays('2025-01-01', '2025-12-31')), 'half'))),
];
