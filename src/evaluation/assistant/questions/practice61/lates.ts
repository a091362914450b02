/*
 * practice61 — late arrivals this week and this month, today's check-ins, one person's late days. API.md: late is a
 * check-in strictly after 09:15 (13:15 on a morning off); today's records stand as they are (someone late this
 * morning is late), so a count over a period reaching today is asked only where it reads the same with and without
 * today, and today's own lateness is asked as such. A count of 1 or 2 of one person may be written "once" or "twice",
 * which the grader does not read: such questions ask for the days instead. "my team" lists are the same with and
 * without the manager; leavers are in no list of this month.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { agree, LAST_WEEK, lastWeekday, lateN, month, none, on, some, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../../oracle/practice58-figures';
import {
  atTheEnd,
  clockOf,
  EVERYONE,
  groupFigure,
  lateDaysOf,
  lateToday,
  notInYet,
  notOnceOrTwice,
  personal,
  teamOf,
  whoHas,
  type Range,
} from '../../oracle/practice61-figures';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');
const times = (id: string, range: Range) => figures(lateN(notOnceOrTwice(personal(id, 'late', range))));
/** One person's late days over a period, the same with and without today. */
const daysLate = (id: string, range: Range) => agree([lateDaysOf(id, range), lateDaysOf(id, [range[0], range[1] < TODAY ? range[1] : YESTERDAY])]);
const wasLate = (id: string, range: Range) => {
  const d = daysLate(id, range);
  return yesNo(d.length > 0, [], { dates: d });
};

export const LATES: readonly Question[] = [
  // HR.
  q('QJ127', 'admin', 'who was late yesterday', () => people(some(whoHas(EVERYONE, 'late', on(YESTERDAY))))),
  q('QJ128', 'admin', 'who came in late this morning?', () => people(some(lateToday(EVERYONE)))),
  q('QJ129', 'admin', 'how many times has Daniel Okafor been late this month', () => times('DEV-008', THIS_MONTH)),
  q('QJ130', 'admin', "who's been late the most this month?", () => people(atTheEnd(EVERYONE, 'late', THIS_MONTH, 'most'))),
  q('QJ131', 'admin', 'which juniors were late this week', () => people(some(whoHas({ position: 'Junior' }, 'late', THIS_WEEK)))),
  q('QJ132', 'admin', 'how late was Ines Carvalho this morning?', () => answer({ mentions: [clockOf('AI-010', TODAY, 'in')] })),
  // Managers.
  q('QJ133', 'DEV-001', 'who on my team was late this week', () => people(some(whoHas(DEV, 'late', THIS_WEEK, undefined, 'DEV-001')))),
  q('QJ134', 'DEV-001', 'how many late arrivals did my team have this month', () => figures(lateN(groupFigure(DEV, 'late', THIS_MONTH)))),
  q('QJ135', 'DEV-001', 'who in my team has been late the most this month?', () => people(atTheEnd(DEV, 'late', THIS_MONTH, 'most', 'DEV-001'))),
  q('QJ136', 'DEV-001', 'which days was Chloe late this month', () => answer({ dates: some(daysLate('DEV-013', THIS_MONTH)) })),
  q('QJ137', 'QA-001', 'who was late in QA last week', () => people(some(whoHas(QA, 'late', LAST_WEEK, undefined, 'QA-001')))),
  q('QJ138', 'QA-001', "who's late today on my team", () => people(some(lateToday(QA)))),
  q('QJ139', 'QA-001', 'how many times has Marcus Lee been late this month', () => times('QA-002', THIS_MONTH)),
  q('QJ140', 'QA-001', 'Grace Kim lates this month', () => times('QA-007', THIS_MONTH)),
  q('QJ141', 'QA-001', "who on my team hasn't checked in yet today", () => people(some(notInYet(QA, 'QA-001')))),
  // Employees.
  q('QJ142', 'DEV-003', 'was i late this week', () => yesNo(false, [], { dates: none(daysLate('DEV-003', THIS_WEEK)) })),
  q('QJ143', 'DEV-003', 'was i ever late in october', () => yesNo(false, [], { dates: none(daysLate('DEV-003', month(10))) })),
  q('QJ144', 'DEV-003', 'what time did I check in this morning?', () => answer({ mentions: [clockOf('DEV-003', TODAY, 'in')] })),
  q('QJ145', 'QA-003', 'was I late today?', () => {
    if (!lateToday({ ids: ['QA-003'] }).length) throw new Error('QA-003 was on time today');
    return yesNo(true, [], { mentions: [clockOf('QA-003', TODAY, 'in')] });
  }),
  q('QJ146', 'QA-003', 'was I late at all in September, and on which days?', () => wasLate('QA-003', month(9))),
  q('QJ147', 'QA-003', 'What time did I check in on Monday?', () => answer({ mentions: [clockOf('QA-003', lastWeekday(1), 'in')] })),
  q('QJ148', 'DAT-004', 'was I late at all this month', () => yesNo(false, [], { dates: none(daysLate('DAT-004', THIS_MONTH)) })),
  q('QJ149', 'DAT-004', 'which day was I late in october?', () => answer({ dates: some(daysLate('DAT-004', month(10))) })),
  q('QJ150', 'SEC-004', 'was i late last week? which day', () => wasLate('SEC-004', LAST_WEEK)),
  q('QJ151', 'SEC-004', 'how many late arrivals have I had since August', () => times('SEC-004', [month(8)[0], TODAY])),
];
