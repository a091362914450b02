/*
 * practice18 — the admin about scores, leave and the calendar as typed in a chat box: means, medians,
 * maxima, rankings, thresholds and bounds, changes between quarters, KPIs, one person's trend; pending,
 * approved, rejected and cancelled requests, sick leave, balances, who is back when, leave taken; holidays
 * by name and by date. Written code-blind from /work/shared/API.md, docs/API.md and the README; every
 * figure, team, person and date comes from the data set and the oracle.
 */
import { answer, count, days, figures, people, score, type Question } from '../../expectation';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { holidayDate } from '../../oracle/practice12-figures';
import { available, DECEMBER } from '../../oracle/practice14-figures';
import { leaveTaken, requestCount } from '../../oracle/practice17-figures';
import { SINCE_AUGUST, scoredBetween, union } from '../../oracle/practice18-figures';
import { kpiOf, mostDeclined, mostImproved, rank, scoredAbove, scoredBelow, scoreOf, stats, teamsByMean } from '../../oracle/score-figures';
import { q, SEPTEMBER, THIS_YEAR } from '../helpers';

const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const who = (list: Array<{ employee: string }>) => union(list.map((l) => l.employee));

export const ADMIN_SCORES_LEAVE: readonly Question[] = [
  // Scores.
  q('B084', 'admin', 'avg perf score q3', () => figures(score(stats([Q3]).mean))),
  q('B085', 'admin', 'for the board deck: company wide average score last qtr, and the median', () =>
    figures(score(stats([Q3]).mean), score(stats([Q3]).median)),
  ),
  q('B086', 'admin', 'median perf score in dev last quarter', () => figures(score(stats([Q3], { team: 'DEV' }).median))),
  q('B087', 'admin', 'top 5 performers q2', () => people(rank(Q2, 5, 'top'))),
  q('B088', 'admin', 'bottom 3 in qa for q3', () => people(rank(Q3, 3, 'bottom', { team: 'QA' }))),
  q('B089', 'admin', 'who scored over 85 in q1', () => people(scoredAbove(Q1, 85))),
  q('B090', 'admin', 'anyone under 60 last qtr?', () => people(scoredBelow(Q3, 60))),
  q('B091', 'admin', 'biggest improver q2 to q3', () => people([mostImproved(Q2, Q3).id])),
  q('B092', 'admin', 'who in dev dropped the most from q1 to q2', () => people([mostDeclined(Q1, Q2, { team: 'DEV' }).id])),
  q('B093', 'admin', 'avg score q2 vs q3', () => figures(score(stats([Q2]).mean), score(stats([Q3]).mean))),
  q('B094', 'admin', 'which team scored highest on avg in q2', () => answer({ teams: teamsByMean(Q2).slice(0, 1) })),
  q('B095', 'admin', 'mean and max score for AI last quarter', () => figures(score(stats([Q3], { team: 'AI' }).mean), score(stats([Q3], { team: 'AI' }).max))),
  q('B096', 'admin', 'mohammed saleh scores over the last 4 quarters', () => figures(...['2024-Q4', Q1, Q2, Q3].map((p) => score(scoreOf('SEC-003', p))))),
  q('B097', 'admin', "whats daniel okafor's kpi in q3", () => figures(score(kpiOf('DEV-008', Q3)))),
  q('B098', 'admin', 'ppl in sec scoring between 70 and 80 in q3', () => people(scoredBetween(Q3, 70, 80, { team: 'SEC' }))),
  q('B099', 'admin', 'juniors avg score q3', () => figures(score(stats([Q3], levelIn(undefined, 'Junior')).mean))),
  q('B100', 'admin', 'seniors vs leads average score in Q1', () =>
    figures(score(stats([Q1], levelIn(undefined, 'Senior')).mean), score(stats([Q1], levelIn(undefined, 'Lead')).mean)),
  ),
  q('B101', 'admin', 'lowest scorer in data team q2', () => people(rank(Q2, 1, 'bottom', { team: 'DAT' }))),
  q('B102', 'admin', 'what did isabel santso get in q3', () => figures(score(scoreOf('SEC-006', Q3)))),

  // Leave.
  q('B103', 'admin', 'pending leave reqs for december', () => people(who(requestsOverlapping('pending', ...DECEMBER)))),
  q('B104', 'admin', 'approved leave in sept?', () => people(who(requestsOverlapping('approved', ...SEPTEMBER)))),
  q('B105', 'admin', 'whos taken sick leave since aug', () => people(onLeaveOfType('SICK', ...SINCE_AUGUST))),
  q('B106', 'admin', 'lukas novak annual leave balance', () => figures(days(available('DEV-004', 'ANNUAL')))),
  q('B107', 'admin', 'when is anna berg back from leave', () => answer({ dates: requests('approved', { ids: ['DAT-007'] }).map((l) => l.to) })),
  q('B108', 'admin', 'any rejected leave requests?', () => people(who(requests('rejected')))),
  q('B109', 'admin', 'cancelled leave reqs this yr', () => people(who(requests('cancelled')))),
  q('B110', 'admin', 'unpaid leave requests', () => people(who(requests('any', {}, 'UNPAID')))),
  q('B111', 'admin', 'how many sick days has DEV taken YTD', () => figures(days(leaveTaken({ team: 'DEV' }, 'SICK', THIS_YEAR)))),
  q('B112', 'admin', 'how many leave requests were approved this year', () => figures(count(requestCount('approved')))),
  q('B113', 'admin', "sana qureshi's leave reqs", () => answer({ dates: requests('any', { ids: ['AI-004'] }).map((l) => l.from) })),
  q('B114', 'admin', 'wei zhang sick leave left', () => figures(days(available('AI-001', 'SICK')))),

  // Holidays.
  q('B115', 'admin', 'when is the dev recharge day', () => answer({ dates: [holidayDate('DEV Recharge Day')] })),
  q('B116', 'admin', 'is 31 oct a day off?', () => answer({ mentions: ['half'] })),
  q('B117', 'admin', 'company holidays in dec', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER)) })),
];
