/*
 * practice52 — hours worked: the sum of each record's check-in to check-out (a record without a check-out has none;
 * today's records are still open), for everyone, a team (a manager's "my team" is the whole team, the manager's own
 * hours included, as the summaries count it), one person or oneself, over last week, this month, last month, a named
 * month, yesterday and this year; the most hours; who passed a line (checked to stand clear of it).
 */
import { figures, people, type Question } from '../../expectation';
import { hoursN } from '../../oracle/practice51-figures';
import { perTeam } from '../../oracle/practice51-figures';
import { ALL, countIn, LAST_MONTH, LAST_WEEK, me, monthOf, mostIn, team, teamOf, THIS_MONTH, THIS_YEAR, YESTERDAY_ONLY } from '../../oracle/practice52-figures';
import { peopleIn } from '../../oracle/attendance-figures';
import { q } from '../helpers';

/** The people of the scope whose hours over the range pass the line, each standing clear of it by more than an hour. */
function hoursOver(line: number, range: readonly [string, string]): string[] {
  const each = peopleIn(ALL).map((p) => ({ id: p.id, h: countIn(me(p.id), 'hours', range) }));
  if (each.some((x) => Math.abs(x.h - line) <= 1)) throw new Error(`someone worked about ${line} hours`);
  const found = each.filter((x) => x.h > line).map((x) => x.id);
  if (found.length === 0) throw new Error('nobody passed the line');
  return found;
}

export const HOURS: readonly Question[] = [
  q('QA151', 'admin', 'total hours worked last week', () => figures(hoursN(countIn(ALL, 'hours', LAST_WEEK)))),
  q('QA152', 'DEV-001', 'hours worked by my team last week', () => figures(hoursN(countIn(teamOf('DEV-001'), 'hours', LAST_WEEK)))),
  q('QA153', 'QA-001', 'how many hours did QA put in last month?', () => figures(hoursN(countIn(team('QA'), 'hours', LAST_MONTH)))),
  q('QA154', 'SEC-004', 'how many hours did I work last week?', () => figures(hoursN(countIn(me('SEC-004'), 'hours', LAST_WEEK)))),
  q('QA155', 'DAT-004', 'my hours this month', () => figures(hoursN(countIn(me('DAT-004'), 'hours', THIS_MONTH)))),
  q('QA156', 'DEV-003', 'hours i worked in october', () => figures(hoursN(countIn(me('DEV-003'), 'hours', monthOf(10))))),
  q('QA157', 'admin', 'how many hours did Lukas Novak work in September?', () => figures(hoursN(countIn(me('DEV-004'), 'hours', monthOf(9))))),
  q('QA158', 'admin', 'who worked the most hours last week?', () => people(mostIn(ALL, 'hours', LAST_WEEK))),
  q('QA159', 'admin', 'who worked more than 40 hours last week', () => people(hoursOver(40, LAST_WEEK))),
  q('QA160', 'QA-003', 'how many hours did i log yesterday', () => figures(hoursN(countIn(me('QA-003'), 'hours', YESTERDAY_ONLY)))),
  q('QA161', 'admin', 'hours worked by the security team this year', () => figures(hoursN(countIn(team('SEC'), 'hours', THIS_YEAR)))),
  q('QA162', 'admin', 'hours per team last month', () => figures(...perTeam('hours', LAST_MONTH))),
];
