/*
 * practice44 — leave requests by state (pending, approved, rejected, cancelled), by kind (annual, sick, unpaid), by
 * period (README: the requests whose dates overlap it, booked ahead included; "this month" runs to the month's end)
 * and by half day ("who took half-day leave": the requests of one half day only), and what a request costs (API.md's
 * `days`: the days of the work week in it less the holidays, a half-day holiday a half). Managers ask about their
 * team's queue, employees about their own requests, the admin about everyone's.
 */
import { answer, count, days, figures, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import {
  ALL,
  AUGUST,
  costOf,
  DECEMBER,
  halfDayRequesters,
  myTeam,
  none,
  NOVEMBER,
  notStartedYet,
  only,
  requestedDays,
  requestersOf,
  requestsOf,
  some,
  team,
  theRequest,
  YEAR_2025,
} from '../../oracle/practice44-figures';
import { q } from '../helpers';

const REQUESTS = 'request|pending|waiting|leave';
const COST = 'day|leave|cost|charge';
/** The first day of each of a person's requests in these states. */
const startsOf = (id: string, ...statuses: Array<'pending' | 'approved' | 'rejected' | 'cancelled'>): string[] =>
  requestsOf(statuses, only(id)).map((l) => l.from);

export const REQUESTS_SET: readonly Question[] = [
  // The admin: every state.
  q('PS061', 'admin', 'how many leave requests are pending?', () => figures(near(count(requestsOf(['pending']).length), REQUESTS))),
  q('PS062', 'admin', 'list the pending leave requests', () => people(some(requestersOf(['pending'])))),
  q('PS063', 'admin', 'any rejected leave requests?', () => yesNo(true, [], { people: some(requestersOf(['rejected'])) })),
  q('PS064', 'admin', 'which leave requests were rejected or cancelled?', () => people(some(requestersOf(['rejected', 'cancelled'])))),
  // By period: the requests overlapping it.
  q('PS065', 'admin', 'pending leave requests for December', () => people(some(requestersOf(['pending'], ALL, undefined, DECEMBER)))),
  q('PS066', 'admin', 'pending leave requests this month', () => people(some(requestersOf(['pending'], ALL, undefined, NOVEMBER)))),
  q('PS067', 'admin', 'approved leave requests in November - who?', () => people(some(requestersOf(['approved'], ALL, undefined, NOVEMBER)))),
  // By kind.
  q('PS068', 'admin', 'any pending unpaid leave requests?', () => yesNo(true, [], { people: some(requestersOf(['pending'], ALL, 'UNPAID')) })),
  q('PS069', 'admin', 'who has had sick leave approved this year?', () => people(some(requestersOf(['approved'], ALL, 'SICK', YEAR_2025)))),
  q('PS070', 'admin', 'who has taken unpaid leave this year', () => people(some(requestersOf(['approved'], ALL, 'UNPAID', YEAR_2025)))),
  // Half days: the requests of one half day only (Grace Kim's whole-day request on the Autumn Half Day is not one).
  q('PS071', 'admin', 'who took half-day leave in October?', () => people(some(halfDayRequesters('approved', ['2025-10-01', '2025-10-31'])))),
  q('PS072', 'admin', 'approved half-day leave requests this year', () => people(some(halfDayRequesters('approved', YEAR_2025)))),
  // "Approved or pending": each listed.
  q('PS073', 'admin', 'approved or pending leave requests in QA', () => people(some(requestersOf(['approved', 'pending'], team('QA'))))),
  q('PS074', 'admin', 'approved leave that has not started yet', () => people(some(notStartedYet()))),
  // What requests cost.
  q('PS075', 'admin', 'how many days do the pending leave requests add up to?', () => figures(near(days(requestedDays('pending')), COST))),
  // Christmas Eve's afternoon, Christmas Day and Boxing Day fall inside Felix Wagner's request and cost nothing.
  q('PS076', 'admin', "how many days is Felix Wagner's leave request in December?", () => figures(near(days(costOf(theRequest('AI-003', 'approved'))), COST))),
  // The Summer Bank Holiday falls inside Nina Kowalski's week.
  q('PS077', 'admin', "how many days of annual leave did Nina Kowalski's August request use?", () =>
    figures(near(days(costOf(requestsOf(['approved'], only('QA-005'), 'ANNUAL', AUGUST)[0]!)), COST)),
  ),
  // Managers: their team's queue.
  q('PS078', 'DEV-001', 'pending leave requests for my team', () => people(some(myTeam('DEV-001', (s) => requestersOf(['pending'], s))))),
  q('PS079', 'DEV-001', 'any rejected requests on my team?', () => yesNo(true, [], { people: some(myTeam('DEV-001', (s) => requestersOf(['rejected'], s))) })),
  q('PS080', 'DEV-001', 'What leave has Yuki Tanaka requested?', () => answer({ dates: startsOf('DEV-009', 'pending'), mentions: ['pending'] })),
  q('PS081', 'DEV-001', "omar's leave requests", () => answer({ dates: startsOf('DEV-010', 'rejected'), mentions: ['rejected'] })),
  q('PS082', 'QA-001', 'pending leave requests in QA', () => people(some(myTeam('QA-001', (s) => requestersOf(['pending'], s))))),
  q('PS083', 'QA-001', 'did Peter Hansen cancel his leave?', () => yesNo(true, [], { dates: startsOf('QA-006', 'cancelled') })),
  q('PS084', 'QA-001', 'approved leave requests for my team in November', () =>
    people(some(myTeam('QA-001', (s) => requestersOf(['approved'], s, undefined, NOVEMBER)))),
  ),
  q('PS085', 'QA-001', 'has chris walker got any leave pending?', () => yesNo(true, [], { dates: startsOf('QA-004', 'pending') })),
  // Employees: their own requests.
  q('PS086', 'DEV-003', 'what leave requests do I have pending', () =>
    answer({ dates: startsOf('DEV-003', 'pending'), figures: [near(days(costOf(theRequest('DEV-003', 'pending'))), COST)] }),
  ),
  q('PS087', 'DEV-003', 'show all my leave requests', () => answer({ dates: startsOf('DEV-003', 'approved', 'pending') })),
  q('PS088', 'SEC-004', 'is my leave request for the 28th approved yet?', () =>
    yesNo(theRequest('SEC-004', 'pending').status !== 'pending', [], { mentions: ['pending'] }),
  ),
  q('PS089', 'QA-003', 'my approved leave this year', () => answer({ dates: startsOf('QA-003', 'approved') })),
  q('PS090', 'DAT-004', 'do I have any leave requests?', () => {
    none(requestersOf(['pending', 'approved', 'rejected', 'cancelled'], only('DAT-004')));
    return yesNo(false, []);
  }),
];
