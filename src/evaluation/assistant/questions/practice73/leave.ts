/*
 * practice73 — leave typed in a hurry: balances ("lv", "PTO", "days left"; available already has the pending requests
 * taken off), an allowance or grant (its "allocated"), leave taken this year (the days gone by, the approved days still
 * ahead said apart), requests by state ("waiting on me", "go through", "cancelled"), whose approved leave has not
 * started, who is off on days ahead (approved leave; no pending request falls in the period unless "approved" is
 * said), when someone is back, what a request costs, leave taken by kind.
 */
import type { Figure, Question } from '../../expectation';
import { ALL, leaveOfKind, only, sum, teamOf } from '../../oracle/practice73-figures';
import { away, bookedAhead, costs, free, granted, requestsIn, takenThisYear, theOne, upcoming, waiting } from '../../oracle/practice73-calendar';
import { typed } from '../../oracle/practice73-people';
import { expectRange, lastMonth, nextWeek, single, span, thisMonth, today, yesterday } from '../../oracle/practice73-periods';
import { q } from '../helpers';
import { answer, days, figures, people, yesNo } from './shared';

const NW = () => expectRange(nextWeek(), '2025-11-24', '2025-11-30');
const NOV = () => expectRange(thisMonth(), '2025-11-01', '2025-11-19');
const OCT = () => expectRange(lastMonth(), '2025-10-01', '2025-10-31');
const d = (...xs: number[]) => figures(...xs.map((x) => days(x)));
const status = (truth: boolean, word: string) => yesNo(truth, [], { mentions: [word] });
/** Days of leave, which must stand next to a word of leave or days (the question's own words — "request", "off", "late" — would mislead the grader). */
const leaveDays = (value: number): Figure => ({ ...days(value), label: 'day|leave|pto|available|left' });

export const LEAVE: readonly Question[] = [
  // Balances and allowances.
  q('QV158', 'DEV-003', 'how many days leave have i got', () => d(free('DEV-003'))),
  q('QV159', 'QA-003', 'sick days left?', () => d(free('QA-003', 'SICK'))),
  q('QV160', 'SEC-004', 'how much pto do i have left after my pending request', () => figures(leaveDays(free('SEC-004')))),
  q('QV161', 'DAT-004', 'annual leave allowance this yr', () => d(granted('DAT-004'))),
  q('QV162', 'DEV-001', 'how much annual leave does yuki tanaka have left', () => d(free('DEV-009'))),
  q('QV163', 'DEV-001', 'how many annual leave days was chloe granted', () => d(granted(typed('chloe', 'DEV-013')))),
  q('QV164', 'admin', 'AL balance for felix wagner', () => d(free('AI-003'))),
  q('QV165', 'QA-003', 'how much annual lv do i have', () => d(free('QA-003'))),
  // Taken.
  q('QV166', 'DEV-003', 'how much annual leave have i used this yr', () => d(takenThisYear('DEV-003', 'ANNUAL').gone)),
  q('QV167', 'QA-003', 'sick days used this year', () => d(takenThisYear('QA-003', 'SICK').gone)),
  q('QV168', 'admin', 'leave taken by maria gonzalez this yr', () => {
    const t = takenThisYear('DEV-005');
    if (t.gone !== 0) throw new Error('Maria has taken leave');
    return d(t.ahead);
  }),
  q('QV169', 'admin', 'annual and unpaid leave taken in oct', () => d(leaveOfKind(OCT(), 'ANNUAL'), leaveOfKind(OCT(), 'UNPAID'))),
  // Requests.
  q('QV170', 'DEV-001', 'any leave reqs waiting on me?', () => people(waiting(teamOf('DEV'), undefined, 'DEV-001'))),
  q('QV171', 'admin', 'hi there can u show me all the pending time off requests thanks so much', () => people(waiting(ALL))),
  q('QV172', 'QA-001', 'anything pending leave-wise on my team', () => people(waiting(teamOf('QA'), undefined, 'QA-001'))),
  q('QV173', 'admin', 'did omar haddad get his 21 nov leave approved', () => {
    const l = theOne('DEV-010', single('2025-11-21'));
    return status(l.status === 'approved', l.status);
  }),
  q('QV174', 'SEC-004', 'is my 28 nov day off approved yet', () => {
    const l = theOne('SEC-004', single('2025-11-28'));
    return status(l.status === 'approved', l.status);
  }),
  q('QV175', 'DEV-003', 'whats happening w my dec leave request', () => answer({ mentions: [theOne('DEV-003', span('2025-12-01', '2025-12-31')).status] })),
  q('QV176', 'QA-001', "was peter hansen's 5 dec request cancelled?", () => {
    const l = theOne('QA-006', single('2025-12-05'));
    return status(l.status === 'cancelled', l.status);
  }),
  q('QV177', 'admin', 'who has approved leave coming up that hasnt started yet', () => people(bookedAhead())),
  // Who is off, back, costs.
  q('QV178', 'admin', 'who has approved leave next wk', () => people(away(ALL, NW(), true))),
  q('QV179', 'admin', 'whos on sick leave this month', () => people(away(ALL, NOV(), false, 'SICK'))),
  q('QV180', 'admin', 'when is anna berg back from her leave', () => answer({ dates: [theOne('DAT-007', single(today()), ['approved']).to] })),
  q('QV181', 'DEV-001', 'maria off 24-28 nov how many days is that', () =>
    figures(leaveDays(costs(theOne(typed('maria', 'DEV-005'), span('2025-11-24', '2025-11-28'), ['approved'])))),
  ),
  q('QV182', 'DEV-003', 'how many days will my 29-31 dec request use', () =>
    figures(leaveDays(costs(theOne('DEV-003', span('2025-12-29', '2025-12-31'), ['pending'])))),
  ),
  q('QV183', 'QA-001', "when's zoe's next day off", () => {
    const ahead = requestsIn({ ids: [typed('zoe', 'QA-009')] }, ['approved', 'pending']).filter((l) => l.from > today());
    if (ahead.length === 0) throw new Error('no leave ahead');
    const first = ahead.sort((x, y) => x.from.localeCompare(y.from))[0]!;
    if (first.status !== 'approved') throw new Error('the next request is not approved');
    if (upcoming('QA').date <= first.from) throw new Error('a holiday comes first');
    return answer({ dates: [first.from] });
  }),
  q('QV184', 'DEV-003', 'am i off on 29 dec?', () => answer({ mentions: [theOne('DEV-003', single('2025-12-29')).status] })),
  q('QV185', 'DEV-003', 'quick q - how much leave left and was i late yesterday?', () => {
    const late = sum(only('DEV-003'), single(yesterday()), 'late');
    return answer({ figures: [leaveDays(free('DEV-003'))], mentions: [late > 0 ? 'yes' : 'no'] });
  }),
  q('QV186', 'admin', 'pending unpaid leave reqs?', () =>
    people([
      ...new Set(
        requestsIn(ALL, ['pending'])
          .filter((l) => l.code === 'UNPAID')
          .map((l) => l.employee),
      ),
    ]),
  ),
];
