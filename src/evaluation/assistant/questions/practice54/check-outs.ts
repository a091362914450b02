/*
 * practice54 — missing check-outs and corrections pending. API.md: a record of a closed day with a check-in and no
 * check-out is a missing check-out (it still counts as attended); today is open, so a check-in not yet closed today is
 * never missing (several askers have one). Attendance corrections are only those filed: the data set files none, so
 * every "pending corrections" question is answered no, checked against the data set.
 */
import { answer, count, figures, people, type Question } from '../../expectation';
import { near, teamsWithMost } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { pendingCorrections } from '../../oracle/practice31-figures';
import { myTeam } from '../../oracle/practice44-figures';
import { who } from '../../oracle/practice43-figures';
import { missedCheckOutDates, month, none, NOVEMBER_SO_FAR, on, openToday, SINCE_TRACKING, some, YESTERDAY } from '../../oracle/practice54-figures';
import { totals } from '../../oracle/attendance-figures';
import { q } from '../helpers';

const ALL = {};
const CHECK = 'check|clock|missing|forgot';
/** Nobody of the list, asked as yes or no; the asker's open check-in today (when there is one) is no missing one. */
const noneMissed = (id: string, range: readonly [string, string], openNow: boolean) => {
  none(missedCheckOutDates(id, range));
  if (openToday(id) !== openNow) throw new Error(`${id}'s day today is not as the question assumes`);
  return yesNo(false, []);
};
/** No corrections pending, checked against the data set. */
const noCorrections = () => {
  if (pendingCorrections() !== 0) throw new Error('the data set holds pending corrections');
  return yesNo(false, []);
};

export const CHECK_OUTS: readonly Question[] = [
  // The admin: lists, counts, a team ranking (ties kept), one person's days.
  q('QC167', 'admin', 'who forgot to check out this month?', () => people(some(who(ALL, 'missingCheckOut', NOVEMBER_SO_FAR)))),
  q('QC168', 'admin', 'how many missing check-outs were there in October', () => figures(near(count(totals(ALL, ...month(10)).missingCheckOut), CHECK))),
  q('QC169', 'admin', 'anyone not clock out yesterday?', () => yesNo(true, [], { people: some(who(ALL, 'missingCheckOut', on(YESTERDAY))) })),
  q('QC170', 'admin', 'which team had the most missing check-outs in November?', () => answer({ teams: teamsWithMost('missingCheckOut', ...NOVEMBER_SO_FAR) })),
  // Ravi Patel has a check-in open today as well: only the August day is missing.
  q('QC171', 'admin', 'when did Ravi Patel forget to check out?', () => {
    if (!openToday('DEV-014')) throw new Error('DEV-014 has no open check-in today');
    return answer({ dates: some(missedCheckOutDates('DEV-014', SINCE_TRACKING)) });
  }),
  // Managers: their team (Priya Raman's own check-in today is open, not missing).
  q('QC172', 'DEV-001', 'missing check-outs in my team this month - who?', () => {
    if (!openToday('DEV-001')) throw new Error('DEV-001 has no open check-in today');
    return people(some(myTeam('DEV-001', (s) => who(s, 'missingCheckOut', NOVEMBER_SO_FAR))));
  }),
  q('QC173', 'DEV-001', 'did Omar forget to check out on 13 November?', () => yesNo(missedCheckOutDates('DEV-010', on('2025-11-13')).length > 0, [])),
  q('QC174', 'QA-001', 'who on my team has a missing check-out this month', () =>
    people(some(myTeam('QA-001', (s) => who(s, 'missingCheckOut', NOVEMBER_SO_FAR)))),
  ),
  q('QC175', 'QA-001', 'how many times did Marcus forget to clock out in November?', () =>
    figures(near(count(some(missedCheckOutDates('QA-002', NOVEMBER_SO_FAR)).length), CHECK)),
  ),
  // Employees: Aisha Khan's check-in today is still open — not a missing check-out.
  q('QC176', 'DEV-003', 'have I forgotten to check out on any day this month?', () => noneMissed('DEV-003', NOVEMBER_SO_FAR, true)),
  q('QC177', 'SEC-004', 'did I miss any check-outs in October', () => noneMissed('SEC-004', month(10), false)),
  q('QC178', 'DAT-004', 'any missing check-outs for me since August?', () => noneMissed('DAT-004', SINCE_TRACKING, true)),
  // Corrections pending: none filed.
  q('QC179', 'admin', 'how many attendance corrections are awaiting a decision?', () => {
    if (pendingCorrections() !== 0) throw new Error('the data set holds pending corrections');
    return figures(near(count(pendingCorrections()), 'correction|pending|request|awaiting'));
  }),
  q('QC180', 'DEV-001', 'any correction requests from my team waiting on me?', () => noCorrections()),
  q('QC181', 'QA-003', 'do I have any correction requests open?', () => noCorrections()),
  q('QC182', 'SEC-004', 'have I got an attendance correction pending?', () => noCorrections()),
  q('QC183', 'QA-001', 'pending corrections for QA?', () => {
    if (pendingCorrections() !== 0) throw new Error('the data set holds pending corrections');
    return answer({ mentions: ['correction'] });
  }),
];
