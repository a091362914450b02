/*
 * practice66 — my leave on a phone: how much annual or sick leave I have left ("sickies", "lv bal", "AL" spelt out),
 * my entitlement, what I have used, what is pending, my requests and whether they went through; a manager's own and
 * their team's; HR's about the same people. API.md and the README: available = allocated + adjusted − taken − pending
 * (so "after my pending request" is the balance); an allowance or entitlement is the allocated grant; a request costs
 * the working time it takes (holidays nothing, a half day 0.5). None of the askers has approved leave ahead, so what
 * they have taken is the same counted to today or to the year's end.
 */
import type { Question } from '../../expectation';
import type { LeaveRequest } from '../../dataset/calendar';
import { NEXT_WEEK } from '../helpers';
import { balanceOf, costOf, onLeaveIn, pendingIn, requestOn, requestsOf, visible } from '../../oracle/practice66-calendar';
import { q } from '../helpers';
import { answer, figures, leaveD, leftOf, noneOf, takenOf, yesIf } from './shared';

/** The word a request's state is said with ("cancel" finds cancelled and canceled). */
const word = (l: LeaveRequest) => (l.status === 'cancelled' ? 'cancel' : l.status);
/** "Has it been approved?": yes or no first, then the state and the request's first day. */
const approvedYet = (id: string, day: string) => {
  const l = requestOn(id, day);
  return yesIf(l.status === 'approved', [], { mentions: [word(l)], dates: [l.from] });
};
/** What happened to a request: its state and first day. */
const stateOf = (id: string, day: string) => {
  const l = requestOn(id, day);
  return answer({ mentions: [word(l)], dates: [l.from] });
};
/** Every request of the person: each first day and each state. */
const allRequests = (id: string) => {
  const list = requestsOf(id);
  if (list.length === 0) throw new Error(`${id} has no requests`);
  return answer({ dates: list.map((l) => l.from), mentions: [...new Set(list.map(word))] });
};
const costIs = (id: string, day: string) => figures(leaveD(costOf(requestOn(id, day))));
const pendingIs = (id: string) => figures(leaveD(balanceOf(id, 'ANNUAL').pending + balanceOf(id, 'SICK').pending + balanceOf(id, 'UNPAID').pending));
const allowanceIs = (id: string, code: 'ANNUAL' | 'SICK') => figures(leaveD(balanceOf(id, code).allocated));

export const LEAVE: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('QO089', 'DEV-003', 'how many sickies have i got left', () => leftOf('DEV-003', 'SICK')),
  q('QO090', 'DEV-003', 'lv bal?', () => leftOf('DEV-003', 'ANNUAL')),
  q('QO091', 'DEV-003', 'how much annual leave do i have left', () => leftOf('DEV-003', 'ANNUAL')),
  q('QO092', 'DEV-003', 'how much annual leave have i used this year', () => takenOf('DEV-003', 'ANNUAL')),
  q('QO093', 'DEV-003', "what's the status of my leave request for 29-31 dec?", () => stateOf('DEV-003', '2025-12-29')),
  q('QO094', 'DEV-003', 'how many days is my request for 29 to 31 december', () => costIs('DEV-003', '2025-12-29')),
  q('QO095', 'DEV-003', 'was my half day of leave in october approved?', () => approvedYet('DEV-003', '2025-10-20')),
  q('QO096', 'DEV-003', 'how much annual leave will i have after my pending request', () => leftOf('DEV-003', 'ANNUAL')),
  q('QO097', 'DEV-003', 'list my leave requests and where they are at', () => allRequests('DEV-003')),
  // Fatima Zahra (QA-003).
  q('QO098', 'QA-003', 'how many sick days have I got left?', () => leftOf('QA-003', 'SICK')),
  q('QO099', 'QA-003', 'how many sick days have i taken this year', () => takenOf('QA-003', 'SICK')),
  q('QO100', 'QA-003', "what's my annual leave entitlement for the year", () => allowanceIs('QA-003', 'ANNUAL')),
  q('QO101', 'QA-003', 'my annual leave balance pls', () => leftOf('QA-003', 'ANNUAL')),
  q('QO102', 'QA-003', 'was my sick day on the 5th approved', () => approvedYet('QA-003', '2025-11-05')),
  q('QO103', 'QA-003', 'do i have any leave requests waiting for approval', () => noneOf(requestsOf('QA-003', ['pending']))),
  // Kevin O'Brien (DAT-004).
  q('QO104', 'DAT-004', 'how much annual leave have i got?', () => leftOf('DAT-004', 'ANNUAL')),
  q('QO105', 'DAT-004', 'sick leave left?', () => leftOf('DAT-004', 'SICK')),
  q('QO106', 'DAT-004', 'how many sick days am i entitled to this year', () => allowanceIs('DAT-004', 'SICK')),
  // Emma Clarke (SEC-004).
  q('QO107', 'SEC-004', 'has my leave for the 28th been approved yet?', () => approvedYet('SEC-004', '2025-11-28')),
  q('QO108', 'SEC-004', 'how many days of annual leave do i have left', () => leftOf('SEC-004', 'ANNUAL')),
  q('QO109', 'SEC-004', 'what leave requests have i put in', () => allRequests('SEC-004')),
  q('QO110', 'SEC-004', 'how many days of leave do i have pending', () => pendingIs('SEC-004')),
  // Priya Raman (DEV-001), herself and her team.
  q('QO111', 'DEV-001', 'my annual leave balance', () => leftOf('DEV-001', 'ANNUAL')),
  q('QO112', 'DEV-001', 'how many sick days do i have left myself', () => leftOf('DEV-001', 'SICK')),
  q('QO113', 'DEV-001', 'how much annual leave does Maria Gonzalez have left', () => leftOf(visible('DEV-001', 'DEV-005'), 'ANNUAL')),
  q('QO114', 'DEV-001', "did Omar's leave for the 21st get approved?", () => approvedYet(visible('DEV-001', 'DEV-010'), '2025-11-21')),
  q('QO115', 'DEV-001', "how many days is Yuki's leave request in december", () => costIs(visible('DEV-001', 'DEV-009'), '2025-12-08')),
  q('QO116', 'DEV-001', 'pending leave requests in my team?', () => answer({ people: pendingIn('DEV') })),
  // Elena Petrova (QA-001), herself and her team.
  q('QO117', 'QA-001', 'how much annual leave have I got left', () => leftOf('QA-001', 'ANNUAL')),
  q('QO118', 'QA-001', "what happened to Peter Hansen's leave request for 5 Dec", () => stateOf(visible('QA-001', 'QA-006'), '2025-12-05')),
  q('QO119', 'QA-001', 'how many sick days does Fatima have left', () => leftOf(visible('QA-001', 'QA-003'), 'SICK')),
  q('QO120', 'QA-001', "Chris Walker's request for 2 December - approved yet?", () => approvedYet(visible('QA-001', 'QA-004'), '2025-12-02')),
  q('QO121', 'QA-001', 'who in my team is on leave next week', () => answer({ people: onLeaveIn('QA', NEXT_WEEK) })),
  q('QO122', 'QA-001', 'how much leave has Zoe Adams got left', () => leftOf(visible('QA-001', 'QA-009'), 'ANNUAL')),
  // HR.
  q('QO123', 'admin', "Aisha Khan's annual leave balance", () => leftOf('DEV-003', 'ANNUAL')),
  q('QO124', 'admin', 'how many sick days has Fatima Zahra got left?', () => leftOf('QA-003', 'SICK')),
  q('QO125', 'admin', "is Emma Clarke's leave request for 28 November approved?", () => approvedYet('SEC-004', '2025-11-28')),
  q('QO126', 'admin', 'how much annual leave has Priya Raman got left', () => leftOf('DEV-001', 'ANNUAL')),
  q('QO127', 'admin', "has Kevin O'Brien used any annual leave this year?", () => {
    if (balanceOf('DAT-004', 'ANNUAL').taken !== 0) throw new Error('taken');
    return noneOf(requestsOf('DAT-004', ['approved']).filter((l) => l.code === 'ANNUAL'));
  }),
];
