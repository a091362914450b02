/*
 * practice54 — leave requests by state (pending, approved, rejected, cancelled), by kind, by date (the requests whose
 * days overlap the period, README) and by half day, and what a request costs (API.md's `days`: the days of the work
 * week in it less the holidays on them, a half-day holiday a half, a half day 0.5 — weekends inside a request cost
 * nothing). Managers ask about their team's requests, employees about their own, the admin about everyone's. A list a
 * question was written to find empty is asked as yes or no, and checked to be empty.
 */
import { answer, days, figures, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { sameWithoutAsker } from '../../oracle/practice34-figures';
import { myTeam, requestsOf } from '../../oracle/practice44-figures';
import {
  cost,
  costUnder,
  howManyRequests,
  month,
  NEXT_WEEK,
  none,
  NOVEMBER_SO_FAR,
  PENDING,
  COST,
  requestCount,
  requestersOf,
  requestStarting,
  reservedDays,
  some,
  YEAR_2025,
} from '../../oracle/practice54-figures';
import { q } from '../helpers';

const ALL = {};
/** The one request of a person that starts on the day, checked to be in the state the question assumes. */
const inState = (id: string, from: string, status: 'pending' | 'approved' | 'rejected' | 'cancelled') => {
  const l = requestStarting(id, from);
  if (l.status !== status) throw new Error(`${id}'s request from ${from} is ${l.status}`);
  return l;
};
/** The people with requests of one half day in a state, overlapping the range. */
const halfDayers = (status: 'pending' | 'approved', range: readonly [string, string]) =>
  some(
    [
      ...new Set(
        requestsOf([status], ALL, undefined, range)
          .filter((l) => l.half !== null)
          .map((l) => l.employee),
      ),
    ].sort(),
  );

export const REQUESTS: readonly Question[] = [
  // The admin: every state.
  q('QC043', 'admin', 'how many leave requests are still waiting for a decision?', () => figures(requestCount(howManyRequests(['pending'])))),
  q('QC044', 'admin', 'which leave requests got rejected?', () => people(some(requestersOf(['rejected'])))),
  q('QC045', 'admin', 'any leave requests cancelled this year?', () =>
    yesNo(true, [], { people: some(requestersOf(['cancelled'], ALL, undefined, YEAR_2025)) }),
  ),
  q('QC046', 'admin', 'How many leave requests have been approved in total?', () => figures(requestCount(howManyRequests(['approved'])))),
  q('QC047', 'admin', 'pending requests for unpaid leave?', () => people(some(requestersOf(['pending'], ALL, 'UNPAID')))),
  // By date: the requests whose days overlap the period.
  q('QC048', 'admin', 'which of the pending leave requests fall in December?', () => people(some(requestersOf(['pending'], ALL, undefined, month(12))))),
  q('QC049', 'admin', 'any leave requests pending for next week?', () =>
    yesNo(true, [], { people: some(requestersOf(['pending'], ALL, undefined, NEXT_WEEK)) }),
  ),
  q('QC050', 'admin', 'any pending leave requests from the data team?', () => {
    none(requestersOf(['pending'], { team: 'DAT' }));
    return yesNo(false, []);
  }),
  q('QC051', 'admin', 'pending half-day leave requests', () => people(halfDayers('pending', YEAR_2025))),
  // Any state, over a range: Felix Wagner's approved days and Aisha Khan's pending ones.
  q('QC052', 'admin', 'leave requests of any status between 22 and 31 December', () =>
    people(some(requestersOf(['pending', 'approved', 'rejected', 'cancelled'], ALL, undefined, ['2025-12-22', '2025-12-31']))),
  ),
  q('QC053', 'admin', 'total days tied up in leave requests still awaiting a decision', () => figures(near(days(reservedDays()), `${PENDING}|${COST}`))),
  // What requests cost: weekends and holidays inside them are free.
  q('QC054', 'admin', "Julia Fischer's leave from 1 to 12 September, how many days did it count as?", () =>
    figures(cost(costUnder(inState('DAT-003', '2025-09-01', 'approved'), 'weekend'))),
  ),
  q('QC055', 'admin', 'felix wagner is off 22-31 dec, how many leave days is that', () =>
    figures(cost(costUnder(inState('AI-003', '2025-12-22', 'approved'), 'holiday'))),
  ),
  q('QC056', 'admin', 'how many days was Grace Kim charged for her leave on 31 October?', () =>
    figures(cost(costUnder(inState('QA-007', '2025-10-31', 'approved'), 'holiday'))),
  ),
  // One request's state.
  q('QC057', 'admin', "did Omar Haddad's leave request for 21 November go through?", () => {
    inState('DEV-010', '2025-11-21', 'rejected');
    return yesNo(false, [], { mentions: ['rejected'] });
  }),
  q('QC058', 'admin', "status of Peter Hansen's leave request for 5 December?", () => {
    inState('QA-006', '2025-12-05', 'cancelled');
    return answer({ mentions: ['cancel'] });
  }),
  q('QC059', 'admin', 'who had a half day of leave approved in November?', () => people(halfDayers('approved', NOVEMBER_SO_FAR))),
  // Managers: their team's requests.
  q('QC060', 'DEV-001', 'pending leave reqs in my team', () => people(some(myTeam('DEV-001', (s) => requestersOf(['pending'], s))))),
  q('QC061', 'DEV-001', "is Maria's leave next week approved?", () => {
    inState('DEV-005', NEXT_WEEK[0], 'approved');
    return yesNo(true, []);
  }),
  q('QC062', 'DEV-001', 'any rejected or cancelled leave on my team?', () =>
    yesNo(true, [], { people: some(myTeam('DEV-001', (s) => requestersOf(['rejected', 'cancelled'], s))) }),
  ),
  q('QC063', 'QA-001', 'any december leave requests from my team still pending?', () =>
    yesNo(true, [], { people: some(myTeam('QA-001', (s) => requestersOf(['pending'], s, undefined, month(12)))) }),
  ),
  q('QC064', 'QA-001', 'what leave has Zoe Adams asked for?', () => {
    const l = inState('QA-009', '2025-11-26', 'approved');
    if (requestsOf(['pending', 'approved', 'rejected', 'cancelled'], { ids: ['QA-009'] }).length !== 1) throw new Error('QA-009 has more requests');
    return answer({ dates: [l.from], mentions: ['approved'] });
  }),
  q('QC065', 'QA-001', 'how many leave requests has my team put in this year, whatever their status?', () =>
    figures(
      requestCount(
        sameWithoutAsker({ team: 'QA' }, 'QA-001', (s) => howManyRequests(['pending', 'approved', 'rejected', 'cancelled'], s, undefined, YEAR_2025)),
      ),
    ),
  ),
  // Employees: their own requests.
  q('QC066', 'DEV-003', "where's my request for 29-31 December at?", () => {
    inState('DEV-003', '2025-12-29', 'pending');
    return answer({ mentions: ['pending'] });
  }),
  q('QC067', 'SEC-004', 'list my leave requests and their status', () =>
    answer({ dates: [inState('SEC-004', '2025-11-28', 'pending').from], mentions: ['pending'] }),
  ),
  q('QC068', 'QA-003', 'anything waiting for approval on my leave?', () => {
    none(requestersOf(['pending'], { ids: ['QA-003'] }));
    return yesNo(false, []);
  }),
  q('QC069', 'DAT-004', 'have I ever had a leave request turned down', () => {
    none(requestersOf(['rejected'], { ids: ['DAT-004'] }));
    return yesNo(false, []);
  }),
];
