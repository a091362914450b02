/*
 * practice61 — leave requests and their status. API.md: a request is pending, approved, rejected or cancelled; its
 * `days` are the expected fraction without leave over its dates (a half day 0.5); lists of requests by state and period
 * take those whose dates overlap it (README). A request's state is asked by the word of its state; a count of requests
 * stands next to the word "request". Every state, person and figure is read from the data set's requests.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { month, none, some, WHOLE_YEAR, YESTERDAY } from '../../oracle/practice58-figures';
import { pendingD, requestN } from '../../oracle/practice58-calendar';
import { chargeOf, requestsWhere, theRequest, whoRequested } from '../../oracle/practice61-leave';
import { teamOf } from '../../oracle/practice61-figures';
import type { LeaveStatus } from '../../dataset/calendar';
import { q } from '../helpers';

/** The state of a person's request (starting on a day), as a word the answer must say. */
const stateOf = (id: string, from?: string, statuses?: LeaveStatus[]) => theRequest(id, statuses, from).status;
const saysState = (id: string, from?: string) => answer({ mentions: [stateOf(id, from).slice(0, 6)] });
/** A yes-or-no about a request's state, with the state word. */
const isState = (id: string, from: string, asked: LeaveStatus) => {
  const state = stateOf(id, from);
  return yesNo(state === asked, [], { mentions: [state.slice(0, 6)] });
};
const daysAsked = (id: string, from: string) => figures(pendingD(chargeOf(theRequest(id, ['pending'], from))));

export const REQUESTS: readonly Question[] = [
  // HR.
  q('QJ024', 'admin', 'how many leave requests are waiting for approval', () => figures(requestN(requestsWhere(['pending']).length))),
  q('QJ025', 'admin', 'who has a leave request pending?', () => people(some(whoRequested(['pending'])))),
  q('QJ026', 'admin', "Peter Hansen's leave on 5 December - was it approved or cancelled in the end?", () => saysState('QA-006', '2025-12-05')),
  q('QJ027', 'admin', 'Which leave requests for December are still waiting for a decision?', () =>
    people(some(whoRequested(['pending'], {}, undefined, month(12)))),
  ),
  q('QJ028', 'admin', 'approved leave requests in november', () => people(some(whoRequested(['approved'], {}, undefined, month(11))))),
  q('QJ029', 'admin', "status of omar haddad's request for 21 nov?", () => saysState('DEV-010', '2025-11-21')),
  // Managers.
  q('QJ030', 'DEV-001', 'pending leave requests in my team', () => people(some(whoRequested(['pending'], teamOf('DEV'))))),
  q('QJ031', 'DEV-001', "how many days is Yuki's pending leave request for", () => daysAsked('DEV-009', '2025-12-08')),
  q('QJ032', 'DEV-001', "What's the status of Aisha Khan's leave request for the end of December?", () => saysState('DEV-003', '2025-12-29')),
  q('QJ033', 'DEV-001', 'did sofia rossis half day off yesterday get approved', () => isState('DEV-011', YESTERDAY, 'approved')),
  q('QJ034', 'QA-001', 'pending leave requests for QA', () => people(some(whoRequested(['pending'], teamOf('QA'))))),
  q('QJ035', 'QA-001', 'Chris Walker asked for the morning of 2 Dec off - how many days is that request?', () => daysAsked('QA-004', '2025-12-02')),
  q('QJ036', 'QA-001', 'who on my team cancelled a leave request', () => people(some(whoRequested(['cancelled'], teamOf('QA'))))),
  q('QJ037', 'QA-001', "list my team's approved leave requests this year", () => people(some(whoRequested(['approved'], teamOf('QA'), undefined, WHOLE_YEAR)))),
  // Employees.
  q('QJ038', 'DEV-003', 'whats the status of my leave request for 29-31 dec', () => saysState('DEV-003', '2025-12-29')),
  q('QJ039', 'DEV-003', 'how many days did I ask for at the end of December?', () => daysAsked('DEV-003', '2025-12-29')),
  q('QJ040', 'DEV-003', 'can you list all my leave requests this year and where they stand', () => {
    const mine = requestsWhere(['pending', 'approved', 'rejected', 'cancelled'], { ids: ['DEV-003'] });
    // A one-day request's date is checked; a range may be written "29–31 December", which names only one of its ends.
    const oneDay = mine.filter((l) => l.from === l.to).map((l) => l.from);
    return answer({ dates: some(oneDay), mentions: [...new Set(mine.map((l) => l.status.slice(0, 6)))] });
  }),
  q('QJ041', 'QA-003', 'do I have any leave requests pending?', () => (none(whoRequested(['pending'], { ids: ['QA-003'] })), yesNo(false, []))),
  q('QJ042', 'QA-003', 'my sick leave on 5 nov - was it approved', () => isState('QA-003', '2025-11-05', 'approved')),
  q(
    'QJ043',
    'DAT-004',
    'have I put in any leave requests this year?',
    () => (none(whoRequested(['pending', 'approved', 'rejected', 'cancelled'], { ids: ['DAT-004'] })), yesNo(false, [])),
  ),
  q('QJ044', 'SEC-004', 'has my leave request been approved yet', () => isState('SEC-004', '2025-11-28', 'approved')),
  q('QJ045', 'SEC-004', 'how many days of leave am I waiting on approval for', () => daysAsked('SEC-004', '2025-11-28')),
  q('QJ046', 'SEC-004', 'when is the leave I asked for?', () => answer({ dates: [theRequest('SEC-004').from] })),
];
