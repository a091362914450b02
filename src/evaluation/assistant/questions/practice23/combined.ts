/*
 * practice23 — questions with two or three constraints at once: a team and a level and a threshold
 * ("seniors in DEV who were late more than twice in October"), a team without a level ("QA's average Q3
 * score excluding leads"), hires of a year against their late arrivals, a manager's own juniors or seniors;
 * some are truly answered by "nobody". Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; every figure and person comes from the data set and the oracle.
 */
import { days, figures, hours, people, rate, score, type Question } from '../../expectation';
import { peopleWhere, peopleWithRate, totals } from '../../oracle/attendance-figures';
import { onLeaveOfType } from '../../oracle/leave-figures';
import { levelIn } from '../../oracle/level-scope';
import { near } from '../../oracle/practice10-figures';
import { hiredWhere, rateIn } from '../../oracle/practice15-figures';
import { allBut, meanOf } from '../../oracle/practice19-figures';
import { nonZero } from '../../oracle/practice20-figures';
import { both, moreThan } from '../../oracle/practice23-figures';
import { scoredBelow } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH, THIS_YEAR } from '../helpers';

const devOrQa = { ids: [...(levelIn('DEV', undefined).ids ?? []), ...(levelIn('QA', undefined).ids ?? [])] };

export const COMBINED: readonly Question[] = [
  q('I146', 'admin', 'seniors in DEV who were late more than twice in October', () => people(moreThan(levelIn('DEV', 'Senior'), 'late', OCTOBER, 2))),
  q('I147', 'admin', "QA's average Q3 score excluding leads", () => figures(score(meanOf('2025-Q3', allBut('QA', ['Lead']))))),
  q('I148', 'admin', 'juniors in QA absent more than 2 days in october', () => people(moreThan(levelIn('QA', 'Junior'), 'absent', OCTOBER, 2))),
  q('I149', 'admin', 'mid level people in AI late more than twice in oct', () => people(moreThan(levelIn('AI', 'Mid'), 'late', OCTOBER, 2))),
  q('I150', 'admin', 'total hours of the DEV juniors last week', () => figures(hours(nonZero(totals(levelIn('DEV', 'Junior'), ...LAST_WEEK).hours)))),
  q('I151', 'admin', 'seniors company-wide under 90% attendance in october', () =>
    people(peopleWithRate(levelIn(undefined, 'Senior'), ...OCTOBER, (r) => r < 0.9)),
  ),
  q('I152', 'admin', 'SEC people other than juniors with a missing check-out in October', () =>
    people(peopleWhere(allBut('SEC', ['Junior']), 'missingCheckOut', ...OCTOBER)),
  ),
  q('I153', 'admin', 'mid-level QA engineers who were late last week', () => people(peopleWhere(levelIn('QA', 'Mid'), 'late', ...LAST_WEEK))),
  q('I154', 'DEV-001', 'my juniors who were late this month', () => people(peopleWhere(levelIn('DEV', 'Junior'), 'late', ...THIS_MONTH))),
  q('I155', 'QA-001', 'my team avg Q3 not counting me', () => figures(score(meanOf('2025-Q3', allBut('QA', ['Manager']))))),
  q('I156', 'admin', 'average Q3 score of all the leads', () => figures(score(meanOf('2025-Q3', levelIn(undefined, 'Lead'))))),
  q('I157', 'admin', 'AI seniors: absent days in october', () =>
    figures(near(days(nonZero(totals(levelIn('AI', 'Senior'), ...OCTOBER).absent)), 'absen|day|off|missed')),
  ),
  q('I158', 'admin', 'who in QA, not counting juniors, was absent last week', () => people(peopleWhere(allBut('QA', ['Junior']), 'absent', ...LAST_WEEK))),
  q('I159', 'admin', 'people hired in 2025 who were late more than once in october', () =>
    people(both(hiredWhere({}, THIS_YEAR), moreThan({}, 'late', OCTOBER, 1))),
  ),
  q('I160', 'DEV-001', 'seniors on my team below 95% attendance in october', () =>
    people(peopleWithRate(levelIn('DEV', 'Senior'), ...OCTOBER, (r) => r < 0.95)),
  ),
  q('I161', 'QA-001', 'juniors in my team who scored under 60 in Q3', () => people(scoredBelow('2025-Q3', 60, levelIn('QA', 'Junior')))),
  q('I162', 'admin', 'DAT mid-levels with unpaid leave this year', () => people(onLeaveOfType('UNPAID', ...THIS_YEAR, levelIn('DAT', 'Mid')))),
  q('I163', 'admin', 'attendance rate of SEC seniors last month', () => figures(rate(rateIn(levelIn('SEC', 'Senior'), OCTOBER)))),
  q('I164', 'admin', 'who in DEV or QA was late 5 or more times in october', () => people(peopleWhere(devOrQa, 'late', ...OCTOBER, (v) => v >= 5))),
  q('I165', 'DEV-001', 'mid-levels on my team who were absent in october', () => people(peopleWhere(levelIn('DEV', 'Mid'), 'absent', ...OCTOBER))),
  q('I166', 'admin', 'Q3 average for QA seniors vs QA leads', () =>
    figures(score(meanOf('2025-Q3', levelIn('QA', 'Senior'))), score(meanOf('2025-Q3', levelIn('QA', 'Lead')))),
  ),
  q('I167', 'admin', 'avg Q2 score in DEV leaving out the manager and the lead', () => figures(score(meanOf('2025-Q2', allBut('DEV', ['Manager', 'Lead']))))),
];
