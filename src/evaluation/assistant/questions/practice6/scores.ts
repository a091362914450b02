/* Practice6 — scores: averages, comparisons, trends, statistics, top/bottom N, changes, one person's score. */
import { answer, figures, people, score, type Question } from '../../expectation';
import { changes, meansOver, mostDeclined, mostImproved, rank, scoredAbove, scoredBelow, scoreOf, stats, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];
const mean = (period: string, team?: string) => score(stats([period], { team }).mean);
const top = (period: string, n: number, team?: string) => rank(period, n, 'top', { team });
const bottom = (period: string, n: number, team?: string) => rank(period, n, 'bottom', { team });

export const SCORES: Question[] = [
  // "What's the average score for Q1 2025?"
  q('U061', 'admin', "What's the average score for Q1 2025?", () => figures(mean('2025-Q1'))),
  q('U062', 'admin', 'average performance score in 2025-Q2', () => figures(mean('2025-Q2'))),
  q('U063', 'admin', 'mean score for the third quarter of 2025', () => figures(mean('2025-Q3'))),
  q('U064', 'admin', 'avg score Q4 2024', () => figures(mean('2024-Q4'))),
  q('U065', 'admin', 'what was the average score of the AI team in Q3 2025', () => figures(mean('2025-Q3', 'AI'))),
  q('U066', 'admin', "security team's average score for 2025-Q1", () => figures(mean('2025-Q1', 'SEC'))),
  // "Compare DEV and QA performance"
  q('U067', 'admin', 'Compare DEV and QA performance in 2025-Q3', () => figures(mean('2025-Q3', 'DEV'), mean('2025-Q3', 'QA'))),
  q('U068', 'admin', 'compare the data team and the AI team scores for Q2 2025', () => figures(mean('2025-Q2', 'DAT'), mean('2025-Q2', 'AI'))),
  q('U069', 'admin', 'how does Security compare with Development on scores in 2025-Q1', () => figures(mean('2025-Q1', 'SEC'), mean('2025-Q1', 'DEV'))),
  q('U070', 'admin', 'QA vs DAT average score Q3 2025', () => figures(mean('2025-Q3', 'QA'), mean('2025-Q3', 'DAT'))),
  // "Performance trends over quarters"
  q('U071', 'admin', 'Performance trends over quarters', () => figures(...Q.map((p) => mean(p)))),
  q('U072', 'admin', 'how have average scores changed quarter by quarter', () => figures(...Q.map((p) => mean(p)))),
  q('U073', 'admin', 'score trend for the QA team over the quarters', () => figures(...meansOver(Q, { team: 'QA' }).map(score))),
  q('U074', 'admin', 'performance trend of DEV across quarters', () => figures(...meansOver(Q, { team: 'DEV' }).map(score))),
  // "Who are the top 5 performers in 2025-Q2?"
  q('U075', 'admin', 'Who are the top 5 performers in 2025-Q2?', () => people(top('2025-Q2', 5))),
  q('U076', 'admin', 'best 3 performers Q3 2025', () => people(top('2025-Q3', 3))),
  q('U077', 'admin', 'top 3 in the data team for 2025-Q1', () => people(top('2025-Q1', 3, 'DAT'))),
  q('U078', 'admin', 'who were the 2 highest scorers in QA in Q2 2025', () => people(top('2025-Q2', 2, 'QA'))),
  q('U079', 'admin', 'bottom 5 performers in 2025-Q3', () => people(bottom('2025-Q3', 5))),
  q('U080', 'admin', 'lowest 3 scores in the security team Q3 2025', () => people(bottom('2025-Q3', 3, 'SEC'))),
  q('U081', 'admin', 'who was the top performer in 2024-Q4', () => people(top('2024-Q4', 1))),
  q('U082', 'admin', 'worst performer in AI for 2025-Q2', () => people(bottom('2025-Q2', 1, 'AI'))),
  // "median score in the data team in 2025-Q2" and other statistics
  q('U083', 'admin', 'median score in the data team in 2025-Q2', () => figures(score(stats(['2025-Q2'], { team: 'DAT' }).median))),
  q('U084', 'admin', 'what is the median score for DEV in Q3 2025', () => figures(score(stats(['2025-Q3'], { team: 'DEV' }).median))),
  q('U085', 'admin', 'median final score 2025-Q1', () => figures(score(stats(['2025-Q1']).median))),
  q('U086', 'admin', 'highest score in 2025-Q3', () => figures(score(stats(['2025-Q3']).max))),
  q('U087', 'admin', 'lowest score in QA in Q1 2025', () => figures(score(stats(['2025-Q1'], { team: 'QA' }).min))),
  q('U088', 'admin', 'max and min score of the AI team in 2025-Q2', () =>
    figures(score(stats(['2025-Q2'], { team: 'AI' }).max), score(stats(['2025-Q2'], { team: 'AI' }).min)),
  ),
  // "who improved the most between 2025-Q1 and 2025-Q3"
  q('U089', 'admin', 'who improved the most between 2025-Q1 and 2025-Q3', () => {
    const m = mostImproved('2025-Q1', '2025-Q3');
    return people([m.id], score(m.change));
  }),
  q('U090', 'admin', 'biggest score improvement from Q2 to Q3 2025', () => {
    const m = mostImproved('2025-Q2', '2025-Q3');
    return people([m.id], score(m.change));
  }),
  q('U091', 'admin', 'who in DEV improved most from 2024-Q4 to 2025-Q3', () => {
    const m = mostImproved('2024-Q4', '2025-Q3', { team: 'DEV' });
    return people([m.id], score(m.change));
  }),
  q('U092', 'admin', 'whose score dropped the most between 2025-Q1 and 2025-Q2', () => {
    const m = mostDeclined('2025-Q1', '2025-Q2');
    return people([m.id], score(m.change));
  }),
  q('U093', 'admin', "how did Tom Becker's score change from 2025-Q2 to 2025-Q3", () =>
    figures(score(changes('2025-Q2', '2025-Q3', { ids: ['DEV-002'] })[0]!.change)),
  ),
  // One person's score
  q('U094', 'admin', "what was Sana Qureshi's score in 2025-Q3", () => figures(score(scoreOf('AI-004', '2025-Q3')))),
  q('U095', 'admin', 'score of DAT-002 for Q1 2025', () => figures(score(scoreOf('DAT-002', '2025-Q1')))),
  q('U096', 'admin', 'how did Olivia Martin score in 2024-Q4', () => figures(score(scoreOf('SEC-002', '2024-Q4')))),
  q('U097', 'admin', "Nina Kowalski's performance in Q2 2025", () => figures(score(scoreOf('QA-005', '2025-Q2')))),
  q('U098', 'admin', 'scores of Mei Lin in 2025-Q1 and 2025-Q3', () => figures(score(scoreOf('DAT-005', '2025-Q1')), score(scoreOf('DAT-005', '2025-Q3')))),
  // Thresholds on scores, teams by mean
  q('U099', 'admin', 'who scored above 88 in 2025-Q3', () => people(scoredAbove('2025-Q3', 88))),
  q('U100', 'admin', 'who in QA scored below 70 in Q3 2025', () => people(scoredBelow('2025-Q3', 70, { team: 'QA' }))),
  q('U101', 'admin', 'people with a score under 65 in 2025-Q2', () => people(scoredBelow('2025-Q2', 65))),
  q('U102', 'admin', 'which team had the best average score in 2025-Q3', () => answer({ teams: [teamsByMean('2025-Q3')[0]!] })),
  q('U103', 'admin', 'which team scored lowest on average in Q2 2025', () => answer({ teams: [teamsByMean('2025-Q2').at(-1)!] })),
  q('U104', 'admin', 'how many people were scored in 2025-Q3', () => ({ kind: 'answer', figures: [{ value: stats(['2025-Q3']).count, as: 'count' }] })),
];
