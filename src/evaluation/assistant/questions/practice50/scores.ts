/*
 * practice50 — scores of people picked out by a description, and people picked out by their score: the mean and
 * median of a level and of a level in a team (README: "seniors vs juniors average score last quarter"), a team's lead
 * as a group of one, two levels side by side, who scored above or below a line (no score exactly on it), in a band
 * (README: "between 70 and 80", both ends included: no score sits on either end), over a line in both of two quarters,
 * the top and bottom of a level (a tie throws), and counts of people past a line. A level's figure is the same with
 * and without the people who have left ("last quarter" is 2025-Q3). The admin, both managers about their own team,
 * and two employees about themselves.
 */
import { answer, count, figures, people, score, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { none, Q2, Q3, some, teamOf, type Group } from '../../oracle/practice50-figures';
import { groupEnd, groupMean, groupMedian, groupRank, groupScoredPast, groupScoredPastInAll, scoreOfPerson } from '../../oracle/practice50-people';
import { othersOutside } from '../../oracle/practice43-figures';
import { q } from '../helpers';

const SENIORS: Group = { position: 'Senior' };
const JUNIORS: Group = { position: 'Junior' };

/** The one person at the end of a level, named with their score. */
const endOf = (g: Group, period: string, direction: 'top' | 'bottom') => {
  const found = groupEnd(g, period, direction);
  return answer({ people: [found.id], figures: [score(found.score)] });
};
/** People of the group in a band, neither end sitting on a score. */
const band = (g: Group, period: string, low: number, high: number) => {
  const above = groupScoredPast(g, period, 'gt', low);
  return groupScoredPast(g, period, 'lt', high).filter((id) => above.includes(id));
};

export const SCORES: readonly Question[] = [
  // Means and medians of a level.
  q('PY143', 'admin', 'average Q3 score for the seniors', () => figures(score(groupMean(SENIORS, Q3)))),
  q('PY144', 'admin', 'seniors vs leads average score last quarter', () => figures(score(groupMean(SENIORS, Q3)), score(groupMean({ position: 'Lead' }, Q3)))),
  q('PY145', 'admin', 'median score of the managers in Q3', () => figures(score(groupMedian({ position: 'Manager' }, Q3)))),
  q('PY146', 'DEV-001', 'mean score of the juniors in DEV in Q2', () => figures(score(groupMean({ team: 'DEV', position: 'Junior' }, Q2)))),
  q('PY147', 'QA-001', 'how did the QA juniors score on average last quarter', () => figures(score(groupMean({ team: 'QA', position: 'Junior' }, Q3)))),
  q('PY148', 'admin', "the DAT lead's Q3 score?", () => figures(score(groupMean({ team: 'DAT', position: 'Lead' }, Q3)))),
  q('PY149', 'admin', 'compare the average Q3 score of the AI juniors and the AI seniors', () =>
    figures(score(groupMean({ team: 'AI', position: 'Junior' }, Q3)), score(groupMean({ team: 'AI', position: 'Senior' }, Q3))),
  ),

  // People past a line, in a band, in both quarters.
  q('PY150', 'admin', 'who scored above 90 in Q3', () => people(some(groupScoredPast({}, Q3, 'gt', 90)))),
  q('PY151', 'admin', 'which seniors scored below 65 last quarter', () => people(some(groupScoredPast(SENIORS, Q3, 'lt', 65)))),
  q('PY152', 'admin', 'which juniors in DEV scored over 70 in Q3?', () => people(some(groupScoredPast({ team: 'DEV', position: 'Junior' }, Q3, 'gt', 70)))),
  q('PY153', 'admin', 'how many people scored under 60 in Q3', () =>
    figures(near(count(groupScoredPast({}, Q3, 'lt', 60).length), 'people|person|employee|scor|staff')),
  ),
  q('PY154', 'admin', 'how many seniors scored above 80 last quarter', () =>
    figures(near(count(groupScoredPast(SENIORS, Q3, 'gt', 80).length), 'senior|people|person|employee|scor')),
  ),
  q('PY155', 'QA-001', 'who in QA scored between 55 and 65 in Q3?', () => people(some(band({ team: 'QA' }, Q3, 55, 65)))),
  q('PY156', 'admin', 'seniors who scored over 80 in both Q2 and Q3', () => people(some(groupScoredPastInAll(SENIORS, [Q2, Q3], 'gt', 80)))),

  // The top and the bottom of a level.
  q('PY157', 'admin', 'top scoring junior in Q3', () => endOf(JUNIORS, Q3, 'top')),
  q('PY158', 'admin', 'lowest-scoring senior last quarter', () => endOf(SENIORS, Q3, 'bottom')),
  q('PY159', 'admin', 'best performer among the mid-levels in Q3', () => endOf({ position: 'Mid' }, Q3, 'top')),
  q('PY160', 'admin', 'bottom 3 juniors in Q2', () => people(groupRank(JUNIORS, Q2, 'bottom', 3))),

  // The managers, about their own team.
  q('PY161', 'DEV-001', 'avg score of my juniors last quarter', () => figures(score(groupMean(teamOf('DEV-001', JUNIORS), Q3)))),
  q('PY162', 'DEV-001', 'which of my seniors scored under 70 in Q3', () => people(some(groupScoredPast(teamOf('DEV-001', SENIORS), Q3, 'lt', 70)))),
  q('PY163', 'DEV-001', 'which juniors on my team scored above 90 in Q2', () => people(none(groupScoredPast(teamOf('DEV-001', JUNIORS), Q2, 'gt', 90)))),
  q('PY164', 'QA-001', "who's the top scorer among my mids in Q3", () => endOf(teamOf('QA-001', { position: 'Mid' }), Q3, 'top')),
  q('PY165', 'QA-001', "my seniors' median score in Q2", () => figures(score(groupMedian(teamOf('QA-001', SENIORS), Q2)))),

  // Employees, about themselves.
  q('PY166', 'DAT-004', 'what did I score last quarter', () => figures(score(scoreOfPerson('DAT-004', Q3)))),
  q('PY167', 'QA-003', "I'm a senior QA engineer - what was my Q3 score?", () => figures(score(scoreOfPerson('QA-003', Q3)))),
  q('PY168', 'DEV-003', "what was the seniors' average score in Q3", () => othersOutside('seniors', 'senior', 'average')),
  q('PY169', 'DEV-003', 'my Q2 score?', () => figures(score(scoreOfPerson('DEV-003', Q2)))),
];
