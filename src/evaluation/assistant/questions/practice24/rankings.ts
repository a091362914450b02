/*
 * practice24 — rankings and statistics for the board pack: top and bottom N by score, by attendance rate,
 * by late arrivals and by hours; the best and worst team; the mean, median, highest, lowest and spread of a
 * quarter's scores, of the company and of a team. Typed as busy people type. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure and person comes from the data set and the
 * oracle.
 */
import { answer, figures, people, score, type Question } from '../../expectation';
import { teamsByRate, type Scope } from '../../oracle/attendance-figures';
import { bestOfEachTeam } from '../../oracle/practice10-figures';
import { rankedBy, teamsWithExtreme } from '../../oracle/practice11-figures';
import { ratesAtEnd, topBy } from '../../oracle/practice15-figures';
import { rankClean } from '../../oracle/practice19-figures';
import { spreadOf } from '../../oracle/practice21-figures';
import { fewestHours } from '../../oracle/practice24-figures';
import { mostDeclined, mostImproved, stats, teamsByMean } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

const ALL: Scope = {};
const Q3 = '2025-Q3';
const Q2 = '2025-Q2';
const mostLate = (scope: Scope, range: readonly [string, string]) => {
  const ranked = rankedBy(scope, 'late', ...range);
  return ranked.filter((x) => x.value === ranked[0]!.value).map((x) => x.id);
};

export const RANKINGS: readonly Question[] = [
  // Scores.
  q('J027', 'admin', 'top 5 perfomers Q3', () => people(rankClean(Q3, 5, 'top'))),
  q('J028', 'admin', 'bottom 3 scores last quarter', () => people(rankClean(Q3, 3, 'bottom'))),
  q('J029', 'admin', 'Who are the top 3 performers in 2025-Q2?', () => people(rankClean(Q2, 3, 'top'))),
  q('J030', 'admin', 'best scorer in each team for Q3', () => people(bestOfEachTeam(Q3))),
  q('J031', 'admin', 'top 3 in DEV by score last quarter', () => people(rankClean(Q3, 3, 'top', { team: 'DEV' }))),
  q('J032', 'admin', 'lowest 2 scores in SEC q3', () => people(rankClean(Q3, 2, 'bottom', { team: 'SEC' }))),
  q('J033', 'admin', 'which team scored highest on average in Q3', () => answer({ teams: teamsByMean(Q3).slice(0, 1) })),
  q('J034', 'admin', 'lowest scoring team last quarter', () => answer({ teams: teamsByMean(Q3).slice(-1) })),
  q('J035', 'admin', 'who improved the most from Q2 to Q3', () => people([mostImproved(Q2, Q3).id])),
  q('J036', 'admin', 'biggest drop in score between q2 and q3, whole company', () => people([mostDeclined(Q2, Q3).id])),

  // Attendance, lateness, hours.
  q('J037', 'admin', 'lowest 3 attendance rates last mth', () => people(ratesAtEnd(ALL, OCTOBER, 3, 'lowest'))),
  q('J038', 'admin', 'bottom 5 attendance in september', () => people(ratesAtEnd(ALL, SEPTEMBER, 5, 'lowest'))),
  q('J039', 'admin', 'top 5 latecomers in october', () => people(topBy(ALL, 'late', OCTOBER, 5))),
  q('J040', 'admin', 'who was late the most last month', () => people(mostLate(ALL, OCTOBER))),
  q('J041', 'admin', 'top 5 by hours worked in october', () => people(topBy(ALL, 'hours', OCTOBER, 5))),
  q('J042', 'admin', 'the 3 who worked the most hours last week', () => people(topBy(ALL, 'hours', LAST_WEEK, 3))),
  q('J043', 'admin', 'which team had the best attendance rate last month', () => answer({ teams: teamsByRate(...OCTOBER).slice(0, 1) })),
  q('J044', 'admin', 'worst team for attendance this month', () => answer({ teams: teamsByRate(...THIS_MONTH).slice(-1) })),
  q('J045', 'admin', 'which team had the most late arrivals in october', () => answer({ teams: teamsWithExtreme('late', ...OCTOBER, 'most') })),
  q('J046', 'admin', 'the 3 with the fewest hours in october', () => people(fewestHours(ALL, OCTOBER, 3))),
  q('J047', 'admin', 'lowest attendance in QA last month, top 2', () => people(ratesAtEnd({ team: 'QA' }, OCTOBER, 2, 'lowest'))),

  // Statistics.
  q('J048', 'admin', 'average score last quarter', () => figures(score(stats([Q3]).mean))),
  q('J049', 'admin', 'mean and median score for SEC in Q3', () =>
    figures(score(stats([Q3], { team: 'SEC' }).mean), score(stats([Q3], { team: 'SEC' }).median)),
  ),
  q('J050', 'admin', 'highest and lowest q3 score in the company', () => figures(score(stats([Q3]).max), score(stats([Q3]).min))),
  q('J051', 'admin', 'spread of scores in Q3 (max minus min)', () => figures(score(spreadOf(Q3)))),
  q('J052', 'admin', 'median score in the data team last quarter', () => figures(score(stats([Q3], { team: 'DAT' }).median))),
  q('J053', 'admin', 'avg, median, min and max for QA Q2', () => {
    const s = stats([Q2], { team: 'QA' });
    return figures(score(s.mean), score(s.median), score(s.min), score(s.max));
  }),
  q('J054', 'admin', 'wats the highest score in dev q2', () => figures(score(stats([Q2], { team: 'DEV' }).max))),
];
