/*
 * practice52 — leave: balances (API.md: available = allocated + adjusted − taken − pending; "how much leave do I have",
 * "PTO" and "time off" read as leave), requests by state (pending, rejected), who is on leave (today by default; this
 * week; next week from the leave booked; last week), the team's pending requests a manager would approve, the sick
 * leave taken this year, one person's leave in a named month, and when someone is back (their approved request). The
 * admin about anyone, managers about their team, employees about themselves.
 */
import { answer, figures, people, type Question } from '../../expectation';
import { balance, leaveDays, requests } from '../../oracle/leave-figures';
import { yesNo } from '../../oracle/practice20-figures';
import { only } from '../../oracle/practice50-figures';
import { none, some } from '../../oracle/practice43-figures';
import { leaveN, requestN } from '../../oracle/practice51-figures';
import {
  ALL,
  LAST_WEEK,
  me,
  monthOf,
  NEXT_WEEK,
  offIn,
  requestCount,
  requestersIn,
  teamOf,
  THIS_WEEK,
  THIS_YEAR,
  TODAY_ONLY,
} from '../../oracle/practice52-figures';
import { addDays } from '../../dataset/dates';
import { q } from '../helpers';

const DEV = teamOf('DEV-001');
const QA = teamOf('QA-001');
const annualLeft = (id: string) => figures(leaveN(balance(id, 'ANNUAL').available));
/** This week as Monday to today and as Monday to Sunday: leave booked for the rest of the week counts either way. */
const offThisWeek = () => {
  const whole: readonly [string, string] = [THIS_WEEK[0], addDays(THIS_WEEK[0], 6)];
  const a = offIn(ALL, THIS_WEEK);
  const b = offIn(ALL, whole);
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new Error('this week reads differently to today and to Sunday');
  return people(some(a));
};
/** The one request of a person in this state. */
const theRequest = (id: string, status: 'pending' | 'approved') => only(requests(status, me(id)));
/** People who took some of a kind of leave this year, up to today. */
const tookThisYear = (code: 'SICK' | 'UNPAID') =>
  people(
    some(
      requests('approved', ALL, code)
        .map((l) => l.employee)
        .filter((id, i, all) => all.indexOf(id) === i && leaveDays(id, THIS_YEAR[0], THIS_YEAR[1], code) > 0),
    ),
  );

export const LEAVE: readonly Question[] = [
  // Balances.
  q('QA066', 'admin', 'how much annual leave does Aisha Khan have left?', () => annualLeft('DEV-003')),
  q('QA067', 'DEV-003', 'how many days of annual leave do I have left?', () => annualLeft('DEV-003')),
  q('QA068', 'QA-003', 'my sick leave balance?', () => figures(leaveN(balance('QA-003', 'SICK').available))),
  q('QA069', 'SEC-004', 'how much PTO have I got', () => annualLeft('SEC-004')),
  q('QA070', 'DAT-004', 'leave balance pls', () => annualLeft('DAT-004')),
  q('QA071', 'DEV-001', "what's Yuki Tanaka's annual leave balance", () => annualLeft('DEV-009')),
  q('QA072', 'QA-001', 'how much annual leave does zoe adams have remaining', () => annualLeft('QA-009')),
  q('QA073', 'DEV-003', 'how much annual leave have I used this year', () => figures(leaveN(leaveDays('DEV-003', THIS_YEAR[0], THIS_YEAR[1], 'ANNUAL')))),
  q('QA074', 'QA-003', 'how many sick days have I taken?', () => figures(leaveN(leaveDays('QA-003', THIS_YEAR[0], THIS_YEAR[1], 'SICK')))),

  // Who is on leave.
  q('QA075', 'admin', 'who is on leave today?', () => people(some(offIn(ALL, TODAY_ONLY)))),
  q('QA076', 'admin', "who's on leave this week", () => offThisWeek()),
  q('QA077', 'admin', 'who will be off next week?', () => people(some(offIn(ALL, NEXT_WEEK)))),
  q('QA078', 'DEV-001', 'anyone on my team on leave next week?', () => yesNo(true, [], { people: some(offIn(DEV, NEXT_WEEK, 'DEV-001')) })),
  q('QA079', 'QA-001', 'who on my team is OOO next week', () => people(some(offIn(QA, NEXT_WEEK, 'QA-001')))),
  q('QA080', 'admin', 'who was on leave last week', () => people(some(offIn(ALL, LAST_WEEK)))),
  q('QA081', 'QA-001', 'is anyone in my team on leave today?', () => yesNo(false, [], { people: none(offIn(QA, TODAY_ONLY, 'QA-001')) })),
  q('QA082', 'admin', 'when is Anna Berg back from leave?', () => answer({ dates: [theRequest('DAT-007', 'approved').to] })),

  // Requests by state; pending approvals.
  q('QA083', 'admin', 'which leave requests are pending approval?', () => people(some(requestersIn('pending', ALL)))),
  q('QA084', 'admin', 'how many leave requests are waiting for a decision', () => figures(requestN(requestCount('pending', ALL)))),
  q('QA085', 'DEV-001', 'pending leave requests for my team', () => people(some(requestersIn('pending', DEV, 'DEV-001')))),
  q('QA086', 'QA-001', 'any pending leave reqs on my team?', () => yesNo(true, [], { people: some(requestersIn('pending', QA, 'QA-001')) })),
  q('QA087', 'DEV-003', 'do I have any leave requests still pending?', () => yesNo(true, [], { dates: [theRequest('DEV-003', 'pending').from] })),
  q('QA088', 'SEC-004', "what's the status of my leave request?", () => answer({ mentions: ['pending'], dates: [theRequest('SEC-004', 'pending').from] })),
  q('QA089', 'admin', 'has anyone had a leave request rejected?', () => yesNo(true, [], { people: some(requestersIn('rejected', ALL)) })),

  // Leave taken.
  q('QA090', 'admin', 'who took sick leave this year?', () => tookThisYear('SICK')),
  q('QA091', 'admin', 'which employees have taken unpaid leave this year', () => tookThisYear('UNPAID')),
  q('QA092', 'admin', 'how many days of leave did Julia Fischer take in September', () => figures(leaveN(leaveDays('DAT-003', ...monthOf(9))))),
];
