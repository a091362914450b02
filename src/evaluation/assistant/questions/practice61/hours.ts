/*
 * practice61 — hours worked this week, last week, this month, a day. API.md: `hours_worked` is computed from the
 * check-in and check-out (null while checked in, and for a check-in never closed), so today, still open, adds no hours
 * and "this week" and "this month" read the same with and without it. A team's total counts everyone who worked in it;
 * "my team" lists are the same with and without the manager; "who worked fewer than …" is asked only of a week with
 * nobody on leave in the group. Times of day are written as an answer would ("8:35").
 */
import { answer, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { hoursH, LAST_WEEK, month, on, some, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../../oracle/practice58-figures';
import { atTheEnd, clearOf, clockOf, EVERYONE, groupFigure, personal, teamOf, whoHas, type Group, type Range } from '../../oracle/practice61-figures';
import { offDuring } from '../../oracle/practice61-leave';
import { TODAY } from '../../dataset/calendar';
import { q } from '../helpers';

const DEV = teamOf('DEV');
const QA = teamOf('QA');
const mine = (id: string, range: Range) => figures(hoursH(personal(id, 'hours', range)));
const total = (g: Group, range: Range) => figures(hoursH(groupFigure(g, 'hours', range)));
/** People under a line of hours over a week in which nobody of the group was on leave. */
const under = (g: Group, range: Range, line: number, asker?: string) => {
  if (offDuring(g, range, undefined, true).length > 0) throw new Error('someone was on leave that week');
  return some(whoHas(g, 'hours', range, (v) => clearOf(v, line, 0.05) < line, asker));
};

export const HOURS: readonly Question[] = [
  // HR.
  q('QJ104', 'admin', 'Tom Becker hours this week', () => mine('DEV-002', THIS_WEEK)),
  q('QJ105', 'admin', 'total hours logged by the Data team last week', () => total(teamOf('DAT'), LAST_WEEK)),
  // Sofia Rossi had the afternoon of yesterday off.
  q('QJ106', 'admin', 'how many hours did sofia rossi work yesterday', () => mine('DEV-011', on(YESTERDAY))),
  q('QJ107', 'admin', 'who in QA worked under 30 hours last week?', () => people(under(QA, LAST_WEEK, 30))),
  q('QJ108', 'admin', 'who worked the most hours last week?', () => people(atTheEnd(EVERYONE, 'hours', LAST_WEEK, 'most'))),
  // Managers.
  q('QJ109', 'DEV-001', 'how many hours has the DEV team put in so far this week, me included?', () => total(DEV, THIS_WEEK)),
  q('QJ110', 'DEV-001', 'how many hours has Ben Carter done this month', () => mine('DEV-012', THIS_MONTH)),
  q('QJ111', 'DEV-001', 'who on my team worked the most hours last week', () => people(atTheEnd(DEV, 'hours', LAST_WEEK, 'most', 'DEV-001'))),
  q('QJ112', 'DEV-001', 'did anyone in my team do less than 35 hours last week?', () => yesNo(true, [], { people: under(DEV, LAST_WEEK, 35, 'DEV-001') })),
  q('QJ113', 'QA-001', 'total QA hours last week', () => total(QA, LAST_WEEK)),
  q('QJ114', 'QA-001', 'hrs for marcus lee this wk', () => mine('QA-002', THIS_WEEK)),
  q('QJ115', 'QA-001', 'who in QA has put in the fewest hours this month?', () => people(atTheEnd(QA, 'hours', THIS_MONTH, 'fewest', 'QA-001'))),
  q('QJ116', 'QA-001', 'how many hours did I work yesterday', () => mine('QA-001', on(YESTERDAY))),
  // Employees.
  q('QJ117', 'DEV-003', 'how many hours have i worked this week', () => mine('DEV-003', THIS_WEEK)),
  q('QJ118', 'DEV-003', 'hrs last month', () => mine('DEV-003', month(10))),
  q('QJ119', 'QA-003', 'my hours yesterday', () => mine('QA-003', on(YESTERDAY))),
  q('QJ120', 'QA-003', 'Hi, how many hours did I put in last week?', () => mine('QA-003', LAST_WEEK)),
  q('QJ121', 'DAT-004', 'total hours this month so far', () => mine('DAT-004', THIS_MONTH)),
  q('QJ122', 'DAT-004', 'what time did I clock in today', () => answer({ mentions: [clockOf('DAT-004', TODAY, 'in')] })),
  q('QJ123', 'DAT-004', 'what time did i leave yesterday?', () => answer({ mentions: [clockOf('DAT-004', YESTERDAY, 'out')] })),
  q('QJ124', 'SEC-004', 'how many hours did i work last week', () => mine('SEC-004', LAST_WEEK)),
  q('QJ125', 'SEC-004', 'hours so far this week?', () => mine('SEC-004', THIS_WEEK)),
  q('QJ126', 'SEC-004', 'did I work more than 40 hours last week', () => {
    const h = clearOf(personal('SEC-004', 'hours', LAST_WEEK), 40, 0.05);
    return yesNo(h > 40, [hoursH(h)]);
  }),
];
