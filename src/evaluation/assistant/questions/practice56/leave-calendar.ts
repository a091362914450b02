/*
 * practice56 — leave and the work calendar: balances (what is left of a kind, for people with no request waiting, so
 * that "left" reads the same before and after pending days), leave taken this year (a day of leave half off by a
 * holiday costs a half), requests by state and period, who is off, when someone is back from leave, holidays (the next
 * public one, one's own calendar, those left this year), working days (the days of the work week less the holidays on
 * them, a half-day holiday as a half), and corrections pending. Each is asked plainly, casually, and with one more
 * constraint. The calendar is everyone's, so employees ask about their own days off and working days too.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { noPendingCorrections, requestersIn, theOne } from '../../oracle/practice52-figures';
import { leaveN, NEXT_WEEK, some, team, wholeMonth, YEAR_SO_FAR } from '../../oracle/practice53-figures';
import { onLeave } from '../../oracle/practice53-people';
import { left, leftOf, requestersOf, taken, working } from '../../oracle/practice54-figures';
import { holidaysLeft, leaveTaken, nextHolidayFor, TOMORROW, workingDays } from '../../oracle/practice55-figures';
import { leaveEnding } from '../../oracle/practice56-figures';
import { q } from '../helpers';

const DECEMBER = wholeMonth(12);
const REST_OF_YEAR: [string, string] = [TOMORROW, `${TOMORROW.slice(0, 4)}-12-31`];
const backFrom = (id: string) => answer({ dates: [leaveEnding(id).to] });

export const LEAVE_AND_CALENDAR: readonly Question[] = [
  // What is left of a kind of leave.
  q('QE192', 'QA-003', 'How much annual leave do I have left?', () => figures(left(leftOf('QA-003', 'ANNUAL')))),
  q('QE193', 'DAT-004', 'annual lv bal?', () => figures(left(leftOf('DAT-004', 'ANNUAL')))),
  q('QE194', 'QA-003', 'How much sick leave do I have left this year?', () => figures(left(leftOf('QA-003', 'SICK')))),
  q('QE195', 'DEV-001', 'How much annual leave does Lukas Novak have left?', () => figures(left(leftOf('DEV-004', 'ANNUAL')))),

  // Leave taken this year.
  q('QE196', 'admin', 'How much annual leave has Lukas Novak taken this year?', () => figures(taken(leaveTaken('DEV-004', 'ANNUAL', YEAR_SO_FAR)))),
  q('QE197', 'QA-001', 'how much annual leave has grace taken this yr', () => figures(taken(leaveTaken(theOne('QA-001', 'Grace'), 'ANNUAL', YEAR_SO_FAR)))),
  q('QE198', 'admin', 'How much sick leave did Mei Lin take this year?', () => figures(taken(leaveTaken('DAT-005', 'SICK', YEAR_SO_FAR)))),

  // Requests by state and period.
  q('QE199', 'admin', 'Which leave requests are pending?', () => people(some(requestersOf(['pending'])))),
  q('QE200', 'admin', 'Which pending leave requests are for December?', () => people(some(requestersOf(['pending'], {}, undefined, DECEMBER)))),
  q('QE201', 'DEV-001', 'Does my team have any leave requests waiting for approval?', () => people(some(requestersIn('pending', team('DEV'), 'DEV-001')))),

  // Who is off (leave booked ahead).
  q('QE202', 'admin', 'Who will be on leave next week?', () => people(some(onLeave({}, NEXT_WEEK)))),
  q('QE203', 'admin', "who's OOO nxt wk?", () => people(some(onLeave({}, NEXT_WEEK)))),
  q('QE204', 'QA-001', 'Who on my team is off next week?', () => people(some(onLeave(team('QA'), NEXT_WEEK)))),

  // When someone is back: their approved request.
  q('QE205', 'admin', 'When does Maria Gonzalez return from her leave?', () => backFrom('DEV-005')),
  q('QE206', 'DEV-001', "when's maria back from her leave", () => backFrom('DEV-005')),
  q('QE207', 'admin', 'When is Felix Wagner back from leave, and how many days of leave is it?', () =>
    answer({ dates: [leaveEnding('AI-003').to], figures: [leaveN(leaveEnding('AI-003').days)] }),
  ),

  // Holidays.
  q('QE208', 'DAT-004', 'When is the next public holiday?', () => answer({ dates: [nextHolidayFor(null).date] })),
  q('QE209', 'SEC-004', 'nxt hol 4 me?', () => answer({ dates: [nextHolidayFor('SEC').date] })),
  q('QE210', 'QA-003', 'What holidays are left this year?', () => answer({ dates: some(holidaysLeft('QA')) })),

  // Working days.
  q('QE211', 'admin', 'How many working days are there for QA in December?', () => figures(working(workingDays(DECEMBER, 'QA')))),
  q('QE212', 'SEC-004', 'how many working days do i have in dec', () => figures(working(workingDays(DECEMBER, 'SEC')))),
  q('QE213', 'DEV-003', 'How many working days are left this year?', () => figures(working(workingDays(REST_OF_YEAR, 'DEV')))),

  // Corrections waiting.
  q('QE214', 'admin', 'Are there any attendance corrections pending?', () => {
    noPendingCorrections();
    return answer({ mentions: ['correction'] });
  }),
];
