/*
 * Twelfth practice set (K…), written code-blind from /work/shared/API.md, docs/API.md and the README's
 * assistant section. This file: the in-scope questions that keep the set balanced, in the same short
 * chat-box style — headcounts, who was late or absent, who is on leave, rates, scores, leave balances,
 * holidays, hires — asked by the admin, the two managers (about their team) and the employees (about
 * themselves). Every expected figure comes from the oracle and the data set, none typed by hand.
 */
import { TODAY } from '../../dataset/calendar';
import { person } from '../../dataset/dataset';
import type { Question } from '../../expectation';
import { answer, count, days, figures, hours, people, rate, score } from '../../expectation';
import { notCheckedInToday, peopleWhere, totals } from '../../oracle/attendance-figures';
import { nextHoliday } from '../../oracle/holiday-figures';
import { balance, offBetween } from '../../oracle/leave-figures';
import { headcount, hiredBetween, leftBetween, longestServing, newest } from '../../oracle/people-figures';
import { holidayDate, requesters, requestStarts } from '../../oracle/practice12-figures';
import { holidaysLeftThisYear } from '../../oracle/practice11-figures';
import { rank, scoreOf, stats } from '../../oracle/score-figures';
import { LAST_WEEK, NEXT_WEEK, OCTOBER, THIS_MONTH, THIS_YEAR, YESTERDAY, q } from '../helpers';

const Y: [string, string] = [YESTERDAY, YESTERDAY];
const me = (id: string) => ({ ids: [id] });
const LAST_QUARTER = '2025-Q3';

export const IN_SCOPE: readonly Question[] = [
  // The admin: everyone.
  q('K149', 'admin', 'how many ppl in qa', () => figures(count(headcount({ team: 'QA' })))),
  q('K150', 'admin', 'headcount dev', () => figures(count(headcount({ team: 'DEV' })))),
  q('K151', 'admin', 'total employees', () => figures(count(headcount()))),
  q('K152', 'admin', 'hw many seniors in dev', () => figures(count(headcount({ team: 'DEV', position: 'Senior' })))),
  q('K153', 'admin', 'who was late yesterday', () => people(peopleWhere({}, 'late', ...Y))),
  q('K154', 'admin', 'who was absent yesterday', () => people(peopleWhere({}, 'absent', ...Y))),
  q('K155', 'admin', 'whos on leave today', () => people(offBetween({}, TODAY, TODAY))),
  q('K156', 'admin', 'who is on leave next week', () => people(offBetween({}, ...NEXT_WEEK))),
  q('K157', 'admin', 'attendance rate last week', () => figures(rate(totals({}, ...LAST_WEEK).rate))),
  q('K158', 'admin', 'qa attendence last month', () => figures(rate(totals({ team: 'QA' }, ...OCTOBER).rate))),
  q('K159', 'admin', 'who was late in sec last week', () => people(peopleWhere({ team: 'SEC' }, 'late', ...LAST_WEEK))),
  q('K160', 'admin', 'avg score q3', () => figures(score(stats([LAST_QUARTER]).mean))),
  q('K161', 'admin', 'top 3 perfomers last quarter', () => people(rank(LAST_QUARTER, 3, 'top'))),
  q('K162', 'admin', 'lowest scorer in qa q3', () => people(rank(LAST_QUARTER, 1, 'bottom', { team: 'QA' }))),
  q('K163', 'admin', 'median score data team q2', () => figures(score(stats(['2025-Q2'], { team: 'DAT' }).median))),
  q('K164', 'admin', 'who joined this yr', () => people(hiredBetween(...THIS_YEAR))),
  q('K165', 'admin', 'how many people left this year', () => figures(count(leftBetween('2025-01-01', '2025-12-31').length))),
  q('K166', 'admin', 'longest serving in qa', () => people(longestServing(1, { team: 'QA' }))),
  q('K167', 'admin', 'who is DEV-004', () => answer({ people: ['DEV-004'] })),
  q('K168', 'admin', 'lukas novak start date', () => answer({ people: ['DEV-004'], dates: [person('DEV-004').hire] })),
  q('K169', 'admin', 'who hasnt checked in yet', () => people(notCheckedInToday({}))),
  q('K170', 'admin', 'who didnt check out yesterday', () => people(peopleWhere({}, 'missingCheckOut', ...Y))),
  q('K171', 'admin', 'hours worked by qa in october', () => figures(hours(totals({ team: 'QA' }, ...OCTOBER).hours))),
  q('K172', 'admin', 'when is christmas', () => answer({ dates: [holidayDate('Christmas Day')] })),
  q('K173', 'admin', 'is boxing day a holiday', () => answer({ dates: [holidayDate('Boxing Day')] })),
  q('K174', 'admin', 'pending leave requests this year', () => people(requesters('pending'))),
  q('K175', 'admin', 'absent more than 3 days in october', () => people(peopleWhere({}, 'absent', ...OCTOBER, (v) => v > 3))),
  q('K176', 'admin', 'annual leave balance for maria gonzalez', () => answer({ people: ['DEV-005'], figures: [days(balance('DEV-005', 'ANNUAL').available)] })),
  q('K177', 'admin', "who's late today", () => people(peopleWhere({}, 'late', TODAY, TODAY))),
  q('K178', 'admin', 'attendance rate yesterday', () => figures(rate(totals({}, ...Y).rate))),
  // The DEV manager: their team.
  q('K179', 'DEV-001', 'my team headcount', () => figures(count(headcount({ team: 'DEV' })))),
  q('K180', 'DEV-001', 'who was late yesterday', () => people(peopleWhere({ team: 'DEV' }, 'late', ...Y))),
  q('K181', 'DEV-001', 'team attendance last week', () => figures(rate(totals({ team: 'DEV' }, ...LAST_WEEK).rate))),
  q('K182', 'DEV-001', 'pending leave for my team', () => people(requesters('pending', { team: 'DEV' }))),
  q('K183', 'DEV-001', "who's off next week", () => people(offBetween({ team: 'DEV' }, ...NEXT_WEEK))),
  q('K184', 'DEV-001', 'avg score my team q3', () => figures(score(stats([LAST_QUARTER], { team: 'DEV' }).mean))),
  q('K185', 'DEV-001', 'how many juniors in my team', () => figures(count(headcount({ team: 'DEV', position: 'Junior' })))),
  q('K186', 'DEV-001', 'hours my team worked last week', () => figures(hours(totals({ team: 'DEV' }, ...LAST_WEEK).hours))),
  q('K187', 'DEV-001', 'next holiday', () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),
  q('K188', 'DEV-001', 'who didnt check out yesterday', () => people(peopleWhere({ team: 'DEV' }, 'missingCheckOut', ...Y))),
  q('K189', 'DEV-001', 'my annual leave left', () => figures(days(balance('DEV-001', 'ANNUAL').available))),
  q('K190', 'DEV-001', 'top performer q3', () => people(rank(LAST_QUARTER, 1, 'top', { team: 'DEV' }))),
  // The QA manager: their team.
  q('K191', 'QA-001', 'how many in my team', () => figures(count(headcount({ team: 'QA' })))),
  q('K192', 'QA-001', 'who was late last week', () => people(peopleWhere({ team: 'QA' }, 'late', ...LAST_WEEK))),
  q('K193', 'QA-001', 'my team attendance last month', () => figures(rate(totals({ team: 'QA' }, ...OCTOBER).rate))),
  q('K194', 'QA-001', 'pending leave requests', () => people(requesters('pending', { team: 'QA' }))),
  q('K195', 'QA-001', 'when is the qa offsite', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('K196', 'QA-001', 'who joined my team this year', () => people(hiredBetween(...THIS_YEAR, 'QA'))),
  q('K197', 'QA-001', 'absent yesterday', () => people(peopleWhere({ team: 'QA' }, 'absent', ...Y))),
  q('K198', 'QA-001', 'median score q2', () => figures(score(stats(['2025-Q2'], { team: 'QA' }).median))),
  q('K199', 'QA-001', 'who is on leave next week', () => people(offBetween({ team: 'QA' }, ...NEXT_WEEK))),
  // Employees: themselves.
  q('K200', 'DEV-003', 'my attendance this month', () => figures(rate(totals(me('DEV-003'), ...THIS_MONTH).rate))),
  q('K201', 'DEV-003', 'my annual leave balance', () => figures(days(balance('DEV-003', 'ANNUAL').available))),
  q('K202', 'DEV-003', 'my score last quarter', () => figures(score(scoreOf('DEV-003', LAST_QUARTER)))),
  q('K203', 'DEV-003', 'my hours this month', () => figures(hours(totals(me('DEV-003'), ...THIS_MONTH).hours))),
  q('K204', 'DEV-003', 'next holiday', () => answer({ dates: [nextHoliday(TODAY, 'DEV').date] })),
  q('K205', 'QA-003', 'my sick leave left', () => figures(days(balance('QA-003', 'SICK').available))),
  q('K206', 'QA-003', 'my hours last week', () => figures(hours(totals(me('QA-003'), ...LAST_WEEK).hours))),
  q('K207', 'QA-003', 'my q2 score', () => figures(score(scoreOf('QA-003', '2025-Q2')))),
  q('K208', 'QA-003', 'when is the qa offsite', () => answer({ dates: [holidayDate('QA Offsite')] })),
  q('K209', 'DAT-004', 'my attendance last month', () => figures(rate(totals(me('DAT-004'), ...OCTOBER).rate))),
  q('K210', 'DAT-004', 'holidays left this yr', () => answer({ dates: holidaysLeftThisYear('DAT') })),
  q('K211', 'DAT-004', 'annual leave left', () => figures(days(balance('DAT-004', 'ANNUAL').available))),
  q('K212', 'SEC-004', 'next holiday', () => answer({ dates: [nextHoliday(TODAY, 'SEC').date] })),
  q('K213', 'SEC-004', 'my pending leave', () => answer({ dates: requestStarts('SEC-004', 'pending') })),
  q('K214', 'SEC-004', 'my scores this year', () => figures(...['2025-Q1', '2025-Q2', '2025-Q3'].map((p) => score(scoreOf('SEC-004', p))))),
  q('K215', 'SEC-004', 'hours i worked in october', () => figures(hours(totals(me('SEC-004'), ...OCTOBER).hours))),
  // More of the same, spread over the managers and the employees.
  q('K216', 'admin', 'avg score ai q3', () => figures(score(stats([LAST_QUARTER], { team: 'AI' }).mean))),
  q('K217', 'admin', 'who is sofia rossi', () => answer({ people: ['DEV-011'] })),
  q('K218', 'DEV-001', 'who in my team was absent more than 3 days in october', () => people(peopleWhere({ team: 'DEV' }, 'absent', ...OCTOBER, (v) => v > 3))),
  q('K219', 'DEV-001', 'did anyone leave my team this year', () => people(leftBetween('2025-01-01', '2025-12-31', 'DEV'))),
  q('K220', 'QA-001', 'qa hours last week', () => figures(hours(totals({ team: 'QA' }, ...LAST_WEEK).hours))),
  q('K221', 'QA-001', 'newest person in my team', () => people(newest(1, { team: 'QA' }))),
  q('K222', 'SEC-004', 'was i late last week', () => figures(count(totals(me('SEC-004'), ...LAST_WEEK).late))),
  q('K223', 'SEC-004', 'how much annual leave do i have', () => figures(days(balance('SEC-004', 'ANNUAL').available))),
  q('K224', 'QA-003', 'my attendence last week', () => figures(rate(totals(me('QA-003'), ...LAST_WEEK).rate))),
  q('K225', 'DEV-003', 'my q2 vs q3 score', () => figures(score(scoreOf('DEV-003', '2025-Q2')), score(scoreOf('DEV-003', LAST_QUARTER)))),
  q('K226', 'DAT-004', 'my hours last week', () => figures(hours(totals(me('DAT-004'), ...LAST_WEEK).hours))),
];
