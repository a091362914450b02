/*
 * practice62 — what is waiting for the manager and who is away: pending leave requests on the team (who, for when,
 * how many days each costs), requests decided (rejected, cancelled), who is off next week or this week, the attendance
 * corrections queue (the data set files none: the answer says there are none, speaking of corrections), a leave balance
 * with nothing pending. API.md: leave requests are scoped like attendance; a request's days are the expected fraction
 * without leave over its range (holidays and weekends cost nothing, a half day 0.5). "Waiting for my approval" is not
 * asked: a member without a login (Yuki Tanaka, Chris Walker) is decided by an admin, so it and "pending on my team"
 * would differ. Who is off over a period is read from the absence rule's halves and from the approved requests (both
 * must agree).
 */
import { answer, people, type Question } from '../../expectation';
import { balance } from '../../oracle/leave-figures';
import { agree, EVERYONE, LAST_MONTH, month, NEXT_WEEK, none, some, teamOf, THIS_MONTH, THIS_WEEK } from '../../oracle/practice62-figures';
import { costOf, leaveD, noCorrections, offDuring, outsideTeam, requestsOf, yesNo } from '../../oracle/practice62-team';
import { dataset } from '../../dataset/dataset';
import { TODAY, type LeaveStatus } from '../../dataset/calendar';
import { addDays, weekday } from '../../dataset/dates';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');

/** The one request of a person in a state (throws unless exactly one). */
function theRequest(id: string, status: LeaveStatus) {
  const found = dataset().leave.filter((l) => l.employee === id && l.status === status);
  if (found.length !== 1) throw new Error(`${id} has ${found.length} ${status} requests`);
  return found[0]!;
}
/** Who is on leave this week: so far (Monday to today) and the whole week (to Sunday) must agree. */
const thisWeek = (g: typeof DEV, asker: string) => agree([offDuring(g, THIS_WEEK, asker), offDuring(g, [THIS_WEEK[0], addDays(THIS_WEEK[0], 6)], asker)]);
const pendingOf = (g: typeof DEV) => [...new Set(some(requestsOf(g, 'pending')).map((l) => l.employee))].sort();

export const LEAVE: readonly Question[] = [
  // Priya Raman, DEV.
  q('QK161', 'DEV-001', 'any leave requests pending on my team?', () => yesNo(true, { people: pendingOf(DEV) })),
  q('QK162', 'DEV-001', "yuki's pending leave request - how many days is it", () => answer({ figures: [leaveD(costOf(theRequest('DEV-009', 'pending')))] })),
  q('QK163', 'DEV-001', 'pending leave reqs in my team - who and what dates', () => {
    const list = some(requestsOf(DEV, 'pending'));
    return answer({ people: pendingOf(DEV), dates: list.flatMap((l) => [l.from, l.to]) });
  }),
  q('QK164', 'DEV-001', 'anyone from my lot away next week?', () => yesNo(true, { people: some(offDuring(DEV, NEXT_WEEK, 'DEV-001')) })),
  q('QK165', 'DEV-001', 'is maria off next week? which days', () => {
    const l = theRequest('DEV-005', 'approved');
    if (!(l.from <= NEXT_WEEK[1] && NEXT_WEEK[0] <= l.to)) throw new Error('not next week');
    return yesNo(true, { dates: [l.from, l.to] });
  }),
  q('QK166', 'DEV-001', 'attendance corrections pending for my team?', () => noCorrections()),
  q('QK167', 'DEV-001', 'omar asked for this friday off - was that approved?', () => {
    const l = theRequest('DEV-010', 'rejected');
    if (l.from !== addDays(TODAY, (5 - weekday(TODAY) + 7) % 7)) throw new Error('not this coming Friday');
    return yesNo(false, { mentions: ['reject'] });
  }),
  q('QK168', 'DEV-001', 'anybody in my team taking leave this week?', () => yesNo(true, { people: some(thisWeek(DEV, 'DEV-001')) })),
  q('QK169', 'DEV-001', 'how much annual leave has tom got left', () => {
    const b = balance('DEV-002', 'ANNUAL');
    if (b.pending !== 0) throw new Error('pending days make "left" ambiguous');
    return answer({ figures: [leaveD(b.available)] });
  }),
  q('QK170', 'DEV-001', 'who in my team took leave last month', () => people(some(offDuring(DEV, LAST_MONTH, 'DEV-001')))),

  // Elena Petrova, QA.
  q('QK171', 'QA-001', 'any pending leave in my team', () => people(pendingOf(QA))),
  q('QK172', 'QA-001', 'is zoe off next week', () => {
    const l = theRequest('QA-009', 'approved');
    if (!(l.from <= NEXT_WEEK[1] && NEXT_WEEK[0] <= l.to)) throw new Error('not next week');
    return yesNo(true, { dates: [l.from] });
  }),
  q('QK173', 'QA-001', 'any of my people on leave this week', () => yesNo(false, { people: none(thisWeek(QA, 'QA-001')) })),
  q('QK174', 'QA-001', 'any correction requests waiting in QA', () => noCorrections()),
  q('QK175', 'QA-001', "was peter's leave on 5 december cancelled?", () => {
    const l = theRequest('QA-006', 'cancelled');
    if (l.from !== '2025-12-05') throw new Error('another day');
    return yesNo(true, { mentions: ['cancel'] });
  }),
  q('QK176', 'QA-001', "how many days is chris walker's pending leave", () => answer({ figures: [leaveD(costOf(theRequest('QA-004', 'pending')))] })),
  q('QK177', 'QA-001', 'who on my team has taken leave so far this month', () => people(some(offDuring(QA, THIS_MONTH, 'QA-001')))),

  // The HR admin, for contrast.
  q('QK178', 'admin', 'who is off next week across the company', () => people(some(offDuring(EVERYONE, NEXT_WEEK)))),
  q('QK179', 'admin', 'who has leave approved for december', () => people(some(offDuring(EVERYONE, month(12))))),

  // Employees.
  q('QK180', 'DEV-003', 'has my december leave been approved yet', () => {
    theRequest('DEV-003', 'pending');
    return yesNo(false, { mentions: ['pending'] });
  }),
  q('QK181', 'SEC-004', 'did my day off on the 28th get approved?', () => {
    const l = theRequest('SEC-004', 'pending');
    if (l.from !== '2025-11-28') throw new Error('another day');
    return yesNo(false, { mentions: ['pending'] });
  }),
  q('QK182', 'QA-003', "who's off on my team next week", () => outsideTeam('QA')),
  q('QK183', 'DAT-004', 'any pending leave requests in the data team', () => outsideTeam('DAT')),
];
