/*
 * practice50 — hours worked by people picked out by a description (README: a position filter applies to hours): the
 * total of a level, of a level in a team and of a team's manager over a week, a month and this month; who of a level
 * worked more or fewer hours than a line (README: someone expected at work with no record counts with 0; a value
 * within 0.05 h of the line throws). The admin, both managers about their own team, and two employees.
 */
import { figures, hours, people, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { groupHoursPast, groupTotal, LAST_WK, NOV_SO_FAR, OCT, some, teamOf, type Group, type Range } from '../../oracle/practice50-figures';
import { q } from '../helpers';

const hoursOf = (g: Group, range: Range) => figures(hours(groupTotal(g, 'hours', range)));
const myHours = (id: string, range: Range) => figures(hours(measureOf(id, 'hours', ...range)));

export const HOURS: readonly Question[] = [
  q('PY131', 'admin', 'hours worked by the seniors last week', () => hoursOf({ position: 'Senior' }, LAST_WK)),
  q('PY132', 'admin', 'total hours for the juniors in October', () => hoursOf({ position: 'Junior' }, OCT)),
  q('PY133', 'admin', 'how many hours did the leads put in this month', () => hoursOf({ position: 'Lead' }, NOV_SO_FAR)),
  q('PY134', 'admin', 'which juniors worked fewer than 30 hours last week', () => people(some(groupHoursPast({ position: 'Junior' }, LAST_WK, 'lt', 30)))),
  q('PY135', 'admin', 'seniors who worked more than 44 hours last week?', () => people(some(groupHoursPast({ position: 'Senior' }, LAST_WK, 'gt', 44)))),
  q('PY136', 'admin', 'hours worked by the QA manager last week', () => hoursOf({ team: 'QA', position: 'Manager' }, LAST_WK)),
  q('PY137', 'DEV-001', 'how many hours did my juniors work last week', () => hoursOf(teamOf('DEV-001', { position: 'Junior' }), LAST_WK)),
  q('PY138', 'DEV-001', 'hours worked by my seniors in October', () => hoursOf(teamOf('DEV-001', { position: 'Senior' }), OCT)),
  q('PY139', 'QA-001', 'which of my mid-levels worked under 40 hours last week', () =>
    people(some(groupHoursPast(teamOf('QA-001', { position: 'Mid' }), LAST_WK, 'lt', 40))),
  ),
  q('PY140', 'DEV-003', 'how many hours did I work in October', () => myHours('DEV-003', OCT)),
  q('PY141', 'SEC-004', 'how many hours did I work last week', () => myHours('SEC-004', LAST_WK)),
  q('PY142', 'DAT-004', 'my hours in october', () => myHours('DAT-004', OCT)),
];
