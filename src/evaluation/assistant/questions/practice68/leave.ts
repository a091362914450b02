/*
 * practice68 — leave for the month's payroll: days taken by type and by person, requests waiting for a decision before
 * the cut-off, approved leave still ahead in the month, and the balances employees ask about. API.md: approved leave
 * takes its halves off the expected day (never absent); what a request costs is the expected fraction without leave
 * over its days (a holiday nothing, a half holiday half, a half day 0.5); a balance's available already has the pending
 * requests taken off. README: "pending leave requests this month" is to the month's end. Leave *taken* over a period
 * reaching today is asked only where nobody's leave runs through today or later, unless the question says "booked".
 * Who is off ahead is asked with "approved" where a pending request would fall in the period.
 */
import type { Question } from '../../expectation';
import { availableOf, costOf, leaveByType, leaveIn, onLeaveIn, requesters, requestsOf, theRequest } from '../../oracle/practice68-calendar';
import { nextWeek, restOfMonth, yearSoFar } from '../../oracle/practice68-periods';
import type { Group } from '../../oracle/practice68-figures';
import type { Span } from '../../oracle/practice68-periods';
import type { LeaveCode } from '../../dataset/calendar';
import { q } from '../helpers';
import { ALL, AUG, DEC, DEV, figs, leaveD, MONTH_SO_FAR, NOV, OCT, one, QA, requestC, SEC, SEP, who, yesNo, answer } from './shared';

const YEAR_SO_FAR = yearSoFar('2025-01-01', '2025-11-19');
const NEXT_WEEK = nextWeek('2025-11-24', '2025-11-30');
const REST_OF_NOV = restOfMonth('2025-11-20', '2025-11-30');
const taken = (g: Group, span: Span, code?: LeaveCode, booked = false) => figs(leaveD(leaveIn(g, span, code, booked)));
/** Each type's days side by side, with the types named. */
function byType(g: Group, span: Span) {
  const list = leaveByType(g, span);
  return answer({ figures: list.map((x) => leaveD(x.days)), mentions: list.map((x) => x.code.toLowerCase()) });
}
/** The people with leave of a type in the span, and each one's days. */
function eachOnLeave(g: Group, span: Span, code?: LeaveCode) {
  const list = onLeaveIn(g, span, code);
  return who(list, ...list.map((id) => leaveD(leaveIn(one(id), span, code))));
}
/** A person's one request in the span, still pending (checked): its status, and "no" first when asked yes or no. */
function stillPending(id: string, span: Span, yesOrNo: boolean) {
  const l = theRequest(id, 'pending', span);
  if (requestsOf(one(id), 'approved', [l.from, l.to]).length > 0) throw new Error('an approved request overlaps');
  return yesOrNo ? yesNo(false, { mentions: ['pending'] }) : answer({ mentions: ['pending'] });
}

export const LEAVE: readonly Question[] = [
  // HR.
  q('QQ125', 'admin', 'leave taken in October by type', () => byType(ALL, OCT)),
  q('QQ126', 'admin', 'who took annual leave in August', () => who(onLeaveIn(ALL, AUG, 'ANNUAL'))),
  q('QQ127', 'admin', 'days of annual leave Sana Qureshi took in October', () => taken(one('AI-004'), OCT, 'ANNUAL')),
  q('QQ128', 'admin', 'who took unpaid leave in october and how many days?', () => eachOnLeave(ALL, OCT, 'UNPAID')),
  q('QQ129', 'admin', 'total leave days taken across the company in September', () => taken(ALL, SEP)),
  q('QQ130', 'admin', 'how many leave requests are waiting for approval?', () => figs(requestC(requestsOf(ALL, 'pending').length))),
  q('QQ131', 'admin', 'whose leave requests for December are still pending', () => who(requesters(ALL, 'pending', DEC))),
  q('QQ132', 'admin', 'Before I close the month: any pending leave requests in November I need to deal with?', () => who(requesters(ALL, 'pending', NOV))),
  q('QQ133', 'admin', 'who has approved leave for the rest of november', () => who(onLeaveIn(ALL, REST_OF_NOV))),
  q('QQ134', 'admin', 'sick leave in November, by person', () => eachOnLeave(ALL, NOV, 'SICK')),
  q('QQ135', 'admin', 'how many days of leave has Julia Fischer taken this year', () => taken(one('DAT-003'), YEAR_SO_FAR)),
  q('QQ136', 'admin', 'leave taken by SEC in November so far?', () => taken(SEC, MONTH_SO_FAR)),
  q('QQ137', 'admin', 'how many days of approved leave fall in November in total, past and booked?', () => figs(leaveD(leaveIn(ALL, NOV, undefined, true)))),
  // Managers.
  q('QQ138', 'DEV-001', 'pending leave requests for my team', () => who(requesters(DEV, 'pending'))),
  q('QQ139', 'DEV-001', 'who on my team took leave in October?', () => who(onLeaveIn(DEV, OCT))),
  q('QQ140', 'DEV-001', 'how many leave days did my team take in August', () => taken(DEV, AUG)),
  q('QQ141', 'DEV-001', "maria's leave at the end of november - how many days is it?", () => figs(leaveD(costOf(theRequest('DEV-005', 'approved', NOV))))),
  q('QQ142', 'DEV-001', 'is anyone in my team on leave next week', () => yesNo(true, { people: onLeaveIn(DEV, NEXT_WEEK) })),
  q('QQ143', 'DEV-001', 'how many leave requests from my team are still pending?', () => figs(requestC(requestsOf(DEV, 'pending').length))),
  q('QQ144', 'QA-001', 'how many days of leave did my team take in October', () => taken(QA, OCT)),
  q('QQ145', 'QA-001', 'pending leave in my team?', () => who(requesters(QA, 'pending'))),
  q('QQ146', 'QA-001', 'who in my team has leave in November, taken or booked', () => who(onLeaveIn(QA, NOV))),
  // Employees.
  q('QQ147', 'DEV-003', 'how much annual leave did I take in October', () => taken(one('DEV-003'), OCT, 'ANNUAL')),
  q('QQ148', 'DEV-003', "what's the status of my december leave request?", () => stillPending('DEV-003', DEC, false)),
  q('QQ149', 'QA-003', 'how many sick days did i have in november', () => taken(one('QA-003'), NOV, 'SICK')),
  q('QQ150', 'DAT-004', 'have I taken any leave this year?', () => yesNo(leaveIn(one('DAT-004'), YEAR_SO_FAR) > 0)),
  q('QQ151', 'DAT-004', 'before the month closes, how much annual leave have I got left?', () => figs(leaveD(availableOf('DAT-004', 'ANNUAL')))),
  q('QQ152', 'SEC-004', 'is my leave request for the 28th approved yet', () => stillPending('SEC-004', NOV, true)),
  q('QQ153', 'SEC-004', 'annual leave left after my pending request goes through?', () => figs(leaveD(availableOf('SEC-004', 'ANNUAL')))),
  q('QQ154', 'SEC-004', 'how many days does my pending leave request cost', () => figs(leaveD(costOf(theRequest('SEC-004', 'pending'))))),
];
