/*
 * practice60 — leave and the calendar in the first week: pending requests and their dates, who is off today, next week
 * or on a day, sick and unpaid leave taken, how long someone is away, leave by kind, balances, public holidays left,
 * the QA offsite, working days by a team's calendar, corrections waiting. README: "who will be off next week" is
 * answered from the leave booked; "leave taken … by kind"; "working days … the days of the work week less the holidays
 * on them, a half-day holiday as a half"; "holidays left this year"; "when is the QA offsite". A balance "left" is asked
 * only where it is the same with and without the pending requests (else as what is still available to book).
 */
import { TODAY } from '../../dataset/calendar';
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { holidayNamed, nonZero } from '../../oracle/practice43-figures';
import { ALL, leaveN, NEXT_WEEK, some, THIS_MONTH, THIS_WEEK, THIS_WEEK_WHOLE, wholeMonth, workingN, YEAR_SO_FAR } from '../../oracle/practice53-figures';
import { onLeave, requesters, requestsIn } from '../../oracle/practice53-people';
import { holidaysLeft, leaveTaken, on, TOMORROW, workingDays } from '../../oracle/practice55-figures';
import { leftOf, noCorrections, requestsOf } from '../../oracle/practice58-calendar';
import { holidayOn } from '../../oracle/practice59-figures';
import { daysOf } from '../../oracle/leave-figures';
import { both, leaveOfKind, qd, requestSpan } from '../../oracle/practice60-figures';
import { q } from '../helpers';

const pendingStarts = () => requestsOf(['pending']).map((l) => l.from);
const YEAR_END = `${TODAY.slice(0, 4)}-12-31`;

export const LEAVE: readonly Question[] = [
  q('QI106', 'admin', 'pending leave requests - who has one, and starting when?', () =>
    answer({ people: some(requesters('pending')), dates: pendingStarts() }),
  ),
  q('QI107', 'admin', "who's off next week? and who is off today", () => people(some(both(onLeave(ALL, NEXT_WEEK), onLeave(ALL, on(TODAY)))))),
  q('QI108', 'admin', 'has anyone been off sick in november so far?', () => {
    const ids = some([
      ...new Set(
        requestsIn('approved', THIS_MONTH)
          .filter((l) => l.code === 'SICK')
          .map((l) => l.employee),
      ),
    ]);
    return answer({ people: ids, mentions: ['yes'] });
  }),
  q('QI109', 'admin', 'How long is Anna Berg away for? first and last day pls', () => {
    const span = requestSpan('DAT-007', 'approved', on(TODAY));
    return answer({ dates: [span.from, span.to] });
  }),
  q('QI110', 'admin', 'how much annual leave has Lukas Novak used this year?', () => figures(leaveN(leaveTaken('DEV-004', 'ANNUAL', YEAR_SO_FAR)))),
  q('QI111', 'admin', 'leave taken in October, broken down by type', () => {
    const oct = wholeMonth(10);
    if (leaveOfKind('SICK', oct) !== 0) throw new Error('sick leave in October: its figure would be asked too');
    return figures(near(days(nonZero(leaveOfKind('ANNUAL', oct))), 'annual'), near(days(nonZero(leaveOfKind('UNPAID', oct))), 'unpaid'));
  }),
  q('QI112', 'admin', 'what public holidays do we still have this year?', () => answer({ dates: some(holidaysLeft(null)) })),
  q('QI113', 'admin', 'what date did QA have their offsite?', () => answer({ dates: [holidayNamed('QA Offsite')] })),
  q('QI114', 'admin', 'working days in December for DEV, and for SEC?', () =>
    figures(near(days(workingDays(wholeMonth(12), 'DEV')), 'dev|working|work|day'), near(days(workingDays(wholeMonth(12), 'SEC')), 'sec|working|work|day')),
  ),
  qd('QI115', 'admin', 'is Oct 31st a public holiday or a normal day?', ['Oct 31st'], (d) => answer({ mentions: [holidayOn(d, null)] })),
  q('QI116', 'admin', 'how much annual leave does Maria Gonzalez have left, and when does her next leave start', () => {
    const next = requestsOf(['approved'], { ids: ['DEV-005'] }).filter((l) => l.from > TODAY);
    if (next.length !== 1) throw new Error('Maria Gonzalez has no one next leave');
    return answer({ figures: [leaveN(leftOf('DEV-005'))], dates: [next[0]!.from] });
  }),
  q('QI117', 'admin', 'who has taken unpaid leave this year?', () =>
    people(
      some([
        ...new Set(
          requestsIn('approved', YEAR_SO_FAR)
            .filter((l) => l.code === 'UNPAID' && l.from <= TODAY)
            .map((l) => l.employee),
        ),
      ]),
    ),
  ),
  q('QI118', 'admin', 'any attendance corrections waiting on a decision?', () => noCorrections()),
  qd('QI119', 'admin', 'is anyone on leave on 26/11?', ['26/11'], (d) => answer({ people: some(onLeave(ALL, on(d))), mentions: ['yes'] })),
  q('QI120', 'admin', 'any rejected leave requests this year? whose', () => people(some(requesters('rejected')))),
  q('QI121', 'admin', 'how many leave requests are pending, and how many days do they add up to', () => {
    const pending = requestsOf(['pending']);
    return figures(near(count(pending.length), 'request|pending'), near(days(pending.reduce((s, l) => s + daysOf(l), 0)), 'day'));
  }),

  // The managers, their own team.
  q('QI122', 'DEV-001', "pending leave on my team - and who's on leave this week?", () =>
    people(some(both(requesters('pending', { team: 'DEV' }), onLeave({ team: 'DEV' }, THIS_WEEK, THIS_WEEK_WHOLE)))),
  ),
  q('QI123', 'QA-001', 'any pending requests from my people? for when?', () => {
    const pending = some(requestsOf(['pending'], { team: 'QA' }));
    return answer({ people: [...new Set(pending.map((l) => l.employee))], dates: pending.map((l) => l.from) });
  }),
  qd('QI124', 'QA-001', 'who from QA is off on the 26th of November', ['26th of November'], (d) => people(some(onLeave({ team: 'QA' }, on(d))))),
  q('QI125', 'DEV-001', 'how many working days are left for my team before the year is out?', () =>
    figures(workingN(workingDays([TOMORROW, YEAR_END], 'DEV'))),
  ),
  q('QI126', 'DEV-001', "Yuki Tanaka's leave request - which dates, and is it approved yet?", () => {
    const span = requestSpan('DEV-009', 'pending', [TODAY, YEAR_END]);
    return answer({ dates: [span.from, span.to], mentions: ['pending'] });
  }),
  q('QI127', 'QA-001', 'how many days of annual leave does Nina Kowalski have left?', () => figures(leaveN(leftOf('QA-005')))),
  q('QI128', 'QA-001', 'did Peter Hansen cancel his December leave? which day was it', () => {
    const span = requestSpan('QA-006', 'cancelled', wholeMonth(12));
    return answer({ dates: [span.from], mentions: ['cancel'] });
  }),
];
