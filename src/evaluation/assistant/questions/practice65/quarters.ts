/*
 * practice65 — quarters written every way ("Q3", "the third quarter", "2025-Q2", "Q1 2025", "the first quarter of this
 * year", "last quarter" = 2025-Q3, "the quarter before last" = 2025-Q2, "Q4 2024", "the last quarter of 2024", "this
 * quarter so far"). Scores: a person's final score, a team's or everyone's mean (half-up to two decimals, as API.md
 * computes it), the top and bottom of a ranking (ties by name; a place tied with the next is not asked), and a team's
 * quarters side by side. Attendance over a quarter: Q3 counts from 1 August, when tracking began (nobody is expected
 * before it), and "this quarter so far" is asked only where today, which is open, changes nothing.
 */
import { score, type Question } from '../../expectation';
import { periodOf, quarterOf, LAST_QUARTER, QUARTER_BEFORE_LAST, THIS_QUARTER_SO_FAR } from '../../oracle/practice65-periods';
import { meanIn, ranked, scoreIn } from '../../oracle/practice65-calendar';
import { membersOf, type Group } from '../../oracle/practice65-figures';
import { agree } from '../../oracle/practice58-figures';
import { q } from '../helpers';
import { absentIs, AI, DAT, DEV, EVERYONE, figures, hoursIs, lateIs, one, people, QA, rateIs, SEC, span } from './shared';

const Q1 = periodOf(1);
const Q2 = periodOf(2);
const Q3 = periodOf(3);
const Q4_2024 = periodOf(4, 2024);
const period = (found: string, writtenAs: string) => {
  if (found !== writtenAs) throw new Error(`${found} is not ${writtenAs}`);
  return found;
};
const LASTQ = period(LAST_QUARTER, '2025-Q3');
const BEFORE_LASTQ = period(QUARTER_BEFORE_LAST, '2025-Q2');
const mean = (p: string, g: Group = {}) => figures(score(meanIn(p, g)));
const mine = (id: string, ...periods: string[]) => figures(...periods.map((p) => score(scoreIn(id, p))));
/** The top or bottom n of a manager's team: the same with and without the manager. */
const ofMyTeam = (p: string, n: number, direction: 'top' | 'bottom', code: string, manager: string) => {
  const others = membersOf({ team: code })
    .map((x) => x.id)
    .filter((id) => id !== manager);
  return people(agree([ranked(p, n, direction, { team: code }), ranked(p, n, direction, { ids: others })]));
};
const Q3_ATT = span(quarterOf(3), '2025-07-01', '2025-09-30');
const THIS_Q = span(THIS_QUARTER_SO_FAR, '2025-10-01', '2025-11-19');

export const QUARTERS: readonly Question[] = [
  // HR.
  q('QN096', 'admin', 'company average score for the third quarter', () => mean(Q3)),
  q('QN097', 'admin', 'avg score for the last quarter of 2024?', () => mean(Q4_2024)),
  q('QN098', 'admin', 'DEV mean score in the first quarter of this year', () => mean(Q1, DEV)),
  q('QN099', 'admin', 'who were the top 3 performers in 2025-Q2', () => people(ranked(Q2, 3, 'top'))),
  q('QN100', 'admin', 'lowest scorer in Q1 2025', () => people(ranked(Q1, 1, 'bottom'))),
  q('QN101', 'admin', 'data team average in Q2 and in Q3, side by side', () => figures(score(meanIn(Q2, DAT)), score(meanIn(Q3, DAT)))),
  q('QN102', 'admin', "Sana Qureshi's score for the second quarter", () => mine('AI-004', Q2)),
  q('QN103', 'admin', 'security team average score each quarter from Q4 2024 to Q3 2025', () =>
    figures(...[Q4_2024, Q1, Q2, Q3].map((p) => score(meanIn(p, SEC)))),
  ),
  q('QN104', 'admin', 'attendance rate across the company in Q3', () => rateIs(EVERYONE, Q3_ATT)),
  q('QN105', 'admin', 'how many days of absence have we had so far this quarter', () => absentIs(EVERYONE, THIS_Q)),
  q('QN106', 'admin', "AI team's attendance rate last quarter", () => rateIs(AI, Q3_ATT)),
  q('QN107', 'admin', 'QA late arrivals in the third quarter of 2025', () => lateIs(QA, Q3_ATT)),
  q('QN108', 'admin', 'top performer in AI for Q4 2024', () => people(ranked(Q4_2024, 1, 'top', AI))),
  // Managers.
  q('QN109', 'DEV-001', "my team's average score last quarter", () => mean(LASTQ, DEV)),
  q('QN110', 'DEV-001', "Yuki Tanaka's score for Q4 2024", () => mine('DEV-009', Q4_2024)),
  q('QN111', 'DEV-001', 'who was the best performer on my team in the 2nd quarter?', () => ofMyTeam(Q2, 1, 'top', 'DEV', 'DEV-001')),
  q('QN112', 'DEV-001', 'DEV attendance rate this quarter so far', () => rateIs(DEV, THIS_Q)),
  q('QN113', 'QA-001', 'QA average for the quarter before last', () => mean(BEFORE_LASTQ, QA)),
  q('QN114', 'QA-001', 'lowest final score on my team in the third quarter - who?', () => ofMyTeam(Q3, 1, 'bottom', 'QA', 'QA-001')),
  q('QN115', 'QA-001', 'how did Marcus Lee do in Q1 and Q2 this year', () => mine('QA-002', Q1, Q2)),
  q('QN116', 'QA-001', 'absence days in my team last quarter', () => absentIs(QA, Q3_ATT)),
  // Employees.
  q('QN117', 'DEV-003', "what did I get for last quarter's performance score?", () => mine('DEV-003', LASTQ)),
  q('QN118', 'DEV-003', 'how did i score in the first quarter of 2025', () => mine('DEV-003', Q1)),
  q('QN119', 'QA-003', 'what was my Q4 2024 score', () => mine('QA-003', Q4_2024)),
  q('QN120', 'DAT-004', 'what was my performance score in the 2nd quarter?', () => mine('DAT-004', Q2)),
  q('QN121', 'SEC-004', 'my scores for Q2 and Q3 please', () => mine('SEC-004', Q2, Q3)),
  q('QN122', 'SEC-004', 'how many hours did I work last quarter', () => hoursIs(one('SEC-004'), Q3_ATT)),
  q('QN123', 'QA-003', 'my final score for 2025-Q3?', () => mine('QA-003', Q3)),
  q('QN124', 'DAT-004', 'days absent for me in Q3 2025?', () => absentIs(one('DAT-004'), Q3_ATT)),
];
