/*
 * practice49 — hours worked, composed: a subject (a team, everyone per team, a person, a manager's team, oneself)
 * with a period (yesterday, last week, ISO weeks, a month, "since the 15th", "the last 10 days") and an operation
 * (look up, per team, compare two periods, the most, the 3 with the fewest, threshold). API.md: hours are computed
 * from the check-in and check-out, none while checked in (today's open records count nothing); README: someone
 * expected at work with no record counts with 0. A list is asked only where nobody stands within 0.1 h of its line.
 */
import { answer, hours, people, type Question } from '../../expectation';
import { entriesOf, hoursEnd, hoursFig, hoursOver, hoursPast, mostOver, perTeam, teamList } from '../../oracle/practice49-ops';
import {
  LAST_10_DAYS,
  LAST_WEEK,
  OCTOBER,
  on,
  one,
  SEPTEMBER,
  SINCE_THE_15TH,
  single,
  some,
  team,
  WK_45,
  WK_46,
  YESTERDAY,
  NOVEMBER_SO_FAR,
} from '../../oracle/practice49-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
const DAT = team('DAT');
const AI = team('AI');

export const HOURS: readonly Question[] = [
  q('PX111', 'admin', 'hours per team in October', () => answer({ figures: perTeam((code) => hours(hoursOver(team(code), single(OCTOBER)))) })),
  q('PX112', 'admin', 'the 3 with the fewest hours in QA last week', () => people(hoursEnd(QA, LAST_WEEK, 3, 'low'))),
  q('PX113', 'admin', 'who in AI worked more than 43 hours last week', () => people(some(hoursPast(AI, single(LAST_WEEK), 43, 'over')))),
  q('PX114', 'admin', "Grace Kim's hours in September vs October", () =>
    answer({ figures: [hoursFig(one('QA-007'), single(SEPTEMBER)), hoursFig(one('QA-007'), single(OCTOBER))] }),
  ),
  q('PX115', 'admin', 'DEV hours in wk 45 compared to wk 46', () => answer({ figures: [hoursFig(DEV, single(WK_45)), hoursFig(DEV, single(WK_46))] })),
  q('PX116', 'admin', 'total hours for DAT since the 15th', () => answer({ figures: [hoursFig(DAT, single(SINCE_THE_15TH))] })),

  // The managers, about their team.
  q('PX117', 'DEV-001', "my team's hours last week", () => answer({ figures: [hoursFig(DEV, single(LAST_WEEK))] })),
  q('PX118', 'DEV-001', 'who on my team worked under 36 hours last week', () =>
    people(some(teamList('DEV-001', (s) => hoursPast(s, single(LAST_WEEK), 36, 'under')))),
  ),
  q('PX119', 'QA-001', 'who on my team worked the most hours this month', () =>
    people(teamList('QA-001', (s) => mostOver((t) => entriesOf(t, 'hours', NOVEMBER_SO_FAR), s).ids)),
  ),

  // Employees, about themselves.
  q('PX120', 'DEV-003', 'my hours for yesterday?', () => answer({ figures: [hoursFig(one('DEV-003'), single(on(YESTERDAY)))] })),
  q('PX121', 'QA-003', 'my hours in wk 46', () => answer({ figures: [hoursFig(one('QA-003'), single(WK_46))] })),
  q('PX122', 'DAT-004', 'hours I worked: September versus October', () =>
    answer({ figures: [hoursFig(one('DAT-004'), single(SEPTEMBER)), hoursFig(one('DAT-004'), single(OCTOBER))] }),
  ),
  q('PX123', 'SEC-004', 'total hours I worked in the last 10 days', () => answer({ figures: [hoursFig(one('SEC-004'), single(LAST_10_DAYS))] })),
];
