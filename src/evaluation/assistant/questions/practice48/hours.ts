/*
 * practice48 — hours worked against a line: more than 44 hours last week, fewer than 28 in wk 45, under 35, at least
 * 180 in October, a team's total over 2,000 or under 300. README: someone expected at work with no record counts
 * with 0; a list is asked only where it is the same read over the people expected at work and over everyone
 * employed then, and nobody stands within 0.1 h of the line (per-record rounding cannot decide it). The admin, both
 * managers about their team and four employees about themselves ask.
 */
import { hours, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { hoursVs, LAST_WK, me, OCT, peopleByHours, some, team, teamList, WK_45, ALL, type Op, type Range } from '../../oracle/practice48-figures';
import type { Scope } from '../../oracle/attendance-figures';
import { q } from '../helpers';

/** "Did they work more than …?": yes or no first, then the hours. */
const hoursYesNo = (scope: Scope, range: Range, op: Op, line: number) => {
  const h = hoursVs(scope, range, op, line);
  return yesNo(h.yes, [hours(h.hours)]);
};

export const HOURS: readonly Question[] = [
  q('PW071', 'admin', 'who in DEV worked more than 44 hours last week?', () => people(some(peopleByHours(team('DEV'), LAST_WK, 'gt', 44)))),
  q('PW072', 'admin', 'who worked fewer than 28 hrs in wk 45?', () => people(some(peopleByHours(ALL, WK_45, 'lt', 28)))),
  q('PW073', 'admin', 'did Yuki Tanaka work under 35 hours last week?', () => hoursYesNo(me('DEV-009'), LAST_WK, 'lt', 35)),
  q('PW074', 'admin', 'did Aisha Khan work at least 180 hours in October?', () => hoursYesNo(me('DEV-003'), OCT, 'ge', 180)),
  q('PW075', 'admin', 'which of the testers worked under 150 hours in October?', () => people(some(peopleByHours(team('QA'), OCT, 'lt', 150)))),
  q('PW076', 'admin', 'did DEV log more than 2,000 hours in October?', () => hoursYesNo(team('DEV'), OCT, 'gt', 2000)),
  q('PW077', 'admin', "were SEC's total hours last week over 300?", () => hoursYesNo(team('SEC'), LAST_WK, 'gt', 300)),

  // The managers, about their team.
  q('PW078', 'DEV-001', 'who on my team worked under 35 hours last week?', () => people(some(teamList('DEV-001', (s) => peopleByHours(s, LAST_WK, 'lt', 35))))),
  q('PW079', 'DEV-001', 'did anyone on my team work more than 195 hours in October?', () =>
    yesNo(true, [], { people: some(teamList('DEV-001', (s) => peopleByHours(s, OCT, 'gt', 195))) }),
  ),
  q('PW080', 'QA-001', 'who on my team put in over 180 hours in October?', () => people(some(teamList('QA-001', (s) => peopleByHours(s, OCT, 'gt', 180))))),

  // Employees, about themselves.
  q('PW081', 'DAT-004', 'did I work more than 45 hours last week?', () => hoursYesNo(me('DAT-004'), LAST_WK, 'gt', 45)),
  q('PW082', 'SEC-004', 'did I work at least 185 hrs in October?', () => hoursYesNo(me('SEC-004'), OCT, 'ge', 185)),
  q('PW083', 'DEV-003', 'did I work fewer than 40 hours last week?', () => hoursYesNo(me('DEV-003'), LAST_WK, 'lt', 40)),
  q('PW084', 'QA-003', 'were my hours in October above 175?', () => hoursYesNo(me('QA-003'), OCT, 'gt', 175)),
];
