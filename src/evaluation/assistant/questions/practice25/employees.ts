/*
 * practice25 — a new employee in their first week, the README open, in the words of their last company's HR
 * system ("time off", "PTO", "clock-in", "timesheet", "bank holiday", "out of office"): their own attendance
 * and hours, their own days read back (when was I last late, my clock-in on a date, did I check out
 * yesterday), their leave balance and requests with their state, the holidays ahead, their corrections; and
 * the same asked of a colleague ("not found") or of their team or the company (named back as outside).
 * Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date and person
 * comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, notFound, rate, refusal, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { COMPANY_WORDS } from '../../oracle/practice12-figures';
import { DECEMBER, myTeamWords } from '../../oracle/practice14-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { checkOutTime } from '../../oracle/practice18-figures';
import { DAY_BEFORE_YESTERDAY, LAST_FRIDAY, lastDayWhen, lateDates, nonZero } from '../../oracle/practice20-figures';
import { absentDays, workingDaysHalves } from '../../oracle/practice23-figures';
import { lastDaysMeasure, lastDaysRate, requestsOf, SINCE_SEPTEMBER, YEAR_TO_DATE } from '../../oracle/practice25-figures';
import { scoreOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const mine = (id: string, range: Range) => rate(rateIn({ ids: [id] }, range));
const myHours = (id: string, range: Range) => hours(nonZero(measureOf(id, 'hours', ...range)));
const pto = (id: string) => near(days(balance(id, 'ANNUAL').available), 'left|available|remain|balance|have|annual');
const sickLeft = (id: string) => near(days(balance(id, 'SICK').available), 'left|available|remain|balance|have|sick');
const myRequests = (id: string) => {
  const mineAll = requestsOf(id);
  return answer({ dates: mineAll.map((l) => l.from), mentions: [...new Set(mineAll.map((l) => l.status))] });
};
const outsideTeam = (code: string) => refusal(...myTeamWords(code), 'outside');
const company = () => refusal(...COMPANY_WORDS, 'outside');

export const EMPLOYEES: readonly Question[] = [
  // DEV-003, Aisha Khan: the README's own examples, in her old system's words.
  q('O001', 'DEV-003', 'What is my attendance this month?', () => figures(mine('DEV-003', THIS_MONTH))),
  q('O002', 'DEV-003', 'how much PTO do i have left', () => figures(pto('DEV-003'))),
  q('O003', 'DEV-003', 'show my time off requests and their status', () => myRequests('DEV-003')),
  q('O004', 'DEV-003', 'when was I last late?', () => answer({ dates: [lastDayWhen('DEV-003', 'late')] })),
  q('O005', 'DEV-003', 'what time did I clock in the day before yesterday', () => answer({ mentions: [checkInTime('DEV-003', DAY_BEFORE_YESTERDAY)] })),
  q('O006', 'DEV-003', 'what time did i clock out last friday', () => answer({ mentions: [checkOutTime('DEV-003', LAST_FRIDAY)] })),
  q('O007', 'DEV-003', 'next bank holiday?', () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),
  q('O008', 'DEV-003', 'which bank holidays are left this year', () => answer({ dates: holidaysLeftThisYear('DEV') })),
  q('O009', 'DEV-003', 'How did I score last quarter?', () => figures(score(scoreOf('DEV-003', '2025-Q3')))),
  q('O010', 'DEV-003', 'my attendance rate over the past 7 days', () => figures(rate(lastDaysRate(7, { ids: ['DEV-003'] })))),
  q('O011', 'DEV-003', 'hours i worked last week, for my timesheet', () => figures(myHours('DEV-003', LAST_WEEK))),
  q('O012', 'DEV-003', 'my check-in times last week', () =>
    answer({ mentions: ['2025-11-10', '2025-11-11', '2025-11-12', '2025-11-13', '2025-11-14'].map((d) => checkInTime('DEV-003', d)) }),
  ),
  q('O013', 'DEV-003', 'any pending corrections of mine?', () => answer({ mentions: ['correction'] })),
  q('O014', 'DEV-003', "what's Tom Becker's job title", () => notFound()),
  q('O015', 'DEV-003', 'who on my team is out of office tomorrow', () => outsideTeam('DEV')),

  // QA-003, Fatima Zahra.
  q('O016', 'QA-003', 'what time did i clock in this morning', () => answer({ mentions: [checkInTime('QA-003', TODAY)] })),
  q('O017', 'QA-003', 'which days was i late in november', () => answer({ dates: lateDates('QA-003', THIS_MONTH) })),
  q('O018', 'QA-003', 'my sick leave taken year to date', () => figures(near(days(nonZero(leaveDays('QA-003', ...YEAR_TO_DATE, 'SICK'))), 'sick|day'))),
  q('O019', 'QA-003', 'sick days remaining', () => figures(sickLeft('QA-003'))),
  q('O020', 'QA-003', 'status of my time-off request', () => myRequests('QA-003')),
  q('O021', 'QA-003', 'how many tardies have i had since september', () =>
    figures(near(count(nonZero(measureOf('QA-003', 'late', ...SINCE_SEPTEMBER))), 'late|tard|time')),
  ),
  q('O022', 'QA-003', 'attendence since september', () => figures(mine('QA-003', SINCE_SEPTEMBER))),
  q('O023', 'QA-003', 'my clock in time on 13 november', () => answer({ mentions: [checkInTime('QA-003', '2025-11-13')] })),
  q('O024', 'QA-003', 'hrs this week', () => figures(myHours('QA-003', THIS_WEEK))),
  q('O025', 'QA-003', "what's the QA team's PTO calendar for december", () => outsideTeam('QA')),
  q('O026', 'QA-003', "grace kim's seniority", () => notFound()),

  // DAT-004, Kevin O'Brien.
  q('O027', 'DAT-004', 'How much leave do I have?', () => figures(pto('DAT-004'))),
  q('O028', 'DAT-004', 'how many times was i late in the last 30 days', () =>
    figures(near(count(lastDaysMeasure(30, { ids: ['DAT-004'] }, 'late')), 'late|time')),
  ),
  q('O029', 'DAT-004', 'when was i last late', () => answer({ dates: [lastDayWhen('DAT-004', 'late')] })),
  q('O030', 'DAT-004', 'what time did I check in yesterday', () => answer({ mentions: [checkInTime('DAT-004', YESTERDAY)] })),
  q('O031', 'DAT-004', 'my hours in september vs october', () => figures(myHours('DAT-004', SEPTEMBER), myHours('DAT-004', OCTOBER))),
  q('O032', 'DAT-004', 'which days was I a no-show in september', () => answer({ dates: absentDays('DAT-004', SEPTEMBER) })),
  q('O033', 'DAT-004', 'my attendance the last 30 days', () => figures(rate(lastDaysRate(30, { ids: ['DAT-004'] })))),
  q('O034', 'DAT-004', 'how many working days in december for me', () => figures(near(days(workingDaysHalves(DECEMBER, 'DAT')), 'day'))),
  q('O035', 'DAT-004', 'company headcount?', () => company()),
  q('O036', 'DAT-004', 'is mei lin back from sick leave', () => notFound()),

  // SEC-004, Emma Clarke.
  q('O037', 'SEC-004', 'is my PTO for the 28th approved?', () => answer({ dates: ['2025-11-28'], mentions: ['pending'] })),
  q('O038', 'SEC-004', 'my annual leave balance', () => figures(pto('SEC-004'))),
  q('O039', 'SEC-004', 'next public holiday', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('O040', 'SEC-004', 'when was I last late', () => answer({ dates: [lastDayWhen('SEC-004', 'late')] })),
  q('O041', 'SEC-004', 'how many tardies in the past 30 days', () => figures(near(count(lastDaysMeasure(30, { ids: ['SEC-004'] }, 'late')), 'late|tard|time'))),
  q('O042', 'SEC-004', 'my attendnace in october', () => figures(mine('SEC-004', OCTOBER))),
  q('O043', 'SEC-004', 'what time did i clock out the day before yesterday', () => answer({ mentions: [checkOutTime('SEC-004', DAY_BEFORE_YESTERDAY)] })),
  q('O044', 'SEC-004', 'security team attendance last month', () => outsideTeam('SEC')),
  q('O045', 'SEC-004', "lucas moreau's time off", () => notFound()),
];
