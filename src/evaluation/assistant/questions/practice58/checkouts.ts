/*
 * practice58 — missing check-outs and corrections pending, the two things payroll chases before closing a month.
 * API.md: a record of a closed day with a check-in and no check-out carries `missing_check_out` (it still counts as
 * attended, with no hours); today is open, so a check-in not yet closed today is never a missing one (Priya Raman,
 * Aisha Khan and others have one). Attendance corrections are only those filed: the data set files none, so every
 * question about pending ones is answered that there are none (checked against the data set).
 */
import { answer, figures, people, type Question } from '../../expectation';
import { yesNo } from '../../oracle/practice20-figures';
import { noCorrections } from '../../oracle/practice58-calendar';
import { LAST_WEEK, missingN, month, none, on, SINCE_TRACKING, some, THIS_MONTH, YESTERDAY } from '../../oracle/practice58-figures';
import { ALL, datesOf, figureOf, team, teamsAtEnd, whoWith } from '../../oracle/practice58-lists';
import { q } from '../helpers';

const forgot = (id: string, range: readonly [string, string]) => datesOf(id, 'missingCheckOut', range);

export const CHECK_OUTS: readonly Question[] = [
  q('QG074', 'admin', 'who forgot to chek out this month', () => people(some(whoWith(ALL, 'missingCheckOut', THIS_MONTH)))),
  q('QG075', 'admin', 'how many missing check-outs were there in October?', () => figures(missingN(figureOf(ALL, 'missingCheckOut', month(10))))),
  q('QG076', 'admin', 'which team has the most missing check-outs this month', () => answer({ teams: teamsAtEnd('missingCheckOut', THIS_MONTH, 'most') })),
  q('QG077', 'admin', 'did anyone not clock out yesterday?', () => yesNo(true, [], { people: some(whoWith(ALL, 'missingCheckOut', on(YESTERDAY))) })),
  q('QG078', 'admin', 'when did Isabel Santos forget to check out', () => answer({ dates: some(forgot('SEC-006', SINCE_TRACKING)) })),
  q('QG079', 'admin', 'missing check-outs company wide since tracking started', () => figures(missingN(figureOf(ALL, 'missingCheckOut', SINCE_TRACKING)))),
  q('QG080', 'admin', 'any attendance corrections pending?', () => noCorrections()),
  // Managers: Priya Raman's own check-in today is open, not missing.
  q('QG081', 'DEV-001', 'who in my team forgot to check out this month', () =>
    people(some(whoWith(team('DEV'), 'missingCheckOut', THIS_MONTH, (v) => v > 0, { asker: 'DEV-001' }))),
  ),
  q('QG082', 'DEV-001', 'any correction requests for me to approve?', () => noCorrections()),
  q('QG083', 'DEV-001', 'did Ravi Patel ever forget to check out? when?', () => yesNo(true, [], { dates: some(forgot('DEV-014', SINCE_TRACKING)) })),
  q('QG084', 'QA-001', 'did Marcus forget to clock out last week', () => yesNo(true, [], { dates: some(forgot('QA-002', LAST_WEEK)) })),
  q('QG085', 'QA-001', 'pending corrections in QA', () => noCorrections()),
  q('QG086', 'QA-001', 'how many missed check-outs has QA had this month', () => figures(missingN(figureOf(team('QA'), 'missingCheckOut', THIS_MONTH)))),
  // Employees: Aisha Khan's check-in today is open, not missing.
  q('QG087', 'DEV-003', 'did i forget to checkout on any day this month', () => yesNo(false, [], { dates: none(forgot('DEV-003', THIS_MONTH)) })),
  q('QG088', 'QA-003', 'missing check-outs for me since august?', () => yesNo(false, [], { dates: none(forgot('QA-003', SINCE_TRACKING)) })),
  q('QG089', 'SEC-004', 'do I have any attendance corrections pending', () => noCorrections()),
  q('QG090', 'DAT-004', 'have I got a correction request waiting?', () => noCorrections()),
];
