/*
 * practice24 — the HR director's monthly review, comparing: this month against last, September against
 * October, Q3 against Q4 so far, this week against last week; one team against another or against the
 * company; two people side by side; whether lateness or absence is getting worse month by month. Written
 * code-blind from /work/shared/API.md, docs/API.md and the README; every figure comes from the data set
 * and the oracle.
 */
import { count, days, figures, hours, rate, score, type Question } from '../../expectation';
import { measureOf, totals, type Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { meanOf } from '../../oracle/practice19-figures';
import { absenceRate } from '../../oracle/practice17-figures';
import { measureOver, NOVEMBER_TO_DATE, Q3_2025, Q4_TO_DATE, rateOf } from '../../oracle/practice24-figures';
import { stats } from '../../oracle/score-figures';
import { AUGUST, LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK } from '../helpers';

type Range = readonly [string, string];
const ALL: Scope = {};
const r = (scope: Scope, range: Range) => rate(rateIn(scope, range));
const teamRate = (team: string, range: Range) => near(r({ team }, range), teamLabel(team));
const lateIn = (scope: Scope, range: Range, label: string) => near(count(totals(scope, ...range).late), label);
const absentIn = (scope: Scope, range: Range, label: string) => near(days(totals(scope, ...range).absent), label);

export const COMPARISONS: readonly Question[] = [
  // Period against period, the whole company.
  q('J001', 'admin', 'attendance rate this month vs last month', () => figures(r(ALL, THIS_MONTH), r(ALL, OCTOBER))),
  q('J002', 'admin', 'company attendence september vs october', () => figures(r(ALL, SEPTEMBER), r(ALL, OCTOBER))),
  q('J003', 'admin', 'attendance this week compared to last week', () => figures(r(ALL, THIS_WEEK), r(ALL, LAST_WEEK))),
  q('J004', 'admin', 'Q3 vs Q4 so far - attendance rate, whole company', () => figures(r(ALL, Q3_2025), r(ALL, Q4_TO_DATE))),
  q('J005', 'admin', 'late arrivals in september vs october', () => figures(lateIn(ALL, SEPTEMBER, 'late|sep'), lateIn(ALL, OCTOBER, 'late|oct'))),
  q('J006', 'admin', 'absent days last month compared with the month before', () =>
    figures(absentIn(ALL, OCTOBER, 'absen|day|oct'), absentIn(ALL, SEPTEMBER, 'absen|day|sep')),
  ),
  q('J007', 'admin', 'is lateness getting worse? late arrivals by month since august', () =>
    figures(...measureOver(ALL, 'late', [AUGUST, SEPTEMBER, OCTOBER, NOVEMBER_TO_DATE]).map((n) => near(count(n), 'late|aug|sep|oct|nov'))),
  ),
  q('J008', 'admin', 'attendance by month since august', () => figures(r(ALL, AUGUST), r(ALL, SEPTEMBER), r(ALL, OCTOBER), r(ALL, NOVEMBER_TO_DATE))),
  q('J009', 'admin', 'absence rate last month vs the month before', () => figures(rate(absenceRate(ALL, OCTOBER)), rate(absenceRate(ALL, SEPTEMBER)))),

  // One team over time.
  q('J010', 'admin', "DEV's attendance this month vs last month", () => figures(r({ team: 'DEV' }, THIS_MONTH), r({ team: 'DEV' }, OCTOBER))),
  q('J011', 'admin', 'QA attendance rate Q3 vs Q4 to date', () => figures(r({ team: 'QA' }, Q3_2025), r({ team: 'QA' }, Q4_TO_DATE))),
  q('J012', 'admin', 'attendance trend for SEC by month since august', () =>
    figures(...[AUGUST, SEPTEMBER, OCTOBER, NOVEMBER_TO_DATE].map((m) => r({ team: 'SEC' }, m))),
  ),
  q('J013', 'admin', 'AI team average score Q2 vs Q3', () => figures(score(meanOf('2025-Q2', { team: 'AI' })), score(meanOf('2025-Q3', { team: 'AI' })))),
  q('J014', 'admin', 'company average score Q1 vs Q2 vs Q3', () => figures(score(meanOf('2025-Q1')), score(meanOf('2025-Q2')), score(meanOf('2025-Q3')))),

  // Team against team.
  q('J015', 'admin', 'compare DEV and QA attendance in october', () => figures(teamRate('DEV', OCTOBER), teamRate('QA', OCTOBER))),
  q('J016', 'admin', 'attendance by team last month', () => figures(...['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((t) => teamRate(t, OCTOBER)))),
  q('J017', 'admin', 'Compare DEV and QA performance in Q3', () =>
    figures(near(score(meanOf('2025-Q3', { team: 'DEV' })), teamLabel('DEV')), near(score(meanOf('2025-Q3', { team: 'QA' })), teamLabel('QA'))),
  ),
  q('J018', 'admin', "how does DEV's attendance compare with the company average this month", () =>
    figures(r({ team: 'DEV' }, THIS_MONTH), r(ALL, THIS_MONTH)),
  ),
  q('J019', 'admin', 'late arrivals SEC vs AI last month', () =>
    figures(lateIn({ team: 'SEC' }, OCTOBER, `late|${teamLabel('SEC')}`), lateIn({ team: 'AI' }, OCTOBER, `late|${teamLabel('AI')}`)),
  ),
  q('J020', 'admin', 'median score per team in Q3', () =>
    figures(...['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((t) => near(score(stats(['2025-Q3'], { team: t }).median), teamLabel(t)))),
  ),

  // Person against person.
  q('J021', 'admin', 'compare Lukas Novak and Daniel Okafor: late arrivals in october', () =>
    figures(
      near(count(measureOf('DEV-004', 'late', ...OCTOBER)), 'late|lukas|novak'),
      near(count(measureOf('DEV-008', 'late', ...OCTOBER)), 'late|daniel|okafor'),
    ),
  ),
  q('J022', 'admin', 'attendance rate of Chris Walker vs Zoe Adams in october', () =>
    figures(rate(rateOf('QA-004', OCTOBER)), rate(rateOf('QA-009', OCTOBER))),
  ),
  q('J023', 'admin', 'hours Mohammed Saleh vs Jakub Wozniak last month', () =>
    figures(hours(measureOf('SEC-003', 'hours', ...OCTOBER)), hours(measureOf('SEC-007', 'hours', ...OCTOBER))),
  ),
  q('J024', 'admin', "pablo ruiz's attendance rate against the DAT average in october", () =>
    figures(rate(rateOf('DAT-006', OCTOBER)), r({ team: 'DAT' }, OCTOBER)),
  ),
  q('J025', 'admin', 'felix wagner late days sep vs oct', () =>
    figures(near(count(measureOf('AI-003', 'late', ...SEPTEMBER)), 'late|sep'), near(count(measureOf('AI-003', 'late', ...OCTOBER)), 'late|oct')),
  ),
  q('J026', 'admin', 'Diego Alvarez absences in september vs october', () =>
    figures(
      near(days(measureOf('AI-005', 'absent', ...SEPTEMBER)), 'absen|day|off|sep'),
      near(days(measureOf('AI-005', 'absent', ...OCTOBER)), 'absen|day|off|oct'),
    ),
  ),
];
