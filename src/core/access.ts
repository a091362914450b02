import type { Role } from './account';
import type { AttendanceFilter, AttendanceRecord } from './attendance';
import type { Employee, EmployeeFilter } from './employee';
import { ForbiddenError } from './errors';

/** Who is asking, as their login is now (not as it was when the token was issued). */
export interface Principal {
  username: string;
  role: Role;
  employee_id: string | null;
  team_id: string | null;
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
 * Narrows a list filter to the caller's scope. Returns null when the request
 * asks for something wholly outside it, which lists as an empty page.
 */
export function scopeEmployeeFilter<F extends EmployeeFilter | AttendanceFilter>(principal: Principal, filter: F): F | null {
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
 * Whom a caller may record attendance for: an admin anyone, a manager the
 * employees of their own team, an employee themselves (check-in and check-out only).
 */
export function canRecordAttendanceFor(principal: Principal, employee: Pick<Employee, 'employee_id' | 'team_id'>): boolean {
  return canReadEmployee(principal, employee);
}

/**
 * The team a caller may check people in within, for the repository to hold
 * the write to: a manager's own. Undefined for an admin (anyone) and an
 * employee (themselves, which the caller checks by id): the same scope as
 * canRecordAttendanceFor, enforced at the moment of writing.
 */
export function checkInTeam(principal: Principal): string | undefined {
  if (principal.role !== 'manager') return undefined;
  if (principal.team_id === null) throw new ForbiddenError('That employee is outside your team');
  return principal.team_id;
}

export function scopeAttendanceFilter(principal: Principal, filter: AttendanceFilter): AttendanceFilter | null {
  // The same narrowing as employees: a manager to their team, an employee to themselves.
  return scopeEmployeeFilter(principal, filter);
}
