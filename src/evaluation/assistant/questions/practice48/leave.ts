/*
 * practice48 — leave against a line: balances left (fewer than 16 days, at most 16, more than 15; the available
 * balance of API.md, pending requests reserved), leave taken so far this year (more than 4 days; half a day), days
 * off next week or in September, the company's leave in October, and counts of requests (exactly 5 pending: "more
 * than 5" is no). "Left" is asked only where the available balance, the grant less approved leave and the grant
 * less the leave gone by give one answer; "available" is API.md's field alone. A team's balances leave out those
 * who have left (README). The admin, both managers and four employees ask.
 */
import { count, days, people, type Question } from '../../expectation';
import { near } from '../../oracle/practice10-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { balance } from '../../oracle/leave-figures';
import { ALL, NEXT_WK, none, OCT, onLine, passes, SEP, some, team, teamList, totalOf, NOV_WHOLE, type Op } from '../../oracle/practice48-figures';
import {
  leaveLeftVs,
  peopleByAvailable,
  peopleByLeaveIn,
  peopleByLeaveLeft,
  peopleByTakenSoFar,
  requestCount,
  requestsIn,
  takenSoFar,
} from '../../oracle/practice48-lines';
import type { LeaveCode } from '../../dataset/calendar';
import { q } from '../helpers';

const LEAVE = 'leave|day|left|available|balance|annual|sick';
/** "Do I have more than … left?": yes or no first, then what is available. */
const leftYesNo = (id: string, code: LeaveCode, op: Op, line: number) => {
  const l = leaveLeftVs(id, code, op, line);
  return yesNo(l.yes, [near(days(l.left), LEAVE)]);
};
/** "… available?": API.md's available balance alone. */
const availableYesNo = (id: string, code: LeaveCode, op: Op, line: number) => {
  const a = balance(id, code).available;
  return yesNo(passes(a, op, line), [near(days(a), LEAVE)]);
};
const requestsFig = (n: number) => near(count(n), 'request|pending|approved');

export const LEAVE_LINES: readonly Question[] = [
  // Balances of a team (leavers left out) against a line.
  q('PW163', 'admin', 'who in DAT has less than 16 days of annual leave left?', () => people(some(peopleByLeaveLeft('ANNUAL', 'lt', 16, { team: 'DAT' })))),
  q('PW164', 'admin', 'who in QA has at most 16 days of annual leave left?', () => {
    if (!peopleByLeaveLeft('ANNUAL', 'eq', 16, { team: 'QA' }).length) throw new Error('nobody sits on 16');
    return people(some(peopleByLeaveLeft('ANNUAL', 'le', 16, { team: 'QA' })));
  }),
  q('PW165', 'admin', 'who in AI has more than 15 days of annual leave available?', () => {
    if (!peopleByAvailable('ANNUAL', 'eq', 15, { team: 'AI' }).length) throw new Error('nobody sits on 15');
    return people(some(peopleByAvailable('ANNUAL', 'gt', 15, { team: 'AI' })));
  }),
  q('PW166', 'admin', 'does Yuki Tanaka have more than 15 days of annual leave available?', () => {
    onLine(balance('DEV-009', 'ANNUAL').available, 15);
    return availableYesNo('DEV-009', 'ANNUAL', 'gt', 15);
  }),

  // Leave taken, and leave in a period.
  q('PW167', 'admin', 'who has taken more than 4 days of annual leave so far this year?', () => {
    if (!peopleByTakenSoFar(ALL, 'eq', 4, 'ANNUAL').length) throw new Error('nobody sits on 4');
    return people(some(peopleByTakenSoFar(ALL, 'gt', 4, 'ANNUAL')));
  }),
  q('PW168', 'admin', 'has Mei Lin taken more than 1 day of sick leave this year?', () => {
    const taken = takenSoFar('DAT-005', 'SICK');
    return yesNo(passes(taken, 'gt', 1), [near(days(taken), LEAVE)]);
  }),
  q('PW169', 'admin', 'who is off for more than 3 days next week?', () => people(some(peopleByLeaveIn(ALL, NEXT_WK, 'gt', 3)))),
  q('PW170', 'admin', 'who had more than 2 days of leave in September?', () => {
    if (!peopleByLeaveIn(ALL, SEP, 'eq', 2).length) throw new Error('nobody sits on 2');
    return people(some(peopleByLeaveIn(ALL, SEP, 'gt', 2)));
  }),
  q('PW171', 'admin', 'was more than 5 days of leave taken across the company in October?', () => {
    const n = totalOf(ALL, 'onLeave', OCT);
    return yesNo(passes(n, 'gt', 5), [near(days(n), LEAVE)]);
  }),

  // Requests.
  q('PW172', 'admin', 'are there more than 5 pending leave reqs?', () => {
    const n = onLine(requestCount('pending'), 5);
    return yesNo(passes(n, 'gt', 5), [requestsFig(n)]);
  }),
  q('PW173', 'admin', 'are there more than 6 approved leave requests in November?', () => {
    const n = requestsIn('approved', NOV_WHOLE);
    return yesNo(passes(n, 'gt', 6), [requestsFig(n)]);
  }),

  // Priya Raman (DEV) and Elena Petrova (QA), about their team.
  q('PW174', 'DEV-001', 'does my team have more than 2 pending leave requests?', () => {
    const n = onLine(requestCount('pending', team('DEV')), 2);
    return yesNo(passes(n, 'gt', 2), [requestsFig(n)]);
  }),
  q('PW175', 'DEV-001', 'who on my team has under 16 days of annual leave available?', () =>
    people(some(teamList('DEV-001', (s) => peopleByAvailable('ANNUAL', 'lt', 16, { team: 'DEV' }).filter((id) => s.ids === undefined || s.ids.includes(id))))),
  ),
  q('PW176', 'QA-001', 'who on my team has fewer than 10 sick days left?', () =>
    people(some(teamList('QA-001', (s) => peopleByLeaveLeft('SICK', 'lt', 10, { team: 'QA' }).filter((id) => s.ids === undefined || s.ids.includes(id))))),
  ),
  q('PW177', 'QA-001', 'who on my team is off for more than 1 day next week?', () =>
    people(none(teamList('QA-001', (s) => peopleByLeaveIn(s, NEXT_WK, 'gt', 1)))),
  ),

  // Employees, about themselves.
  q('PW178', 'DEV-003', 'do I have more than 16 days of annual leave available?', () => availableYesNo('DEV-003', 'ANNUAL', 'gt', 16)),
  q('PW179', 'SEC-004', 'do I have at least 19 days of annual leave available?', () => {
    onLine(balance('SEC-004', 'ANNUAL').available, 19);
    return availableYesNo('SEC-004', 'ANNUAL', 'ge', 19);
  }),
  q('PW180', 'QA-003', 'do I have fewer than 10 sick days left?', () => leftYesNo('QA-003', 'SICK', 'lt', 10)),
  q('PW181', 'DAT-004', 'do I have at least 20 days of annual leave left?', () => leftYesNo('DAT-004', 'ANNUAL', 'ge', 20)),
  q('PW182', 'DEV-003', 'have I taken more than half a day of annual leave this year?', () => {
    const taken = onLine(takenSoFar('DEV-003', 'ANNUAL'), 0.5);
    return yesNo(passes(taken, 'gt', 0.5), [near(days(taken), LEAVE + '|half')]);
  }),
];
