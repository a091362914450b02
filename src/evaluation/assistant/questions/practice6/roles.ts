/* Practice6 — every caller the harness supports, in and out of scope (API.md: outside the scope is "not found"; another team is named back). */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import { answer, count, days, figures, hours, notFound, people, rate, refusal, score, years, type Question } from '../../expectation';
import { measureOf, mostOf, notCheckedInToday, peopleWhere, totals } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween, requests } from '../../oracle/leave-figures';
import { headcount, ids, longestServing, tenureYears } from '../../oracle/people-figures';
import { rank, scoreOf, stats } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, q, SEPTEMBER, THIS_MONTH, YESTERDAY } from '../helpers';

const mine = (id: string) => ({ ids: [id] });

export const ROLES: Question[] = [
  // Manager DEV-001 (Priya Raman): her team
  q('U231', 'DEV-001', 'pending requests for my team', () => people([...new Set(requests('pending', { team: 'DEV' }).map((l) => l.employee))])),
  q('U232', 'DEV-001', 'who in my team was late yesterday', () => people(peopleWhere({ team: 'DEV' }, 'late', YESTERDAY, YESTERDAY))),
  q('U233', 'DEV-001', "what was my team's attendance rate in october", () => figures(rate(totals({ team: 'DEV' }, ...OCTOBER).rate))),
  q('U234', 'DEV-001', 'top 3 performers in my team in 2025-Q3', () => people(rank('2025-Q3', 3, 'top', { team: 'DEV' }))),
  q('U235', 'DEV-001', 'how many juniors do I manage', () => figures(count(headcount({ team: 'DEV', position: 'Junior' })))),
  q('U236', 'DEV-001', 'who is Chris', () => answer({ people: ['DEV-006'] })),
  q('U237', 'DEV-001', 'who from my team is off next week', () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('U238', 'DEV-001', 'average score of my team in 2025-Q2', () => figures(score(stats(['2025-Q2'], { team: 'DEV' }).mean))),
  q('U239', 'DEV-001', "what is Elena Petrova's attendance in october", () => notFound()),
  q('U240', 'DEV-001', 'how many people are in QA', () => refusal('QA', 'Quality')),
  q('U241', 'DEV-001', 'who is QA-005', () => notFound()),
  q('U242', 'DEV-001', 'who in my team has not checked in yet', () => people(notCheckedInToday({ team: 'DEV' }))),
  q('U243', 'DEV-001', 'longest serving person on my team', () => people(longestServing(1, { team: 'DEV' }))),
  // Manager QA-001 (Elena Petrova)
  q('U244', 'QA-001', 'who was absent more than 2 days in my team in october', () => people(peopleWhere({ team: 'QA' }, 'absent', ...OCTOBER, (v) => v > 2))),
  q('U245', 'QA-001', 'hours worked by my team last week', () => figures(hours(totals({ team: 'QA' }, ...LAST_WEEK).hours))),
  q('U246', 'QA-001', 'who on my team was late the most in september', () => people(mostOf({ team: 'QA' }, 'late', ...SEPTEMBER))),
  q('U247', 'QA-001', "Leo Martins' score in 2025-Q3", () => figures(score(scoreOf('QA-008', '2025-Q3')))),
  q('U248', 'QA-001', 'list my team', () => people(ids({ team: 'QA' }))),
  q('U249', 'QA-001', 'what is the attendance rate of the DEV team last month', () => refusal('DEV', 'Development')),
  q('U250', 'QA-001', 'how late was Tom Becker in october', () => notFound()),
  q('U251', 'QA-001', "Zoe Adams's annual leave balance", () => figures(days(balance('QA-009', 'ANNUAL').available))),
  // Employee DEV-003 (Aisha Khan)
  q('U252', 'DEV-003', 'What is my attendance this month?', () => figures(rate(totals(mine('DEV-003'), ...THIS_MONTH).rate))),
  q('U253', 'DEV-003', 'my annual leave balance', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('U254', 'DEV-003', 'what was my score in 2025-Q3', () => figures(score(scoreOf('DEV-003', '2025-Q3')))),
  q('U255', 'DEV-003', 'how many hours did I work last week', () => figures(hours(totals(mine('DEV-003'), ...LAST_WEEK).hours))),
  q('U256', 'DEV-003', 'how many times was I late in october', () => figures(count(measureOf('DEV-003', 'late', ...OCTOBER)))),
  q('U257', 'DEV-003', "what is Priya Raman's score", () => notFound()),
  q('U258', 'DEV-003', 'who in DEV was late yesterday', () => refusal('DEV', 'Development', 'team')),
  // Employee QA-003 (Fatima Zahra)
  q('U259', 'QA-003', 'how much sick leave do I have left', () => figures(days(balance('QA-003', 'SICK').available))),
  q('U260', 'QA-003', 'my attendance rate in october', () => figures(rate(totals(mine('QA-003'), ...OCTOBER).rate))),
  q('U261', 'QA-003', 'my scores in 2025-Q1 and 2025-Q2', () => figures(score(scoreOf('QA-003', '2025-Q1')), score(scoreOf('QA-003', '2025-Q2')))),
  q('U262', 'QA-003', 'how many days was I absent in september', () => figures(days(measureOf('QA-003', 'absent', ...SEPTEMBER)))),
  q('U263', 'QA-003', "Marcus Lee's attendance", () => notFound()),
  // Employee DAT-004 (Kevin O'Brien)
  q('U264', 'DAT-004', 'when is the next public holiday', () => answer({ dates: [nextHoliday(TODAY, 'DAT').date] })),
  q('U265', 'DAT-004', 'my hours in october', () => figures(hours(totals(mine('DAT-004'), ...OCTOBER).hours))),
  q('U266', 'DAT-004', 'how long have I worked here', () => figures(years(tenureYears(person('DAT-004'))))),
  q('U267', 'DAT-004', "what is Anna Berg's leave balance", () => notFound()),
  q('U268', 'DAT-004', 'average score of the data team in 2025-Q3', () => refusal('data', 'DAT', 'team')),
  // Employee SEC-004 (Emma Clarke)
  q('U269', 'SEC-004', 'do I have any pending leave requests', () => answer({ dates: [requests('pending', mine('SEC-004'))[0]!.from] })),
  q('U270', 'SEC-004', 'next holiday for me', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('U271', 'SEC-004', 'was I late last week', () => figures(count(measureOf('SEC-004', 'late', ...LAST_WEEK)))),
  q('U272', 'SEC-004', 'my score trend over the quarters', () =>
    figures(...['2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreOf('SEC-004', p)))),
  ),
  q('U273', 'SEC-004', 'who is James Wilson', () => notFound()),
  q('U274', 'SEC-004', 'how many people are on my team', () => refusal('team', 'SEC', 'Security')),
];
