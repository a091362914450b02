/*
 * practice24 — questions with two or three constraints at once, as a board pack needs them: a team and a
 * level and a period ("seniors in DEV under 90% attendance in October"), a level company-wide against a
 * line, hires of a year against their absences, a team's scores with a level left out, two levels side by
 * side; some are truly answered by "nobody". Written code-blind from /work/shared/API.md, docs/API.md and
 * the README; every figure and person comes from the data set and the oracle.
 */
import { figures, hours, people, rate, score, type Question } from '../../expectation';
import { peopleWhere, peopleWithRate, totals } from '../../oracle/attendance-figures';
import { onLeaveOfType } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { hiredWhere, rateIn } from '../../oracle/practice15-figures';
import { allBut, meanOf, rankClean } from '../../oracle/practice19-figures';
import { nonZero } from '../../oracle/practice20-figures';
import { both, moreThan } from '../../oracle/practice23-figures';
import { scoredAbove, scoredBelow } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_YEAR } from '../helpers';

export const COMBINED: readonly Question[] = [
  q('J178', 'admin', 'seniors in DEV under 90% attendance in October', () => people(peopleWithRate(levelIn('DEV', 'Senior'), ...OCTOBER, (r) => r < 0.9))),
  q('J179', 'admin', 'juniors company-wide late more than twice in september', () => people(moreThan(levelIn(undefined, 'Junior'), 'late', SEPTEMBER, 2))),
  q('J180', 'admin', 'mid-level people in QA absent more than 2 days last month', () => people(moreThan(levelIn('QA', 'Mid'), 'absent', OCTOBER, 2))),
  q('J181', 'admin', 'attendance rate of the AI juniors this month vs last month', () =>
    figures(rate(rateIn(levelIn('AI', 'Junior'), THIS_MONTH)), rate(rateIn(levelIn('AI', 'Junior'), OCTOBER))),
  ),
  q('J182', 'admin', 'seniors vs juniors avg score last qtr', () =>
    figures(score(meanOf('2025-Q3', levelIn(undefined, 'Senior'))), score(meanOf('2025-Q3', levelIn(undefined, 'Junior')))),
  ),
  q('J183', 'admin', "DAT's average Q3 score excluding the manager", () => figures(score(meanOf('2025-Q3', allBut('DAT', ['Manager']))))),
  q('J184', 'admin', 'people hired this year who were absent more than once in october', () =>
    people(both(hiredWhere({}, THIS_YEAR), moreThan({}, 'absent', OCTOBER, 1))),
  ),
  q('J185', 'admin', 'top 2 seniors by score in QA in Q3', () => people(rankClean('2025-Q3', 2, 'top', levelIn('QA', 'Senior')))),
  q('J186', 'admin', 'leads scoring above 80 in Q3', () => people(scoredAbove('2025-Q3', 80, levelIn(undefined, 'Lead')))),
  q('J187', 'admin', 'mid levels in SEC and AI scored under 70 in q3', () =>
    people([...scoredBelow('2025-Q3', 70, levelIn('SEC', 'Mid')), ...scoredBelow('2025-Q3', 70, levelIn('AI', 'Mid'))]),
  ),
  q('J188', 'admin', 'hours of the DAT juniors last week', () => figures(hours(nonZero(totals(levelIn('DAT', 'Junior'), ...LAST_WEEK).hours)))),
  q('J189', 'admin', 'juniors in DEV who were late this month', () => people(peopleWhere(levelIn('DEV', 'Junior'), 'late', ...THIS_MONTH))),
  q('J190', 'admin', 'seniors on annual leave in october', () => people(onLeaveOfType('ANNUAL', ...OCTOBER, levelIn(undefined, 'Senior')))),
  q('J191', 'DEV-001', 'my juniors below 90% attendance last month', () => people(peopleWithRate(levelIn('DEV', 'Junior'), ...OCTOBER, (r) => r < 0.9))),
  q('J192', 'DEV-001', 'avg q3 score for my seniors vs my mids', () =>
    figures(score(meanOf('2025-Q3', levelIn('DEV', 'Senior'))), score(meanOf('2025-Q3', levelIn('DEV', 'Mid')))),
  ),
  q('J193', 'QA-001', 'juniors on my team late more than twice in october', () => people(moreThan(levelIn('QA', 'Junior'), 'late', OCTOBER, 2))),
];
