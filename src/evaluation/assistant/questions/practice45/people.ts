/*
 * practice45 — two people side by side, as a manager preparing reviews asks about them: late arrivals, absent days,
 * half days, hours, attendance rates, quarterly scores and their moves, a KPI, and one person against their team's
 * average (README: "Pablo's attendance rate against the DAT average"). Each figure must stand next to the person it
 * belongs to; "which is more" is asked only where the two differ, and a count about one person is asked only where an
 * answer cannot write it as "once" or "twice". A period running to today is asked only where today changes nothing.
 * The admin asks about anyone; the managers Priya Raman (DEV-001) and Elena Petrova (QA-001) about two of their own team.
 */
import { TODAY } from '../../dataset/calendar';
import { count, days, figures, hours, rate, score, type Figure, type Question } from '../../expectation';
import type { Measure } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { kpiOf } from '../../oracle/score-figures';
import {
  differ,
  LAST_MONTH,
  LAST_WEEK,
  meanIn,
  MONTH_BEFORE,
  move,
  of,
  personLabel,
  plainCount,
  Q3,
  QUARTERS,
  rateOf,
  scoreIn,
  SINCE_AUGUST,
  THIS_QUARTER,
  toDateBothWays,
  type Range,
} from '../../oracle/practice45-figures';
import { q } from '../helpers';

const LATE = ['late', 'time', 'arriv'];
const AWAY = ['absen', 'day', 'off', 'missed'];
/** One person's count of a measure over a range (read with and without today when the range runs to it), next to their name. */
function countFor(id: string, measure: Measure, range: Range, words: string[]): Figure {
  const value = range[1] === TODAY ? toDateBothWays(range, (r) => of(id, measure, r)) : of(id, measure, range);
  const as = measure === 'absent' ? days : count;
  return near(as(measure === 'absent' ? value : plainCount(value)), personLabel(id, ...words));
}
const hoursFor = (id: string, range: Range) => near(hours(of(id, 'hours', range)), personLabel(id, 'hour', 'hrs', '\\bh\\b'));
const rateFor = (id: string, range: Range) => rate(rateOf({ ids: [id] }, range));
const trend = (id: string) => QUARTERS.map((p) => score(scoreIn(id, p)));
function kpi(id: string, period: string): number {
  const value = kpiOf(id, period);
  if (value === null) throw new Error(`${id} has no KPI in ${period}`);
  return value;
}

export const PEOPLE: readonly Question[] = [
  q('PT023', 'admin', 'who was late more in september, marcus lee or laura silva', () => {
    differ(of('QA-002', 'late', MONTH_BEFORE), of('DAT-009', 'late', MONTH_BEFORE));
    return figures(countFor('QA-002', 'late', MONTH_BEFORE, LATE), countFor('DAT-009', 'late', MONTH_BEFORE, LATE));
  }),
  q('PT024', 'admin', 'compare chris morgan and peter hansen absences since aug', () =>
    figures(countFor('DEV-006', 'absent', SINCE_AUGUST, AWAY), countFor('QA-006', 'absent', SINCE_AUGUST, AWAY)),
  ),
  q('PT025', 'admin', 'did julia fischer have more late arrivals than felix wagner in october?', () => {
    const [julia, felix] = [of('DAT-003', 'late', LAST_MONTH), of('AI-003', 'late', LAST_MONTH)];
    return yesNo(differ(julia, felix), [countFor('DAT-003', 'late', LAST_MONTH, LATE), countFor('AI-003', 'late', LAST_MONTH, LATE)]);
  }),
  q('PT026', 'admin', 'lates in Q3: mohammed saleh vs felix wagner', () =>
    figures(countFor('SEC-003', 'late', Q3, LATE), countFor('AI-003', 'late', Q3, LATE)),
  ),
  q('PT027', 'admin', 'isabel santos or lucas moreau — who was absent more in september?', () => {
    differ(of('SEC-006', 'absent', MONTH_BEFORE), of('SEC-005', 'absent', MONTH_BEFORE));
    return figures(countFor('SEC-006', 'absent', MONTH_BEFORE, AWAY), countFor('SEC-005', 'absent', MONTH_BEFORE, AWAY));
  }),
  q('PT028', 'admin', 'was Leo Martins late more often than Marcus Lee since august?', () => {
    const [leo, marcus] = [toDateBothWays(SINCE_AUGUST, (r) => of('QA-008', 'late', r)), toDateBothWays(SINCE_AUGUST, (r) => of('QA-002', 'late', r))];
    return yesNo(differ(leo, marcus), [countFor('QA-008', 'late', SINCE_AUGUST, LATE), countFor('QA-002', 'late', SINCE_AUGUST, LATE)]);
  }),
  q('PT029', 'admin', 'yuki tanaka vs samuel wright half days since aug', () =>
    figures(countFor('DEV-009', 'halfDay', SINCE_AUGUST, ['half']), countFor('DAT-008', 'halfDay', SINCE_AUGUST, ['half'])),
  ),

  // Attendance rates and hours.
  q('PT030', 'admin', "Pablo Ruiz's attendance rate against the DAT average last month", () =>
    figures(rateFor('DAT-006', LAST_MONTH), rate(rateOf({ team: 'DAT' }, LAST_MONTH))),
  ),
  q('PT031', 'QA-001', 'zoe adams vs nina kowalski attendance in october', () => figures(rateFor('QA-009', LAST_MONTH), rateFor('QA-005', LAST_MONTH))),
  q('PT032', 'DEV-001', 'compare Ben Carter and Chloe Dubois attendance this quarter', () =>
    figures(rateFor('DEV-012', THIS_QUARTER), rateFor('DEV-013', THIS_QUARTER)),
  ),
  q('PT033', 'admin', "whose attendance was better last month, Ahmed Ali's or Anna Berg's?", () => {
    differ(rateOf({ ids: ['DAT-002'] }, LAST_MONTH), rateOf({ ids: ['DAT-007'] }, LAST_MONTH));
    return figures(rateFor('DAT-002', LAST_MONTH), rateFor('DAT-007', LAST_MONTH));
  }),
  q('PT034', 'admin', 'samuel wright vs noah brown attendance rate since august', () =>
    figures(rateFor('DAT-008', SINCE_AUGUST), rateFor('DAT-010', SINCE_AUGUST)),
  ),
  q('PT035', 'DEV-001', 'hours: hannah schmidt vs sofia rossi last week', () => figures(hoursFor('DEV-007', LAST_WEEK), hoursFor('DEV-011', LAST_WEEK))),
  q('PT036', 'admin', 'lena hoffmann vs diego alvarez hrs in october', () => figures(hoursFor('AI-006', LAST_MONTH), hoursFor('AI-005', LAST_MONTH))),

  // Scores.
  q('PT037', 'DEV-001', 'aisha khan vs tom becker q3 score', () => figures(score(scoreIn('DEV-003', '2025-Q3')), score(scoreIn('DEV-002', '2025-Q3')))),
  q('PT038', 'admin', "kevin o'brien vs emma clarke scores over the quarters", () => figures(...trend('DAT-004'), ...trend('SEC-004'))),
  q('PT039', 'QA-001', 'who scored higher in Q2, Grace Kim or Nina Kowalski?', () => {
    const [grace, nina] = [scoreIn('QA-007', '2025-Q2'), scoreIn('QA-005', '2025-Q2')];
    differ(grace, nina);
    return figures(score(grace), score(nina));
  }),
  q('PT040', 'DEV-001', 'ravi patel vs maria gonzalez: change in score from q2 to q3', () =>
    figures(
      score(move(scoreIn('DEV-014', '2025-Q2'), scoreIn('DEV-014', '2025-Q3'))),
      score(move(scoreIn('DEV-005', '2025-Q2'), scoreIn('DEV-005', '2025-Q3'))),
    ),
  ),
  q('PT041', 'QA-001', 'is Fatima above our team average for Q3?', () => {
    const [fatima, qa] = [scoreIn('QA-003', '2025-Q3'), meanIn('2025-Q3', { team: 'QA' })];
    return yesNo(differ(fatima, qa), [score(fatima), score(qa)]);
  }),
  q('PT042', 'admin', "hannah schmidt's q3 score vs the DEV average", () =>
    figures(score(scoreIn('DEV-007', '2025-Q3')), score(meanIn('2025-Q3', { team: 'DEV' }))),
  ),
  q('PT043', 'DEV-001', 'omar vs yuki, q3 score', () => figures(score(scoreIn('DEV-010', '2025-Q3')), score(scoreIn('DEV-009', '2025-Q3')))),
  q('PT044', 'admin', "compare sana qureshi's and amara nwosu's KPI in Q3", () => figures(score(kpi('AI-004', '2025-Q3')), score(kpi('AI-002', '2025-Q3')))),
];
