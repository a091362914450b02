/*
 * practice33 — the four employees asking about themselves in the first person (Aisha Khan, Fatima Zahra, Kevin
 * O'Brien, Emma Clarke): attendance, hours, check-in times, scores, leave balances and requests, holidays and
 * working days; and their scope probes — a colleague ("not found"), their own team ("outside what they can see").
 */
import { answer, count, days, figures, hours, notFound, rate, refusal, score, type Question } from '../../expectation';
import { TODAY } from '../../dataset/calendar';
import { measureOf } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { holidayDate } from '../../oracle/practice12-figures';
import { DECEMBER, myTeamWords } from '../../oracle/practice14-figures';
import { checkInTimes, rateIn } from '../../oracle/practice15-figures';
import { SINCE_AUGUST } from '../../oracle/practice18-figures';
import { hoursOn, lastWeekdayBefore, nonZero, yesNo } from '../../oracle/practice20-figures';
import { lastDayUpToToday } from '../../oracle/practice33-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { requestsOf } from '../../oracle/practice25-figures';
import { bestQuarter, myRequestStarts, quarterWord, scoreTrend } from '../../oracle/practice28-figures';
import { isWorkingDay, scoreKnown } from '../../oracle/practice30-figures';
import { statusOn } from '../../oracle/status-on';
import { kpiOf } from '../../oracle/score-figures';
import { LAST_WEEK, OCTOBER, q, THIS_MONTH, THIS_QUARTER, YESTERDAY } from '../helpers';

type Range = readonly [string, string];
const mine = (id: string, range: Range) => figures(rate(rateIn({ ids: [id] }, range)));
const myHours = (id: string, range: Range) => figures(hours(nonZero(measureOf(id, 'hours', ...range))));
const left = (id: string, code: 'ANNUAL' | 'SICK') => figures(near(days(balance(id, code).available), 'left|available|remain|balance|have|annual|sick'));
const ownTeam = (code: string) => refusal(...myTeamWords(code), 'outside');
const SEPT_ON: Range = ['2025-09-01', TODAY];
const LAST_MONDAY = lastWeekdayBefore(1);

export const EMPLOYEES: readonly Question[] = [
  // Aisha Khan, DEV-003.
  q('PH088', 'DEV-003', 'my attendance this month?', () => mine('DEV-003', THIS_MONTH)),
  q('PH089', 'DEV-003', 'how many times was i late since august', () =>
    figures(near(count(nonZero(measureOf('DEV-003', 'late', ...SINCE_AUGUST))), 'late|time')),
  ),
  q('PH090', 'DEV-003', 'my hrs last week', () => myHours('DEV-003', LAST_WEEK)),
  q('PH091', 'DEV-003', 'q3 vs q2 score for me', () => figures(score(scoreKnown('DEV-003', '2025-Q3')), score(scoreKnown('DEV-003', '2025-Q2')))),
  q('PH092', 'DEV-003', 'pto balance?', () => left('DEV-003', 'ANNUAL')),
  q('PH093', 'DEV-003', 'any of my leave reqs still pending', () => answer({ dates: myRequestStarts('DEV-003', 'pending'), mentions: ['pending'] })),
  q('PH094', 'DEV-003', 'how many working days in december for me', () => figures(near(days(workingDaysHalves(DECEMBER, 'DEV')), 'day|working'))),
  q('PH095', 'DEV-003', 'was 7 nov a working day for me?', () => yesNo(isWorkingDay('2025-11-07', 'DEV'), [], { mentions: ['Recharge'] })),
  q('PH096', 'DEV-003', 'tom beckers hours last wk', () => notFound()),
  q('PH097', 'DEV-003', "how's my team doing on attendance this week", () => ownTeam('DEV')),
  q('PH098', 'DEV-003', 'what time did i clock in each day last wk', () => answer({ mentions: checkInTimes('DEV-003', LAST_WEEK) })),

  // Fatima Zahra, QA-003.
  q('PH099', 'QA-003', 'sick leave left?', () => left('QA-003', 'SICK')),
  q('PH100', 'QA-003', 'my attendance rate last wk', () => mine('QA-003', LAST_WEEK)),
  q('PH101', 'QA-003', 'when was i last late', () => answer({ dates: [lastDayUpToToday('QA-003', 'late')] })),
  q('PH102', 'QA-003', 'what was my q1 score', () => figures(score(scoreKnown('QA-003', '2025-Q1')))),
  q('PH103', 'QA-003', 'my scores over the quarters pls', () => figures(...scoreTrend('QA-003').map((s) => score(s)))),
  q('PH104', 'QA-003', 'how many days have i been absent since 1 sep', () =>
    figures(near(days(nonZero(measureOf('QA-003', 'absent', ...SEPT_ON))), 'absen|day|missed')),
  ),
  q('PH105', 'QA-003', "leave requests i've made this yr", () => {
    const mineAll = requestsOf('QA-003');
    return answer({ dates: mineAll.map((l) => l.from), mentions: [...new Set(mineAll.map((l) => l.status))] });
  }),
  q('PH106', 'QA-003', 'holidays left this yr?', () => answer({ dates: holidaysLeftThisYear('QA') })),
  q('PH107', 'QA-003', 'whats marcus lee q3 score', () => notFound()),
  q('PH108', 'QA-003', 'qa headcount', () => ownTeam('QA')),
  q('PH109', 'QA-003', 'how many hours did i do yesterday', () => figures(hours(hoursOn('QA-003', YESTERDAY)))),

  // Kevin O'Brien, DAT-004.
  q('PH110', 'DAT-004', 'my attendance since august', () => mine('DAT-004', SINCE_AUGUST)),
  q('PH111', 'DAT-004', 'hrs in october?', () => myHours('DAT-004', OCTOBER)),
  q('PH112', 'DAT-004', 'which quarter was my best score', () => {
    const best = bestQuarter('DAT-004');
    return answer({ figures: [score(scoreKnown('DAT-004', best))], mentions: [quarterWord(best)] });
  }),
  q('PH113', 'DAT-004', 'how many days annual leave have i got', () => left('DAT-004', 'ANNUAL')),
  q('PH114', 'DAT-004', "when's the next holiday", () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),
  q('PH115', 'DAT-004', 'when is anna berg back from leave', () => notFound()),
  q('PH116', 'DAT-004', 'DAT attendance last month', () => ownTeam('DAT')),
  q('PH117', 'DAT-004', 'was i late on monday', () => yesNo(statusOn('DAT-004', LAST_MONDAY) === 'late', [], { dates: [LAST_MONDAY] })),
  q('PH118', 'DAT-004', 'when is security team day', () => answer({ dates: [holidayDate('Security Team Day')] })),
  q('PH119', 'DAT-004', 'my q3 kpi', () => figures(score(nonZero(kpiOf('DAT-004', '2025-Q3') ?? 0)))),

  // Emma Clarke, SEC-004.
  q('PH120', 'SEC-004', 'my rate in oct', () => mine('SEC-004', OCTOBER)),
  q('PH121', 'SEC-004', 'how often was i late this quarter', () => figures(near(count(nonZero(measureOf('SEC-004', 'late', ...THIS_QUARTER))), 'late|time'))),
  q('PH122', 'SEC-004', 'my pending requests', () => answer({ dates: myRequestStarts('SEC-004', 'pending'), mentions: ['pending'] })),
  q('PH123', 'SEC-004', 'working days in december?', () => figures(near(days(workingDaysHalves(DECEMBER, 'SEC')), 'day|working'))),
  q('PH124', 'SEC-004', 'is 1 dec a working day for me', () => yesNo(isWorkingDay('2025-12-01', 'SEC'), [], { mentions: ['Security Team Day'] })),
  q('PH125', 'SEC-004', 'q3 scor?', () => figures(score(scoreKnown('SEC-004', '2025-Q3')))),
  q('PH126', 'SEC-004', 'average score in security', () => ownTeam('SEC')),
  q('PH127', 'SEC-004', 'who is my manager', () => refusal('manager', 'manages', 'reporting', 'report to', 'org chart')),
  q('PH128', 'SEC-004', 'james wilsons attendance', () => notFound()),
  q('PH129', 'SEC-004', 'how many hrs did i work yesterday', () => figures(hours(hoursOn('SEC-004', YESTERDAY)))),
  q('PH130', 'SEC-004', 'my hours this month so far', () => myHours('SEC-004', THIS_MONTH)),
];
