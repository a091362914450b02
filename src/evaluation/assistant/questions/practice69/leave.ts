/*
 * practice69 — leave as the README promises it: balances ("how much leave do I have", "lv bal"; available already has
 * the pending requests taken off), an allowance ("granted": the year's grant), leave taken this year (the days gone by,
 * the approved days still ahead said apart), requests by state (pending for a team, whether one went through, whose
 * approved leave has not started), who is off (approved leave; no pending request falls in the period unless the
 * question says approved), when someone is back, and what a request costs.
 */
import type { Question } from '../../expectation';
import { EVERYONE, team } from '../../oracle/practice69-figures';
import { allocated, approvedAhead, available, costOf, offIn, pendingPeople, requestsOf, takenSplit, theRequest } from '../../oracle/practice69-calendar';
import { as, month, nextWeek, one, range, thisMonth } from '../../oracle/practice69-periods';
import { q } from '../helpers';
import { answer, days, figures, no, people, yesNo } from './shared';

const NEXT = () => as(nextWeek(), '2025-11-24', '2025-11-30');
const d = (v: number) => days(v);

export const LEAVE: readonly Question[] = [
  // Balances and allowances.
  q('QR144', 'DEV-003', 'how much annual leave have I got left?', () => figures(d(available('DEV-003')))),
  q('QR145', 'QA-003', 'my sick leave balance', () => figures(d(available('QA-003', 'SICK')))),
  q('QR146', 'SEC-004', 'how many annual leave days are still free for me?', () => figures(d(available('SEC-004')))),
  q('QR147', 'DAT-004', 'lv bal', () => figures(d(available('DAT-004')))),
  q('QR148', 'admin', "what's Clara Jensen's annual leave allowance for 2025", () => figures(d(allocated('AI-008')))),
  q('QR149', 'DEV-001', 'how much annual leave does Yuki have left', () => figures(d(available('DEV-009')))),
  q('QR150', 'admin', 'how many days of annual leave was Ivan Petrov granted this year?', () => figures(d(allocated('QA-010')))),
  // Taken.
  q('QR151', 'DEV-003', 'how much leave have I taken this year', () => figures(d(takenSplit('DEV-003').gone))),
  q('QR152', 'admin', 'how much leave has Felix Wagner taken this year?', () => {
    const t = takenSplit('AI-003');
    if (t.gone !== 0) throw new Error('Felix has taken leave');
    return figures(d(t.ahead));
  }),
  q('QR153', 'QA-003', 'how many sick days have I used this year', () => figures(d(takenSplit('QA-003', 'SICK').gone))),
  // Requests.
  q('QR154', 'DEV-001', 'pending leave requests for my team', () => people(pendingPeople(team('DEV'), undefined, 'DEV-001'))),
  q('QR155', 'admin', 'show all pending leave reqs', () => people(pendingPeople(EVERYONE))),
  q('QR156', 'QA-001', 'any leave requests from my team waiting for a decision?', () => people(pendingPeople(team('QA'), undefined, 'QA-001'))),
  q('QR157', 'admin', "was Omar Haddad's leave request for the 21st approved?", () => {
    const l = theRequest('DEV-010', one('2025-11-21'));
    return yesNo(l.status === 'approved', [], { mentions: [l.status] });
  }),
  q('QR158', 'SEC-004', 'is my day off on the 28th confirmed?', () => {
    const l = theRequest('SEC-004', one('2025-11-28'));
    return yesNo(l.status === 'approved', [], { mentions: [l.status] });
  }),
  q('QR159', 'DEV-003', "what's the status of my december leave request", () => {
    const l = theRequest('DEV-003', month(12));
    return answer({ mentions: [l.status] });
  }),
  q('QR160', 'admin', "whose approved leave hasn't started yet?", () => people(approvedAhead())),
  q('QR161', 'QA-003', 'have I ever had a leave request turned down?', () => {
    if (requestsOf({ ids: ['QA-003'] }, ['rejected']).length > 0) throw new Error('QA-003 has a rejected request');
    return no();
  }),
  // Who is off, and when they are back.
  q('QR162', 'admin', 'who has approved leave next week', () => people(offIn(EVERYONE, NEXT(), true))),
  q('QR163', 'DEV-001', 'who is OOO next week on my team', () => people(offIn(team('DEV'), NEXT(), false, undefined, 'DEV-001'))),
  q('QR164', 'admin', 'who is on sick leave this month?', () => people(offIn(EVERYONE, as(thisMonth(), '2025-11-01', '2025-11-19'), false, 'SICK'))),
  q('QR165', 'admin', 'when is Anna Berg back from leave?', () => answer({ dates: [theRequest('DAT-007', one('2025-11-19'), ['approved']).to] })),
  q('QR166', 'DEV-001', 'Maria is off 24-28 Nov, how many leave days is that', () =>
    figures(d(costOf(theRequest('DEV-005', range('2025-11-24', '2025-11-28'), ['approved'])))),
  ),
  q('QR167', 'DEV-003', 'how many days will my request for 29-31 December cost me?', () =>
    figures(d(costOf(theRequest('DEV-003', range('2025-12-29', '2025-12-31'), ['pending'])))),
  ),
];
