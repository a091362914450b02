/*
 * practice13, in scope: performance scores — a person's score and KPI, mean, median, min and max of a team
 * or a position, top and bottom N, the most improved and the biggest fall between quarters, teams ranked,
 * trends — and names that two people share (Chris), asked of a caller who sees both or only one.
 * Written code-blind from /work/shared/API.md, docs/API.md and the README's assistant section; every
 * expected figure and list is computed from the data set and the oracle.
 */
import { person } from '../../dataset/dataset';
import { answer, ask, figures, people, rate, score, type Question } from '../../expectation';
import { levelIn } from '../../oracle/level-scope';
import { kpiOf, meansOver, mostDeclined, mostImproved, rank, scoreOf, scoredAbove, stats, teamsByMean } from '../../oracle/score-figures';
import { bestOfEachTeam } from '../../oracle/practice10-figures';
import { rateOver } from '../../oracle/practice13-figures';
import { LAST_WEEK, q } from '../helpers';

const Q3 = '2025-Q3';
const FOUR_QUARTERS = ['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'];

export const SCORES_AND_NAMES: Question[] = [
  q('L089', 'admin', "What's the average score last quarter?", () => figures(score(stats([Q3]).mean))),
  q('L090', 'admin', 'median score in the data team in Q2', () => figures(score(stats(['2025-Q2'], { team: 'DAT' }).median))),
  q('L091', 'admin', 'top 5 performers Q3', () => people(rank(Q3, 5, 'top'))),
  q('L092', 'admin', 'bottom 3 in QA last quarter', () => people(rank(Q3, 3, 'bottom', { team: 'QA' }))),
  q('L093', 'admin', 'who improved the most between Q2 and Q3?', () => {
    const best = mostImproved('2025-Q2', Q3);
    return people([best.id], score(best.change));
  }),
  q('L094', 'DEV-001', 'who on my team dropped the most from Q1 to Q3', () => {
    const worst = mostDeclined('2025-Q1', Q3, { team: 'DEV' });
    return people([worst.id], score(worst.change));
  }),
  q('L095', 'admin', 'which team scored highest on average in Q3', () => answer({ teams: teamsByMean(Q3).slice(0, 1) })),
  q('L096', 'admin', 'mean and median score for SEC in Q3', () =>
    figures(score(stats([Q3], { team: 'SEC' }).mean), score(stats([Q3], { team: 'SEC' }).median)),
  ),
  q('L097', 'DEV-003', 'How did I score last quarter?', () => figures(score(scoreOf('DEV-003', Q3)))),
  q('L098', 'QA-003', 'what was my KPI in Q2', () => figures(score(kpiOf('QA-003', '2025-Q2')))),
  q('L099', 'admin', 'seniors vs juniors average score last quarter', () =>
    figures(score(stats([Q3], levelIn(undefined, 'Senior')).mean), score(stats([Q3], levelIn(undefined, 'Junior')).mean)),
  ),
  q('L100', 'admin', 'who scored above 85 in Q3 in the AI team', () => people(scoredAbove(Q3, 85, { team: 'AI' }))),
  q('L101', 'admin', 'highest and lowest score in DEV last quarter', () =>
    figures(score(stats([Q3], { team: 'DEV' }).max), score(stats([Q3], { team: 'DEV' }).min)),
  ),
  q('L102', 'admin', 'did the average score go up from Q2 to Q3', () => figures(score(stats(['2025-Q2']).mean), score(stats([Q3]).mean))),
  q('L103', 'QA-001', 'avg perf of my team each quarter from Q4 2024 to Q3 2025', () =>
    figures(...meansOver(FOUR_QUARTERS, { team: 'QA' }).map((m) => score(m))),
  ),
  q('L104', 'admin', 'Compare DEV and QA performance last quarter', () =>
    figures(score(stats([Q3], { team: 'DEV' }).mean), score(stats([Q3], { team: 'QA' }).mean)),
  ),
  q('L105', 'admin', 'top performer in each team last quarter', () => people(bestOfEachTeam(Q3))),
  q('L106', 'DAT-004', 'my scores in Q1, Q2 and Q3 this year', () => figures(...['2025-Q1', '2025-Q2', Q3].map((p) => score(scoreOf('DAT-004', p))))),
  q('L107', 'DEV-001', "Hi, I'm preparing the quarterly review for my team — could you tell me our average score for Q3 and how many people were scored?", () =>
    answer({
      figures: [score(stats([Q3], { team: 'DEV' }).mean), { value: stats([Q3], { team: 'DEV' }).count, as: 'count', label: 'scor|people|employee|member' }],
    }),
  ),
  q('L108', 'admin', 'who was the weakest performer in security last quarter', () => people(rank(Q3, 1, 'bottom', { team: 'SEC' }))),
  q('L109', 'QA-001', 'what did Marcus Lee score in Q3?', () => figures(score(scoreOf('QA-002', Q3)))),
  q('L110', 'admin', 'mid level average score in Q1', () => figures(score(stats(['2025-Q1'], levelIn(undefined, 'Mid')).mean))),
  // Chris: Chris Morgan (DEV) and Chris Walker (QA).
  q('L111', 'admin', "how was chris's attendance last week", () => ask('DEV-006', 'QA-004')),
  q('L112', 'admin', "chris's score in Q3?", () => ask('DEV-006', 'QA-004')),
  q('L113', 'admin', 'when did Chris start?', () => ask('DEV-006', 'QA-004')),
  q('L114', 'admin', 'is chris on leave this week', () => ask('DEV-006', 'QA-004')),
  q('L115', 'DEV-001', "chris's attendance last week", () => figures(rate(rateOver({ ids: ['DEV-006'] }, LAST_WEEK)))),
  q('L116', 'QA-001', 'when did chris join', () => answer({ dates: [person('QA-004').hire] })),
  q('L117', 'QA-001', 'what did chris score last quarter', () => figures(score(scoreOf('QA-004', Q3)))),
];
