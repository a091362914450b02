/*
 * practice40 — the two managers (Priya Raman of DEV, Elena Petrova of QA) closing their team's month, and the four
 * employees with logins (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke) checking their own figures before
 * payday; corrections pending (the data set files none: API.md's corrections are only those asked for).
 */
import { answer, count, days, figures, hours, people, type Question } from '../../expectation';
import { recordOf } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { requesters } from '../../oracle/practice12-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { pendingCorrections } from '../../oracle/practice31-figures';
import { personOf } from '../../oracle/practice37-figures';
import {
  FRIDAY_BEFORE_LAST,
  hiresOver,
  leaversOver,
  leftOf,
  noOne,
  none,
  NOV_13,
  NOV_18,
  NOV_3,
  onLeaveOn,
  some,
  SINCE_AUGUST,
  totalOver,
  whoOn,
  whoOver,
  YEAR_SO_FAR,
  Q4_SO_FAR,
} from '../../oracle/practice40-figures';
import { offBetween } from '../../oracle/leave-figures';
import { personLeave } from '../../oracle/practice32-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

/** "Any corrections pending?": no, while the data set files none. */
const noCorrections = () => {
  if (pendingCorrections() !== 0) throw new Error('the data set now holds pending corrections');
  return yesNo(false, []);
};

export const CORRECTIONS: readonly Question[] = [
  q('PO153', 'admin', 'Are there any pending attendance corrections?', () => noCorrections()),
  q('PO154', 'admin', 'How many correction requests are waiting for a decision?', () =>
    figures(near(count(pendingCorrections()), 'correction|request|pending')),
  ),
  q('PO155', 'DEV-001', 'any corrections waiting for my approval?', () => noCorrections()),
  q('PO156', 'DAT-004', 'do I have any correction requests pending?', () => noCorrections()),
];

export const MANAGERS: readonly Question[] = [
  q('PO157', 'DEV-001', 'who on my team forgot to check out last week', () => people(some(whoOver({ team: 'DEV' }, 'missingCheckOut', LAST_WEEK)))),
  q('PO158', 'DEV-001', 'who on my team was absent on nov 13th?', () => people(some(whoOn({ team: 'DEV' }, 'absent', NOV_13)))),
  q('PO159', 'DEV-001', 'pending leave requests for my team', () => people(some(requesters('pending', { team: 'DEV' })))),
  q('PO160', 'DEV-001', 'did anyone leave my team this year?', () => yesNo(false, [], { people: none(leaversOver(YEAR_SO_FAR, 'DEV')) })),
  q('PO161', 'DEV-001', 'who joined my team this year?', () => people(some(hiresOver(YEAR_SO_FAR, 'DEV')))),
  q('PO162', 'DEV-001', 'how many days has Ben been absent this month?', () => figures(days(personOf('DEV-012', 'absent', THIS_MONTH)))),
  q('PO163', 'DEV-001', 'How many hours did my team work in October?', () => figures(hours(totalOver({ team: 'DEV' }, 'hours', OCTOBER)))),
  // The Friday before last was DEV Recharge Day: nobody in DEV was expected, nobody was late.
  q('PO164', 'DEV-001', 'Was anyone on my team late the Friday before last?', () => noOne(whoOn({ team: 'DEV' }, 'late', FRIDAY_BEFORE_LAST))),
  q('PO165', 'DEV-001', 'Is anyone on my team on leave next week?', () => yesNo(true, [], { people: some(offBetween({ team: 'DEV' }, ...NEXT_WEEK)) })),
  q('PO166', 'QA-001', 'any leave waiting for my approval?', () => people(some(requesters('pending', { team: 'QA' })))),
  q('PO167', 'QA-001', 'missing check-outs in my team this month', () => people(some(whoOver({ team: 'QA' }, 'missingCheckOut', THIS_MONTH)))),
  q('PO168', 'QA-001', 'how many days was Chris Walker absent in Oct', () => figures(days(personOf('QA-004', 'absent', OCTOBER)))),
  q('PO169', 'QA-001', 'anyone new on my team this quarter?', () => yesNo(true, [], { people: some(hiresOver(Q4_SO_FAR, 'QA')) })),
  q('PO170', 'QA-001', 'who in my team is on leave next week?', () => people(some(offBetween({ team: 'QA' }, ...NEXT_WEEK)))),
  q('PO171', 'QA-001', 'late count for Leo this month', () => figures(near(count(personOf('QA-008', 'late', THIS_MONTH)), 'late'))),
  q('PO172', 'QA-001', 'Who in my team was absent on 18/11?', () => people(some(whoOn({ team: 'QA' }, 'absent', NOV_18)))),
  q('PO173', 'QA-001', "Who's on leave in my team today?", () => people(none(onLeaveOn({ team: 'QA' }, '2025-11-19')))),
];

export const EMPLOYEES: readonly Question[] = [
  q('PO174', 'DEV-003', 'How much annual leave do I have left for the year?', () => figures(days(leftOf('DEV-003', 'ANNUAL')))),
  q('PO175', 'DEV-003', "What's the status of my leave request for the end of December?", () => answer({ mentions: ['pending'] })),
  q('PO176', 'DEV-003', 'how many hrs did i work last mth', () => figures(hours(personOf('DEV-003', 'hours', OCTOBER)))),
  // Tracking began on 1 August: "this year" holds the tracked days only.
  q('PO177', 'QA-003', 'How many days was I absent this year?', () => figures(days(personOf('QA-003', 'absent', SINCE_AUGUST)))),
  q('PO178', 'QA-003', 'how many sick days have I used?', () => figures(near(days(personLeave('QA-003', YEAR_SO_FAR, 'SICK')), 'sick|day|used|taken'))),
  q('PO179', 'QA-003', 'was I late on the 3rd?', () => yesNo(recordOf('QA-003', NOV_3)?.status === 'late', [])),
  q('PO180', 'DAT-004', 'My hours in October?', () => figures(hours(personOf('DAT-004', 'hours', OCTOBER)))),
  q('PO181', 'DAT-004', 'how many days was i off in september?', () => figures(days(personOf('DAT-004', 'absent', SEPTEMBER)))),
  q('PO182', 'SEC-004', 'How many times was I late this month?', () => figures(near(count(personOf('SEC-004', 'late', THIS_MONTH)), 'late'))),
  q('PO183', 'SEC-004', 'whats my annual leave balence', () => figures(days(leftOf('SEC-004', 'ANNUAL')))),
  q('PO184', 'SEC-004', 'Did I forget to check out at all in October?', () => {
    if (personOf('SEC-004', 'missingCheckOut', OCTOBER) !== 0) throw new Error('SEC-004 has a missing check-out in October');
    return yesNo(false, []);
  }),
  q('PO185', 'SEC-004', 'how many hours did I work yesterday?', () => figures(hours(personOf('SEC-004', 'hours', [NOV_18, NOV_18])))),
];
