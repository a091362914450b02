/*
 * practice19 — the four employees about their own records with several constraints at once: a measure and
 * an unusual period ("my hours in the second week of September", "since the 15th", "between 1 and 20
 * October"), two periods side by side, leave by kind with what is left, holidays of their team in a range;
 * and the same questions about a colleague (private: "not found") or about their team (named back: an
 * employee sees only their own records). Written code-blind from /work/shared/API.md, docs/API.md and the
 * README; every figure and date comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, notFound, rate, refusal, score, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { balance, leaveDays } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { myTeamWords } from '../../oracle/practice14-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { OCT_1_TO_20, SEP_WEEK_2, SINCE_15_SEPT, SINCE_THE_15TH, weekOf } from '../../oracle/practice19-figures';
import { scoreOf } from '../../oracle/score-figures';
import { OCTOBER, q, SEPTEMBER, THIS_YEAR } from '../helpers';

const myRate = (id: string, range: readonly [string, string]) => rate(rateIn({ ids: [id] }, range));
const myHours = (id: string, range: readonly [string, string]) => hours(measureOf(id, 'hours', range[0], range[1]));
const myLate = (id: string, range: readonly [string, string], label = 'late') => near(count(measureOf(id, 'late', range[0], range[1])), label);
const myAbsent = (id: string, range: readonly [string, string]) => days(measureOf(id, 'absent', range[0], range[1]));
const Q3: [string, string] = ['2025-07-01', '2025-09-30'];
const ownTeam = (code: string, ...more: string[]) => refusal(...myTeamWords(code), 'outside', ...more);

export const EMPLOYEES: readonly Question[] = [
  // DEV-003, Aisha Khan.
  q('C161', 'DEV-003', 'my hours in the second week of September', () => figures(myHours('DEV-003', SEP_WEEK_2))),
  q('C162', 'DEV-003', 'how many times was I late between 1 and 20 October', () => figures(myLate('DEV-003', OCT_1_TO_20, 'late|time'))),
  q('C163', 'DEV-003', 'my attendance rate in September vs October', () => figures(myRate('DEV-003', SEPTEMBER), myRate('DEV-003', OCTOBER))),
  q('C164', 'DEV-003', 'my Q2 vs Q3 score', () => figures(score(scoreOf('DEV-003', '2025-Q2')), score(scoreOf('DEV-003', '2025-Q3')))),
  q('C165', 'DEV-003', 'how many days of annual leave have I taken since July', () =>
    figures(days(leaveDays('DEV-003', '2025-07-01', THIS_YEAR[1], 'ANNUAL'))),
  ),
  q('C166', 'DEV-003', 'which holidays do I have between 1 November and 31 December', () =>
    answer({ dates: datesOf(holidaysBetween('2025-11-01', '2025-12-31', 'DEV')) }),
  ),
  q('C167', 'DEV-003', "what was Tom Becker's score in Q3", () => notFound()),
  q('C168', 'DEV-003', "my team's late arrivals in October", () => ownTeam('DEV')),
  q('C169', 'DEV-003', 'my absent days since the 15th of September', () => figures(myAbsent('DEV-003', SINCE_15_SEPT))),

  // QA-003, Fatima Zahra.
  q('C170', 'QA-003', 'my sick leave this year: taken and remaining', () =>
    figures(near(days(balance('QA-003', 'SICK').taken), 'taken|used'), near(days(balance('QA-003', 'SICK').available), 'remain|left|available')),
  ),
  q('C171', 'QA-003', 'what time did I check in on Monday 3 November', () => answer({ mentions: [checkInTime('QA-003', '2025-11-03')] })),
  q('C172', 'QA-003', 'my hours from 6 to 10 October', () => figures(myHours('QA-003', ['2025-10-06', '2025-10-10']))),
  q('C173', 'QA-003', 'how many half days did I have in Q3', () => figures(near(count(measureOf('QA-003', 'halfDay', ...Q3)), 'half'))),
  q('C174', 'QA-003', "Grace Kim's annual leave balance", () => notFound()),
  q('C175', 'QA-003', 'attendance rate of the QA seniors in October', () => ownTeam('QA', 'senior')),
  q('C176', 'QA-003', 'my late arrivals since the 15th', () => figures(myLate('QA-003', SINCE_THE_15TH))),
  q('C177', 'QA-003', 'my attendance rate in the week of 6 October compared with the week of 13 October', () =>
    figures(myRate('QA-003', weekOf('2025-10-06')), myRate('QA-003', weekOf('2025-10-13'))),
  ),

  // DAT-004, Kevin O'Brien.
  q('C178', 'DAT-004', 'my late arrivals in the week of 13 October', () => figures(myLate('DAT-004', weekOf('2025-10-13')))),
  q('C179', 'DAT-004', 'how many hours did I work since the 15th', () => figures(myHours('DAT-004', SINCE_THE_15TH))),
  q('C180', 'DAT-004', 'my attendance rate in the second week of September', () => figures(myRate('DAT-004', SEP_WEEK_2))),
  q('C181', 'DAT-004', 'my score in Q1 compared with Q3', () => figures(score(scoreOf('DAT-004', '2025-Q1')), score(scoreOf('DAT-004', '2025-Q3')))),
  q('C182', 'DAT-004', 'how many days was I absent between 1 and 20 October', () => figures(myAbsent('DAT-004', OCT_1_TO_20))),
  q('C183', 'DAT-004', "Mei Lin's hours last week", () => notFound()),
  q('C184', 'DAT-004', 'which holidays do I get in December', () => answer({ dates: datesOf(holidaysBetween('2025-12-01', '2025-12-31', 'DAT')) })),
  q('C185', 'DAT-004', 'how many juniors are in my team', () => ownTeam('DAT', 'junior')),

  // SEC-004, Emma Clarke.
  q('C186', 'SEC-004', 'my annual leave: how much is pending and how much is available', () =>
    figures(near(days(balance('SEC-004', 'ANNUAL').pending), 'pending'), near(days(balance('SEC-004', 'ANNUAL').available), 'available|left|remain')),
  ),
  q('C187', 'SEC-004', 'my late arrivals in October vs September', () =>
    figures(myLate('SEC-004', OCTOBER, 'late|oct'), myLate('SEC-004', SEPTEMBER, 'late|sep')),
  ),
  q('C188', 'SEC-004', 'my hours in the week of 3 November', () => figures(myHours('SEC-004', weekOf('2025-11-03')))),
  q('C189', 'SEC-004', 'how many days was Lucas Moreau absent in October', () => notFound()),
  q('C190', 'SEC-004', 'average score of the SEC mids last quarter', () => ownTeam('SEC', 'mid', 'average')),
  q('C191', 'SEC-004', 'holidays I have between 25 November and 5 December', () =>
    answer({ dates: datesOf(holidaysBetween('2025-11-25', '2025-12-05', 'SEC')) }),
  ),
  q('C192', 'SEC-004', 'my attendance rate between 1 and 20 October', () => figures(myRate('SEC-004', OCT_1_TO_20))),
];
