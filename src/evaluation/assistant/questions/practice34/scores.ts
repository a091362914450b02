/*
 * practice34 — the HR business partner's quarterly scores: means, medians, ranges and extremes of the company, of
 * teams and of levels, top and bottom N (within a team, a level or a quarter), who improved or dropped and by how
 * much, lines held across quarters, teams compared with each other and with the company, one person's history.
 */
import { answer, count, figures, people, refusal, score, type Question } from '../../expectation';
import type { Scope } from '../../oracle/attendance-figures';
import { near } from '../../oracle/practice10-figures';
import { teamLabel } from '../../oracle/practice11-figures';
import { scoredBetween } from '../../oracle/practice18-figures';
import { meanOf, rankClean, scoreIn } from '../../oracle/practice19-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { countAbove, spreadOf } from '../../oracle/practice21-figures';
import { medianOf } from '../../oracle/practice27-figures';
import { scoreTrend } from '../../oracle/practice28-figures';
import { clearlyDiffer, meanWithout } from '../../oracle/practice29-figures';
import { biggestMove, meanOfLevel, meanWithoutLevels, scoreChange, scoredPast, topScorer } from '../../oracle/practice31-figures';
import { aboveInAll, kpiKnown, topOfEachTeam } from '../../oracle/practice32-figures';
import { aboveOwnMean, improvedCount, teamByMean } from '../../oracle/practice33-figures';
import { meanMove, meanMovePerTeam, movers, teamWithBiggestMove, topMovers } from '../../oracle/practice34-figures';
import { q } from '../helpers';

const ALL: Scope = {};
const DEV: Scope = { team: 'DEV' };
const QA: Scope = { team: 'QA' };
const DAT: Scope = { team: 'DAT' };
const SEC: Scope = { team: 'SEC' };
const AI: Scope = { team: 'AI' };
const [Q1, Q2, Q3, Q4_2024] = ['2025-Q1', '2025-Q2', '2025-Q3', '2024-Q4'];
const by = (team: string) => teamLabel(team);

export const SCORES: readonly Question[] = [
  q('PI045', 'admin', 'Company mean and median performance score for Q3', () => figures(score(meanOf(Q3, ALL)), score(medianOf(Q3, ALL)))),
  q('PI046', 'admin', "QA's median score in Q3 against the company's", () => figures(score(medianOf(Q3, QA)), score(medianOf(Q3, ALL)))),
  q('PI047', 'admin', 'Average score by team for Q2', () =>
    figures(...['AI', 'DAT', 'DEV', 'QA', 'SEC'].map((t) => near(score(meanOf(Q2, { team: t })), by(t)))),
  ),
  q('PI048', 'admin', 'Which team had the lowest average score in Q3?', () => {
    const team = teamByMean(Q3, 'lowest');
    return answer({ teams: [team], figures: [score(meanOf(Q3, { team }))] });
  }),
  q('PI049', 'admin', 'Top 5 performers company-wide for Q3', () => people(rankClean(Q3, 5, 'top'))),
  q('PI050', 'admin', 'Bottom 3 in Development for Q3', () => people(rankClean(Q3, 3, 'bottom', DEV))),
  q('PI051', 'admin', 'Who improved the most between Q2 and Q3?', () => {
    const top = biggestMove(Q2, Q3, 'up');
    return people([top.id], score(top.change));
  }),
  q('PI052', 'admin', 'Who had the biggest drop from Q2 to Q3, and by how much?', () => {
    const fall = biggestMove(Q2, Q3, 'down');
    return people([fall.id], score(fall.change));
  }),
  q('PI053', 'admin', 'How many people in DEV improved their score from Q2 to Q3?', () => figures(count(improvedCount(Q2, Q3, DEV)))),
  q('PI054', 'admin', 'Who in QA dropped between Q2 and Q3?', () => people(movers(Q2, Q3, 'down', QA))),
  q('PI055', 'admin', 'Who scored over 85 in both Q2 and Q3?', () => people(aboveInAll([Q2, Q3], 85))),
  q('PI056', 'admin', 'Which security staff scored between 66 and 75 in Q3?', () => people(scoredBetween(Q3, 66, 75, SEC))),
  q('PI057', 'admin', 'What was the spread of Q3 scores in the data team?', () => figures(score(spreadOf(Q3, DAT)))),
  q('PI058', 'admin', 'Best scorer per team for Q3?', () => people(topOfEachTeam(Q3))),
  q('PI059', 'admin', 'Mid-levels vs leads: average score in Q3', () =>
    figures(near(score(meanOfLevel(Q3, 'Mid')), 'mid'), near(score(meanOfLevel(Q3, 'Lead')), 'lead')),
  ),
  q('PI060', 'admin', "DEV's Q3 average excluding the managers", () => figures(score(meanWithoutLevels(Q3, 'DEV', ['Manager'])))),
  q('PI061', 'admin', 'Company average score from Q4 2024 through Q3 2025, quarter by quarter', () =>
    figures(...[Q4_2024, Q1, Q2, Q3].map((p) => score(meanOf(p, ALL)))),
  ),
  q('PI062', 'admin', 'Who in AI scored above the team average in Q3?', () => people(aboveOwnMean(Q3, 'AI'))),
  q('PI063', 'admin', 'Did DEV score higher than DAT on average in Q3?', () => {
    const [dev, dat] = [meanOf(Q3, DEV), meanOf(Q3, DAT)];
    return yesNo(clearlyDiffer(dev, dat, 0.1), [score(dev), score(dat)]);
  }),
  q('PI064', 'admin', "Is QA's Q3 average above the company's?", () => {
    const [qa, all] = [meanOf(Q3, QA), meanOf(Q3, ALL)];
    return yesNo(clearlyDiffer(qa, all, 0.1), [score(qa), score(all)]);
  }),
  q('PI065', 'admin', 'How many people scored below 60 in Q3?', () => figures(count(scoredPast(Q3, 60, 'below').length))),
  q('PI066', 'admin', 'How many devs scored above 80 in Q2?', () => figures(near(count(countAbove(Q2, 80, DEV)), 'dev|people|score|above'))),
  q('PI067', 'admin', "What was Grace Kim's KPI in Q3?", () => figures(score(kpiKnown('QA-007', Q3)))),
  q('PI068', 'admin', "Ravi Patel's score history, every quarter on record", () => figures(...scoreTrend('DEV-014').map((s) => score(s)))),
  q('PI069', 'admin', "How much did Sofia Rossi's score change from Q2 to Q3?", () => figures(scoreChange('DEV-011', Q2, Q3))),
  q('PI070', 'admin', 'Lowest scorer in the whole company last quarter?', () => {
    const id = rankClean(Q3, 1, 'bottom')[0]!;
    return people([id], score(scoreIn(Q3, id)));
  }),
  q('PI071', 'admin', 'Bottom 5 across the company in Q2', () => people(rankClean(Q2, 5, 'bottom'))),
  q('PI072', 'admin', 'Who in Security improved from Q2 to Q3?', () => people(movers(Q2, Q3, 'up', SEC))),
  q('PI073', 'admin', 'Top 3 in AI for Q2', () => people(rankClean(Q2, 3, 'top', AI))),
  q('PI074', 'admin', 'How did the company average move from Q1 to Q3?', () =>
    figures(score(meanOf(Q1, ALL)), score(meanOf(Q3, ALL)), score(meanMove(Q1, Q3, ALL))),
  ),
  q('PI075', 'admin', 'The 2 biggest improvers in DAT from Q2 to Q3', () => people(topMovers(Q2, Q3, 2, 'up', DAT))),
  q('PI076', 'admin', "Each team's change in average score from Q2 to Q3", () => figures(...meanMovePerTeam(Q2, Q3))),
  q('PI077', 'admin', 'Which team’s average rose the most from Q2 to Q3?', () => {
    const best = teamWithBiggestMove(Q2, Q3, 'up');
    return figures(near(score(best.move), by(best.team)));
  }),
  q('PI078', 'admin', 'Who in QA scored under 60 in Q3?', () => people(scoredPast(Q3, 60, 'below', QA))),
  q('PI079', 'admin', 'Q3 average for everyone except QA', () => figures(score(meanWithout(Q3, ['QA'])))),
  q('PI080', 'admin', 'Average Q3 score of the people hired this year', () => refusal('hired', 'hire', 'this year')),
  q('PI081', 'admin', 'Who topped the Data team in Q3, and with what score?', () => {
    const top = topScorer(Q3, DAT);
    return people([top.id], score(top.score));
  }),
  q('PI082', 'admin', 'avg perf score for SEC in Q2 vs Q3', () => figures(score(meanOf(Q2, SEC)), score(meanOf(Q3, SEC)))),
  q('PI083', 'admin', 'who were the 2 biggest fallers in DEV between q2 and q3', () => people(topMovers(Q2, Q3, 2, 'down', DEV))),
];
