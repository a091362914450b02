/*
 * practice14 — leave in scope: the types the service keeps (annual, sick, unpaid), balances, requests by
 * state (pending, approved, rejected, cancelled) and period, leave taken, and leave booked ahead, asked by
 * every role about what they may see. Written code-blind from /work/shared/API.md, docs/API.md and the
 * README's "Assistant" section; every figure, person and date comes from the data set and the oracle.
 */
import { LEAVE_TYPES, TODAY } from '../../dataset/calendar';
import { answer, ask, count, days, figures, people, type Question } from '../../expectation';
import { leaveDays, onLeaveOfType, requests } from '../../oracle/leave-figures';
import { near, requestersOverlapping } from '../../oracle/practice10-figures';
import { requesters, requestStarts } from '../../oracle/practice12-figures';
import { allocated, available, DECEMBER, NOVEMBER_ALL, Q3, requestsAheadOf, taken } from '../../oracle/practice14-figures';
import { AUGUST, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_YEAR } from '../helpers';

export const LEAVE_IN_SCOPE: readonly Question[] = [
  // Balances.
  q('M029', 'DEV-003', 'my annual leave balance', () => figures(days(available('DEV-003', 'ANNUAL')))),
  q('M030', 'QA-003', 'how many sick days have i used this yr', () => figures(days(taken('QA-003', 'SICK')))),
  q('M031', 'SEC-004', 'how much annual leave do i have left', () => figures(days(available('SEC-004', 'ANNUAL')))),
  q('M032', 'DAT-004', 'annual leave balance pls', () => figures(days(available('DAT-004', 'ANNUAL')))),
  q('M033', 'DEV-001', 'aisha khan annual leave balance', () => figures(days(available('DEV-003', 'ANNUAL')))),
  q('M034', 'QA-001', 'how many sick days has fatima taken this year', () => figures(days(taken('QA-003', 'SICK')))),
  q('M035', 'admin', 'annual leave balance for DEV-005', () => figures(days(available('DEV-005', 'ANNUAL')))),
  q('M036', 'admin', "what's chloe dubois's annual leave allowance this year", () => figures(days(allocated('DEV-013', 'ANNUAL')))),
  q('M037', 'admin', 'chris annual leave balance', () => ask('DEV-006', 'QA-004')),
  q('M038', 'DEV-001', "chris's annual leave balance", () => figures(days(available('DEV-006', 'ANNUAL')))),
  q('M039', 'QA-001', 'how much annual leave has zoe adams got left', () => figures(days(available('QA-009', 'ANNUAL')))),
  q('M040', 'admin', 'how many annual leave days does a full-year employee get', () => figures(days(LEAVE_TYPES.ANNUAL.allowance))),
  q('M041', 'SEC-004', 'Emma Clarke annual leave balance', () => figures(days(available('SEC-004', 'ANNUAL')))),

  // Requests by state and period.
  q('M042', 'DEV-001', 'pending leave requests for my team', () => people(requesters('pending', { team: 'DEV' }))),
  q('M043', 'admin', 'any pending leave reqs?', () => people(requesters('pending'))),
  q('M044', 'admin', 'how many leave requests are pending', () => figures(count(requests('pending').length))),
  q('M045', 'QA-001', 'pending leave requests in my team', () => people(requesters('pending', { team: 'QA' }))),
  q('M046', 'admin', 'rejected leave requests this month', () => people(requestersOverlapping(['rejected'], NOVEMBER_ALL[0], NOVEMBER_ALL[1]))),
  q('M047', 'admin', 'cancelled leave requests', () => people(requesters('cancelled'))),
  q('M048', 'DEV-003', 'my pending leave requests', () => answer({ dates: requestStarts('DEV-003', 'pending') })),
  q('M049', 'SEC-004', 'is my leave request pending or approved', () => answer({ dates: requestStarts('SEC-004', 'pending') })),
  q('M050', 'admin', 'pending leave requests for december', () => people(requestersOverlapping(['pending'], DECEMBER[0], DECEMBER[1]))),
  q('M051', 'admin', 'approved leave requests in q3', () => people(requestersOverlapping(['approved'], Q3[0], Q3[1]))),
  q('M052', 'DEV-001', 'any rejected leave in my team', () => people(requesters('rejected', { team: 'DEV' }))),
  q('M053', 'admin', 'pending unpaid leave requests', () => people([...new Set(requests('pending', {}, 'UNPAID').map((l) => l.employee))])),
  q('M054', 'QA-001', 'approved or pending leave requests for my team next month', () =>
    people(requestersOverlapping(['approved', 'pending'], DECEMBER[0], DECEMBER[1], 'QA')),
  ),
  q('M055', 'admin', 'how many approved leave requests start after today', () =>
    figures(near(count(requests('approved').filter((l) => l.from > TODAY).length), 'request|approved')),
  ),
  q('M056', 'admin', 'who has approved leave starting after today', () => people(requestsAheadOf('approved'))),

  // Leave taken.
  q('M057', 'admin', 'how many days leave did lukas novak take in aug', () => figures(days(leaveDays('DEV-004', AUGUST[0], AUGUST[1])))),
  q('M058', 'admin', 'who was on sick leave in sept', () => people(onLeaveOfType('SICK', SEPTEMBER[0], SEPTEMBER[1]))),
  q('M059', 'admin', 'who took unpaid leave this year', () => people(onLeaveOfType('UNPAID', THIS_YEAR[0], THIS_YEAR[1]))),
  q('M060', 'DEV-001', 'who in my team had annual leave in oct', () => people(onLeaveOfType('ANNUAL', OCTOBER[0], OCTOBER[1], { team: 'DEV' }))),
  q('M061', 'DEV-003', 'how many days of leave have i taken this year', () => figures(days(leaveDays('DEV-003', THIS_YEAR[0], THIS_YEAR[1])))),
  q('M062', 'QA-003', 'sick days i took this mth', () => figures(days(leaveDays('QA-003', THIS_MONTH[0], THIS_MONTH[1], 'SICK')))),
  q('M063', 'admin', 'how many days of annual leave did julia fischer take in september', () =>
    figures(days(leaveDays('DAT-003', SEPTEMBER[0], SEPTEMBER[1], 'ANNUAL'))),
  ),
  q('M064', 'QA-001', 'how many days of annual leave has grace kim taken in 2025', () =>
    figures(days(leaveDays('QA-007', THIS_YEAR[0], THIS_YEAR[1], 'ANNUAL'))),
  ),
];
