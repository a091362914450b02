/*
 * practice53 — lists and figures narrowed by level (position), job title and status. README: "which seniors are in
 * Development", 'which ML engineers are mid-level?', "how many security analysts" (a job title: headcounts and lists only),
 * position "on headcounts, hires, leavers, tenure, scores, hours and attendance rates or who was late or absent",
 * status ("including leavers"), 'total headcount, QA excluded', "how many non-seniors are in Development",
 * "seniors vs juniors average score last quarter", a manager's "my juniors" and "the juniors I manage" are their
 * team's. A headcount counts active staff unless leavers are asked for; a level's figure is the same with and without
 * those who have left, or it is not asked.
 */
import { figures, people, rate, score, type Question } from '../../expectation';
import { headN, LAST_MONTH, LAST_Q, LAST_WEEK, level, levelRate, month, some, who, YEAR_SO_FAR } from '../../oracle/practice53-figures';
import { headcountOf, leftIn, levelMean, roster } from '../../oracle/practice53-people';
import { q } from '../helpers';

const ANALYST = 'analyst';

export const FILTERS: readonly Question[] = [
  // The admin.
  q('QB096', 'admin', 'list the seniors in Development', () => people(some(roster({ team: 'DEV', position: 'Senior' })))),
  q('QB097', 'admin', 'list the juniors in QA', () => people(some(roster({ team: 'QA', position: 'Junior' })))),
  q('QB098', 'admin', 'how many people are at lead level?', () => figures(headN(headcountOf({ position: 'Lead' })))),
  q('QB099', 'admin', 'juniors who came in late last month', () => people(some(who(level('Junior'), 'late', LAST_MONTH)))),
  q('QB100', 'admin', "who's left the company this year", () => people(some(leftIn(YEAR_SO_FAR)))),
  q('QB101', 'admin', 'mid-level people in Security', () => people(some(roster({ team: 'SEC', position: 'Mid' })))),
  q('QB102', 'admin', "seniors' attendance rate last week", () => figures(rate(levelRate('Senior', LAST_WEEK)))),
  q('QB103', 'admin', 'hw many security analysts r there', () => figures(headN(headcountOf({ title: 'Security Analyst' }), ANALYST))),
  q('QB104', 'admin', 'which managers were late in September?', () => people(some(who(level('Manager'), 'late', month(9))))),
  q('QB105', 'admin', "last quarter's average: seniors against leads", () => figures(score(levelMean(LAST_Q, 'Senior')), score(levelMean(LAST_Q, 'Lead')))),
  q('QB106', 'admin', 'DEV headcount excluding the seniors', () =>
    figures(headN(headcountOf({ team: 'DEV' }) - headcountOf({ team: 'DEV', position: 'Senior' }))),
  ),
  q('QB107', 'admin', 'total headcount, QA excluded', () => figures(headN(headcountOf() - headcountOf({ team: 'QA' })))),
  q('QB108', 'admin', 'which ML engineers are mid-level?', () => people(some(roster({ title: 'ML Engineer', position: 'Mid' })))),
  q('QB109', 'admin', 'juniors with an absence last week?', () => people(some(who(level('Junior'), 'absent', LAST_WEEK)))),

  // The managers, their own team.
  q('QB110', 'DEV-001', 'juniors on my team - names please', () => people(some(roster({ team: 'DEV', position: 'Junior' })))),
  q('QB111', 'DEV-001', 'which mids on my team were absent last month', () => people(some(who(level('Mid', 'DEV'), 'absent', LAST_MONTH)))),
  q('QB112', 'QA-001', 'number of senior-level people I manage?', () => figures(headN(headcountOf({ team: 'QA', position: 'Senior' })))),
  q('QB113', 'QA-001', "my juniors' attendance rate last month", () => figures(rate(levelRate('Junior', LAST_MONTH, 'QA')))),
  q('QB114', 'DEV-001', 'average Q3 score of the juniors I manage', () => figures(score(levelMean(LAST_Q, 'Junior', 'DEV')))),
  q('QB115', 'DEV-001', 'any seniors on my team late last week?', () => people(some(who(level('Senior', 'DEV'), 'late', LAST_WEEK)))),
];
