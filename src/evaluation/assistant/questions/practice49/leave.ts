/*
 * practice49 — leave, composed: balances, leave taken and requests, each with a subject (a person, a team, everyone,
 * a manager's team, oneself), a leave type (annual, sick, unpaid), a request state (pending, approved, rejected,
 * "approved or pending": each listed), a period (October, "since August", "this month": to its end for
 * requests, December, this year) and an operation (look up, list, count, per team, by kind, the least available, a total).
 * API.md: available = allocated + adjusted − taken − pending; README: requests of a period are those whose dates
 * overlap it, booked ahead included; a team's still available leaves out those who have left; leave taken this year
 * is the days gone by, with the approved days ahead said apart. "Left" is asked only where the available balance,
 * the grant less approved leave and the grant less the leave gone by agree; "available" is API.md's field alone.
 */
import { answer, people, type Question } from '../../expectation';
import { balance, leaveDays, onLeaveOfType, requests, requestsOverlapping } from '../../oracle/leave-figures';
import { near } from '../../oracle/practice10-figures';
import { leaveTaken } from '../../oracle/practice17-figures';
import { leaveLeftTotal } from '../../oracle/practice21-figures';
import { leaveByKind } from '../../oracle/practice31-figures';
import { leftReadings } from '../../oracle/practice48-lines';
import { select } from '../../oracle/people-figures';
import { count, days } from '../../expectation';
import { forTeam, LEAVE, leaveDaysFig, REQUESTS, teamList, TEAMS } from '../../oracle/practice49-ops';
import {
  apart,
  DECEMBER,
  EVERYONE,
  NEXT_WEEK,
  NOVEMBER,
  oneOf,
  OCTOBER,
  SINCE_AUGUST,
  some,
  team,
  YEAR_2025,
  YEAR_SO_FAR,
  idsOf,
} from '../../oracle/practice49-figures';
import type { LeaveCode, LeaveStatus } from '../../dataset/calendar';
import type { Scope } from '../../oracle/attendance-figures';
import { TODAY } from '../../dataset/calendar';
import { addDays } from '../../dataset/dates';
import { q } from '../helpers';

/** The people with a request of a state overlapping the range (each once). */
const requesters = (status: LeaveStatus, [from, to]: readonly [string, string], scope: Scope = EVERYONE) => [
  ...new Set(requestsOverlapping(status, from, to, scope).map((l) => l.employee)),
];
/** Leave of a type taken this year so far: the days gone by, the same with and without today. */
const takenSoFar = (scope: Scope, code?: LeaveCode) =>
  oneOf([TODAY, addDays(TODAY, -1)].map((end) => idsOf(scope).reduce((sum, id) => sum + leaveDays(id, YEAR_SO_FAR[0], end, code), 0)));
/** One person's leave left, read three ways (must agree). */
const leftOf = (id: string, code: LeaveCode) => oneOf(leftReadings(id, code));

export const LEAVE_QUESTIONS: readonly Question[] = [
  // A person's balance, a team's total, the least left.
  q('PX157', 'admin', 'annual leave balance for Anna Berg', () => answer({ figures: [leaveDaysFig(balance('DAT-007', 'ANNUAL').available)] })),
  q('PX158', 'admin', 'total annual leave still available in QA', () => answer({ figures: [leaveDaysFig(leaveLeftTotal('ANNUAL', { team: 'QA' }))] })),
  q('PX159', 'admin', 'who in SEC has the least annual leave available', () => {
    const list = select({ team: 'SEC' })
      .map((p) => ({ id: p.id, left: balance(p.id, 'ANNUAL').available }))
      .sort((a, b) => a.left - b.left);
    apart(list[1]!.left, list[0]!.left, 0);
    return people([list[0]!.id]);
  }),

  // Leave taken: a type, a period, per team, by kind, a person.
  q('PX160', 'admin', 'October leave taken, split by leave type', () => answer({ figures: leaveByKind(EVERYONE, OCTOBER) })),
  q('PX161', 'admin', 'sick leave taken by team since August', () =>
    answer({
      figures: TEAMS.map((code) => ({ code, n: leaveTaken(team(code), 'SICK', SINCE_AUGUST) }))
        .filter((x) => x.n > 0)
        .map((x) => forTeam(x.code, days(x.n))),
    }),
  ),

  // Requests: a state, a period, a kind, a team.
  q('PX162', 'admin', 'who in DEV has pending leave requests', () => people(some([...new Set(requests('pending', team('DEV')).map((l) => l.employee))]))),
  q('PX163', 'admin', 'approved leave requests this month', () => people(some(requesters('approved', NOVEMBER)))),
  q('PX164', 'admin', 'whose leave requests for December are still pending', () => people(some(requesters('pending', DECEMBER)))),
  q('PX165', 'admin', 'who took half-day leave this year', () =>
    people(
      some([
        ...new Set(
          requestsOverlapping('approved', ...YEAR_2025)
            .filter((l) => l.half !== null)
            .map((l) => l.employee),
        ),
      ]),
    ),
  ),
  q('PX166', 'admin', 'any leave requests turned down this year? whose', () => people(some(requesters('rejected', YEAR_2025)))),
  q('PX167', 'admin', 'how many leave requests are approved and how many pending for QA?', () =>
    answer({
      figures: (['approved', 'pending'] as const).map((s) => near(count(requests(s, team('QA')).length), s === 'approved' ? 'approved' : 'pending')),
    }),
  ),
  q('PX168', 'admin', 'who is on annual leave next week', () => people(some(onLeaveOfType('ANNUAL', ...NEXT_WEEK)))),

  // Priya Raman (DEV), about her team.
  q('PX169', 'DEV-001', 'which leave requests on my team are still pending?', () =>
    people(some(teamList('DEV-001', (s) => [...new Set(requests('pending', s).map((l) => l.employee))]))),
  ),
  q('PX170', 'DEV-001', 'who on my team took sick leave since August', () =>
    people(some(teamList('DEV-001', (s) => onLeaveOfType('SICK', ...SINCE_AUGUST, s)))),
  ),
  q('PX171', 'DEV-001', 'total annual leave my team has used in 2025 so far', () => answer({ figures: [leaveDaysFig(takenSoFar(team('DEV'), 'ANNUAL'))] })),

  // Elena Petrova (QA), about her team.
  q('PX172', 'QA-001', 'leave requests on my team, approved or pending', () =>
    people(some(teamList('QA-001', (s) => [...new Set([...requests('approved', s), ...requests('pending', s)].map((l) => l.employee))]))),
  ),
  q('PX173', 'QA-001', "Fatima Zahra's sick leave balance", () => answer({ figures: [leaveDaysFig(leftOf('QA-003', 'SICK'))] })),

  // Employees, about themselves.
  q('PX174', 'DEV-003', 'how many annual leave days are available to me', () => answer({ figures: [leaveDaysFig(balance('DEV-003', 'ANNUAL').available)] })),
  q('PX175', 'DEV-003', 'which of my leave requests are still pending', () =>
    answer({ dates: some(requests('pending', { ids: ['DEV-003'] }).map((l) => l.from)) }),
  ),
  q('PX176', 'QA-003', "sick days I've taken this year?", () => answer({ figures: [leaveDaysFig(takenSoFar({ ids: ['QA-003'] }, 'SICK'))] })),
  q('PX177', 'DAT-004', 'annual leave - how many days have I got', () => answer({ figures: [leaveDaysFig(leftOf('DAT-004', 'ANNUAL'))] })),
  q('PX178', 'SEC-004', 'how many annual leave days are waiting for approval for me?', () =>
    answer({ figures: [near(days(balance('SEC-004', 'ANNUAL').pending), `${LEAVE}|${REQUESTS}`)] }),
  ),
];
