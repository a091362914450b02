/* Eighth practice set, performance scores: rankings, medians, comparisons, trends and changes, as report figures. */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { changes, meansOver, mostDeclined, mostImproved, rank, scoredAbove, scoredBelow, scoreOf, stats, teamsByMean } from '../../oracle/score-figures';
import { q } from '../helpers';

const mean = (period: string, team?: string) => score(stats([period], team === undefined ? {} : { team }).mean);
const median = (period: string, team?: string) => score(stats([period], team === undefined ? {} : { team }).median);
const ALL = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];

export const SCORES: Question[] = [
  q('V056', 'admin', 'bottom 3 QA performers in 2025-Q2', () => people(rank('2025-Q2', 3, 'bottom', { team: 'QA' }))),
  q('V057', 'admin', 'top 3 performers in DEV in 2025-Q3', () => people(rank('2025-Q3', 3, 'top', { team: 'DEV' }))),
  q('V058', 'admin', 'top 5 performers company-wide in Q1 2025', () => people(rank('2025-Q1', 5, 'top'))),
  q('V059', 'admin', 'lowest 2 scores in the data team in 2025-Q3', () => people(rank('2025-Q3', 2, 'bottom', { team: 'DAT' }))),
  q('V060', 'admin', 'who was the best performer in SEC in 2025-Q2?', () => people(rank('2025-Q2', 1, 'top', { team: 'SEC' }))),
  q('V061', 'admin', 'who was the weakest performer in AI in 2024-Q4', () => people(rank('2024-Q4', 1, 'bottom', { team: 'AI' }))),
  q('V062', 'admin', 'median score in QA in 2025-Q3', () => figures(median('2025-Q3', 'QA'))),
  q('V063', 'admin', 'what is the median score for DEV in Q2 2025?', () => figures(median('2025-Q2', 'DEV'))),
  q('V064', 'admin', 'median performance score company-wide in 2025-Q1', () => figures(median('2025-Q1'))),
  q('V065', 'admin', 'average score of the security team in 2025-Q3', () => figures(mean('2025-Q3', 'SEC'))),
  q('V066', 'admin', 'average score for the AI team in Q1 2025', () => figures(mean('2025-Q1', 'AI'))),
  q('V067', 'admin', 'compare DEV and QA average scores in 2025-Q3', () => figures(mean('2025-Q3', 'DEV'), mean('2025-Q3', 'QA'))),
  q('V068', 'admin', 'compare the data team and the AI team performance in 2025-Q2', () => figures(mean('2025-Q2', 'DAT'), mean('2025-Q2', 'AI'))),
  q('V069', 'admin', 'compare average scores in 2025-Q2 and 2025-Q3', () => figures(mean('2025-Q2'), mean('2025-Q3'))),
  q('V070', 'admin', 'compare the QA average in Q1 2025 and Q3 2025', () => figures(mean('2025-Q1', 'QA'), mean('2025-Q3', 'QA'))),
  q('V071', 'admin', 'performance trend for DEV over the quarters', () => figures(...meansOver(ALL, { team: 'DEV' }).map((v) => score(v)))),
  q('V072', 'admin', 'score trend of the security team across quarters', () => figures(...meansOver(ALL, { team: 'SEC' }).map((v) => score(v)))),
  q('V073', 'admin', 'who improved the most between 2025-Q2 and 2025-Q3?', () => people([mostImproved('2025-Q2', '2025-Q3').id])),
  q('V074', 'admin', 'most improved in QA from 2025-Q1 to 2025-Q3', () => people([mostImproved('2025-Q1', '2025-Q3', { team: 'QA' }).id])),
  q('V075', 'admin', 'biggest score drop between 2025-Q1 and 2025-Q2', () => people([mostDeclined('2025-Q1', '2025-Q2').id])),
  q('V076', 'admin', 'who in DEV declined the most from 2024-Q4 to 2025-Q3?', () => people([mostDeclined('2024-Q4', '2025-Q3', { team: 'DEV' }).id])),
  q('V077', 'admin', 'who in the data team improved the most between Q2 2025 and Q3 2025', () =>
    people([mostImproved('2025-Q2', '2025-Q3', { team: 'DAT' }).id]),
  ),
  q('V078', 'admin', 'who scored above 85 in 2025-Q3?', () => people(scoredAbove('2025-Q3', 85))),
  q('V079', 'admin', 'who in QA scored below 70 in 2025-Q2', () => people(scoredBelow('2025-Q2', 70, { team: 'QA' }))),
  q('V080', 'admin', 'people in DEV with a score above 80 in Q3 2025', () => people(scoredAbove('2025-Q3', 80, { team: 'DEV' }))),
  q('V081', 'admin', 'which SEC staff scored under 75 in 2025-Q1?', () => people(scoredBelow('2025-Q1', 75, { team: 'SEC' }))),
  q('V082', 'admin', 'which team had the highest average score in 2025-Q3?', () => answer({ teams: teamsByMean('2025-Q3').slice(0, 1) })),
  q('V083', 'admin', 'which team had the lowest average score in 2025-Q2', () => answer({ teams: teamsByMean('2025-Q2').slice(-1) })),
  q('V084', 'admin', "what was Lukas Novak's score in 2025-Q3?", () => figures(score(scoreOf('DEV-004', '2025-Q3')))),
  q('V085', 'admin', 'compare Grace Kim and Marcus Lee in 2025-Q2', () => figures(score(scoreOf('QA-007', '2025-Q2')), score(scoreOf('QA-002', '2025-Q2')))),
  q('V086', 'admin', 'score change for Julia Fischer between 2025-Q1 and 2025-Q3', () =>
    figures(score(changes('2025-Q1', '2025-Q3', { ids: ['DAT-003'] })[0]!.change)),
  ),
  q('V087', 'admin', 'highest score in AI in 2025-Q3', () => figures(score(stats(['2025-Q3'], { team: 'AI' }).max))),
  q('V088', 'admin', 'lowest score in QA in 2025-Q1', () => figures(score(stats(['2025-Q1'], { team: 'QA' }).min))),
  q('V089', 'admin', 'how many people were scored in 2025-Q3?', () => figures(count(stats(['2025-Q3']).count))),
  q('V090', 'admin', 'average score of seniors in DEV in 2025-Q3', () => figures(score(stats(['2025-Q3'], levelIn('DEV', 'Senior')).mean))),
  q('V091', 'admin', 'top 2 juniors in QA in 2025-Q3', () => people(rank('2025-Q3', 2, 'top', levelIn('QA', 'Junior')))),
  q('V092', 'admin', 'give me a breakdown of average scores per team in 2025-Q3', () =>
    figures(...['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((team) => mean('2025-Q3', team))),
  ),
  q('V093', 'admin', 'summarise the score statistics for QA in 2025-Q2', () =>
    figures(mean('2025-Q2', 'QA'), median('2025-Q2', 'QA'), score(stats(['2025-Q2'], { team: 'QA' }).min), score(stats(['2025-Q2'], { team: 'QA' }).max)),
  ),
  q('V094', 'DEV-001', 'bottom 3 performers in my team in 2025-Q3', () => people(rank('2025-Q3', 3, 'bottom', { team: 'DEV' }))),
  q('V095', 'DEV-001', 'median score of my team in 2025-Q2', () => figures(median('2025-Q2', 'DEV'))),
  q('V096', 'DEV-001', 'who on my team improved most from 2025-Q2 to 2025-Q3?', () => people([mostImproved('2025-Q2', '2025-Q3', { team: 'DEV' }).id])),
  q('V097', 'QA-001', 'top 3 in my team in 2025-Q1', () => people(rank('2025-Q1', 3, 'top', { team: 'QA' }))),
  q('V098', 'QA-001', 'average score of my team in 2024-Q4', () => figures(mean('2024-Q4', 'QA'))),
  q('V099', 'admin', 'botom 3 performers in DEV in 2025-Q2', () => people(rank('2025-Q2', 3, 'bottom', { team: 'DEV' }))),
  q('V100', 'admin', 'avg score securty team 2025-Q2', () => figures(mean('2025-Q2', 'SEC'))),
  q('V101', 'admin', 'I need the median and the average score for AI in 2025-Q3', () => figures(median('2025-Q3', 'AI'), mean('2025-Q3', 'AI'))),
  q('V102', 'admin', 'table of the top 5 performers in 2025-Q2', () => people(rank('2025-Q2', 5, 'top'))),
];
