/*
 * practice70 — leave in combinations: a kind of leave for a named person (balance, allowance, taken, booked ahead),
 * requests of a state overlapping a month for a team or everyone, who has approved leave of a kind next week, who in
 * a team is off this week, days of leave by kind over a month, a team's total of a kind so far this year, a line over
 * the balances of a team, and what a pending request costs. A balance's available already has the pending requests
 * taken off; who is off is read from approved leave, and no pending request falls in the period unless the question
 * says "approved".
 */
import type { Question } from '../../expectation';
import { EVERYONE, matters, team } from '../../oracle/practice70-figures';
import {
  allocated,
  available,
  availableTotal,
  availableWhere,
  costOf,
  leaveDaysIn,
  offIn,
  requesters,
  takenSplit,
  theRequest,
} from '../../oracle/practice70-calendar';
import { misspelt, onlyOne } from '../../oracle/practice70-people';
import { as, nextMonth, nextWeek, range, weekOf, wholeYear } from '../../oracle/practice70-periods';
import { q } from '../helpers';
import { days, daysOf, figures, people, Q3R, SEP, TM, TW, TY, yesNo } from './shared';

const DEC = () => as(nextMonth(), '2025-12-01', '2025-12-31');
const NW = () => as(nextWeek(), '2025-11-24', '2025-11-30');
const d = (v: number) => days(v);

export const LEAVE: readonly Question[] = [
  // One person, one kind.
  q('QS154', 'admin', 'how much annual leave does Grace Kim have left?', () => figures(d(available('QA-007')))),
  q('QS155', 'admin', 'sick leave balance for daniel okafer', () =>
    figures(d(matters(available(misspelt('Daniel Okafer', 'DEV-008'), 'SICK'), () => available('DEV-008')))),
  ),
  q('QS156', 'DEV-001', "how many annual leave days has maria got approved that haven't happened yet?", () =>
    figures(daysOf(takenSplit(onlyOne('Maria'), 'ANNUAL').ahead, 'day|leave|annual')),
  ),
  q('QS157', 'admin', "what's Noah Brown's annual allowance this year", () => figures(d(matters(allocated('DAT-010'), () => allocated('DAT-001'))))),
  q('QS158', 'admin', 'sick days granted to Ines Carvalho for 2025', () => figures(d(matters(allocated('AI-010', 'SICK'), () => allocated('AI-010'))))),
  q('QS159', 'DEV-001', "yuki's pending leave - how many days is that?", () =>
    figures(daysOf(costOf(theRequest(onlyOne('Yuki'), DEC(), ['pending'])), 'day|leave')),
  ),
  q('QS160', 'admin', "how many days will Arjun Mehta's unpaid leave in december cost", () =>
    figures(daysOf(costOf(theRequest('AI-007', DEC(), ['pending'])), 'day|leave|unpaid')),
  ),
  // Requests by state and period, for a team or everyone.
  q('QS161', 'admin', 'pending leave requests for december', () =>
    people(matters(requesters(EVERYONE, ['pending'], DEC()), () => requesters(EVERYONE, ['approved'], DEC()))),
  ),
  q('QS162', 'admin', 'who in AI has approved leave next month?', () =>
    people(matters(requesters(team('AI'), ['approved'], DEC()), () => requesters(team('AI'), ['pending'], DEC()))),
  ),
  q('QS163', 'QA-001', 'any pending requests from my team for next month', () => people(requesters(team('QA'), ['pending'], DEC(), 'QA-001'))),
  q('QS164', 'admin', 'which leave requests got rejected this year?', () =>
    people(requesters(EVERYONE, ['rejected'], as(wholeYear(), '2025-01-01', '2025-12-31'))),
  ),
  q('QS165', 'DEV-001', 'pending or approved leave on my team for the rest of the year', () =>
    people(requesters(team('DEV'), ['pending', 'approved'], as(range('2025-11-20', '2025-12-31'), '2025-11-20', '2025-12-31'), 'DEV-001')),
  ),
  // Who is off.
  q('QS166', 'admin', 'who has approved annual leave next week?', () =>
    people(matters(offIn(EVERYONE, NW(), { saysApproved: true, code: 'ANNUAL' }), () => offIn(EVERYONE, TW(), { saysApproved: true, code: 'ANNUAL' }))),
  ),
  q('QS167', 'DEV-001', "who's out on leave from my team this week", () => {
    const ids = offIn(team('DEV'), TW(), { asker: 'DEV-001' });
    if (offIn(team('DEV'), weekOf(TW()[0]), { asker: 'DEV-001' }).join() !== ids.join()) throw new Error('"this week" read two ways');
    return people(matters(ids, () => offIn(EVERYONE, TW())));
  }),
  q('QS168', 'admin', 'who took sick leave in Q3', () =>
    people(matters(offIn(EVERYONE, Q3R(), { code: 'SICK' }), () => offIn(EVERYONE, Q3R(), { code: 'ANNUAL' }))),
  ),
  // Days of leave.
  q('QS169', 'admin', 'leave taken in september by kind', () =>
    figures(d(leaveDaysIn(EVERYONE, SEP(), 'ANNUAL')), d(leaveDaysIn(EVERYONE, SEP(), 'SICK')), d(leaveDaysIn(EVERYONE, SEP(), 'UNPAID'))),
  ),
  q('QS170', 'admin', 'sick days taken by the data team this month so far', () =>
    figures(
      daysOf(
        matters(leaveDaysIn(team('DAT'), TM(), 'SICK'), () => leaveDaysIn(team('DAT'), TM())),
        'sick|day|leave',
      ),
    ),
  ),
  q('QS171', 'admin', 'how much annual leave has QA taken so far this year', () =>
    figures(
      d(
        matters(
          leaveDaysIn(team('QA'), TY(), 'ANNUAL'),
          () => leaveDaysIn(team('QA'), TY()),
          () => leaveDaysIn(EVERYONE, TY(), 'ANNUAL'),
        ),
      ),
    ),
  ),
  // Balances of a team against a line.
  q('QS172', 'admin', 'who in DEV has less than 16 days of annual leave available', () =>
    people(
      matters(
        availableWhere(team('DEV'), (v) => v < 16),
        () => availableWhere(team('DEV'), (v) => v < 20),
      ),
    ),
  ),
  q('QS173', 'admin', 'total annual leave still available across the QA team', () =>
    figures(d(matters(availableTotal(team('QA')), () => availableTotal(team('DEV'))))),
  ),
  q('QS174', 'SEC-004', 'is my request for the 28th still pending?', () => {
    const l = theRequest('SEC-004', range('2025-11-28', '2025-11-28'));
    return yesNo(l.status === 'pending', [], { mentions: [l.status] });
  }),
  q('QS175', 'admin', 'who has annual leave booked in december, approved or pending?', () =>
    people(matters(requesters(EVERYONE, ['approved', 'pending'], DEC(), undefined, 'ANNUAL'), () => requesters(EVERYONE, ['approved', 'pending'], DEC()))),
  ),
];
