/*
 * practice69 — performance scores as the README lists them: the mean, median, lowest, highest and range ("spread",
 * "max minus min") of a quarter, for everyone, a team or a level; two teams, two levels, two quarters side by side;
 * the trend over the quarters; the top and bottom n (ties by name); the biggest rise and fall; how many improved; a
 * share under a line; the best team; people above their team's average; KPI; one's own scores. "Last quarter" is the quarter
 * before today's. A quarter's figures are over the people scored in it (the REST summary's); a ranking or a list is
 * asked only where it holds no leaver and no tie at its cut, and a manager's own team's ranking only where the manager
 * is not in it.
 */
import type { Question } from '../../expectation';
import { level, team } from '../../oracle/practice69-figures';
import {
  bestPerTeam,
  biggestMove,
  improvedCount,
  kpiOf,
  maxOf,
  meanOf,
  medianOf,
  minOf,
  onlyFirst,
  ranked,
  scoredWhere,
  scoreOf,
  shareUnder,
  spreadOf,
  teamByMean,
} from '../../oracle/practice69-people';
import { lastQuarterPeriod, periodName, quarterBeforeLastPeriod } from '../../oracle/practice69-periods';
import { PERIODS } from '../../dataset/scores';
import { q } from '../helpers';
import { answer, count, figures, people, rate, score, yesNo } from './shared';

/** A period as computed, checked against the name written beside it. */
const P = (found: string, name: string) => {
  if (found !== name) throw new Error(`${found} is not ${name}`);
  return found;
};
const LQ = () => P(lastQuarterPeriod(), '2025-Q3');
const QBL = () => P(quarterBeforeLastPeriod(), '2025-Q2');
const Q = (y: number, n: number) => periodName(y, n);
const s = (v: number) => score(v);

export const SCORES: readonly Question[] = [
  // Averages and statistics.
  q('QR112', 'admin', 'avg perf score in q1 2025?', () => figures(s(meanOf(Q(2025, 1))))),
  q('QR113', 'admin', "What's the average score last quarter?", () => figures(s(meanOf(LQ())))),
  q('QR114', 'admin', 'median score for DAT in Q2', () => figures(s(medianOf(Q(2025, 2), team('DAT'))))),
  q('QR115', 'admin', 'highest and lowest score in QA last quarter', () => figures(s(maxOf(LQ(), team('QA'))), s(minOf(LQ(), team('QA'))))),
  q('QR116', 'admin', 'range of scores in security in Q3', () => figures(s(spreadOf(Q(2025, 3), team('SEC'))))),
  q('QR117', 'DEV-001', 'average score for Development in Q3', () => figures(s(meanOf(Q(2025, 3), team('DEV'))))),
  q('QR118', 'QA-001', 'QA average score Q1 vs Q2 vs Q3', () => figures(...[1, 2, 3].map((n) => s(meanOf(Q(2025, n), team('QA')))))),
  // Comparisons and trends.
  q('QR119', 'admin', 'compare dev vs qa scores for Q3', () => figures(s(meanOf(Q(2025, 3), team('DEV'))), s(meanOf(Q(2025, 3), team('QA'))))),
  q('QR120', 'admin', 'how have average scores moved quarter by quarter?', () => figures(...PERIODS.map((p) => s(meanOf(p.period))))),
  q('QR121', 'admin', 'did the average score go up from Q2 to Q3', () => {
    const a = meanOf(Q(2025, 2));
    const b = meanOf(Q(2025, 3));
    return yesNo(b > a, [s(a), s(b)]);
  }),
  q('QR122', 'admin', 'seniors vs juniors average score last quarter', () => figures(s(meanOf(LQ(), level('Senior'))), s(meanOf(LQ(), level('Junior'))))),
  q('QR123', 'admin', 'which team scored highest on average last quarter', () => {
    const t = teamByMean(LQ(), 'highest');
    return answer({ teams: [t], figures: [s(meanOf(LQ(), team(t)))] });
  }),
  q('QR124', 'admin', 'is Felix Wagner above the company average score for Q3?', () => {
    const mine = scoreOf('AI-003', Q(2025, 3));
    const avg = meanOf(Q(2025, 3));
    return yesNo(mine > avg, [s(mine), s(avg)]);
  }),
  // Rankings, lines and moves.
  q('QR125', 'admin', 'top 5 scorers for Q2 2025', () => people(ranked(Q(2025, 2), 5, 'top'))),
  q('QR126', 'admin', 'Who are the top 3 performers last quarter?', () => people(ranked(LQ(), 3, 'top'))),
  q('QR127', 'admin', 'best performer in each team last quarter', () => people(bestPerTeam(LQ()))),
  q('QR128', 'admin', 'bottom 3 performers in Q3', () => people(ranked(Q(2025, 3), 3, 'bottom'))),
  q('QR129', 'DEV-001', 'lowest scorer in my team in Q2', () => people(ranked(Q(2025, 2), 1, 'bottom', team('DEV'), 'DEV-001'))),
  q('QR130', 'QA-001', 'who in QA scored above 80 in Q3', () => people(scoredWhere(Q(2025, 3), (x) => x > 80, team('QA'), 'QA-001'))),
  q('QR131', 'admin', 'who in AI scored above the AI average in Q2', () => {
    const avg = meanOf(Q(2025, 2), team('AI'));
    return people(scoredWhere(Q(2025, 2), (x) => x > avg, team('AI')));
  }),
  q('QR132', 'admin', 'who improved the most between Q4 2024 and Q3 2025?', () => {
    const m = biggestMove(Q(2024, 4), Q(2025, 3), 'rise');
    return people([m.id], s(m.change));
  }),
  q('QR133', 'admin', 'who dropped the most from Q2 to Q3', () => {
    const m = biggestMove(Q(2025, 2), Q(2025, 3), 'fall');
    return people([m.id], s(m.change));
  }),
  q('QR134', 'admin', 'how many people improved from Q2 to Q3?', () => figures(count(improvedCount(Q(2025, 2), Q(2025, 3))))),
  q('QR135', 'admin', 'what % of Q3 scores were under 70', () => figures(rate(shareUnder(Q(2025, 3), 70)))),
  // One person's scores.
  q('QR136', 'DEV-001', "what was Ben Carter's final score in Q2", () => figures(s(scoreOf('DEV-012', Q(2025, 2))))),
  q('QR137', 'QA-001', "Zoe's score last quarter vs the quarter before", () => figures(s(scoreOf('QA-009', LQ())), s(scoreOf('QA-009', QBL())))),
  q('QR138', 'QA-001', "chris's q3 score", () => figures(s(scoreOf(onlyFirst('Chris', 'QA-001'), Q(2025, 3))))),
  q('QR139', 'DEV-003', 'How did I score last quarter?', () => figures(s(scoreOf('DEV-003', LQ())))),
  q('QR140', 'QA-003', 'show me my scores for every quarter', () => figures(...PERIODS.map((p) => s(scoreOf('QA-003', p.period))))),
  q('QR141', 'DAT-004', 'my q2 score vs q1', () => figures(s(scoreOf('DAT-004', Q(2025, 2))), s(scoreOf('DAT-004', Q(2025, 1))))),
  q('QR142', 'SEC-004', 'did my score go up from Q2 to Q3?', () => {
    const a = scoreOf('SEC-004', Q(2025, 2));
    const b = scoreOf('SEC-004', Q(2025, 3));
    return yesNo(b > a, [s(a), s(b)]);
  }),
  q('QR143', 'DEV-003', 'what was my kpi in 2025-Q2', () => figures(s(kpiOf('DEV-003', Q(2025, 2))))),
];
