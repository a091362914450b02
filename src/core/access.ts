import type { Role } from './account';
import type { RequestOrigin } from './audit/audit-entry';
import type { AttendanceFilter, AttendanceRecord } from './attendance';
import type { Employee, EmployeeFilter } from './employee';
import type { CorrectionFilter } from './corrections/correction';
import type { LeaveRequestFilter } from './leave/leave-request';
import { ForbiddenError, NotFoundError, OutOfScopeError, type AppError } from './errors';

/** Who is asking, as their login is now (not as it was when the token was issued). */
export interface Principal {
  username: string;
  role: Role;
  employee_id: string | null;
  team_id: string | null;
  /** The door the request came through (REST when not said). */
  origin?: RequestOrigin;
}

/** Who the caller is, as /me and /status show it: not the door they came through. */
export function whoIs({ username, role, employee_id, team_id }: Principal): Omit<Principal, 'origin'> {
  return { username, role, employee_id, team_id };
}

const BY_PRIVILEGE: readonly Role[] = ['admin', 'manager', 'employee'];

/**
 * The role an identity provider's groups grant: groups named after roles, and
 * in several the most privileged wins. Null when no group names a role.
 */
export function roleFromGroups(groups: readonly string[]): Role | null {
  return BY_PRIVILEGE.find((role) => groups.includes(role)) ?? null;
}

export function isAdmin(principal: Principal): boolean {
  return principal.role === 'admin';
}

export function requireRole(principal: Principal, ...roles: Role[]): void {
  if (!roles.includes(principal.role)) throw new ForbiddenError();
}

/**
 * Read scope over one employee. A manager's scope is *their own team*, asked
 * of this employee — never "is this user a manager of anyone".
 */
export function canReadEmployee(principal: Principal, employee: Pick<Employee, 'employee_id' | 'team_id'>): boolean {
  switch (principal.role) {
    case 'admin':
      return true;
    case 'manager':
      return principal.team_id !== null && employee.team_id === principal.team_id;
    case 'employee':
      return principal.employee_id !== null && employee.employee_id === principal.employee_id;
  }
}

/**
 * Whether an employee was ever in a manager's team (`teams`: the employee's
 * membership periods). Manager scope over attendance follows the team of the
 * record, so someone who moved out still has records the manager reads.
 */
export function wasInTeamOf(principal: Principal, teams: readonly { team_id: string }[]): boolean {
  return principal.role === 'manager' && teams.some((period) => period.team_id === principal.team_id);
}

/**
 * Narrows a list filter to the caller's scope. Returns null when the request
 * asks for something wholly outside it, which lists as an empty page.
 */
export function scopeEmployeeFilter<F extends EmployeeFilter | Omit<AttendanceFilter, 'status'> | LeaveRequestFilter | CorrectionFilter>(
  principal: Principal,
  filter: F,
): F | null {
  switch (principal.role) {
    case 'admin':
      return filter;
    case 'manager':
      if (principal.team_id === null) return null;
      if (filter.team_id !== undefined && filter.team_id !== principal.team_id) return null;
      return { ...filter, team_id: principal.team_id };
    case 'employee':
      if (principal.employee_id === null) return null;
      if (filter.employee_id !== undefined && filter.employee_id !== principal.employee_id) return null;
      return { ...filter, employee_id: principal.employee_id };
  }
}

/** Attendance a caller may read: by the record's own team (copied when written), or their own. */
export function canReadAttendance(principal: Principal, record: Pick<AttendanceRecord, 'employee_id' | 'team_id'>): boolean {
  return canReadEmployee(principal, record);
}

/**
 * Whose attendance a caller may write directly (an entry, a change, a
 * deletion, an import row): an admin anyone's; a manager the members of their
 * own team but not their own record, which is another's to correct.
 * `target` is the record's team when there is a record, else the employee's.
 */
export function canWriteAttendanceOf(principal: Principal, target: Pick<Employee, 'employee_id' | 'team_id'>): boolean {
  switch (principal.role) {
    case 'admin':
      return true;
    case 'manager':
      return principal.team_id !== null && target.team_id === principal.team_id && target.employee_id !== principal.employee_id;
    case 'employee':
      return false;
  }
}

/** Whom a caller may check in or out: themselves, and whoever's attendance they may write. */
export function canCheckInFor(principal: Principal, employee: Pick<Employee, 'employee_id' | 'team_id'>): boolean {
  return employee.employee_id === principal.employee_id || canWriteAttendanceOf(principal, employee);
}

/**
 * Whose scores a caller may write: an admin anyone's; a manager those of
 * their team's members whose login is an employee's. A member who manages or
 * administers, or has no login, is scored by an admin (so no manager scores
 * themselves or a fellow manager). `loginRole` is the target's login's role, null when none.
 */
export function canWriteScoreOf(principal: Principal, target: Pick<Employee, 'employee_id' | 'team_id'>, loginRole: Role | null): boolean {
  switch (principal.role) {
    case 'admin':
      return true;
    case 'manager':
      return loginRole === 'employee' && canWriteAttendanceOf(principal, target);
    case 'employee':
      return false;
  }
}

/**
 * A write target that does not exist: an admin, who may write anything, learns
 * 404; anyone else gets the same 403 as for an existing target outside their
 * scope, so that a refusal never tells what exists.
 */
export function missingWriteTarget(principal: Principal, what: string, id: string): AppError {
  return isAdmin(principal) ? new NotFoundError(what, id) : new OutOfScopeError();
}

/**
 * The team a caller may check people in within, for the repository to hold
 * the write to: a manager's own. Undefined for an admin (anyone) and an
 * employee (themselves, which the caller checks by id): the same scope as
 * canCheckInFor, enforced at the moment of writing.
 */
export function checkInTeam(principal: Principal): string | undefined {
  if (principal.role !== 'manager') return undefined;
  if (principal.team_id === null) throw new OutOfScopeError();
  return principal.team_id;
}

export function scopeAttendanceFilter(principal: Principal, filter: AttendanceFilter): AttendanceFilter | null {
  // The same narrowing as employees: a manager to their team, an employee to themselves.
  return scopeEmployeeFilter(principal, filter);
}

/**
 * The teams a summary (or an export) covers: for an admin the team asked
 * for, or every team (null); for a manager their own team, and asking for
 * another team's is 403 rather than an empty answer that reads like a real one.
 */
export function summaryTeams(principal: Principal, requested: string | undefined): string[] | null {
  requireRole(principal, 'admin', 'manager');
  if (principal.role === 'admin') return requested === undefined ? null : [requested];
  if (requested !== undefined && requested !== principal.team_id) throw new ForbiddenError("Another team's summary is not yours to see");
  return principal.team_id === null ? [] : [principal.team_id];
}
