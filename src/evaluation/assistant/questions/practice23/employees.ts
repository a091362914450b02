/*
 * practice23 — employees on their phones: their attendance this week, last week, this month and in
 * October, the days they were late or away, their hours, their leave balance and what is pending, whether
 * they are off on a day, the next holiday and the half-day ones, working days in a month, their own scores;
 * and the same asked of their team or a colleague (the team named back as outside, a colleague "not
 * found"). Written code-blind from /work/shared/API.md, docs/API.md and the README; every figure, date and
 * person comes from the data set and the oracle.
 */
import { answer, count, days, figures, hours, notFound, rate, refusal, score, type Question } from '../../expectation';
import { measureOf } from '../../oracle/attendance-figures';
import { holidaysBetween, nextHoliday } from '../../oracle/holiday-figures';
import { balance, leaveDays } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { DECEMBER, myTeamWords, NOVEMBER_ALL } from '../../oracle/practice14-figures';
import { checkInTime, rateIn } from '../../oracle/practice15-figures';
import { lateDates, nonZero, requestCovering } from '../../oracle/practice20-figures';
import { absentDays, TOMORROW, workingDaysHalves } from '../../oracle/practice23-figures';
import { kpiOf, scoreOf } from '../../oracle/score-figures';
import { TODAY } from '../../dataset/calendar';
import { LAST_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, THIS_WEEK, THIS_YEAR } from '../helpers';

type Range = readonly [string, string];
const mine = (id: string, range: Range) => rate(rateIn({ ids: [id] }, range));
const lateCount = (id: string, range: Range) => near(count(measureOf(id, 'late', ...range)), 'late');
const myHours = (id: string, range: Range) => hours(nonZero(measureOf(id, 'hours', ...range)));
const left = (id: string, code: 'ANNUAL' | 'SICK') => near(days(balance(id, code).available), 'left|available|remain|balance|have');
const workDays = (range: Range, team: string) => near(days(workingDaysHalves(range, team)), 'day');
const halfDaysAhead = (team: string) => holidaysBetween(TOMORROW, '2025-12-31', team).filter((h) => h.half !== null);

export const EMPLOYEES: readonly Question[] = [
  // DEV-003, Aisha Khan.
  q('I001', 'DEV-003', 'my attendance this week?', () => figures(mine('DEV-003', THIS_WEEK))),
  q('I002', 'DEV-003', 'how many hrs did i work last week', () => figures(myHours('DEV-003', LAST_WEEK))),
  q('I003', 'DEV-003', 'annual leave left?', () => figures(left('DEV-003', 'ANNUAL'))),
  q('I004', 'DEV-003', "what's still pending on my leave", () =>
    answer({ dates: [requestCovering('DEV-003', '2025-12-29').from], figures: [near(days(balance('DEV-003', 'ANNUAL').pending), 'day|pending')] }),
  ),
  q('I005', 'DEV-003', 'next public holiday pls', () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),
  q('I006', 'DEV-003', 'is christmas eve a full day off or only half', () => answer({ dates: ['2025-12-24'], mentions: ['half'] })),
  q('I007', 'DEV-003', 'how many working days do I have in december', () => figures(workDays(DECEMBER, 'DEV'))),
  q('I008', 'DEV-003', 'my hours in october vs september', () => figures(myHours('DEV-003', OCTOBER), myHours('DEV-003', SEPTEMBER))),
  q('I009', 'DEV-003', 'how did my score change from Q2 to Q3', () => figures(score(scoreOf('DEV-003', '2025-Q2')), score(scoreOf('DEV-003', '2025-Q3')))),
  q('I010', 'DEV-003', 'what time did i clock in this morning', () => answer({ mentions: [checkInTime('DEV-003', TODAY)] })),
  q('I011', 'DEV-003', "what's the DEV team's attendance this month", () => refusal(...myTeamWords('DEV'), 'outside')),
  q('I012', 'DEV-003', 'when is Sofia Rossi off next', () => notFound()),
  q('I013', 'DEV-003', 'attendance for me in octber', () => figures(mine('DEV-003', OCTOBER))),

  // QA-003, Fatima Zahra.
  q('I014', 'QA-003', 'which days was i late this month', () => answer({ dates: lateDates('QA-003', THIS_MONTH) })),
  q('I015', 'QA-003', 'my attendance % in october', () => figures(mine('QA-003', OCTOBER))),
  q('I016', 'QA-003', 'did i check in today and at what time', () => answer({ mentions: ['yes', checkInTime('QA-003', TODAY)] })),
  q('I017', 'QA-003', 'sick days taken this yr', () => figures(near(days(leaveDays('QA-003', ...THIS_YEAR, 'SICK')), 'sick|day'))),
  q('I018', 'QA-003', 'how much sick leave do i have left', () => figures(left('QA-003', 'SICK'))),
  q('I019', 'QA-003', 'which day in october did I miss', () => answer({ dates: absentDays('QA-003', OCTOBER) })),
  q('I020', 'QA-003', 'any half day holidays coming up for me?', () => answer({ dates: halfDaysAhead('QA').map((h) => h.date) })),
  q('I021', 'QA-003', 'hours this week so far', () => figures(myHours('QA-003', THIS_WEEK))),
  q('I022', 'QA-003', "Chris Walker's late days in Oct", () => notFound()),
  q('I023', 'QA-003', 'QA avg score q3', () => refusal(...myTeamWords('QA'), 'outside')),
  q('I024', 'QA-003', 'how many times was i late last month', () => figures(lateCount('QA-003', OCTOBER))),
  q('I025', 'QA-003', 'workdays in november for me', () => figures(workDays(NOVEMBER_ALL, 'QA'))),

  // DAT-004, Kevin O'Brien.
  q('I026', 'DAT-004', 'attendance last wk', () => figures(mine('DAT-004', LAST_WEEK))),
  q('I027', 'DAT-004', 'kevin here - how many days was I late in oct?', () => figures(lateCount('DAT-004', OCTOBER))),
  q('I028', 'DAT-004', 'my hours this month so far', () => figures(myHours('DAT-004', THIS_MONTH))),
  q('I029', 'DAT-004', 'do i have any leave requests pending', () => answer({ mentions: ['pending'] })),
  q('I030', 'DAT-004', 'is 1 dec a day off for me', () => answer({ dates: ['2025-12-01'], mentions: ['no'] })),
  q('I031', 'DAT-004', 'my kpi in Q3', () => figures(score(kpiOf('DAT-004', '2025-Q3')))),
  q('I032', 'DAT-004', 'when does anna berg come back from leave', () => notFound()),
  q('I033', 'DAT-004', 'how many working days in november', () => figures(workDays(NOVEMBER_ALL, 'DAT'))),
  q('I034', 'DAT-004', 'which day in september was i off', () => answer({ dates: absentDays('DAT-004', SEPTEMBER) })),
  q('I035', 'DAT-004', 'my attendance rate this month and last month', () => figures(mine('DAT-004', THIS_MONTH), mine('DAT-004', OCTOBER))),
  q('I036', 'DAT-004', 'how many of the data team are off tomorrow', () => refusal(...myTeamWords('DAT'), 'outside')),

  // SEC-004, Emma Clarke.
  q('I037', 'SEC-004', 'is my leave for the 28th approved yet', () => answer({ mentions: [requestCovering('SEC-004', '2025-11-28').status] })),
  q('I038', 'SEC-004', 'do i get the security team day off', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('I039', 'SEC-004', 'working days in december for me', () => figures(workDays(DECEMBER, 'SEC'))),
  q('I040', 'SEC-004', 'my attendance oct', () => figures(mine('SEC-004', OCTOBER))),
  q('I041', 'SEC-004', 'which day was i late last week', () => answer({ dates: lateDates('SEC-004', LAST_WEEK) })),
  q('I042', 'SEC-004', 'hours sept', () => figures(myHours('SEC-004', SEPTEMBER))),
  q('I043', 'SEC-004', 'leave balance - annual and sick', () =>
    figures(near(days(balance('SEC-004', 'ANNUAL').available), 'annual|day'), near(days(balance('SEC-004', 'SICK').available), 'sick|day')),
  ),
  q('I044', 'SEC-004', 'who in SEC was absent yesterday', () => refusal(...myTeamWords('SEC'), 'outside')),
  q('I045', 'SEC-004', "lucas moreau's hours this week", () => notFound()),
];
