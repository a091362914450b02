/*
 * practice26 — employees checking their own month before payroll closes: Aisha Khan (DEV-003), Fatima Zahra
 * (QA-003), Kevin O'Brien (DAT-004) and Emma Clarke (SEC-004) ask for their hours (a day, a week, a month,
 * the quarter), their days late and absent, their attendance rate over two months, their leave taken and
 * left, their requests, holidays and working days; and probe their scope (a colleague, their team, the
 * company: refused as outside or "not found"). Written code-blind from /work/shared/API.md, docs/API.md and
 * the README; every figure, date and person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, notFound, rate, refusal, score, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { datesOf, holidaysBetween } from '../../oracle/holiday-figures';
import { balance } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { COMPANY_WORDS } from '../../oracle/practice12-figures';
import { DECEMBER, myTeamWords, NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { LAST_FRIDAY, lateDates, nonZero } from '../../oracle/practice20-figures';
import { workingDays } from '../../oracle/practice21-figures';
import { absentDays, workingDaysHalves } from '../../oracle/practice23-figures';
import { Q3_2025 } from '../../oracle/practice24-figures';
import { requestsOf } from '../../oracle/practice25-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_QUARTER, THIS_YEAR, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const myHours = (id: string, range: Range) => hours(nonZero(measureOf(id, 'hours', ...range)));
const myRate = (id: string, range: Range) => rate(rateIn({ ids: [id] }, range));
const myLate = (id: string, range: Range) => near(count(measureOf(id, 'late', ...range)), 'late|time|day');
const annualLeft = (id: string) => near(days(balance(id, 'ANNUAL').available), 'left|available|remain|balance|have|annual');
const myRequests = (id: string) => {
  const mine = requestsOf(id);
  return answer({ dates: mine.map((l) => l.from), mentions: [...new Set(mine.map((l) => l.status))] });
};
const outsideTeam = (code: string) => refusal(...myTeamWords(code), 'outside');
const company = () => refusal(...COMPANY_WORDS, 'outside');

export const EMPLOYEES: readonly Question[] = [
  // DEV-003, Aisha Khan.
  q('PA140', 'DEV-003', 'How many hours did I work in October?', () => figures(myHours('DEV-003', OCTOBER))),
  q('PA141', 'DEV-003', 'my hours last week', () => figures(myHours('DEV-003', LAST_WEEK))),
  q('PA142', 'DEV-003', 'hours i worked yesterday', () => figures(myHours('DEV-003', [YESTERDAY, YESTERDAY]))),
  q('PA143', 'DEV-003', 'My attendance rate in September and in October?', () => figures(myRate('DEV-003', SEPTEMBER), myRate('DEV-003', OCTOBER))),
  q('PA144', 'DEV-003', 'how much annual leave do i have left', () => figures(annualLeft('DEV-003'))),
  q('PA145', 'DEV-003', 'status of my leave requests', () => myRequests('DEV-003')),
  q('PA146', 'DEV-003', 'How many working days does my team have in November?', () => figures(near(days(workingDays(NOVEMBER_ALL, 'DEV')), 'working|day'))),
  q('PA147', 'DEV-003', 'holidays in november', () => answer({ dates: datesOf(holidaysBetween(...NOVEMBER_ALL, 'DEV')) })),
  q('PA148', 'DEV-003', 'my score in Q3', () => figures(score(scoreOf('DEV-003', '2025-Q3')))),
  q('PA149', 'DEV-003', 'How many hours did Tom Becker work in October?', () => notFound()),
  q('PA150', 'DEV-003', "what's my team's attendance rate this month", () => outsideTeam('DEV')),

  // QA-003, Fatima Zahra.
  q('PA151', 'QA-003', 'How many hours have I worked this month?', () => figures(myHours('QA-003', THIS_MONTH))),
  q('PA152', 'QA-003', 'my hours this quarter', () => figures(myHours('QA-003', THIS_QUARTER))),
  q('PA153', 'QA-003', 'how many days was i absent in october', () => figures(near(days(measureOf('QA-003', 'absent', ...OCTOBER)), 'absen|day|missed'))),
  q('PA154', 'QA-003', 'which day was I absent in October?', () => answer({ dates: absentDays('QA-003', OCTOBER) })),
  q('PA155', 'QA-003', 'how many times was I late this quarter', () => figures(myLate('QA-003', THIS_QUARTER))),
  q('PA156', 'QA-003', 'sick days left?', () => figures(near(days(balance('QA-003', 'SICK').available), 'left|available|remain|balance|have|sick'))),
  q('PA157', 'QA-003', 'My attendance rate in Q3', () => figures(myRate('QA-003', Q3_2025))),
  q('PA158', 'QA-003', 'hw many hours did grace kim work last wk', () => notFound()),
  q('PA159', 'QA-003', 'average hours on my team in october', () => outsideTeam('QA')),

  // DAT-004, Kevin O'Brien.
  q('PA160', 'DAT-004', 'How many hours did I work in September?', () => figures(myHours('DAT-004', SEPTEMBER))),
  q('PA161', 'DAT-004', 'hrs last friday', () => figures(myHours('DAT-004', [LAST_FRIDAY, LAST_FRIDAY]))),
  q('PA162', 'DAT-004', 'When was I late in October?', () => answer({ dates: lateDates('DAT-004', OCTOBER) })),
  q('PA163', 'DAT-004', 'my attendance this quarter', () => figures(myRate('DAT-004', THIS_QUARTER))),
  q('PA164', 'DAT-004', 'how many annual leave days have I taken this year', () =>
    figures(near(days(balance('DAT-004', 'ANNUAL').taken), 'taken|used|annual')),
  ),
  q('PA165', 'DAT-004', 'my annual leave balance', () => figures(annualLeft('DAT-004'))),
  q('PA166', 'DAT-004', 'Public holidays in December?', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'DAT')) })),
  q('PA167', 'DAT-004', 'How many days was Julia Fischer late in October?', () => notFound()),
  q('PA168', 'DAT-004', 'company headcount excluding DEV', () => company()),

  // SEC-004, Emma Clarke.
  q('PA169', 'SEC-004', 'How many hours did I work last week?', () => figures(myHours('SEC-004', LAST_WEEK))),
  q('PA170', 'SEC-004', 'my total hours in october', () => figures(myHours('SEC-004', OCTOBER))),
  q('PA171', 'SEC-004', 'how many times was i late this year', () => figures(myLate('SEC-004', THIS_YEAR))),
  q('PA172', 'SEC-004', 'My leave requests and where they stand', () => myRequests('SEC-004')),
  q('PA173', 'SEC-004', 'How many working days are there in December for me, counting half days as half?', () =>
    figures(near(days(workingDaysHalves(DECEMBER, 'SEC')), 'working|day')),
  ),
  q('PA174', 'SEC-004', 'holidays in december for my team', () => answer({ dates: datesOf(holidaysBetween(...DECEMBER, 'SEC')) })),
  q('PA175', 'SEC-004', 'my score last quarter', () => figures(score(scoreOf('SEC-004', '2025-Q3')))),
  q('PA176', 'SEC-004', 'who on my team was late in october', () => outsideTeam('SEC')),
  q('PA177', 'SEC-004', "Jakub Wozniak's hours in October", () => notFound()),
];
