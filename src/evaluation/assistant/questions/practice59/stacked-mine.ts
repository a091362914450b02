/*
 * practice59 — the managers stack a level, a measure and a period on their own team ("which of my juniors were late
 * last week", "my seniors' attendance, sept vs oct"), and the employees a measure and a period on themselves ("which
 * day was I late in August", "my Q2 and Q3 scores"). A manager's "my juniors" are their team's (README); an
 * employee's "my" is themselves. Each answer must keep every constraint: the level, the period and the person.
 */
import { answer, figures, hours, people, rate, score, type Question } from '../../expectation';
import { leaveDays } from '../../oracle/leave-figures';
import { lateDays } from '../../oracle/practice31-figures';
import { absentDays } from '../../oracle/practice23-figures';
import {
  fig,
  LAST_MONTH,
  LAST_Q,
  LAST_WEEK,
  leaveN,
  level,
  levelRate,
  me,
  month,
  NEXT_WEEK,
  personSum,
  plain,
  Q_BEFORE,
  rateOf,
  some,
  sumOf,
  THIS_MONTH,
  THIS_WEEK,
  who,
  YEAR_SO_FAR,
} from '../../oracle/practice53-figures';
import { available, levelMean, onLeave, scoreEntries, scoreOfOne } from '../../oracle/practice53-people';
import { theMost } from '../../oracle/practice55-figures';
import { q } from '../helpers';

export const STACKED_MINE: readonly Question[] = [
  // Priya Raman, manager of DEV.
  q('QH023', 'DEV-001', 'which of my juniors were late last week?', () => people(some(who(level('Junior', 'DEV'), 'late', LAST_WEEK)))),
  q('QH024', 'DEV-001', 'avg Q3 score for the mid-level people on my team', () => figures(score(levelMean(LAST_Q, 'Mid', 'DEV')))),
  q('QH025', 'DEV-001', "my seniors' attendance rate, sept vs oct", () =>
    figures(rate(levelRate('Senior', month(9), 'DEV')), rate(levelRate('Senior', month(10), 'DEV'))),
  ),
  q('QH026', 'DEV-001', 'which of my mid-levels had a half day last month', () => people(some(who(level('Mid', 'DEV'), 'halfDay', LAST_MONTH)))),
  q('QH027', 'DEV-001', 'which senior devs of mine are on leave next week', () => people(some(onLeave(level('Senior', 'DEV'), NEXT_WEEK)))),

  // Elena Petrova, manager of QA.
  q('QH028', 'QA-001', 'my juniors who forgot to clock out this month', () => people(some(who(level('Junior', 'QA'), 'missingCheckOut', THIS_MONTH)))),
  q('QH029', 'QA-001', 'how many late arrivals did my juniors have last month', () =>
    figures(fig('late', plain(sumOf(level('Junior', 'QA'), 'late', LAST_MONTH)))),
  ),
  q('QH030', 'QA-001', 'best Q3 score among my seniors - whose?', () => people(theMost(scoreEntries(LAST_Q, level('Senior', 'QA')), 'high').ids)),
  q('QH031', 'QA-001', 'which mid-level testers were absent last week?', () => people(some(who(level('Mid', 'QA'), 'absent', LAST_WEEK)))),
  q('QH032', 'QA-001', 'Q2 average of my mid-levels vs my seniors', () =>
    figures(score(levelMean(Q_BEFORE, 'Mid', 'QA')), score(levelMean(Q_BEFORE, 'Senior', 'QA'))),
  ),

  // The employees, about themselves.
  q('QH033', 'DEV-003', 'my hours last week', () => figures(hours(personSum('DEV-003', 'hours', LAST_WEEK)))),
  q('QH034', 'DEV-003', 'which day was I late in August?', () => answer({ dates: some(lateDays('DEV-003', month(8))) })),
  q('QH035', 'DEV-003', 'my Q2 and Q3 scores pls', () => figures(score(scoreOfOne('DEV-003', Q_BEFORE)), score(scoreOfOne('DEV-003', LAST_Q)))),
  q('QH036', 'QA-003', 'what was my attendance rate in october', () => figures(rate(rateOf(me('QA-003'), month(10))))),
  q('QH037', 'QA-003', 'which day in October was I marked absent?', () => answer({ dates: some(absentDays('QA-003', month(10))) })),
  q('QH038', 'QA-003', 'how many sick days have i taken this year', () => figures(leaveN(leaveDays('QA-003', YEAR_SO_FAR[0], YEAR_SO_FAR[1], 'SICK')))),
  q('QH039', 'DAT-004', 'hours I worked in september', () => figures(hours(personSum('DAT-004', 'hours', month(9))))),
  q('QH040', 'DAT-004', 'my attendance % for september', () => figures(rate(rateOf(me('DAT-004'), month(9))))),
  q('QH041', 'DAT-004', 'q2 vs q3, my score', () => figures(score(scoreOfOne('DAT-004', Q_BEFORE)), score(scoreOfOne('DAT-004', LAST_Q)))),
  q('QH042', 'SEC-004', 'my hours so far this week', () => figures(hours(personSum('SEC-004', 'hours', THIS_WEEK)))),
  q('QH043', 'SEC-004', 'what date was I late last week', () => answer({ dates: some(lateDays('SEC-004', LAST_WEEK)) })),
  q('QH044', 'SEC-004', 'how much annual leave do I have left', () => figures(leaveN(available('SEC-004')))),
];
