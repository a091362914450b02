/*
 * practice50 — leave of people picked out by a description: who is on leave today, who has approved leave next week
 * (README: "who will be off next week" is answered from the leave booked), the people hired this year on leave
 * (README: the hire filter narrows lists of who was on leave), who took sick or unpaid leave, who took half-day leave
 * in a month (the requests of one half day only), who has a request waiting or rejected, who was on leave the week of
 * a holiday named by its name. The admin, both managers about their own team, and employees about their own leave.
 */
import { count, days, figures, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { holidayNamed } from '../../oracle/practice43-figures';
import { balance, requests } from '../../oracle/leave-figures';
import { takenSoFar } from '../../oracle/practice48-lines';
import { addDays } from '../../dataset/dates';
import { NEXT_WK, none, SINCE_AUG, some, TDY, THIS_WK, YEAR_SO_FAR, NOV_SO_FAR, sameDay, only } from '../../oracle/practice50-figures';
import { groupLeaveTakers, groupOff, groupRequestCount, groupRequesters } from '../../oracle/practice50-people';
import { q } from '../helpers';

/** "The week of Founders Day": its Monday to Sunday (README). */
const FOUNDERS = sameDay(holidayNamed('Founders Day'), '2025-10-13');
const FOUNDERS_WEEK: [string, string] = [FOUNDERS, addDays(FOUNDERS, 6)];

export const LEAVE: readonly Question[] = [
  q('PY170', 'admin', 'who is on leave today?', () => people(some(groupOff({}, [TDY, TDY])))),
  q('PY171', 'admin', 'who has aproved leave next week', () => people(some(groupOff({}, NEXT_WK)))),
  q('PY172', 'admin', 'among the people hired this year, is anyone on leave this week?', () =>
    yesNo(false, [], { people: none(groupOff({ hired: YEAR_SO_FAR }, THIS_WK)) }),
  ),
  q('PY173', 'admin', 'which people took sick leave since August', () => people(some(groupLeaveTakers({}, SINCE_AUG, 'SICK')))),
  q('PY174', 'admin', 'who took unpaid leave this year', () => people(some(groupLeaveTakers({}, YEAR_SO_FAR, 'UNPAID')))),
  q('PY175', 'admin', 'who took half-day leave this month?', () => people(some(groupLeaveTakers({}, NOV_SO_FAR, undefined, true)))),
  q('PY176', 'admin', 'who has a leave request waiting for approval', () => people(some(groupRequesters({}, 'pending')))),
  q('PY177', 'admin', 'how many pending leave requests are there', () => figures(near(count(groupRequestCount({}, 'pending')), 'request|pending'))),
  q('PY178', 'admin', 'who was on leave the week of Founders Day', () => people(some(groupOff({}, FOUNDERS_WEEK)))),
  q('PY179', 'admin', 'anyone with a rejected leave request?', () => yesNo(true, [], { people: some(groupRequesters({}, 'rejected')) })),

  // The managers, about their own team.
  q('PY180', 'DEV-001', 'who on my team has a pending leave request', () => people(some(groupRequesters({ team: 'DEV' }, 'pending')))),
  q('PY181', 'DEV-001', 'which of my team took unpaid leave this year', () => people(some(groupLeaveTakers({ team: 'DEV' }, YEAR_SO_FAR, 'UNPAID')))),
  q('PY182', 'QA-001', 'who in my team took sick leave this year', () => people(some(groupLeaveTakers({ team: 'QA' }, YEAR_SO_FAR, 'SICK')))),
  q('PY183', 'QA-001', 'is anyone on my team off next week?', () => yesNo(true, [], { people: some(groupOff({ team: 'QA' }, NEXT_WK, 'QA-001')) })),

  // Employees, about their own leave.
  q('PY184', 'DEV-003', 'how much annual leave is available to me', () =>
    figures(near(days(balance('DEV-003', 'ANNUAL').available), 'leave|day|available|annual')),
  ),
  q('PY185', 'SEC-004', 'do I have any pending leave requests', () => {
    const mine = only(requests('pending', { ids: ['SEC-004'] }));
    return yesNo(true, [], { dates: [mine.from] });
  }),
  q('PY186', 'QA-003', 'how many sick days have I taken this year', () => figures(days(takenSoFar('QA-003', 'SICK')))),
  q('PY187', 'DAT-004', 'am I on leave next week?', () => yesNo(groupOff({ team: 'DAT' }, NEXT_WK).includes('DAT-004'), [])),
];
