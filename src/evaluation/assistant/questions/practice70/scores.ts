/*
 * practice70 — performance scores in combinations: a statistic (mean, median, lowest, highest, range) of a level within
 * a team in a quarter, a team less a level, a level over the last four quarters, two levels or two teams' levels side
 * by side, the top or bottom n of one position or of a team, a line over two quarters within a team, a band within a
 * team, how many of a level under a line, a team's move between two quarters, the team that moved most, a person's
 * move, a person against their team's or the company's average. Final scores are the mean of the three inputs; a
 * team's follow the employee's current team. A level's scores hold no leaver's (a filter read two ways); every stated
 * constraint is checked to matter.
 */
import type { Question } from '../../expectation';
import { PERIODS } from '../../dataset/scores';
import { EVERYONE, level, matters, team, TEAM_CODES, type Group } from '../../oracle/practice70-figures';
import {
  biggestMove,
  kpiOf,
  meanOf,
  misspelt,
  movesOf,
  onlyOne,
  ranked,
  scoredInAll,
  scoredPeople,
  scoredWhere,
  scoreOf,
  statsOf,
  teamBy,
} from '../../oracle/practice70-people';
import { dataset } from '../../dataset/dataset';
import { q } from '../helpers';
import { answer, countOf, figures, LQ, people, Q, QBL, rate, score, yesNo } from './shared';

const s = (v: number) => score(v);
const stat = (period: string, g: Group, which: 'mean' | 'median' | 'min' | 'max' | 'spread') => statsOf(period, g)[which];
/** The team's people less some levels (the team's scores with those people's taken off). */
const teamLess = (code: string, ...positions: string[]): Group => ({
  ids: dataset()
    .people.filter((p) => p.team === code && !positions.includes(p.position))
    .map((p) => p.id),
});

/** How many fell between two quarters; the asking manager must not be among them (their own score read two ways). */
const fell = (moves: Array<{ id: string; change: number }>, asker: string) => {
  const down = moves.filter((m) => m.change < 0);
  if (down.some((m) => m.id === asker)) throw new Error(`${asker} fell too`);
  return down.length;
};

export const SCORES: readonly Question[] = [
  // Statistics of a level within a team.
  q('QS122', 'admin', 'median score for DEV seniors in Q3', () =>
    figures(
      s(
        matters(
          stat(LQ(), level('Senior', 'DEV'), 'median'),
          () => stat(LQ(), team('DEV'), 'median'),
          () => stat(LQ(), level('Senior'), 'median'),
          () => stat(QBL(), level('Senior', 'DEV'), 'median'),
        ),
      ),
    ),
  ),
  q('QS123', 'admin', "what's the average Q2 score of the QA juniors", () =>
    figures(
      s(
        matters(
          meanOf(Q(2025, 2), level('Junior', 'QA')),
          () => meanOf(Q(2025, 2), team('QA')),
          () => meanOf(Q(2025, 3), level('Junior', 'QA')),
        ),
      ),
    ),
  ),
  q('QS124', 'admin', 'spread of scores among the leads in Q3', () =>
    figures(
      s(
        matters(
          stat(LQ(), level('Lead'), 'spread'),
          () => stat(LQ(), EVERYONE, 'spread'),
          () => stat(QBL(), level('Lead'), 'spread'),
        ),
      ),
    ),
  ),
  q('QS125', 'DEV-001', 'median score of my juniors in Q2?', () =>
    figures(s(matters(stat(Q(2025, 2), level('Junior', 'DEV'), 'median'), () => stat(Q(2025, 2), team('DEV'), 'median')))),
  ),
  q('QS126', 'admin', "DEV's Q3 average excluding the seniors", () =>
    figures(s(matters(meanOf(LQ(), teamLess('DEV', 'Senior')), () => meanOf(LQ(), team('DEV'))))),
  ),
  q('QS127', 'QA-001', 'QA mid-levels average over the last 4 quarters', () => figures(...PERIODS.map((p) => s(meanOf(p.period, level('Mid', 'QA')))))),
  q('QS128', 'admin', 'score trend for security over the quarters', () => figures(...PERIODS.map((p) => s(meanOf(p.period, team('SEC')))))),
  q('QS129', 'admin', 'how many people in DEV were scored in Q2, and their average', () =>
    figures(countOf(scoredPeople(Q(2025, 2), team('DEV')).length, 'people|employee|person|score|staff'), s(meanOf(Q(2025, 2), team('DEV')))),
  ),
  // Side by side and yes or no.
  q('QS130', 'admin', "compare DEV and SEC seniors' average in Q2", () =>
    figures(s(meanOf(Q(2025, 2), level('Senior', 'DEV'))), s(meanOf(Q(2025, 2), level('Senior', 'SEC')))),
  ),
  q('QS131', 'admin', 'did the seniors average more than the leads in Q3?', () => {
    const a = meanOf(LQ(), level('Senior'));
    const b = meanOf(LQ(), level('Lead'));
    return yesNo(a > b, [s(a), s(b)]);
  }),
  q('QS132', 'admin', 'is Marcus Lee above the QA average for Q3?', () => {
    const mine = scoreOf('QA-002', LQ());
    const avg = meanOf(LQ(), team('QA'));
    return yesNo(mine > avg, [s(mine), s(avg)]);
  }),
  q('QS133', 'DEV-001', "hannah's Q3 score vs the DEV average", () => figures(s(scoreOf(onlyOne('Hannah'), LQ())), s(meanOf(LQ(), team('DEV'))))),
  q('QS134', 'QA-001', "did zoe adams' score go up from Q2 to Q3", () => {
    const a = scoreOf('QA-009', QBL());
    const b = scoreOf('QA-009', LQ());
    return yesNo(b > a, [s(a), s(b)]);
  }),
  q('QS135', 'admin', 'kpi for olivia martn in q2?', () => figures(s(kpiOf(misspelt('Olivia Martn', 'SEC-002'), Q(2025, 2))))),
  // Rankings within a position or a team.
  q('QS136', 'admin', 'top 3 seniors by score in Q3', () => people(matters(ranked(LQ(), 3, 'top', level('Senior')), () => ranked(LQ(), 3, 'top')))),
  q('QS137', 'admin', 'best performer among the leads last quarter', () =>
    people(matters(ranked(LQ(), 1, 'top', level('Lead')), () => ranked(LQ(), 1, 'top'))),
  ),
  q('QS138', 'admin', 'lowest-scoring mid in AI for Q3?', () =>
    people(matters(ranked(LQ(), 1, 'bottom', level('Mid', 'AI')), () => ranked(LQ(), 1, 'bottom', team('AI')))),
  ),
  q('QS139', 'admin', 'the 3 lowest scorers in DEV for Q2', () =>
    people(matters(ranked(Q(2025, 2), 3, 'bottom', team('DEV')), () => ranked(Q(2025, 3), 3, 'bottom', team('DEV')))),
  ),
  q('QS140', 'DEV-001', 'top 2 in my team for Q1', () => people(ranked(Q(2025, 1), 2, 'top', team('DEV'), 'DEV-001'))),
  // Lines and bands.
  q('QS141', 'admin', 'who in SEC scored above 70 in both Q2 and Q3', () =>
    people(
      matters(
        scoredInAll([QBL(), LQ()], (x) => x > 70, team('SEC')),
        () => scoredWhere(LQ(), (x) => x > 70, team('SEC')),
        () => scoredWhere(QBL(), (x) => x > 70, team('SEC')),
      ),
    ),
  ),
  q('QS142', 'admin', 'which QA people scored between 70 and 80 in Q1?', () =>
    people(
      matters(
        scoredWhere(Q(2025, 1), (x) => x >= 70 && x <= 80, team('QA')),
        () => scoredWhere(Q(2025, 1), (x) => x >= 70, team('QA')),
      ),
    ),
  ),
  q('QS143', 'admin', 'how many seniors scored under 75 in Q3?', () =>
    figures(
      countOf(
        matters(scoredWhere(LQ(), (x) => x < 75, level('Senior')).length, () => scoredWhere(LQ(), (x) => x < 75).length),
        'senior|people|employee|score|person',
      ),
    ),
  ),
  q('QS144', 'QA-001', 'who on my team scored over 80 in Q3?', () => people(scoredWhere(LQ(), (x) => x > 80, team('QA'), 'QA-001'))),
  q('QS145', 'admin', 'who in AI scored below the company average in Q3', () => {
    const avg = meanOf(LQ());
    return people(
      matters(
        scoredWhere(LQ(), (x) => x < avg, team('AI')),
        () => scoredWhere(LQ(), (x) => x < avg),
      ),
    );
  }),
  q('QS146', 'admin', 'what % of the AI team scored under 75 last quarter', () => {
    // Over the people scored in the quarter, none of whom has left (a leaver's score would read two ways).
    const all = scoredPeople(LQ(), level(['Junior', 'Mid', 'Senior', 'Lead', 'Manager'], 'AI'));
    const low = all.filter((id) => scoreOf(id, LQ()) < 75);
    return figures(rate(Math.round((low.length / all.length) * 10000) / 10000));
  }),
  // Moves between quarters.
  q('QS147', 'admin', 'which team improved its average the most from Q2 to Q3', () => {
    const move = (t: string) => meanOf(LQ(), team(t)) - meanOf(QBL(), team(t));
    const t = teamBy(move, 'highest');
    return answer({ teams: [t], figures: [s(Math.round((move(t) + Number.EPSILON) * 100) / 100)] });
  }),
  q('QS148', 'admin', "each team's change in average score from Q1 to Q2", () =>
    figures(...TEAM_CODES.map((t) => s(Math.round((meanOf(Q(2025, 2), team(t)) - meanOf(Q(2025, 1), team(t)) + Number.EPSILON) * 100) / 100))),
  ),
  q('QS149', 'admin', 'who in DEV dropped the most between Q1 and Q3?', () => {
    const m = biggestMove(Q(2025, 1), LQ(), 'fall', team('DEV'));
    return people([m.id], s(m.change));
  }),
  q('QS150', 'admin', 'how many people in AI improved from Q2 to Q3', () =>
    figures(
      countOf(
        matters(movesOf(QBL(), LQ(), team('AI')).filter((m) => m.change > 0).length, () => movesOf(QBL(), LQ()).filter((m) => m.change > 0).length),
        'people|employee|person|improv|staff',
      ),
    ),
  ),
  q('QS151', 'admin', 'which team had the lowest median in Q3?', () => {
    const t = teamBy((code) => stat(LQ(), team(code), 'median'), 'lowest');
    return answer({ teams: [t], figures: [s(stat(LQ(), team(t), 'median'))] });
  }),
  q('QS152', 'QA-001', 'how many on my team scored lower in Q3 than in Q2', () =>
    figures(countOf(fell(movesOf(QBL(), LQ(), team('QA')), 'QA-001'), 'people|employee|person|lower|staff|member')),
  ),
  q('QS153', 'admin', 'lowest score among the DEV juniors in Q3', () =>
    figures(
      s(
        matters(
          stat(LQ(), level('Junior', 'DEV'), 'min'),
          () => stat(LQ(), team('DEV'), 'min'),
          () => stat(LQ(), level('Junior'), 'min'),
        ),
      ),
    ),
  ),
];
