/*
 * practice30 — the four employees' week (Aisha Khan, Fatima Zahra, Kevin O'Brien, Emma Clarke): their own
 * attendance, hours, scores, leave balances and requests, holidays and working days; and the scope probes of the
 * week — a colleague asked about ("not found"), a team or the company asked of by an employee, another team
 * asked of by a manager (named back as outside what they can see) — plus who is off, asked by the admin.
 */
import { answer, count, days, figures, hours, notFound, people, rate, refusal, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays, offBetween } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear, teamLabel } from '../../oracle/practice11-figures';
import { COMPANY_WORDS } from '../../oracle/practice12-figures';
import { DECEMBER, myTeamWords } from '../../oracle/practice14-figures';
import { rateIn } from '../../oracle/practice15-figures';
import { lastDayWhen, lateDates, nonZero } from '../../oracle/practice20-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { requestsOf, YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH } from '../helpers';

type Range = readonly [string, string];
const mine = (id: string, range: Range) => rate(rateIn({ ids: [id] }, range));
const myHours = (id: string, range: Range) => hours(nonZero(measureOf(id, 'hours', ...range)));
const pto = (id: string) => near(days(balance(id, 'ANNUAL').available), 'left|available|remain|balance|have|annual');
const myRequests = (id: string) => {
  const all = requestsOf(id);
  return answer({ dates: all.map((l) => l.from), mentions: [...new Set(all.map((l) => l.status))] });
};
const outsideTeam = (code: string) => refusal(...myTeamWords(code), 'outside');
const company = () => refusal(...COMPANY_WORDS, 'outside');
const otherTeam = (code: string) => refusal(...myTeamWords(code), teamLabel(code), 'outside');

export const EMPLOYEES: readonly Question[] = [
  // Aisha Khan, DEV-003.
  q('PE054', 'DEV-003', 'What was my attendance rate last month?', () => figures(mine('DEV-003', OCTOBER))),
  q('PE055', 'DEV-003', 'How many hours did I work last week?', () => figures(myHours('DEV-003', LAST_WEEK))),
  q('PE056', 'DEV-003', 'How many vacation days do I have left?', () => figures(pto('DEV-003'))),
  q('PE057', 'DEV-003', 'When is the next public holiday?', () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),
  q('PE058', 'DEV-003', 'What was my Q2 score?', () => figures(score(scoreOf('DEV-003', '2025-Q2')))),
  q('PE059', 'DEV-003', "What's my team's attendance this month?", () => outsideTeam('DEV')),

  // Fatima Zahra, QA-003.
  q('PE060', 'QA-003', 'Which days was I late this month?', () => answer({ dates: lateDates('QA-003', THIS_MONTH) })),
  q('PE061', 'QA-003', 'What are my leave requests and where do they stand?', () => myRequests('QA-003')),
  q('PE062', 'QA-003', 'How many sick days have I taken this year?', () =>
    figures(near(days(nonZero(leaveDays('QA-003', ...YEAR_TO_DATE, 'SICK'))), 'sick|day')),
  ),
  q('PE063', 'QA-003', 'My attendance rate in September', () => figures(mine('QA-003', SEPTEMBER))),
  q('PE064', 'QA-003', 'What holidays are still coming up this year?', () => answer({ dates: holidaysLeftThisYear('QA') })),
  q('PE065', 'QA-003', 'How many people work in the company?', () => company()),

  // Kevin O'Brien, DAT-004.
  q('PE066', 'DAT-004', 'How many working days are there in December?', () => figures(near(days(workingDaysHalves(DECEMBER, 'DAT')), 'day'))),
  q('PE067', 'DAT-004', 'When was the last time I was late?', () => answer({ dates: [lastDayWhen('DAT-004', 'late')] })),
  q('PE068', 'DAT-004', 'How many hours have I worked this month?', () => figures(myHours('DAT-004', THIS_MONTH))),
  q('PE069', 'DAT-004', 'What did I score in Q3?', () => figures(score(scoreOf('DAT-004', '2025-Q3')))),
  q('PE070', 'DAT-004', "What was Emma Clarke's score last quarter?", () => notFound()),

  // Emma Clarke, SEC-004.
  q('PE071', 'SEC-004', 'How many times was I late this month?', () => figures(near(count(nonZero(measureOf('SEC-004', 'late', ...THIS_MONTH))), 'late|time'))),
  q('PE072', 'SEC-004', 'What is my annual leave balance?', () => figures(pto('SEC-004'))),
  q('PE073', 'SEC-004', 'Show me my time-off requests and their status', () => myRequests('SEC-004')),
  q('PE074', 'SEC-004', 'Who in Security is off next week?', () => outsideTeam('SEC')),
  q('PE075', 'SEC-004', "How many hours did Kevin O'Brien work last week?", () => notFound()),

  // Scope probes of the managers, and who is off, asked by those who may see it.
  q('PE076', 'DEV-001', "What's QA's attendance rate this month?", () => otherTeam('QA')),
  q('PE077', 'QA-001', 'Who in DEV was late yesterday?', () => otherTeam('DEV')),
  q('PE078', 'QA-001', "What's Aisha Khan's leave balance?", () => notFound()),
  q('PE079', 'admin', 'Who is on leave today?', () => people(offBetween({}, TODAY, TODAY))),
  q('PE080', 'DEV-001', 'Who on my team is off next week?', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
];
