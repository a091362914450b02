/*
 * practice30 — the same week typed in a hurry by everyone: typos, lowercase, fragments, "hrs", "avg", "ppl".
 * Each reads as one of the questions of the other files, over its own part of the data set.
 */
import { answer, count, days, figures, hours, notFound, people, rate, refusal, score, years, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf, peopleWhere, totals } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween } from '../../oracle/leave-figures';
import { headcount, hiredBetween } from '../../oracle/people-figures';
import { near } from '../../oracle/practice10-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { meanOf, rankClean } from '../../oracle/practice19-figures';
import { lastDayWhen, nonZero } from '../../oracle/practice20-figures';
import { YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { tenureMean } from '../../oracle/practice29-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

const HEAD = 'people|employee|headcount|staff|person|ppl';

export const HASTY: readonly Question[] = [
  q('PE103', 'admin', 'who was late yesterday', () => people(peopleWhere({}, 'late', YESTERDAY, YESTERDAY))),
  q('PE104', 'admin', 'attendence rate dev last wk', () => figures(rate(rateIn({ team: 'DEV' }, LAST_WEEK)))),
  q('PE105', 'admin', 'hc QA', () => figures(near(count(headcount({ team: 'QA' })), HEAD))),
  q('PE106', 'admin', 'avg scroe q2', () => figures(score(meanOf('2025-Q2', {})))),
  q('PE107', 'admin', 'top 3 q3 in DAT', () => people(rankClean('2025-Q3', 3, 'top', { team: 'DAT' }))),
  q('PE108', 'admin', 'whos off next wk', () => people(offBetween({}, ...NEXT_WEEK))),
  q('PE109', 'admin', 'new hires in dev this yr', () => people(hiredBetween(...YEAR_TO_DATE, 'DEV'))),
  q('PE110', 'admin', 'avg tenure AI', () => figures(years(tenureMean({ team: 'AI' })))),
  q('PE111', 'admin', 'absences in QA in sept??', () => figures(near(days(nonZero(totals({ team: 'QA' }, ...SEPTEMBER).absent)), 'absen|day|missed'))),
  q('PE112', 'admin', 'wats the employee salry in QA', () => refusal('salry', 'salary')),
  q('PE113', 'DEV-001', 'my team attendance this wk', () => figures(rate(rateIn({ team: 'DEV' }, THIS_WEEK)))),
  q('PE114', 'DEV-001', 'who on my team late in octobr', () => people(peopleWhere({ team: 'DEV' }, 'late', ...OCTOBER))),
  q('PE115', 'DEV-001', 'ai team headcount', () => refusal('AI', 'artificial', 'outside')),
  q('PE116', 'QA-001', 'median scor my team q2', () => figures(score(medianOf('2025-Q2', { team: 'QA' })))),
  q('PE117', 'QA-001', 'who in my team absent this month', () => people(peopleWhere({ team: 'QA' }, 'absent', ...THIS_MONTH))),
  q('PE118', 'DEV-003', 'my hrs this week', () => figures(hours(nonZero(measureOf('DEV-003', 'hours', ...THIS_WEEK))))),
  q('PE119', 'QA-003', 'q3 score?', () => figures(score(scoreOf('QA-003', '2025-Q3')))),
  q('PE120', 'DAT-004', 'pto left', () => figures(near(days(balance('DAT-004', 'ANNUAL').available), 'left|available|remain|balance|have|annual'))),
  q('PE121', 'SEC-004', 'last time i was late', () => answer({ dates: [lastDayWhen('SEC-004', 'late')] })),
  q('PE122', 'SEC-004', 'nxt holiday', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('PE123', 'QA-003', 'priya ramans hrs last wk', () => notFound()),
];
