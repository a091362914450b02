/* Leave: balances from the grant and the requests, request lists, who is off — from API.md's "Leave". */
import { LEAVE_TYPES, type LeaveCode, type LeaveRequest, type LeaveStatus } from '../dataset/calendar';
import { dataset, person } from '../dataset/dataset';
import { daysBetween, monthRange, type Day } from '../dataset/dates';
import { costWithoutLeave, leaveFraction } from './absence';
import { peopleIn, type Scope } from './attendance-figures';

export interface Balance {
  allocated: number;
  taken: number;
  pending: number;
  available: number;
}

/** Allowance × the calendar months of the year wholly inside the employment ÷ 12, rounded down to a half day. */
export function grant(id: string, code: LeaveCode, year: number): number {
  const p = person(id);
  let months = 0;
  for (let m = 1; m <= 12; m += 1) {
    const { from, to } = monthRange(year, m);
    if (p.hire <= from && (p.end === null || to <= p.end)) months += 1;
  }
  return Math.floor(((LEAVE_TYPES[code].allowance * months) / 12) * 2) / 2;
}

/** What a request costs: the expected fraction without leave over its days; 0.5 for a half day. */
export function daysOf(l: LeaveRequest, year?: number): number {
  const p = person(l.employee);
  if (l.half !== null) return 0.5;
  return daysBetween(l.from, l.to)
    .filter((d) => year === undefined || d.startsWith(String(year)))
    .reduce((sum, d) => sum + costWithoutLeave(p, d), 0);
}

export function requests(status: LeaveStatus | 'any', scope: Scope = {}, code?: LeaveCode): LeaveRequest[] {
  const inScope = new Set(peopleIn(scope).map((p) => p.id));
  return dataset().leave.filter((l) => (status === 'any' || l.status === status) && inScope.has(l.employee) && (code === undefined || l.code === code));
}

export function balance(id: string, code: LeaveCode, year = 2025): Balance {
  const mine = requests('any', { ids: [id] }, code);
  const sum = (status: LeaveStatus) => mine.filter((l) => l.status === status).reduce((s, l) => s + daysOf(l, year), 0);
  const allocated = grant(id, code, year);
  const taken = sum('approved');
  const pending = sum('pending');
  return { allocated, taken, pending, available: allocated - taken - pending };
}

/** People in scope with approved leave taking a half or more off on some day of the range. */
export function offBetween(scope: Scope, from: Day, to: Day): string[] {
  return peopleIn(scope)
    .filter((p) => daysBetween(from, to).some((d) => leaveFraction(p, d) > 0))
    .map((p) => p.id);
}

/** Days of approved leave (halves ÷ 2, holidays aside) a person has within the range. */
export function leaveDays(id: string, from: Day, to: Day, code?: LeaveCode): number {
  const p = person(id);
  const codes = requests('approved', { ids: [id] }, code);
  return daysBetween(from, to)
    .filter((d) => codes.some((l) => l.from <= d && d <= l.to))
    .reduce((sum, d) => sum + leaveFraction(p, d), 0);
}

/** People with approved leave of this type overlapping the range. */
export function onLeaveOfType(code: LeaveCode, from: Day, to: Day, scope: Scope = {}): string[] {
  return [
    ...new Set(
      requests('approved', scope, code)
        .filter((l) => l.from <= to && from <= l.to)
        .map((l) => l.employee),
    ),
  ];
}

/** Requests of a status whose days overlap the range. Added for practice2. */
export function requestsOverlapping(status: LeaveStatus | 'any', from: Day, to: Day, scope: Scope = {}): LeaveRequest[] {
  return requests(status, scope).filter((l) => l.from <= to && from <= l.to);
}
