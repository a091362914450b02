/*
 * practice38 — the manager's people one by one: each member's attendance rate, score and hours over a quarter or a
 * week, a member by first name (only their own "Chris" is in a manager's scope; the admin is asked which), the
 * lowest and highest, their days and check-in times, and a member named in a lead-in sentence ("… with Zoe Adams.
 * How many days has she …").
 */
import { answer, ask, count, days, figures, hours, people, rate, score, years, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { recordOf, type Scope } from '../../oracle/attendance-figures';
import { tenureYears } from '../../oracle/people-figures';
import { kpiOf, rank } from '../../oracle/score-figures';
import {
  checkIn,
  daysWith,
  filled,
  hoursEach,
  LAST_FRIDAY,
  near,
  personOf,
  Q3,
  Q4_SO_FAR,
  rateOf,
  ratesEach,
  rateWhere,
  scoreKnown,
  scoresEach,
  SINCE_SEP_1,
} from '../../oracle/practice38-figures';
import { ratesCut } from '../../oracle/practice36-figures';
import { daysBetween } from '../../dataset/dates';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH } from '../helpers';

const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const me = (id: string): Scope => ({ ids: [id] });

export const REPORTS: readonly Question[] = [
  // Person by person over the whole team, the manager included (API.md: a manager's team is the team of their own record).
  q('PM066', 'DEV-001', 'Attendance rate for each person on my team last quarter', () => figures(...ratesEach(DEV, Q3))),
  q('PM067', 'QA-001', 'q3 attendance % per person in my team pls', () => figures(...ratesEach(QA, Q3))),
  q('PM068', 'DEV-001', 'Q3 scores for everyone on my team', () => figures(...scoresEach('2025-Q3', DEV))),
  q('PM069', 'QA-001', "show me each of my testers' final scores for 2025-Q3", () => figures(...scoresEach('2025-Q3', QA))),
  q('PM070', 'DEV-001', 'hours per person on my team last week', () => figures(...hoursEach(DEV, LAST_WEEK))),
  q('PM071', 'DEV-001', "What was Chris's attendence rate in Q3?", () => figures(rate(rateOf(me('DEV-006'), Q3)))),
  q('PM072', 'QA-001', "chris's attendance this qtr?", () => figures(rate(rateOf(me('QA-004'), Q4_SO_FAR)))),
  q('PM073', 'admin', "What's Chris's attendance this quarter?", () => ask('DEV-006', 'QA-004')),
  q('PM074', 'DEV-001', 'bens scroe in q2 and q3', () => figures(score(scoreKnown('DEV-012', '2025-Q2')), score(scoreKnown('DEV-012', '2025-Q3')))),
  q('PM075', 'QA-001', 'how did zoe score last quarter vs the quarter before', () =>
    figures(score(scoreKnown('QA-009', '2025-Q3')), score(scoreKnown('QA-009', '2025-Q2'))),
  ),
  q('PM076', 'DEV-001', "Omar's KPI in Q3", () => {
    const kpi = kpiOf('DEV-010', '2025-Q3');
    if (kpi === null) throw new Error('no KPI');
    return figures(score(kpi));
  }),
  q('PM077', 'QA-001', "who's my lowest scorer for q3", () => people(rank('2025-Q3', 1, 'bottom', QA))),
  q('PM078', 'DEV-001', 'top 3 on my team by score last quarter', () => people(rank('2025-Q3', 3, 'top', DEV))),
  q('PM079', 'DEV-001', 'Who on my team had the lowest attendance rate in Q3?', () => people(ratesCut(DEV, Q3, 1, 'lowest'))),
  q('PM080', 'QA-001', 'lowest 3 attendance rates in my team this quarter', () => people(ratesCut(QA, Q4_SO_FAR, 3, 'lowest'))),
  // Chloe Dubois joined on 15 September and attended every expected day of it: her Q3 rate is 100 %.
  q('PM081', 'DEV-001', 'Who had 100% attendance on my team last quarter?', () => people(filled(rateWhere(DEV, Q3, (r) => r === 1)))),
  q('PM082', 'QA-001', 'hours workd by marcus last week', () => figures(hours(personOf('QA-002', 'hours', LAST_WEEK)))),
  q('PM083', 'DEV-001', "Yuki's half days this month?", () => figures(near(count(personOf('DEV-009', 'halfDay', THIS_MONTH)), 'half'))),
  // A half day off by the Autumn Half Day holiday with no record is half a day absent.
  q('PM084', 'DEV-001', 'How many days was Ben absent in October, and which days?', () =>
    answer({ figures: [days(personOf('DEV-012', 'absent', OCTOBER))], dates: filled(daysWith('DEV-012', 'absent', OCTOBER)) }),
  ),
  q('PM085', 'QA-001', "Leo's late arrivals in q3", () => figures(near(count(personOf('QA-008', 'late', Q3)), 'late|arriv'))),
  q('PM086', 'DEV-001', "Daniel's attendance rate and late count this month", () =>
    figures(rate(rateOf(me('DEV-008'), THIS_MONTH)), near(count(personOf('DEV-008', 'late', THIS_MONTH)), 'late')),
  ),
  // "Friday" alone, for what is recorded, is the last one.
  q('PM087', 'QA-001', 'what time did Marcus check in on friday', () => answer({ mentions: [checkIn('QA-002', LAST_FRIDAY)] })),
  q('PM088', 'DEV-001', "Lukas's check-in times last week", () =>
    answer({ mentions: filled(daysBetween(...LAST_WEEK).filter((d) => recordOf('DEV-004', d)?.checkIn)).map((d) => checkIn('DEV-004', d)) }),
  ),
  // "Out" reads as off: Sofia Rossi had no leave in October, so her days out are her days absent (half days as halves).
  q('PM089', 'DEV-001', 'Sofia was out a couple of days last month — how many exactly?', () => figures(days(personOf('DEV-011', 'absent', OCTOBER)))),
  q('PM090', 'DEV-001', 'How long has Ravi been here?', () => figures(years(tenureYears(person('DEV-014'))))),
  q('PM091', 'QA-001', 'when did Ivan start', () => answer({ dates: [person('QA-010').hire] })),
  q('PM092', 'QA-001', "grace's scores for every quarter", () =>
    figures(...['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreKnown('QA-007', p)))),
  ),
  q('PM093', 'DEV-001', 'How many times was Daniel late in Q3, and in Q4 so far?', () =>
    figures(near(count(personOf('DEV-008', 'late', Q3)), 'late|time'), near(count(personOf('DEV-008', 'late', Q4_SO_FAR)), 'late|time')),
  ),
  q('PM094', 'admin', "Prepping Priya's 1:1s while she's out: how many days was Ben Carter absent this quarter?", () =>
    figures(days(personOf('DEV-012', 'absent', Q4_SO_FAR))),
  ),
  q('PM095', 'QA-001', "I'm prepping for a check-in with Zoe Adams. How many days has she been absent since September?", () =>
    figures(days(personOf('QA-009', 'absent', SINCE_SEP_1))),
  ),
  q('PM096', 'DEV-001', 'chris m attendance last mth + how many days he missed', () =>
    figures(rate(rateOf(me('DEV-006'), OCTOBER)), days(personOf('DEV-006', 'absent', OCTOBER))),
  ),
];
