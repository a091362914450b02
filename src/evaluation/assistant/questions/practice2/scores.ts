/* Second practice set, performance scores: a person, a team, the company; mean, median, min, max, rankings, changes, trends. */
import { count, figures, notFound, people, refusal, score, answer, type Question } from '../../expectation';
import { ids } from '../../oracle/people-figures';
import { kpiOf, meansOver, mostDeclined, mostImproved, rank, scoreOf, scoredAbove, scoredBelow, scoresIn, stats } from '../../oracle/score-figures';
import { q } from '../helpers';

const Q4_2024 = '2024-Q4';
const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const ALL = [Q4_2024, Q1, Q2, Q3];
const TEAMS = ['AI', 'DAT', 'DEV', 'QA', 'SEC'];
const mean = (period: string, team?: string) => score(stats([period], team === undefined ? {} : { team }).mean);
const scoresOf = (id: string, periods: string[]) => figures(...periods.map((p) => score(scoreOf(id, p))));
const moved = (best: { id: string; change: number }) => people([best.id], score(best.change));
const bestTeam = (period: string) => [...TEAMS].sort((a, b) => stats([period], { team: b }).mean - stats([period], { team: a }).mean || a.localeCompare(b))[0]!;

export const PRACTICE2_SCORES: Question[] = [
  q('Q101', 'admin', 'avg perf score q2 2025', () => figures(mean(Q2))),
  q('Q102', 'admin', 'what was the company average in Q4 2024', () => figures(mean(Q4_2024))),
  q('Q103', 'admin', 'median final score last qtr', () => figures(score(stats([Q3]).median))),
  q('Q104', 'admin', 'top 10 performers last quarter', () => people(rank(Q3, 10, 'top'))),
  q('Q105', 'admin', 'worst 3 performers in Q1', () => people(rank(Q1, 3, 'bottom'))),
  q('Q106', 'admin', 'best performer in security q2', () => people(rank(Q2, 1, 'top', { team: 'SEC' }))),
  q('Q107', 'admin', 'who had the biggest drop in score from Q2 to Q3', () => moved(mostDeclined(Q2, Q3))),
  q('Q108', 'admin', 'most improved employee between Q4 2024 and Q3 2025', () => moved(mostImproved(Q4_2024, Q3))),
  q('Q109', 'admin', 'score trend for QA over the last 4 quarters', () => figures(...meansOver(ALL, { team: 'QA' }).map(score))),
  q('Q110', 'admin', 'how has the company average score changed quarter by quarter', () => figures(...meansOver(ALL).map(score))),
  q('Q111', 'admin', 'compare data and AI avg scores for Q3', () => figures(mean(Q3, 'DAT'), mean(Q3, 'AI'))),
  q('Q112', 'admin', 'average score for each team last quarter', () => figures(...TEAMS.map((t) => mean(Q3, t)))),
  q('Q113', 'admin', 'which team scored highest on average in Q3', () => answer({ teams: [bestTeam(Q3)] })),
  q('Q114', 'admin', 'who scored 90 or more in Q3', () =>
    people(
      scoresIn([Q3])
        .filter((s) => s.score >= 90)
        .map((s) => s.id),
    ),
  ),
  q('Q115', 'admin', 'how many people scored under 65 last quarter', () => figures(count(scoredBelow(Q3, 65).length))),
  q('Q116', 'admin', 'highest score company wide in Q1 2025', () => figures(score(stats([Q1]).max))),
  q('Q117', 'admin', 'lowest dev score last quarter', () => figures(score(stats([Q3], { team: 'DEV' }).min))),
  q('Q118', 'admin', "Hannah Schmidt's performance in q2", () => figures(score(scoreOf('DEV-007', Q2)))),
  q('Q119', 'admin', 'amara nwosu kpi q1', () => figures(score(kpiOf('AI-002', Q1)))),
  q('Q120', 'admin', 'how did Peter Hansen score in each quarter of 2025', () => scoresOf('QA-006', [Q1, Q2, Q3])),
  q('Q121', 'admin', 'median score for security in q2', () => figures(score(stats([Q2], { team: 'SEC' }).median))),
  q('Q122', 'admin', 'how many people got a score in Q4 2024', () => figures(count(stats([Q4_2024]).count))),
  q('Q123', 'admin', 'bottom 2 in QA last quarter', () => people(rank(Q3, 2, 'bottom', { team: 'QA' }))),
  q('Q124', 'admin', 'average score of the juniors in Q3', () => figures(score(stats([Q3], { ids: ids({ position: 'Junior', status: 'any' }) }).mean))),
  q('Q125', 'admin', 'performance of the data team over time', () => figures(...meansOver(ALL, { team: 'DAT' }).map(score))),
  q('Q126', 'admin', 'min and max score in dev last quarter', () => figures(score(stats([Q3], { team: 'DEV' }).min), score(stats([Q3], { team: 'DEV' }).max))),
  q('Q127', 'admin', 'how many in AI scored above 75 in Q2', () => figures(count(scoredAbove(Q2, 75, { team: 'AI' }).length))),
  q('Q128', 'admin', 'predict the Q4 scores for the AI team', () => refusal('predict', 'forecast', 'future')),
  q('Q129', 'admin', 'who should we promote in QA based on performance', () => refusal('promot')),
  q('Q146', 'admin', 'show the performance review comments for tom becker', () => refusal('comment', 'review')),
  // A manager.
  q('Q130', 'DEV-001', 'avg score for my team q2', () => figures(mean(Q2, 'DEV'))),
  q('Q131', 'DEV-001', 'who on my team improved most from q1 to q3', () => moved(mostImproved(Q1, Q3, { team: 'DEV' }))),
  q('Q132', 'DEV-001', 'maria gonzalez scores every quarter', () => scoresOf('DEV-005', ALL)),
  q('Q133', 'DEV-001', 'who in dev scored below 70 in q3', () => people(scoredBelow(Q3, 70, { team: 'DEV' }))),
  q('Q134', 'DEV-001', 'top 3 in AI last quarter', () => refusal('AI', 'artificial')),
  q('Q135', 'DEV-001', 'what did fatima zahra get in q3', () => notFound()),
  q('Q136', 'QA-001', 'my teams median score last quarter', () => figures(score(stats([Q3], { team: 'QA' }).median))),
  q('Q137', 'QA-001', "did my team's average go up from q2 to q3", () => figures(mean(Q2, 'QA'), mean(Q3, 'QA'))),
  q('Q138', 'QA-001', 'Marcus Lee performance history', () => scoresOf('QA-002', ALL)),
  q('Q139', 'QA-001', 'who dropped the most in my team between q2 and q3', () => moved(mostDeclined(Q2, Q3, { team: 'QA' }))),
  // An employee.
  q('Q140', 'DEV-003', 'my scores for every quarter', () => scoresOf('DEV-003', ALL)),
  q('Q141', 'QA-003', 'how did i do in q1 2025', () => figures(score(scoreOf('QA-003', Q1)))),
  q('Q142', 'DAT-004', 'my kpi last quarter', () => figures(score(kpiOf('DAT-004', Q3)))),
  q('Q143', 'SEC-004', "what's the average in security for q3", () => refusal('security')),
  q('Q144', 'DAT-004', "julia fischer's score q2", () => notFound()),
  q('Q145', 'SEC-004', 'did my score improve from Q2 to Q3', () => scoresOf('SEC-004', [Q2, Q3])),
];
