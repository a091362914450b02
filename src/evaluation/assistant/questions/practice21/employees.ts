/*
 * practice21 — employees asking the report questions of themselves (their rate in two periods, their late
 * arrivals, their leave left and pending, their scores quarter against quarter, their tenure, their team's
 * days off), and the same questions of their team, a colleague or the company, which are refused (a person
 * outside: "not found"). Written code-blind from /work/shared/API.md, docs/API.md and the README; every
 * figure comes from the data set and the oracle.
 */
import { answer, count, days, figures, notFound, rate, refusal, score, years, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { balance, leaveDays } from '../../oracle/leave-figures';
import { COMPANY_WORDS } from '../../oracle/practice12-figures';
import { myTeamWords, Q3 } from '../../oracle/practice14-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { tenureOf } from '../../oracle/practice18-figures';
import { SINCE_AUGUST } from '../../oracle/practice19-figures';
import { scoreOf } from '../../oracle/score-figures';
import { near } from '../../oracle/practice10-figures';
import { AUGUST, OCTOBER, q, SEPTEMBER, THIS_YEAR } from '../helpers';

const mine = (id: string, range: readonly [string, string]) => rate(rateIn({ ids: [id] }, range));
const ownTeam = (code: string) => refusal(...myTeamWords(code), 'outside');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'other teams');

export const EMPLOYEES: readonly Question[] = [
  // Their own figures.
  q('F186', 'QA-003', 'my attendance rate in October vs September', () => figures(mine('QA-003', OCTOBER), mine('QA-003', SEPTEMBER))),
  q('F187', 'DAT-004', 'my attendance % since August', () => figures(mine('DAT-004', SINCE_AUGUST))),
  q('F188', 'SEC-004', 'my late count for Q3', () => figures(near(count(measureOf('SEC-004', 'late', ...Q3)), 'late'))),
  q('F189', 'DAT-004', 'my late arrivals Aug vs Oct', () =>
    figures(near(count(measureOf('DAT-004', 'late', ...AUGUST)), 'late'), near(count(measureOf('DAT-004', 'late', ...OCTOBER)), 'late')),
  ),
  q('F190', 'DEV-003', 'how much annual leave do I have left, and how many days are pending', () =>
    figures(near(days(balance('DEV-003', 'ANNUAL').available), 'left|available|remain|balance'), near(days(balance('DEV-003', 'ANNUAL').pending), 'pending')),
  ),
  q('F191', 'QA-003', 'sick days I took this year', () => figures(days(leaveDays('QA-003', ...THIS_YEAR, 'SICK')))),
  q('F192', 'SEC-004', 'my pending leave days', () => figures(near(days(balance('SEC-004', 'ANNUAL').pending), 'day|pending'))),
  q('F193', 'DEV-003', 'my score Q2 vs Q3', () => figures(score(scoreOf('DEV-003', '2025-Q2')), score(scoreOf('DEV-003', '2025-Q3')))),
  q('F194', 'DAT-004', 'what was my lowest quarterly score', () =>
    figures(score(Math.min(...['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => scoreOf('DAT-004', p) ?? Infinity)))),
  ),
  q('F195', 'DEV-003', 'how many years have I been here', () => figures(years(tenureOf('DEV-003')))),
  q('F196', 'QA-003', 'is 12 September a full working day for me', () => answer({ mentions: ['Offsite'] })),
  q('F197', 'SEC-004', 'is 1 December a working day for me', () => answer({ mentions: ['Security Team Day'] })),

  // Beyond their own data.
  q('F198', 'DEV-003', 'DEV Q3 median', () => ownTeam('DEV')),
  q('F199', 'QA-003', 'who in my team has the most annual leave left', () => ownTeam('QA')),
  q('F200', 'DAT-004', "Anna Berg's annual leave balance", () => notFound()),
  q('F201', 'SEC-004', 'company attendance rate for October', () => company()),
  q('F202', 'DEV-003', 'how does my Q3 score compare with the company average', () => company()),
];
