/*
 * practice28 — the employees (and the managers for themselves) on their leave, holidays and scores: balances by
 * kind, their requests and each one's state, leave taken so far this year against leave booked ahead, whether
 * they are off on a day, their next day off, the public holidays ahead, their working days in a month; a
 * quarter's score, the last one, the trend, whether it went up, their best quarter. Written code-blind from
 * /work/shared/API.md, docs/API.md and the README; every figure, date and person comes from the data set and
 * the oracle.
 */
import { answer, days, figures, score, type Question } from '../../expectation';
import type { LeaveCode } from '../../dataset/calendar';
import { balance } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { wentUp } from '../../oracle/practice20-figures';
import { workingDays } from '../../oracle/practice21-figures';
import { workingDaysHalves } from '../../oracle/practice23-figures';
import { requestsOf } from '../../oracle/practice25-figures';
import { bestQuarter, DECEMBER, myRequestStarts, nextDayOff, NOVEMBER, quarterWord, scoreTrend, takenAndAhead } from '../../oracle/practice28-figures';
import { kpiOf, scoreOf } from '../../oracle/score-figures';
import { q } from '../helpers';

const LEFT = 'left|available|remain|balance|have';
const left = (id: string, code: LeaveCode) => figures(near(days(balance(id, code).available), `${LEFT}|${code.toLowerCase()}`));
const myRequests = (id: string) => {
  const list = requestsOf(id);
  if (list.length === 0) throw new Error(`${id} has no requests`);
  return answer({ dates: list.map((l) => l.from), mentions: [...new Set(list.map((l) => l.status))] });
};
// "Taken so far vs booked ahead": README — this year's leave taken is the approved leave of the year, days booked
// ahead included, and says so; asked for the split, each non-zero part is expected (see takenAndAhead).
const takenVsAhead = (id: string) => figures(...takenAndAhead(id));
const trend = (id: string) => figures(...scoreTrend(id).map((s) => score(s)));
const upQ2Q3 = (id: string) => {
  const [before, after] = [scoreOf(id, '2025-Q2'), scoreOf(id, '2025-Q3')];
  if (before === null || after === null) throw new Error(`${id} lacks a Q2 or Q3 score`);
  return wentUp(before, after, [score(before), score(after)]);
};
const best = (id: string, direction: 'best' | 'worst' = 'best') => {
  const period = bestQuarter(id, direction);
  return answer({ figures: [score(scoreOf(id, period))], mentions: [quarterWord(period)] });
};
const holidaysAhead = (team: string) => answer({ dates: holidaysLeftThisYear(team) });

export const MY_LEAVE_AND_SCORES: readonly Question[] = [
  // Balances by kind.
  q('PC055', 'DEV-003', 'how much annual leave have i got left', () => left('DEV-003', 'ANNUAL')),
  q('PC056', 'DEV-003', 'sick days left?', () => left('DEV-003', 'SICK')),
  q('PC057', 'QA-003', 'hi, im back from being sick - how many sick days do i have left now', () => left('QA-003', 'SICK')),
  q('PC058', 'QA-003', 'anual leave balance', () => left('QA-003', 'ANNUAL')),
  q('PC059', 'DAT-004', 'how many holiday days do i have left this year', () => left('DAT-004', 'ANNUAL')),
  q('PC060', 'DAT-004', 'my pto balance', () => left('DAT-004', 'ANNUAL')),
  q('PC061', 'SEC-004', 'how much annual leave do I have remaining, counting the day I asked for?', () => left('SEC-004', 'ANNUAL')),
  q('PC062', 'SEC-004', 'sick leave left', () => left('SEC-004', 'SICK')),
  q('PC063', 'DEV-001', 'my own annual leave balance', () => left('DEV-001', 'ANNUAL')),
  q('PC064', 'QA-001', 'how much leave do i have left (annual)', () => left('QA-001', 'ANNUAL')),

  // Requests and their state.
  q('PC065', 'DEV-003', 'status of my leave requests', () => myRequests('DEV-003')),
  q('PC066', 'DEV-003', 'is my december leave approved yet', () => answer({ dates: myRequestStarts('DEV-003', 'pending'), mentions: ['pending'] })),
  q('PC067', 'QA-003', 'my leave reqs', () => myRequests('QA-003')),
  q('PC068', 'SEC-004', 'whats happening with my leave request', () => myRequests('SEC-004')),
  q('PC069', 'SEC-004', 'do i have any pending requests', () => answer({ dates: myRequestStarts('SEC-004', 'pending'), mentions: ['pending'] })),

  // Taken so far against booked ahead.
  q('PC070', 'DEV-003', 'how much leave have i taken so far this year vs what i have booked ahead', () => takenVsAhead('DEV-003')),
  q('PC071', 'QA-003', 'leave taken this year so far and anything booked still to come?', () => takenVsAhead('QA-003')),
  q('PC072', 'DEV-003', 'how many days of annual leave have i used this year', () =>
    figures(near(days(balance('DEV-003', 'ANNUAL').taken), 'taken|used|annual|day')),
  ),
  q('PC073', 'QA-003', 'how many sick days have i taken this year', () => figures(near(days(balance('QA-003', 'SICK').taken), 'taken|used|sick|day'))),

  // Days off and holidays.
  q('PC074', 'SEC-004', "when's my next day off", () => answer({ dates: [nextDayOff('SEC-004')] })),
  q('PC075', 'DEV-003', 'when is my next full day off (not weekends)', () => answer({ dates: [nextDayOff('DEV-003', true)] })),
  q('PC076', 'DAT-004', 'next full day off for me?', () => answer({ dates: [nextDayOff('DAT-004', true)] })),
  q('PC077', 'DEV-003', 'public holidays left this year', () => holidaysAhead('DEV')),
  q('PC078', 'QA-003', 'any bank holidays coming up before new year', () => holidaysAhead('QA')),
  q('PC079', 'SEC-004', 'what holidays do i still get this year', () => holidaysAhead('SEC')),
  q('PC080', 'DAT-004', 'upcoming public holidays', () => holidaysAhead('DAT')),
  q('PC081', 'DEV-003', 'how many working days do i have in november', () => figures(near(days(workingDays(NOVEMBER, 'DEV')), 'working|day'))),
  q('PC082', 'SEC-004', 'working days for me in december', () => figures(near(days(workingDaysHalves(DECEMBER, 'SEC')), 'working|day'))),
  q('PC083', 'QA-003', 'how many working days in november for me', () => figures(near(days(workingDays(NOVEMBER, 'QA')), 'working|day'))),
  q('PC084', 'DAT-004', 'working days this month', () => figures(near(days(workingDays(NOVEMBER, 'DAT')), 'working|day'))),

  // Scores.
  q('PC085', 'DEV-003', 'my score last quarter', () => figures(score(scoreOf('DEV-003', '2025-Q3')))),
  q('PC086', 'DEV-003', 'my performance scores over time', () => trend('DEV-003')),
  q('PC087', 'DEV-003', 'did my score go up from q2 to q3', () => upQ2Q3('DEV-003')),
  q('PC088', 'QA-003', 'what was my score in q1', () => figures(score(scoreOf('QA-003', '2025-Q1')))),
  q('PC089', 'QA-003', 'my best quarter?', () => best('QA-003')),
  q('PC090', 'QA-003', 'score trend for me', () => trend('QA-003')),
  q('PC091', 'DAT-004', 'my latest perf score', () => figures(score(scoreOf('DAT-004', '2025-Q3')))),
  q('PC092', 'DAT-004', 'did i improve from Q2 to Q3?', () => upQ2Q3('DAT-004')),
  q('PC093', 'DAT-004', 'my worst quarter', () => best('DAT-004', 'worst')),
  q('PC094', 'SEC-004', 'my scor in Q2 2025', () => figures(score(scoreOf('SEC-004', '2025-Q2')))),
  q('PC095', 'SEC-004', 'what was my best quarter score', () => best('SEC-004')),
  q('PC096', 'SEC-004', 'my kpi last quarter', () => figures(score(kpiOf('SEC-004', '2025-Q3')))),
  q('PC097', 'SEC-004', 'score q4 2024 vs q3 2025', () => figures(score(scoreOf('SEC-004', '2024-Q4')), score(scoreOf('SEC-004', '2025-Q3')))),
  q('PC098', 'DEV-001', 'what was my own score in q3', () => figures(score(scoreOf('DEV-001', '2025-Q3')))),
];
