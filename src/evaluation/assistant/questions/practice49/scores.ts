/*
 * practice49 — quarterly scores and their statistics, composed: a subject (a team, a level, a team less a level,
 * everyone, a person, a manager's team, oneself) with a quarter (Q1, "last quarter", "2024-Q4", "this time last
 * year", every quarter) and an operation: look up (mean, median, min, max, spread, a KPI), two of a kind side by
 * side (never pooled), per team, trend, rank (top 3, bottom 2, the team lowest on average, the biggest rise or fall),
 * threshold (over a line, above a group's own average, above the company's), a share of scores, up or down. API.md:
 * a final score is the mean of its three inputs, and scores are not dated: a quarter's statistics hold every score of
 * the quarter, those of people who have since left included, as the score summary counts them (most questions are
 * put to groups with no leaver scored, where the question does not arise). A ranking and a list over a line are
 * asked only where they are the same with and without those who have left; a move is read from the final scores.
 */
import { answer, count, people, rate, score, type Question } from '../../expectation';
import { kpiOf } from '../../oracle/score-figures';
import { near } from '../../oracle/practice10-figures';
import { wentUp } from '../../oracle/practice20-figures';
import { scoreShare } from '../../oracle/practice48-lines';
import { biggestMove } from '../../oracle/practice45-rankings';
import {
  mostOver,
  moveEntriesOf,
  perTeam,
  scoredPast,
  scoreEntriesOf,
  scoreOfOne,
  scoresAcross,
  spread,
  statsOf,
  teamAtEnd,
  teamList,
  topN,
} from '../../oracle/practice49-ops';
import {
  allBut,
  EVERYONE,
  LAST_QUARTER,
  level,
  plain,
  Q1,
  Q2,
  Q3,
  Q4_24,
  QUARTERS,
  some,
  team,
  THIS_TIME_LAST_YEAR,
  without,
  oneOf,
  stayers,
} from '../../oracle/practice49-figures';
import { q } from '../helpers';

const DEV = team('DEV');
const QA = team('QA');
const DAT = team('DAT');
const SEC = team('SEC');
const AI = team('AI');
const mean = (period: string, s = EVERYONE) => statsOf(period, s).mean;
const SCORED = 'people|person|employee|staff|scor|under|below|over|above';

export const SCORES: readonly Question[] = [
  // Statistics of a group in a quarter, two of a kind side by side.
  q('PX124', 'admin', 'mean and median score for DEV in Q2', () => answer({ figures: [score(statsOf(Q2, DEV).mean), score(statsOf(Q2, DEV).median)] })),
  q('PX125', 'admin', 'spread of scores in SEC in Q1', () => answer({ figures: [score(spread(Q1, SEC))] })),
  q('PX126', 'admin', 'what did the seniors score on average in Q3', () => answer({ figures: [score(mean(Q3, level('Senior')))] })),
  q('PX127', 'admin', "QA's Q2 average excluding the juniors", () => answer({ figures: [score(mean(Q2, allBut(['Junior'], 'QA')))] })),
  q('PX128', 'admin', 'juniors vs mids average score in AI in Q3', () =>
    answer({ figures: [score(mean(Q3, level('Junior', 'AI'))), score(mean(Q3, level('Mid', 'AI')))] }),
  ),
  q('PX129', 'admin', 'QA avg score, this time last year?', () => answer({ figures: [score(mean(THIS_TIME_LAST_YEAR, QA))] })),

  // Trend and per team.
  q('PX130', 'admin', 'DEV average in Q4 2024 vs Q1 vs Q2', () => answer({ figures: scoresAcross([Q4_24, Q1, Q2], (p) => mean(p, DEV)) })),
  q('PX131', 'admin', 'median per team in Q1', () => answer({ figures: perTeam((code) => score(statsOf(Q1, team(code)).median)) })),
  q('PX132', 'admin', "each team's change in average score from Q1 to Q2", () =>
    answer({ figures: perTeam((code) => score(Math.round((mean(Q2, team(code)) - mean(Q1, team(code))) * 100) / 100)) }),
  ),
  q('PX133', 'admin', 'did the average score go up from Q1 to Q2', () => wentUp(mean(Q1), mean(Q2), [score(mean(Q1)), score(mean(Q2))])),
  q('PX134', 'admin', "Sofia Rossi's score trend", () => answer({ figures: scoresAcross(QUARTERS, (p) => scoreOfOne('DEV-011', p)) })),
  q('PX135', 'admin', "what was Ahmed Ali's KPI in Q2", () => {
    const kpi = kpiOf('DAT-002', Q2);
    if (kpi === null) throw new Error('no KPI');
    return answer({ figures: [score(kpi)] });
  }),

  // Rank.
  q('PX136', 'admin', 'lowest-scoring team on average, Q2', () => answer({ teams: [teamAtEnd((code) => mean(Q2, team(code)), 'low')] })),
  q('PX137', 'admin', 'top 3 juniors in Q3', () => people(topN(scoreEntriesOf(Q3), level('Junior'), 3, 'high'))),
  q('PX138', 'admin', 'bottom 2 in DAT last quarter', () => people(topN(scoreEntriesOf(LAST_QUARTER), DAT, 2, 'low'))),
  q('PX139', 'admin', 'which lead dropped the most from Q2 to Q3?', () => {
    const fall = oneOf([biggestMove(Q2, Q3, 'low', level('Lead')).ids, mostOver(moveEntriesOf(Q2, Q3), level('Lead'), 'low').ids]);
    return people(fall);
  }),

  // Threshold: a line, a group's own average, the company's average; a share of scores; a count.
  q('PX140', 'admin', 'who in SEC scored over 85 in Q2', () => people(some(scoredPast(Q2, SEC, 85, 'above')))),
  q('PX141', 'admin', "which AI people scored above their team's Q3 average", () => people(some(scoredPast(Q3, AI, mean(Q3, AI), 'above')))),
  q('PX142', 'admin', 'who in QA scored above the company average in Q2', () =>
    people(some(oneOf([scoredPast(Q2, QA, mean(Q2), 'above'), scoredPast(Q2, QA, mean(Q2, stayers(EVERYONE)), 'above')]))),
  ),
  q('PX143', 'admin', 'what % of Q2 scores were above 80', () => answer({ figures: [rate(scoreShare(Q2, EVERYONE, 'gt', 80).share)] })),
  q('PX144', 'admin', 'how many seniors scored over 80 last quarter?', () =>
    answer({ figures: [near(count(plain(scoredPast(LAST_QUARTER, level('Senior'), 80, 'above').length)), SCORED + '|senior')] }),
  ),

  // Priya Raman (DEV), about her team.
  q('PX145', 'DEV-001', 'Q2 scores for everyone on my team', () =>
    answer({ figures: some(scoreEntriesOf(Q2)(without(DEV, 'DEV-001'))).map((e) => score(e.value)) }),
  ),
  q('PX146', 'DEV-001', 'top 2 seniors on my team last quarter', () => people(topN(scoreEntriesOf(LAST_QUARTER), level('Senior', 'DEV'), 2, 'high'))),
  q('PX147', 'DEV-001', "my team's average score per quarter", () => answer({ figures: scoresAcross(QUARTERS, (p) => mean(p, DEV)) })),
  q('PX148', 'DEV-001', 'biggest score drop on my team between Q2 and Q3?', () => {
    const fall = teamList('DEV-001', (s) => oneOf([biggestMove(Q2, Q3, 'low', s).ids, mostOver(moveEntriesOf(Q2, Q3), s, 'low').ids]));
    return people(fall);
  }),

  // Elena Petrova (QA), about her team.
  q('PX149', 'QA-001', 'mean and max on my team in Q1', () => answer({ figures: [score(statsOf(Q1, QA).mean), score(statsOf(Q1, QA).max)] })),
  q('PX150', 'QA-001', 'how many on my team scored under 70 in Q2', () =>
    answer({ figures: [near(count(plain(teamList('QA-001', (s) => scoredPast(Q2, s, 70, 'below')).length)), SCORED)] }),
  ),
  q('PX151', 'QA-001', 'seniors vs juniors average on my team in Q3', () =>
    answer({ figures: [score(mean(Q3, level('Senior', 'QA'))), score(mean(Q3, level('Junior', 'QA')))] }),
  ),

  // Employees, about themselves.
  q('PX152', 'DEV-003', 'my score last quarter vs the quarter before', () =>
    answer({ figures: [score(scoreOfOne('DEV-003', Q3)), score(scoreOfOne('DEV-003', Q2))] }),
  ),
  q('PX153', 'QA-003', 'what was my KPI in Q1', () => {
    const kpi = kpiOf('QA-003', Q1);
    if (kpi === null) throw new Error('no KPI');
    return answer({ figures: [score(kpi)] });
  }),
  q('PX154', 'DAT-004', 'what was my final score for 2024-Q4', () => answer({ figures: [score(scoreOfOne('DAT-004', Q4_24))] })),
  q('PX155', 'SEC-004', 'my scores over the last 4 quarters', () => answer({ figures: scoresAcross(QUARTERS, (p) => scoreOfOne('SEC-004', p)) })),
  q('PX156', 'DAT-004', 'is my score up or down from Q2 to Q3?', () => {
    const [a, b] = [scoreOfOne('DAT-004', Q2), scoreOfOne('DAT-004', Q3)];
    return wentUp(a, b, [score(a), score(b)]);
  }),
];
