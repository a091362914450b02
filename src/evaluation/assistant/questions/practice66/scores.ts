/*
 * practice66 — my score and my record: my final score last quarter or in a named quarter, my scores over the last
 * four quarters, whether it went up and by how much, my KPI, how long I have worked here, when I started, which team
 * I am in, my job title and level. API.md: the final score is the mean of the three inputs, rounded half-up to two
 * decimals; "last quarter" is 2025-Q3 (today is in Q4, which has no scores yet, so "this quarter" is not asked).
 * Tenure is whole years from the hire date to today (the grader reads years as whole years).
 */
import { score, years, type Question } from '../../expectation';
import { person } from '../../dataset/dataset';
import { PERIODS } from '../../dataset/scores';
import { quarterOf } from '../../dataset/dates';
import { changeOf, kpiIn, scoreIn, visible, yearsHere } from '../../oracle/practice66-calendar';
import { LAST_QUARTER, written } from '../../oracle/practice66-self';
import { q } from '../helpers';
import { answer, figures, scoreIs, scoresAre, yesIf } from './shared';

const Q3 = written(quarterOf(LAST_QUARTER[0]).period, '2025-Q3');
const Q2 = '2025-Q2';
const Q1 = '2025-Q1';
const Q4_2024 = '2024-Q4';
const LAST_FOUR = PERIODS.map((p) => p.period);
if (LAST_FOUR.join() !== [Q4_2024, Q1, Q2, Q3].join()) throw new Error('the last four quarters are not Q4 2024 to Q3 2025');

/** Did the score go up (or down, as asked) between two quarters: yes or no first, both scores. */
const went = (id: string, from: string, to: string, way: 'up' | 'down') => {
  const change = changeOf(id, from, to);
  return yesIf(way === 'up' ? change > 0 : change < 0, [score(scoreIn(id, from)), score(scoreIn(id, to))]);
};
/** How much it moved: the change (its sign may be in words) and the later score. */
const moved = (id: string, from: string, to: string) => {
  const change = changeOf(id, from, to);
  if (change === 0) throw new Error(`${id} did not move from ${from} to ${to}`);
  return figures(score(change), score(scoreIn(id, to)));
};
const tenure = (id: string) => figures(years(yearsHere(id)));
const started = (id: string) => answer({ dates: [person(id).hire] });
const teamOf = (id: string) => answer({ teams: [person(id).team] });
const titleOf = (id: string) => answer({ mentions: [person(id).title] });
const levelOf = (id: string) => answer({ mentions: [person(id).position] });

export const SCORES: readonly Question[] = [
  // Aisha Khan (DEV-003).
  q('QO150', 'DEV-003', 'my score last quarter?', () => scoreIs('DEV-003', Q3)),
  q('QO151', 'DEV-003', 'did my score go up from q2 to q3', () => went('DEV-003', Q2, Q3, 'up')),
  q('QO152', 'DEV-003', 'how did i score in Q1', () => scoreIs('DEV-003', Q1)),
  q('QO153', 'DEV-003', 'my scores over the last 4 quarters', () => scoresAre('DEV-003', ...LAST_FOUR)),
  q('QO154', 'DEV-003', 'how long have i worked here', () => tenure('DEV-003')),
  q('QO155', 'DEV-003', 'when did i start here?', () => started('DEV-003')),
  q('QO156', 'DEV-003', 'which team am i in', () => teamOf('DEV-003')),
  q('QO157', 'DEV-003', 'whats my job title', () => titleOf('DEV-003')),
  // Fatima Zahra (QA-003).
  q('QO158', 'QA-003', 'what was my score last quarter', () => scoreIs('QA-003', Q3)),
  q('QO159', 'QA-003', 'did my score go up between q2 and q3?', () => went('QA-003', Q2, Q3, 'up')),
  q('QO160', 'QA-003', 'my Q4 2024 score', () => scoreIs('QA-003', Q4_2024)),
  q('QO161', 'QA-003', 'how many years have i been here', () => tenure('QA-003')),
  q('QO162', 'QA-003', "what's my position?", () => levelOf('QA-003')),
  q('QO163', 'QA-003', 'what team am i on', () => teamOf('QA-003')),
  q('QO164', 'QA-003', 'what was my KPI last quarter', () => figures(score(kpiIn('QA-003', Q3)))),
  q('QO165', 'QA-003', 'did my score drop from Q4 2024 to Q1?', () => went('QA-003', Q4_2024, Q1, 'down')),
  // Kevin O'Brien (DAT-004).
  q('QO166', 'DAT-004', 'my perf score q3', () => scoreIs('DAT-004', Q3)),
  q('QO167', 'DAT-004', 'did i improve from q2 to q3', () => went('DAT-004', Q2, Q3, 'up')),
  q('QO168', 'DAT-004', 'was my score above 90 last quarter?', () => yesIf(scoreIn('DAT-004', Q3) > 90, [score(scoreIn('DAT-004', Q3))])),
  q('QO169', 'DAT-004', 'how long have i been working here', () => tenure('DAT-004')),
  q('QO170', 'DAT-004', 'start date?', () => started('DAT-004')),
  q('QO171', 'DAT-004', 'what is my job title', () => titleOf('DAT-004')),
  q('QO172', 'DAT-004', 'my q1 vs q2 score', () => scoresAre('DAT-004', Q1, Q2)),
  // Emma Clarke (SEC-004).
  q('QO173', 'SEC-004', 'how did i do last quarter', () => scoreIs('SEC-004', Q3)),
  q('QO174', 'SEC-004', 'how much did my score go up from q2 to q3', () => moved('SEC-004', Q2, Q3)),
  q('QO175', 'SEC-004', 'my score in Q1', () => scoreIs('SEC-004', Q1)),
  q('QO176', 'SEC-004', 'how many years have i worked here', () => tenure('SEC-004')),
  q('QO177', 'SEC-004', 'what team am i in?', () => teamOf('SEC-004')),
  q('QO178', 'SEC-004', 'my level?', () => levelOf('SEC-004')),
  q('QO179', 'SEC-004', 'when did I join', () => started('SEC-004')),
  // Priya Raman (DEV-001).
  q('QO180', 'DEV-001', 'my own score last quarter', () => scoreIs('DEV-001', Q3)),
  q('QO181', 'DEV-001', 'how long have i been here', () => tenure('DEV-001')),
  q('QO182', 'DEV-001', 'did my score go up from Q1 to Q2', () => went('DEV-001', Q1, Q2, 'up')),
  q('QO183', 'DEV-001', "Aisha's score last quarter", () => scoreIs(visible('DEV-001', 'DEV-003'), Q3)),
  q('QO184', 'DEV-001', 'how much did my score change from q2 to q3', () => moved('DEV-001', Q2, Q3)),
  // Elena Petrova (QA-001).
  q('QO185', 'QA-001', 'my score last quarter', () => scoreIs('QA-001', Q3)),
  q('QO186', 'QA-001', 'did my score drop from Q1 to Q2?', () => went('QA-001', Q1, Q2, 'down')),
  q('QO187', 'QA-001', 'when did i join?', () => started('QA-001')),
  q('QO188', 'QA-001', "Fatima Zahra's q3 score", () => scoreIs(visible('QA-001', 'QA-003'), Q3)),
  // HR.
  q('QO189', 'admin', "Kevin O'Brien's Q3 score", () => scoreIs('DAT-004', Q3)),
  q('QO190', 'admin', 'how long has Emma Clarke worked here', () => tenure('SEC-004')),
  q('QO191', 'admin', 'what team is Fatima Zahra in', () => teamOf('QA-003')),
  q('QO192', 'admin', "Aisha Khan's scores for the last 4 quarters", () => scoresAre('DEV-003', ...LAST_FOUR)),
];
