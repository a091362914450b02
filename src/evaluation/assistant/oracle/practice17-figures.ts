/*
 * What the seventeenth practice set needs beyond the shared oracle: month-end and quarter-end HR figures
 * (leave taken by kind across a scope, the absence rate as the complement of the attendance rate, the
 * headcount per position, the people with a request of a status in a scope) — built only from the data
 * set and the oracle. Added for practice17.
 */
import type { LeaveCode, LeaveStatus } from '../dataset/calendar';
import type { Day } from '../dataset/dates';
import type { Position } from '../dataset/people';
import { peopleIn, type Scope } from './attendance-figures';
import { leaveDays, requests } from './leave-figures';
import { rateIn } from './practice15-figures';

export const POSITIONS: Position[] = ['Junior', 'Mid', 'Senior', 'Lead', 'Manager'];

/** The word a position's count stands next to in an answer. */
export const positionLabel = (position: Position): string =>
  ({ Junior: 'junior', Mid: '\\bmid', Senior: 'senior', Lead: '\\blead', Manager: 'manager' })[position];

/** Days of approved leave of one kind within the range, summed over everyone in the scope. */
export function leaveTaken(scope: Scope, code: LeaveCode, [from, to]: readonly [Day, Day]): number {
  return peopleIn(scope).reduce((sum, p) => sum + leaveDays(p.id, from, to, code), 0);
}

/** The absence rate: the share of the expected days not attended, 1 − the attendance rate (to four places). */
export function absenceRate(scope: Scope, range: readonly [Day, Day]): number {
  return Math.round((1 - rateIn(scope, range)) * 10_000) / 10_000;
}

/** Everyone in the scope with at least one request of this status. */
export const withRequests = (status: LeaveStatus, scope: Scope = {}): string[] => [...new Set(requests(status, scope).map((l) => l.employee))];

/** How many requests of this status the scope has. */
export const requestCount = (status: LeaveStatus, scope: Scope = {}): number => requests(status, scope).length;
