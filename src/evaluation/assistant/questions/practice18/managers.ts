/*
 * practice18 — the two managers about their own team as typed in a chat box: today, yesterday and single
 * days, who is OOO, rates of the team and of a level, thresholds, one member's lateness, absences, half
 * days, hours and tenure (by full name, misspelt name or first name), scores and their changes, pending
 * requests and when someone is back, with lead-ins such as "I'm prepping a 1:1 —". Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, person and date comes from the data set
 * and the oracle.
 */
import { answer, count, days, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { notCheckedInToday, measureOf, peopleWhere, peopleWithRate, totals, type Scope } from '../../oracle/attendance-figures';
import { offBetween, requests } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { headcount, ids } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { available } from '../../oracle/practice14-figures';
import { MONTHS_SINCE_AUGUST, rateIn } from '../../oracle/practice15-figures';
import { agreed } from '../../oracle/practice16-figures';
import { withRequests } from '../../oracle/practice17-figures';
import { hireOf, SINCE_AUGUST, SINCE_SEPTEMBER, tenureOf, whoOn } from '../../oracle/practice18-figures';
import { mostImproved, rank, scoreOf, stats } from '../../oracle/score-figures';
import { servedMoreThan } from '../../oracle/tenure-since';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, YESTERDAY } from '../helpers';
import { TODAY } from '../../dataset/calendar';
import type { Day } from '../../dataset/dates';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const one = (id: string): Scope => ({ ids: [id] });
const r = (scope: Scope, range: readonly [Day, Day]) => rate(rateIn(scope, range));
const late = (id: string, range: readonly [Day, Day]) => near(count(measureOf(id, 'late', ...range)), 'late');
const THIS_WEEK_ALL: Array<[Day, Day]> = [
  ['2025-11-17', TODAY],
  ['2025-11-17', '2025-11-23'],
];

export const MANAGERS: readonly Question[] = [
  // DEV-001.
  q('B118', 'DEV-001', 'whos late in my team today', () => people(whoOn(DEV, 'late', TODAY))),
  q('B119', 'DEV-001', 'my team not clocked in yet', () => people(notCheckedInToday(DEV))),
  q('B120', 'DEV-001', 'devs absent yday?', () => people(whoOn(DEV, 'absent', YESTERDAY))),
  q('B121', 'DEV-001', 'who on my team is OOO this wk', () => people(agreed(THIS_WEEK_ALL.map(([from, to]) => offBetween(DEV, from, to))))),
  q('B122', 'DEV-001', 'my teams att rate last wk', () => figures(r(DEV, LAST_WEEK))),
  q('B123', 'DEV-001', 'attendance of my juniors in oct', () => figures(r(levelIn('DEV', 'Junior'), OCTOBER))),
  q('B124', 'DEV-001', 'who on my team had <90% attendance last month', () => people(peopleWithRate(DEV, ...OCTOBER, (x) => x < 0.9))),
  q('B125', 'DEV-001', 'how many hrs did omar hadad work last wk', () => figures(hours(totals(one('DEV-010'), ...LAST_WEEK).hours))),
  q('B126', 'DEV-001', 'chris morgans absences since aug', () => figures(days(totals(one('DEV-006'), ...SINCE_AUGUST).absent))),
  q('B127', 'DEV-001', 'did yuki tanka have any half days in oct', () => figures(count(measureOf('DEV-009', 'halfDay', ...OCTOBER)))),
  q('B128', 'DEV-001', 'lukas late count this qtr', () => figures(late('DEV-004', THIS_QUARTER))),
  q('B129', 'DEV-001', 'best 2 performers on my team in q2', () => people(rank('2025-Q2', 2, 'top', DEV))),
  q('B130', 'DEV-001', 'my team avg score q2 vs q3', () => figures(score(stats(['2025-Q2'], DEV).mean), score(stats(['2025-Q3'], DEV).mean))),
  q('B131', 'DEV-001', 'who in my team improved most q2 -> q3', () => people([mostImproved('2025-Q2', '2025-Q3', DEV).id])),
  q('B132', 'DEV-001', 'any leave reqs waiting on me?', () => people(withRequests('pending', DEV))),
  q('B133', 'DEV-001', 'how long has tom been on the team', () => figures(years(tenureOf('DEV-002')))),
  q('B134', 'DEV-001', "my team's missing check outs this month", () => people(peopleWhere(DEV, 'missingCheckOut', ...THIS_MONTH))),
  q('B135', 'DEV-001', 'headcount of my team', () =>
    figures(near(count(headcount({ team: 'DEV' })), 'employee|people|person|member|staff|headcount|dev|team')),
  ),
  q('B136', 'DEV-001', 'seniors on my team?', () => people(ids({ team: 'DEV', position: 'Senior' }))),
  q('B137', 'DEV-001', "I'm prepping sofia's 1:1 — how many days has she been absent since sept", () =>
    figures(days(totals(one('DEV-011'), ...SINCE_SEPTEMBER).absent)),
  ),
  q('B138', 'DEV-001', 'when is maria gonzales back from leave?', () => answer({ dates: requests('approved', one('DEV-005')).map((l) => l.to) })),
  q('B139', 'DEV-001', 'hours my team worked on the 14th', () => figures(hours(totals(DEV, '2025-11-14', '2025-11-14').hours))),
  q('B140', 'DEV-001', 'ben carter attendance rate YTD', () => figures(r(one('DEV-012'), ['2025-01-01', TODAY]))),
  q('B141', 'DEV-001', 'who was late on my team 2025-11-03', () => people(whoOn(DEV, 'late', '2025-11-03'))),

  // QA-001.
  q('B142', 'QA-001', 'qa late yday', () => people(whoOn(QA, 'late', YESTERDAY))),
  q('B143', 'QA-001', 'anyone on my team on leave today', () => people(offBetween(QA, TODAY, TODAY))),
  q('B144', 'QA-001', 'zoe adams absent days this qtr', () => figures(days(totals(one('QA-009'), ...THIS_QUARTER).absent))),
  q('B145', 'QA-001', "peter hansen's score q3", () => figures(score(scoreOf('QA-006', '2025-Q3')))),
  q('B146', 'QA-001', 'chirs walker attendance rate in sept', () => figures(r(one('QA-004'), SEPTEMBER))),
  q('B147', 'QA-001', 'my team att rate by month since aug', () => figures(...MONTHS_SINCE_AUGUST.map((m) => r(QA, m)))),
  q('B148', 'QA-001', 'who on my team had missing check-outs in nov', () => people(peopleWhere(QA, 'missingCheckOut', ...THIS_MONTH))),
  q('B149', 'QA-001', 'total hrs my team oct', () => figures(hours(totals(QA, ...OCTOBER).hours))),
  q('B150', 'QA-001', 'lowest scorer on my team last quarter', () => people(rank('2025-Q3', 1, 'bottom', QA))),
  q('B151', 'QA-001', 'ivan petrov start date', () => answer({ dates: [hireOf('QA-010')] })),
  q('B152', 'QA-001', 'leo martins times late last month', () => figures(late('QA-008', OCTOBER))),
  q('B153', 'QA-001', 'grace kim annual leave balance', () => figures(days(available('QA-007', 'ANNUAL')))),
  q('B154', 'QA-001', "nina kowalski's leave requests", () => answer({ dates: requests('any', one('QA-005')).map((l) => l.from) })),
  q('B155', 'QA-001', 'has marcus lee been late more than 5 times this quarter?', () => figures(late('QA-002', THIS_QUARTER))),
  q('B156', 'QA-001', 'my teams avg score q1, q2 and q3', () => figures(...['2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(stats([p], QA).mean)))),
  q('B157', 'QA-001', 'how many on my team have been here over 5 yrs', () =>
    figures(near(count(servedMoreThan(5, { team: 'QA' }).length), 'employee|people|person|member|staff|year|yr')),
  ),
  q('B158', 'QA-001', 'my team attendance this month vs sept', () => figures(r(QA, THIS_MONTH), r(QA, SEPTEMBER))),
  q('B159', 'QA-001', 'who in qa was absent more than 3 days since aug', () => people(peopleWhere(QA, 'absent', ...SINCE_AUGUST, (v) => v > 3))),
  q('B160', 'QA-001', 'hours worked by zoe last week', () => figures(hours(totals(one('QA-009'), ...LAST_WEEK).hours))),
];
