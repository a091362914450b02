/*
 * practice22 — employees asking about themselves the way a new colleague would: was I late, my hours, my
 * rate, my score, my leave balance and pending request, my next day off, my tenure; and the same of their
 * team, a colleague or the company, which is refused (a person outside: "not found"). Written code-blind
 * from /work/shared/API.md, docs/API.md and the README; every figure and date comes from the data set and
 * the oracle.
 */
import { TODAY } from '../../dataset/calendar';
import { answer, count, days, figures, hours, notFound, rate, refusal, score, years, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS } from '../../oracle/practice12-figures';
import { myTeamWords } from '../../oracle/practice14-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { tenureOf } from '../../oracle/practice18-figures';
import { SINCE_AUGUST } from '../../oracle/practice19-figures';
import { dayWord, yesNo } from '../../oracle/practice20-figures';
import { hoursIn } from '../../oracle/practice22-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH, YESTERDAY } from '../helpers';

const ownTeam = (code: string) => refusal(...myTeamWords(code), 'outside', 'your own');
const company = () => refusal(...COMPANY_WORDS, 'outside', 'your own');
const left = (id: string) => near(days(balance(id, 'ANNUAL').available), 'left|available|remain|balance|day');

export const EMPLOYEES: readonly Question[] = [
  // Their own figures.
  q('A205', 'DEV-003', 'was i late yesterday', () => yesNo(dayWord('DEV-003', YESTERDAY) === 'late', [])),
  q('A206', 'DEV-003', 'my hours last week', () => figures(hours(hoursIn({ ids: ['DEV-003'] }, LAST_WEEK)))),
  q('A207', 'DEV-003', 'how many days of annual leave do i have left', () => figures(left('DEV-003'))),
  q('A208', 'QA-003', 'my attendance rate last month', () => figures(rate(rateIn({ ids: ['QA-003'] }, OCTOBER)))),
  q('A209', 'QA-003', 'how many times was I late this month', () => figures(near(count(measureOf('QA-003', 'late', ...THIS_MONTH)), 'late'))),
  q('A210', 'QA-003', 'how much sick leave have i used', () => figures(days(balance('QA-003', 'SICK').taken))),
  q('A211', 'DAT-004', 'what was my score in Q3', () => figures(score(scoreOf('DAT-004', '2025-Q3')))),
  q('A212', 'DAT-004', 'my attendance since august?', () => figures(rate(rateIn({ ids: ['DAT-004'] }, SINCE_AUGUST)))),
  q('A213', 'DAT-004', "when's my next day off for a holiday", () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),
  q('A214', 'SEC-004', 'do i have a pending leave request', () => answer({ dates: ['2025-11-28'] })),
  q('A215', 'SEC-004', 'how long have I worked here', () => figures(years(tenureOf('SEC-004')))),
  q('A216', 'SEC-004', 'annual leave left if my pending request goes through', () => figures(left('SEC-004'))),

  // Beyond their own data.
  q('A217', 'DEV-003', "what's the average score in my team", () => ownTeam('DEV')),
  q('A218', 'QA-003', 'who in QA was late today', () => ownTeam('QA')),
  q('A219', 'DAT-004', 'is Anna Berg off today', () => notFound()),
  q('A220', 'SEC-004', 'company headcount', () => company()),
  q('A221', 'DEV-003', 'how many hours did Tom Becker work yesterday', () => notFound()),
];
