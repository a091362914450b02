/*
 * practice24 — employees (DEV-003, QA-003, DAT-004, SEC-004) checking their own figures before a review
 * conversation: this month against last, their scores quarter on quarter, late days and absences, hours,
 * leave balances and pending requests, holidays and working days; and the same asked of their team, the
 * company or a colleague (the team or company named back as outside, a colleague "not found"). Written
 * code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date and person comes
 * from the data set and the oracle.
 */
import { answer, count, days, figures, hours, notFound, rate, refusal, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS } from '../../oracle/practice12-figures';
import { DECEMBER, myTeamWords } from '../../oracle/practice14-figures';
import { checkInTimes } from '../../oracle/practice15-figures';
import { lateDates, nonEmpty, nonZero } from '../../oracle/practice20-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { rateOf } from '../../oracle/practice24-figures';
import { kpiOf, scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK } from '../helpers';

type Range = readonly [string, string];
const mine = (id: string, range: Range) => rate(rateOf(id, range));
const myHours = (id: string, range: Range) => hours(nonZero(measureOf(id, 'hours', ...range)));
const left = (id: string, code: 'ANNUAL' | 'SICK') => near(days(balance(id, code).available), 'left|available|remain|balance|have');

export const EMPLOYEES: readonly Question[] = [
  // DEV-003, Aisha Khan.
  q('J157', 'DEV-003', 'my attendance this month vs last month', () => figures(mine('DEV-003', THIS_MONTH), mine('DEV-003', OCTOBER))),
  q('J158', 'DEV-003', 'my score q2 vs q3', () => figures(score(scoreOf('DEV-003', '2025-Q2')), score(scoreOf('DEV-003', '2025-Q3')))),
  q('J159', 'DEV-003', 'how much annual leave do i have left', () => figures(left('DEV-003', 'ANNUAL'))),
  q('J160', 'DEV-003', 'my hours this week vs last week', () => figures(myHours('DEV-003', THIS_WEEK), myHours('DEV-003', LAST_WEEK))),
  q('J161', 'DEV-003', 'how do i rank in my team for Q3', () => refusal(...myTeamWords('DEV'), 'outside', 'rank')),
  q('J162', 'DEV-003', "Tom Becker's score last quarter", () => notFound()),

  // QA-003, Fatima Zahra.
  q('J163', 'QA-003', 'which days was i late this month', () => answer({ dates: nonEmpty(lateDates('QA-003', THIS_MONTH)) })),
  q('J164', 'QA-003', 'my attendence sept vs oct', () => figures(mine('QA-003', SEPTEMBER), mine('QA-003', OCTOBER))),
  q('J165', 'QA-003', 'sick leave left?', () => figures(left('QA-003', 'SICK'))),
  q('J166', 'QA-003', 'company attendance rate last month', () => refusal(...COMPANY_WORDS, 'outside')),
  q('J167', 'QA-003', 'how many late days did marcus have in oct', () => notFound()),

  // DAT-004, Kevin O'Brien.
  q('J168', 'DAT-004', 'my kpi q2 and q3', () => figures(score(kpiOf('DAT-004', '2025-Q2')), score(kpiOf('DAT-004', '2025-Q3')))),
  q('J169', 'DAT-004', 'how many times was i late last month', () => figures(near(count(measureOf('DAT-004', 'late', ...OCTOBER)), 'late'))),
  q('J170', 'DAT-004', 'my hours in october', () => figures(myHours('DAT-004', OCTOBER))),
  q('J171', 'DAT-004', 'working days in december for me', () => figures(near(days(workingDaysHalves(DECEMBER, 'DAT')), 'day'))),
  q('J172', 'DAT-004', "the data team's average score q3", () => refusal(...myTeamWords('DAT'), 'outside')),

  // SEC-004, Emma Clarke.
  q('J173', 'SEC-004', 'my attendance rate in september and october', () => figures(mine('SEC-004', SEPTEMBER), mine('SEC-004', OCTOBER))),
  q('J174', 'SEC-004', 'my check-in times last week', () => answer({ mentions: checkInTimes('SEC-004', LAST_WEEK) })),
  q('J175', 'SEC-004', 'next holiday for me', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('J176', 'SEC-004', 'hw many ppl in SEC were late this week', () => refusal(...myTeamWords('SEC'), 'outside')),
  q('J177', 'SEC-004', 'my score last quarter', () => figures(score(scoreOf('SEC-004', '2025-Q3')))),
];
