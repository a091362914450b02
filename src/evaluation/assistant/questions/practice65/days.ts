/*
 * practice65 — one day, written every way people write it: ISO ("2025-11-03"), "Nov 3rd", "3rd of November", "the
 * 3rd" (this month), "3/11" (day first, as the README reads it), "Thursday 13 November", "last Friday" and "last
 * Thursday" (the same day on either reading on a Wednesday), a weekday alone (the latest one, for what is recorded),
 * "a week ago today", "the day before yesterday", yesterday and today. Over each: who was late or absent, missing
 * check-outs, the day's attendance rate, hours and check-in times. "Off" is kept for leave ahead only (for a past day
 * the README reads it as absent), so a past day's leave is asked as "on leave".
 */
import type { Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import {
  dayOf,
  lastNamed,
  shift,
  theNth,
  weekdayAlone,
  written,
  A_WEEK_AGO_TODAY,
  DAY_BEFORE_YESTERDAY,
  LAST_WEEK,
  YESTERDAY,
} from '../../oracle/practice65-periods';
import { figureOf, hoursF, lateC, peopleC, timeOf, whoHad } from '../../oracle/practice65-figures';
import { offIn } from '../../oracle/practice65-calendar';
import { q } from '../helpers';
import { answer, DEV, EVERYONE, figures, one, people, QA, rateIs, SEC, the, who, yes } from './shared';

const D3 = the(theNth(3), '2025-11-03');
const D4 = the(dayOf(11, 4), '2025-11-04');
const D12 = the(dayOf(11, 12), '2025-11-12');
const D13 = the(dayOf(11, 13), '2025-11-13');
const LAST_FRI = the(lastNamed(5), '2025-11-14');
const LAST_THU = the(lastNamed(4), '2025-11-13');
const MONDAY = the(weekdayAlone(1), '2025-11-17');
const WEEK_AGO = the(A_WEEK_AGO_TODAY, '2025-11-12');
const DBY = the(DAY_BEFORE_YESTERDAY, '2025-11-17');
const YDAY = the(YESTERDAY, '2025-11-18');
const clock = (id: string, day: string, which: 'in' | 'out') => answer({ mentions: [timeOf(id, day, which)] });
const hoursOf = (id: string, per: ReturnType<typeof the>) => figures(hoursF(figureOf(one(id), 'hours', per)));

export const DAYS: readonly Question[] = [
  // HR.
  q('QN001', 'admin', 'who was late on 2025-11-03?', () => who(EVERYONE, 'late', D3)),
  q('QN002', 'admin', 'how many people came in late on the 4th of November?', () => figures(peopleC(whoHad(EVERYONE, 'late', D4).length, 'late'))),
  q('QN003', 'admin', 'who was absent 4/11', () => who(EVERYONE, 'absent', D4)),
  q('QN004', 'admin', 'anyone forget to check out on the 3rd?', () => who(EVERYONE, 'missing', D3)),
  q('QN005', 'admin', "what was the company's attendance rate on Thursday 13 November", () => rateIs(EVERYONE, D13)),
  q('QN006', 'admin', "last thursday - who didn't turn up?", () => who(EVERYONE, 'absent', LAST_THU)),
  q('QN007', 'admin', 'Who was late last Friday, the 14th?', () => who(EVERYONE, 'late', LAST_FRI)),
  q('QN008', 'admin', 'how many hrs did ravi patel work on Nov 14th', () => hoursOf('DEV-014', the(dayOf(11, 14), '2025-11-14'))),
  q('QN009', 'admin', 'who was on leave a week ago today?', () => people(offIn(EVERYONE, WEEK_AGO))),
  q('QN010', 'admin', 'attendance rate the day before yesterday, whole company', () => rateIs(EVERYONE, DBY)),
  q('QN011', 'admin', 'which people were late on Monday?', () => who(EVERYONE, 'late', MONDAY)),
  q('QN012', 'admin', "yesterday's attendance rate for the Security team", () => rateIs(SEC, YDAY)),
  q('QN013', 'admin', '13/11 - did anybody not clock out?', () => yes([], { people: whoHad(EVERYONE, 'missing', D13) })),
  q('QN014', 'admin', 'who had an open check-in with no check-out on 2025-10-22', () => who(EVERYONE, 'missing', the(dayOf(10, 22), '2025-10-22'))),
  q('QN015', 'admin', 'What time did Tom Becker check in on the 5th?', () => clock('DEV-002', written(theNth(5), '2025-11-05'), 'in')),
  q('QN016', 'admin', 'who was absent yesterday (18 Nov)?', () => who(EVERYONE, 'absent', YDAY)),
  // Managers.
  q('QN017', 'DEV-001', 'who on my team was late on the 17th', () => who(DEV, 'late', the(theNth(17), '2025-11-17'), 'DEV-001')),
  q('QN018', 'DEV-001', 'anyone in my team absent on thurs 13 nov?', () => who(DEV, 'absent', D13, 'DEV-001')),
  q('QN019', 'DEV-001', 'how many hours did Hannah Schmidt work on 11/11?', () => hoursOf('DEV-007', the(dayOf(11, 11), '2025-11-11'))),
  q(
    'QN020',
    'DEV-001',
    'was Chris late on the 13th of November?',
    () => (lateC(figureOf(one('DEV-006'), 'late', D13)), yes([], { mentions: [timeOf('DEV-006', '2025-11-13', 'in')] })),
  ),
  q('QN021', 'DEV-001', 'DEV attendance rate on Nov 4', () => rateIs(DEV, D4)),
  q('QN022', 'DEV-001', 'who in my team forgot to check out yesterday', () => who(DEV, 'missing', YDAY, 'DEV-001')),
  q('QN023', 'QA-001', 'who in my team was late last friday', () => who(QA, 'late', LAST_FRI, 'QA-001')),
  q('QN024', 'QA-001', 'what was my teams attendance rate on the 3rd of nov', () => rateIs(QA, D3)),
  q('QN025', 'QA-001', 'did anyone on my team forget to check out on wednesday the 12th?', () =>
    yes([], { people: whoHad(QA, 'missing', D12, undefined, 'QA-001') }),
  ),
  q('QN026', 'QA-001', 'who on my team came in late on Tuesday of last week?', () => who(QA, 'late', the(shift(LAST_WEEK[0], 1), '2025-11-11'), 'QA-001')),
  // Employees.
  q('QN027', 'DEV-003', 'what time did I check in on the 3rd of November', () => clock('DEV-003', '2025-11-03', 'in')),
  q('QN028', 'DEV-003', 'hours i worked yesterday, tuesday?', () => hoursOf('DEV-003', YDAY)),
  q(
    'QN029',
    'QA-003',
    'was i late on 3/11 and what time did i get in',
    () => (lateC(figureOf(one('QA-003'), 'late', D3)), yes([], { mentions: [timeOf('QA-003', '2025-11-03', 'in')] })),
  ),
  q('QN030', 'QA-003', 'this morning - what time did I clock in?', () => clock('QA-003', TODAY, 'in')),
  q('QN031', 'DAT-004', 'hours I worked last Thursday?', () => hoursOf('DAT-004', LAST_THU)),
  q(
    'QN032',
    'SEC-004',
    'Was I late on Tuesday the 11th?',
    () => (lateC(figureOf(one('SEC-004'), 'late', the(theNth(11), '2025-11-11'))), yes([], { mentions: [timeOf('SEC-004', '2025-11-11', 'in')] })),
  ),
  q('QN033', 'SEC-004', 'what time did i leave on Nov 4th', () => clock('SEC-004', '2025-11-04', 'out')),
  q('QN034', 'DAT-004', 'was I in the office on the 12th? what time did I get in', () => yes([], { mentions: [timeOf('DAT-004', '2025-11-12', 'in')] })),
  q('QN035', 'DEV-003', 'did I get in on time on monday?', () => {
    if (figureOf(one('DEV-003'), 'late', MONDAY) !== 0 || figureOf(one('DEV-003'), 'attended', MONDAY) !== 1) throw new Error('not on time');
    return yes([], { mentions: [timeOf('DEV-003', '2025-11-17', 'in')] });
  }),
];
