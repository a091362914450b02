/*
 * practice73 — performance scores typed in a hurry: the mean ("avg", "avg perf"), median, highest and lowest, range
 * ("spread", "max minus min") of a quarter for everyone, a team or a level; two sides ("v", "vs"); quarter by quarter;
 * up or down; the best team; the top and bottom n; the biggest jump and the furthest fall; how many improved; a share
 * over a line; a band; one's own scores and KPI. "Last quarter" ("last qtr") is the quarter before today's. A ranking
 * or list is asked only where it holds no leaver and no tie at its cut, and a manager's "my team" figure only where
 * their own score changes nothing.
 */
import type { Question } from '../../expectation';
import { PERIODS } from '../../dataset/scores';
import { levelOf, teamOf, TEAM_CODES } from '../../oracle/practice73-figures';
import {
  best,
  high,
  kpiFor,
  low,
  mean,
  median,
  move,
  movedCount,
  scoreFor,
  scoring,
  seenOne,
  shareOf,
  spread,
  teamByScore,
  typed,
} from '../../oracle/practice73-people';
import { expectPeriod, lastQuarter, periodOf, qOf, quarterBeforeLast } from '../../oracle/practice73-periods';
import { q } from '../helpers';
import { answer, count, figures, people, rate, score, yesNo } from './shared';

const LQ = () => expectPeriod(lastQuarter(), '2025-Q3');
const QBL = () => expectPeriod(quarterBeforeLast(), '2025-Q2');
const s = (...xs: number[]) => figures(...xs.map((x) => score(x)));

export const SCORES: readonly Question[] = [
  // Statistics.
  q('QV122', 'admin', 'avg score q3', () => s(mean(qOf(3)))),
  q('QV123', 'admin', 'median dat q2', () => s(median(qOf(2), teamOf('DAT')))),
  q('QV124', 'admin', 'highest n lowest score AI last qtr', () => s(high(LQ(), teamOf('AI')), low(LQ(), teamOf('AI')))),
  q('QV125', 'admin', 'spread of sec scores q1', () => s(spread(qOf(1), teamOf('SEC')))),
  q('QV126', 'DEV-001', 'DEV avg score q3', () => s(mean(qOf(3), teamOf('DEV')))),
  q('QV127', 'QA-001', 'QA avg score last quarter', () => s(mean(LQ(), teamOf('QA')))),
  q('QV128', 'admin', 'mean and median for the whole company q1', () => s(mean(qOf(1)), median(qOf(1)))),
  // Two sides, trends.
  q('QV129', 'admin', 'dev v qa q2 avg', () => s(mean(qOf(2), teamOf('DEV')), mean(qOf(2), teamOf('QA')))),
  q('QV130', 'admin', 'avg score each quarter', () => s(...PERIODS.map((p) => mean(p.period)))),
  q('QV131', 'admin', 'did avg score drop from q1 to q2', () => {
    const a = mean(qOf(1));
    const b = mean(qOf(2));
    return yesNo(b < a, [score(a), score(b)]);
  }),
  q('QV132', 'admin', 'which team had the best avg score in q3', () => {
    const t = teamByScore(qOf(3), 'highest');
    return answer({ teams: [t], figures: [score(mean(qOf(3), teamOf(t)))] });
  }),
  q('QV133', 'admin', 'lowest scoring team last qtr?', () => {
    const t = teamByScore(LQ(), 'lowest');
    return answer({ teams: [t], figures: [score(mean(LQ(), teamOf(t)))] });
  }),
  q('QV134', 'admin', 'juniors vs seniors avg q3', () => s(mean(qOf(3), levelOf('Junior')), mean(qOf(3), levelOf('Senior')))),
  q('QV135', 'admin', 'avg score per team q3', () => answer({ teams: [...TEAM_CODES], figures: TEAM_CODES.map((t) => score(mean(qOf(3), teamOf(t)))) })),
  q('QV136', 'admin', 'sana qureshi vs company avg q2', () => s(scoreFor('AI-004', qOf(2)), mean(qOf(2)))),
  // Rankings, lines, moves.
  q('QV137', 'admin', 'top 3 ppl q3', () => people(best(qOf(3), 3, 'top'))),
  q('QV138', 'admin', 'worst 5 performers last quarter', () => people(best(LQ(), 5, 'bottom'))),
  q('QV139', 'DEV-001', 'best performer on my team q2', () => people(best(qOf(2), 1, 'top', teamOf('DEV'), 'DEV-001'))),
  q('QV140', 'QA-001', 'who in qa scored under 70 in q3', () => people(scoring(qOf(3), (x) => x < 70, teamOf('QA'), 'QA-001'))),
  q('QV141', 'admin', 'who in sec scored above the sec avg in q3', () => {
    const avg = mean(qOf(3), teamOf('SEC'));
    return people(scoring(qOf(3), (x) => x > avg, teamOf('SEC')));
  }),
  q('QV142', 'admin', 'who in dat scored between 70 and 80 in q3', () => people(scoring(qOf(3), (x) => x >= 70 && x <= 80, teamOf('DAT')))),
  q('QV143', 'admin', 'biggest jump q2 to q3', () => {
    const m = move(qOf(2), qOf(3), 'rise');
    return people([m.id], score(m.change));
  }),
  q('QV144', 'admin', 'who fell furthest from q4 2024 to q1 2025', () => {
    const m = move(periodOf(2024, 4), periodOf(2025, 1), 'fall');
    return people([m.id], score(m.change));
  }),
  q('QV145', 'admin', 'how many people improved q1 -> q2', () => figures(count(movedCount(qOf(1), qOf(2), 'up')))),
  q('QV146', 'admin', 'what % of q2 scores were over 80', () => figures(rate(shareOf(qOf(2), (x) => x > 80)))),
  q('QV147', 'admin', 'anyone in AI score below 60 in q3? y/n', () => {
    const ids = scoring(qOf(3), (x) => x < 60, teamOf('AI'));
    return ids.length > 0 ? answer({ people: ids, mentions: ['yes'] }) : answer({ mentions: ['no'] });
  }),
  // One person's scores.
  q('QV148', 'DEV-001', 'omar q3 score', () => s(scoreFor(typed('omar', 'DEV-010'), qOf(3)))),
  q('QV149', 'QA-001', 'chris score q2', () => s(scoreFor(seenOne('Chris', 'QA-001'), qOf(2)))),
  q('QV150', 'QA-001', 'leo martins score last qtr vs the one before', () => s(scoreFor('QA-008', LQ()), scoreFor('QA-008', QBL()))),
  q('QV151', 'admin', 'KPI for samuel wright q3', () => s(kpiFor('DAT-008', qOf(3)))),
  q('QV152', 'DEV-003', 'my score last qtr', () => s(scoreFor('DEV-003', LQ()))),
  q('QV153', 'QA-003', 'my q3 score pls', () => s(scoreFor('QA-003', qOf(3)))),
  q('QV154', 'QA-003', 'my scores all quarters', () => s(...PERIODS.map((p) => scoreFor('QA-003', p.period)))),
  q('QV155', 'DAT-004', 'did i do better in q3 than q2', () => {
    const a = scoreFor('DAT-004', qOf(2));
    const b = scoreFor('DAT-004', qOf(3));
    if (a === b) throw new Error('no change');
    return yesNo(b > a, [score(b), score(a)]);
  }),
  q('QV156', 'SEC-004', 'my kpi q1', () => s(kpiFor('SEC-004', qOf(1)))),
  q('QV157', 'SEC-004', 'hey, prepping for my review - what was my final score in q2? cheers', () => s(scoreFor('SEC-004', qOf(2)))),
];
