/** Leave requests: what is asked, what it costs, and who may decide it (API.md, "Leave"). */
import type { Role } from '../account';
import type { Half } from '../work-calendar/holiday';
import type { LeaveKind } from '../work-calendar/absence-rule';
import { roundDays } from './ledger';

export const LEAVE_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];

/** At most this many days from `from` to `to`. */
export const MAX_LEAVE_DAYS = 366;

/** Days per calendar year, as a year-keyed record ("2025": 3.5). */
export type YearCharges = Record<string, number>;

export interface LeaveRequest {
  request_id: string;
  employee_id: string;
  /** The employee's team when filed; a team move carries a pending request to the new team. */
  team_id: string;
  code: string;
  from: string;
  to: string;
  half_day: Half | null;
  /** What the request costs by the calendar (weekly off and holidays free). */
  days: number;
  /**
   * What it holds of the balance now, per year: reserved while pending, taken
   * while approved (less the days a record or a later holiday gave back), none after.
   */
  charges: YearCharges;
  status: LeaveStatus;
  reason: string | null;
  /** The username that filed it. */
  requested_by: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface LeaveRequestFilter {
  employee_id?: string;
  team_id?: string;
  status?: LeaveStatus;
  /** Requests that overlap from … to. */
  from?: string;
  to?: string;
}

/** What a list of requests shows of each: what is asked and its state, without the reason, charges or decision trail. */
export type LeaveRequestBrief = Pick<LeaveRequest, 'request_id' | 'employee_id' | 'team_id' | 'code' | 'from' | 'to' | 'half_day' | 'days' | 'status'>;

export const requestBrief = ({ request_id, employee_id, team_id, code, from, to, half_day, days, status }: LeaveRequest): LeaveRequestBrief => ({
  request_id,
  employee_id,
  team_id,
  code,
  from,
  to,
  half_day,
  days,
  status,
});

export interface LeaveBriefFilter extends LeaveRequestFilter {
  /** One leave type's requests only. */
  code?: string;
}

/** The halves of each day a request takes. */
export function leaveKindOf(request: Pick<LeaveRequest, 'half_day'>): LeaveKind {
  return request.half_day ?? 'day';
}

/** Holding days: pending requests reserve them, approved ones have them taken. */
export function isLive(request: Pick<LeaveRequest, 'status'>): boolean {
  return request.status === 'pending' || request.status === 'approved';
}

/** Two requests of one employee clash when their dates meet, unless they are the morning and the afternoon of one day. */
export function overlaps(a: Pick<LeaveRequest, 'from' | 'to' | 'half_day'>, b: Pick<LeaveRequest, 'from' | 'to' | 'half_day'>): boolean {
  if (a.to < b.from || b.to < a.from) return false;
  return !(a.half_day !== null && b.half_day !== null && a.half_day !== b.half_day);
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The calendar years a range touches. */
export function yearsOf(from: string, to: string): number[] {
  const years: number[] = [];
  for (let year = yearOf(from); year <= yearOf(to); year++) years.push(year);
  return years;
}

export function totalOf(charges: YearCharges): number {
  return roundDays(Object.values(charges).reduce((sum, days) => sum + days, 0));
}

/** What an employee's own decision rights come to: the login role of the person whose leave it is. */
export interface LeaveParties {
  employee_id: string;
  /** The employee's current team. */
  team_id: string;
  /** The employee's login role, null without a login. */
  login_role: Role | null;
}

interface Caller {
  role: Role;
  username: string;
  employee_id: string | null;
  team_id: string | null;
}

/**
 * Approve or reject: an admin, or the manager of the employee's team when the
 * employee's login is an employee's; never anyone for their own leave.
 */
export function mayDecide(caller: Caller, parties: LeaveParties): boolean {
  if (caller.employee_id !== null && caller.employee_id === parties.employee_id) return false;
  if (caller.role === 'admin') return true;
  return caller.role === 'manager' && caller.team_id !== null && caller.team_id === parties.team_id && parties.login_role === 'employee';
}

/**
 * Cancel: while pending, the employee, the requester, or whoever may decide;
 * once approved, the employee until the leave starts, a decider at any time.
 */
export function mayCancel(caller: Caller, parties: LeaveParties, request: Pick<LeaveRequest, 'status' | 'from' | 'requested_by'>, today: string): boolean {
  const own = caller.employee_id !== null && caller.employee_id === parties.employee_id;
  if (mayDecide(caller, parties)) return true;
  if (request.status === 'pending') return own || caller.username === request.requested_by;
  return own && today < request.from;
}

/** Who may file a request for an employee: themselves; a manager their team's members; an admin anyone. */
export function mayRequestFor(caller: Caller, employee: { employee_id: string; team_id: string }): boolean {
  if (caller.employee_id !== null && caller.employee_id === employee.employee_id) return true;
  if (caller.role === 'admin') return true;
  return caller.role === 'manager' && caller.team_id !== null && caller.team_id === employee.team_id;
}
