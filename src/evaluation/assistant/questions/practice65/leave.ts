/*
 * practice65 — leave taken and booked, and who is off, over days and spans written every way ("tomorrow", "this
 * Friday", "the 26th", "14/10", "from 24 to 28 November", "24/11 to 28/11", "between 1 Sep and 15 Sep", "the week of
 * 22 September", "since 1 October", "this year so far", "22-31 December"). API.md: approved leave takes its halves off
 * the expected day and counts in `on_leave` (halves not already off by a holiday); a request costs the expected
 * fraction without leave over its days (a holiday nothing, a half holiday half; a half day 0.5). Who is off is read by
 * the halves and by the approved requests overlapping the span, which must agree; unless the question says approved, no
 * pending request falls in the span. "Off" is used for days ahead (the README reads it as absent for a day gone by).
 */
import type { Question } from '../../expectation';
import { dayOf, fromTo, monthOf, over, since, theNth, thisComing, weekOf, TOMORROW, YEAR_SO_FAR } from '../../oracle/practice65-periods';
import { leaveD } from '../../oracle/practice65-figures';
import { costOf, leaveDates, leaveOf, offIn, requestsIn, theRequestOf } from '../../oracle/practice65-calendar';
import { agree } from '../../oracle/practice58-figures';
import { q } from '../helpers';
import { dates, DEV, EVERYONE, figures, no, one, onLeave, people, QA, span, the } from './shared';

const taken = (id: string, per: ReturnType<typeof span>, code?: 'ANNUAL' | 'SICK' | 'UNPAID') => figures(leaveD(leaveOf(one(id), per, code)));

export const LEAVE: readonly Question[] = [
  // HR.
  q('QN175', 'admin', 'who is on leave tomorrow, the 20th?', () => onLeave(EVERYONE, the(TOMORROW, '2025-11-20'))),
  q('QN176', 'admin', "who's off this Friday", () => onLeave(EVERYONE, the(thisComing(5), '2025-11-21'))),
  q('QN177', 'admin', 'who has approved leave from 24 to 28 November?', () =>
    onLeave(EVERYONE, span(fromTo('2025-11-24', '2025-11-28'), '2025-11-24', '2025-11-28'), true),
  ),
  q('QN178', 'admin', 'who has been out on sick leave since 1 November?', () =>
    people(offIn(EVERYONE, span(since(dayOf(11, 1)), '2025-11-01', '2025-11-19'), { code: 'SICK' })),
  ),
  q('QN179', 'admin', 'who took leave between 1 Sep and 15 Sep', () => onLeave(EVERYONE, span(fromTo('2025-09-01', '2025-09-15'), '2025-09-01', '2025-09-15'))),
  q('QN180', 'admin', 'Sana Qureshi: days of leave taken in Oct 2025?', () => taken('AI-004', span(monthOf(10), '2025-10-01', '2025-10-31'))),
  q('QN181', 'admin', 'how much annual leave has Felix Wagner got booked for 22-31 December', () => {
    const range = fromTo('2025-12-22', '2025-12-31');
    return figures(leaveD(agree([costOf(theRequestOf('AI-003', ['approved'], range)), leaveOf(one('AI-003'), over(range), 'ANNUAL')])));
  }),
  q('QN182', 'admin', 'who has leave booked for the 26th?', () => onLeave(EVERYONE, the(theNth(26), '2025-11-26'))),
  q('QN183', 'admin', 'whose leave requests for December are still waiting for a decision?', () =>
    people([...new Set(requestsIn(['pending'], {}, monthOf(12)).map((l) => l.employee))].sort()),
  ),
  q('QN184', 'admin', 'anyone on sick leave the week of 22 September?', () =>
    people(offIn(EVERYONE, span(weekOf('2025-09-22'), '2025-09-22', '2025-09-28'), { code: 'SICK' })),
  ),
  q('QN185', 'admin', 'how many days of unpaid leave were taken this year so far', () =>
    figures(leaveD(leaveOf(EVERYONE, span(YEAR_SO_FAR, '2025-01-01', '2025-11-19'), 'UNPAID'))),
  ),
  // Managers.
  q('QN186', 'DEV-001', 'who on my team is off between 24/11 and 28/11', () =>
    onLeave(DEV, span(fromTo('2025-11-24', '2025-11-28'), '2025-11-24', '2025-11-28'), false, 'DEV-001'),
  ),
  q('QN187', 'DEV-001', 'how many days of leave has my team taken since 1 October?', () =>
    figures(leaveD(leaveOf(DEV, span(since('2025-10-01'), '2025-10-01', '2025-11-19')))),
  ),
  q('QN188', 'DEV-001', "when does Maria Gonzalez's leave start and end?", () => {
    const l = theRequestOf('DEV-005', ['approved', 'pending']);
    return dates([l.from, l.to]);
  }),
  q('QN189', 'DEV-001', 'who in my team had leave between 1 and 15 October', () =>
    onLeave(DEV, span(fromTo('2025-10-01', '2025-10-15'), '2025-10-01', '2025-10-15'), false, 'DEV-001'),
  ),
  q('QN190', 'QA-001', 'who in QA was on leave the week of 3 Nov', () => onLeave(QA, span(weekOf('2025-11-03'), '2025-11-03', '2025-11-09'), false, 'QA-001')),
  q('QN191', 'QA-001', 'days of leave taken by my team in August', () => figures(leaveD(leaveOf(QA, span(monthOf(8), '2025-08-01', '2025-08-31'))))),
  q('QN192', 'QA-001', 'who on my team has the 26th off?', () => onLeave(QA, the(theNth(26), '2025-11-26'), false, 'QA-001')),
  // Employees.
  q('QN193', 'DEV-003', 'how much leave did I use in october 2025, in days?', () => taken('DEV-003', span(monthOf(10), '2025-10-01', '2025-10-31'))),
  q('QN194', 'DEV-003', 'my leave request for 29-31 December - how many days will it cost me?', () =>
    figures(leaveD(costOf(theRequestOf('DEV-003', ['pending'], fromTo('2025-12-29', '2025-12-31'))))),
  ),
  q('QN195', 'QA-003', 'how many sick days have I taken this year so far', () => taken('QA-003', span(YEAR_SO_FAR, '2025-01-01', '2025-11-19'), 'SICK')),
  q('QN196', 'SEC-004', 'how many days is my request for 28/11?', () =>
    figures(leaveD(costOf(theRequestOf('SEC-004', ['pending'], fromTo('2025-11-28', '2025-11-28'))))),
  ),
  q('QN197', 'SEC-004', 'has my leave for friday 28 november been approved?', () => {
    if (theRequestOf('SEC-004', ['pending', 'approved'], fromTo('2025-11-28', '2025-11-28')).status !== 'pending') throw new Error('not pending');
    return no([], { mentions: ['pending'] });
  }),
  q('QN198', 'QA-003', 'which day was I off sick in November?', () => dates(leaveDates('QA-003', monthOf(11), 'SICK'))),
];
