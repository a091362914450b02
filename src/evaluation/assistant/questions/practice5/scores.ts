/* Scores: mean, median, min, max, top and bottom N, changes, most improved, counts against a threshold, two teams and two periods. */
import { count, figures, people, score } from '../../expectation';
import { changes, mostDeclined, mostImproved, rank, scoredAbove, scoredBelow, scoreOf, stats } from '../../oracle/score-figures';
import { levelIn } from '../../oracle/level-scope';
import { q } from './shared';

const change = (id: string, from: string, to: string) => changes(from, to, { ids: [id] })[0]!.change;

export const SCORES = [
  q('T301', 'admin', 'average score q3', () => figures(score(stats(['2025-Q3']).mean))),
  q('T302', 'admin', 'median score in the data team in 2025-Q2', () => figures(score(stats(['2025-Q2'], { team: 'DAT' }).median))),
  q('T303', 'admin', 'highest score in security in q3', () => figures(score(stats(['2025-Q3'], { team: 'SEC' }).max))),
  q('T304', 'admin', 'lowest score in QA for 2025-Q1', () => figures(score(stats(['2025-Q1'], { team: 'QA' }).min))),
  q('T305', 'admin', 'top 5 performers in 2025-Q2', () => people(rank('2025-Q2', 5, 'top'))),
  q('T306', 'admin', 'bottom 3 in dev q3', () => people(rank('2025-Q3', 3, 'bottom', { team: 'DEV' }))),
  q('T307', 'admin', 'who improved the most between 2025-Q1 and 2025-Q3', () => {
    const best = mostImproved('2025-Q1', '2025-Q3');
    return people([best.id], score(best.change));
  }),
  q('T308', 'admin', 'most improved in the AI team from q2 to q3', () => {
    const best = mostImproved('2025-Q2', '2025-Q3', { team: 'AI' });
    return people([best.id], score(best.change));
  }),
  q('T309', 'admin', 'whose score dropped the most from Q2 to Q3', () => {
    const worst = mostDeclined('2025-Q2', '2025-Q3');
    return people([worst.id], score(worst.change));
  }),
  q('T310', 'admin', 'compare DEV and QA performance in 2025-Q3', () =>
    figures(score(stats(['2025-Q3'], { team: 'DEV' }).mean), score(stats(['2025-Q3'], { team: 'QA' }).mean)),
  ),
  q('T311', 'admin', 'average score Q2 vs Q3', () => figures(score(stats(['2025-Q2']).mean), score(stats(['2025-Q3']).mean))),
  q('T312', 'admin', 'how many people scored above 80 in q3', () => figures(count(scoredAbove('2025-Q3', 80).length))),
  q('T313', 'admin', 'who scored below 60 in 2025-Q3', () => people(scoredBelow('2025-Q3', 60))),
  q('T314', 'admin', "what was Amara Nwosu's score in Q2 2025", () => figures(score(scoreOf('AI-002', '2025-Q2')))),
  q('T315', 'admin', "how did Felix Wagner's score change from q1 to q3", () => figures(score(change('AI-003', '2025-Q1', '2025-Q3')))),
  q('T316', 'admin', 'Tom Becker vs Ahmed Ali, score in 2025-Q3', () => figures(score(scoreOf('DEV-002', '2025-Q3')), score(scoreOf('DAT-002', '2025-Q3')))),
  q('T317', 'admin', 'average score of the senior devs in q3', () => figures(score(stats(['2025-Q3'], levelIn('DEV', 'Senior')).mean))),
  q('T318', 'admin', 'top 3 juniors by score in 2025-Q3', () => people(rank('2025-Q3', 3, 'top', levelIn(undefined, 'Junior')))),
  q(
    'T319',
    'admin',
    'Hello, for the quarterly review pack I need the average, the median, the lowest and the highest final score for the security team in Q3 2025',
    () => {
      const s = stats(['2025-Q3'], { team: 'SEC' });
      return figures(score(s.mean), score(s.median), score(s.min), score(s.max));
    },
  ),
  q('T320', 'admin', 'average score data team q1 vs q3', () =>
    figures(score(stats(['2025-Q1'], { team: 'DAT' }).mean), score(stats(['2025-Q3'], { team: 'DAT' }).mean)),
  ),
  q('T321', 'admin', 'best performer in the qa team last quarter', () => people(rank('2025-Q3', 1, 'top', { team: 'QA' }))),
  q('T322', 'admin', 'lowest scorer overall in 2025-Q1', () => people(rank('2025-Q1', 1, 'bottom'))),
  q('T323', 'admin', 'how many in AI scored at least 75 in q3', () => figures(count(scoredAbove('2025-Q3', 74.99, { team: 'AI' }).length))),
  q('T324', 'admin', "what's the preformance score of Sofia Rosi for q3", () => figures(score(scoreOf('DEV-011', '2025-Q3')))),
  q('T325', 'admin', 'score of Zoe Adams in Q4 2024', () => figures(score(scoreOf('QA-009', '2024-Q4')))),
  q('T326', 'admin', 'mean final score in 2025-Q1 for the whole company', () => figures(score(stats(['2025-Q1']).mean))),
  q('T327', 'admin', 'top 2 in SEC 2025-Q2', () => people(rank('2025-Q2', 2, 'top', { team: 'SEC' }))),
  q('T328', 'DEV-001', 'who on my team improved the most from q2 to q3', () => {
    const best = mostImproved('2025-Q2', '2025-Q3', { team: 'DEV' });
    return people([best.id], score(best.change));
  }),
  q('T329', 'DEV-001', 'how many of my people scored below 70 in Q3', () => figures(count(scoredBelow('2025-Q3', 70, { team: 'DEV' }).length))),
  q('T330', 'QA-001', 'top performer on my team q2', () => people(rank('2025-Q2', 1, 'top', { team: 'QA' }))),
  q('T331', 'QA-001', 'highest and lowest score on my team in 2025-Q3', () => {
    const s = stats(['2025-Q3'], { team: 'QA' });
    return figures(score(s.max), score(s.min));
  }),
  q('T332', 'QA-003', 'what was my score last quarter', () => figures(score(scoreOf('QA-003', '2025-Q3')))),
  q('T333', 'SEC-004', 'how has my score changed since Q1', () => figures(score(change('SEC-004', '2025-Q1', '2025-Q3')))),
];
