/*
 * practice71 — performance scores of the manager's people: one person's final score or KPI in a quarter, a move
 * between quarters, the top and bottom of the team, who is under or over a line, the biggest rise and fall, how many
 * went up; the team's mean, median, highest and lowest against another quarter. "Last quarter" is the quarter before
 * today's. A "my team" list or ranking is asked only where the manager is not in it, and a "my team" statistic only
 * where the manager's own score changes nothing (else the team is named by code); no ranking is tied at its cut.
 */
import type { Question } from '../../expectation';
import { asPeriod, lastQuarter, period, quarterBeforeLast } from '../../oracle/practice71-periods';
import { biggestMove, kpiOf, maxOf, meanOf, medianOf, minOf, movedCount, ranked, scoredWhere, scoreOf } from '../../oracle/practice71-people';
import { team } from '../../oracle/practice71-team';
import { q } from '../helpers';
import { count, figures, list, people, score, yesNo } from './shared';

const LQ = () => asPeriod(lastQuarter(), '2025-Q3');
const QBL = () => asPeriod(quarterBeforeLast(), '2025-Q2');
const Q = (n: number) => period(2025, n);
const s = (v: number) => score(v);

export const SCORES: readonly Question[] = [
  // Priya.
  q('QT109', 'DEV-001', "what was Tom's Q3 score", () => figures(s(scoreOf('DEV-002', Q(3))))),
  q('QT110', 'DEV-001', 'how did aisha khan score last quarter?', () => figures(s(scoreOf('DEV-003', LQ())))),
  q('QT111', 'DEV-001', 'top 2 on my team last quarter', () => list(ranked(LQ(), 2, 'top', team('DEV'), 'DEV-001'))),
  q('QT112', 'DEV-001', 'who scored lowest in my team in q3?', () => list(ranked(Q(3), 1, 'bottom', team('DEV'), 'DEV-001'))),
  q('QT113', 'DEV-001', 'DEV average score Q3 vs Q2', () => figures(s(meanOf(Q(3), team('DEV'))), s(meanOf(Q(2), team('DEV'))))),
  q('QT114', 'DEV-001', 'anyone on my team under 70 last quarter?', () => {
    const ids = scoredWhere(LQ(), (x) => x < 70, team('DEV'), 'DEV-001');
    return ids.length > 0 ? people(ids) : people([]);
  }),
  q('QT115', 'DEV-001', 'biggest drop on my team from Q2 to Q3', () => {
    const m = biggestMove(Q(2), Q(3), 'fall', team('DEV'), 'DEV-001');
    return people([m.id], s(m.change));
  }),
  q('QT116', 'DEV-001', 'how many of my people went down between q2 and q3', () => figures(count(movedCount(Q(2), Q(3), 'down', team('DEV'), 'DEV-001')))),
  q('QT117', 'DEV-001', "daniel's kpi last quarter", () => figures(s(kpiOf('DEV-008', LQ())))),
  q('QT118', 'DEV-001', "has yuki's score gone up since Q1?", () => {
    const a = scoreOf('DEV-009', Q(1));
    const b = scoreOf('DEV-009', Q(3));
    return yesNo(b > a, [s(a), s(b)]);
  }),
  q('QT119', 'DEV-001', 'highest and lowest score in development last quarter', () => figures(s(maxOf(LQ(), team('DEV'))), s(minOf(LQ(), team('DEV'))))),
  q('QT120', 'DEV-001', 'who in my team scored over 88 in q2', () => list(scoredWhere(Q(2), (x) => x > 88, team('DEV'), 'DEV-001'))),
  // Elena.
  q('QT121', 'QA-001', "marcus lee's score last quarter vs the quarter before", () => figures(s(scoreOf('QA-002', LQ())), s(scoreOf('QA-002', QBL())))),
  q('QT122', 'QA-001', 'best performer on my team in Q3', () => list(ranked(Q(3), 1, 'top', team('QA'), 'QA-001'))),
  q('QT123', 'QA-001', 'bottom two in my team last quarter', () => list(ranked(LQ(), 2, 'bottom', team('QA'), 'QA-001'))),
  q('QT124', 'QA-001', 'median score for QA in q3', () => figures(s(medianOf(Q(3), team('QA'))))),
  q('QT125', 'QA-001', 'QA avg score last quarter, and the quarter before', () => figures(s(meanOf(LQ(), team('QA'))), s(meanOf(QBL(), team('QA'))))),
  q('QT126', 'QA-001', 'who on my team dropped the most from Q2 to Q3?', () => {
    const m = biggestMove(Q(2), Q(3), 'fall', team('QA'), 'QA-001');
    return people([m.id], s(m.change));
  }),
  q('QT127', 'QA-001', 'what did nina get in Q2 2025', () => figures(s(scoreOf('QA-005', Q(2))))),
  q('QT128', 'QA-001', "was Leo Martins' q3 score above 75?", () => {
    const x = scoreOf('QA-008', Q(3));
    if (x === 75) throw new Error('on the line');
    return yesNo(x > 75, [s(x)]);
  }),
  q('QT129', 'QA-001', 'who in my team scored below 70 in Q3', () => list(scoredWhere(Q(3), (x) => x < 70, team('QA'), 'QA-001'))),
  q('QT130', 'QA-001', "grace kim's KPI in q2", () => figures(s(kpiOf('QA-007', Q(2))))),
  // The admin.
  q('QT131', 'admin', 'best performer in QA last quarter', () => list(ranked(LQ(), 1, 'top', team('QA')))),
  q('QT132', 'admin', 'dev and qa average scores for q3', () => figures(s(meanOf(Q(3), team('DEV'))), s(meanOf(Q(3), team('QA'))))),
];
