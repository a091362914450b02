import { canReadEmployee, requireRole, scopeEmployeeFilter, type Principal } from '../core/access';
import { stampFor } from '../core/audit/audit-entry';
import type { Role } from '../core/account';
import { dateInZone } from '../core/calendar';
import {
  parseEmployeeId,
  type Employee,
  type EmployeeBrief,
  type EmployeeFilter,
  type EmployeePatch,
  type EmployeeStatus,
  type Position,
} from '../core/employee';
import { datesRefusal, nextEmployment } from '../core/employment';
import { NotFoundError, ValidationError } from '../core/errors';
import { emptyPage, type Page, type PageRequest } from '../core/page';
import type { AttendanceRepository, Clock, EmployeeRepository, NewEmployeeLogin, PasswordHasher, TeamRepository } from '../core/ports';
import type { AccountStateCache } from './account-state-cache';

export interface EmployeeCreateInput {
  employee_id?: string;
  name: string;
  email: string;
  team_id: string;
  position: Position;
  job_title?: string | null;
  status?: EmployeeStatus;
  hire_date?: string;
  end_date?: string | null;
  account?: { password: string; role: Role };
}

export class EmployeeService {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly teams: TeamRepository,
    private readonly hasher: PasswordHasher,
    private readonly accountStates: AccountStateCache,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly attendance: AttendanceRepository,
    /** The first and last dates of the employee's pending and approved leave; null when none. */
    private readonly leaveSpan: (employeeId: string) => Promise<{ first: string; last: string } | null>,
  ) {}

  private today(): string {
    return dateInZone(this.clock.now(), this.timeZone);
  }

  list(principal: Principal, filter: EmployeeFilter, page: PageRequest): Promise<Page<Employee>> {
    const scoped = scopeEmployeeFilter(principal, filter);
    return scoped ? this.employees.list(scoped, page) : Promise.resolve(emptyPage());
  }

  /** Every employee list() would show the caller, as briefs. */
  briefs(principal: Principal, filter: EmployeeFilter): Promise<EmployeeBrief[]> {
    const scoped = scopeEmployeeFilter(principal, filter);
    return scoped ? this.employees.briefs(scoped) : Promise.resolve([]);
  }

  /** How many employees list() would show the caller, counted by the database. */
  count(principal: Principal, filter: EmployeeFilter): Promise<number> {
    const scoped = scopeEmployeeFilter(principal, filter);
    return scoped ? this.employees.count(scoped) : Promise.resolve(0);
  }

  /** Outside the caller's scope reads as absent. */
  async get(principal: Principal, employeeId: string): Promise<Employee> {
    const employee = await this.employees.get(employeeId);
    if (!employee || !canReadEmployee(principal, employee)) throw new NotFoundError('Employee', employeeId);
    return employee;
  }

  async create(principal: Principal, input: EmployeeCreateInput): Promise<Employee> {
    requireRole(principal, 'admin');
    if (input.employee_id !== undefined && parseEmployeeId(input.employee_id)?.team_id !== input.team_id) {
      throw ValidationError.field('employee_id', `must carry the team prefix ${input.team_id}- of the employee's team`);
    }
    await this.assertTeamExists(input.team_id);
    const employment = nextEmployment(
      null,
      {
        ...(input.status && { status: input.status }),
        ...(input.hire_date && { hire_date: input.hire_date }),
        ...(input.end_date !== undefined && { end_date: input.end_date }),
      },
      this.today(),
    );
    const login: NewEmployeeLogin | undefined = input.account && {
      password_hash: await this.hasher.hash(input.account.password),
      role: input.account.role,
    };
    const employee = await this.employees.create(
      {
        ...(input.employee_id !== undefined && { employee_id: input.employee_id }),
        name: input.name,
        email: input.email,
        team_id: input.team_id,
        position: input.position,
        job_title: input.job_title ?? null,
        ...employment,
      },
      login,
      stampFor(principal, this.clock.now()),
    );
    this.accountStates.invalidate(employee.employee_id);
    return employee;
  }

  async update(principal: Principal, employeeId: string, patch: EmployeePatch): Promise<Employee> {
    requireRole(principal, 'admin');
    if (patch.team_id !== undefined) await this.assertTeamExists(patch.team_id);
    const today = this.today();
    const employee = await this.employees.update(employeeId, await this.withEmployment(employeeId, patch, today), today, stampFor(principal, this.clock.now()));
    if (!employee) throw new NotFoundError('Employee', employeeId);
    // A move changes the scope of the employee's login at once on this instance.
    this.accountStates.invalidate(employeeId);
    return employee;
  }

  async delete(principal: Principal, employeeId: string): Promise<void> {
    requireRole(principal, 'admin');
    if (!(await this.employees.delete(employeeId, stampFor(principal, this.clock.now())))) throw new NotFoundError('Employee', employeeId);
    this.accountStates.invalidate(employeeId);
  }

  /**
   * The patch with its employment dates settled (nextEmployment), refused when
   * existing records or team moves would fall outside them. Unchanged dates are read nothing for.
   */
  private async withEmployment(employeeId: string, patch: EmployeePatch, today: string): Promise<EmployeePatch> {
    if (patch.status === undefined && patch.hire_date === undefined && patch.end_date === undefined) return patch;
    const current = await this.employees.get(employeeId);
    if (!current) throw new NotFoundError('Employee', employeeId);
    const next = nextEmployment(current, patch, today);
    if (next.hire_date !== current.hire_date || next.end_date !== current.end_date) {
      const [records, leave, periods] = await Promise.all([
        this.attendance.dateSpan(employeeId),
        this.leaveSpan(employeeId),
        this.employees.teamPeriods(employeeId),
      ]);
      const refusal = datesRefusal(next, spanning(records, leave), periods);
      if (refusal) throw refusal;
    }
    return { ...patch, ...next };
  }

  private async assertTeamExists(teamId: string): Promise<void> {
    if (!(await this.teams.get(teamId))) throw ValidationError.field('team_id', `Team ${teamId} does not exist`);
  }

  /** The employee's membership periods, by `from`; scoped as a read of the employee (outside it: 404). */
  async teamPeriods(principal: Principal, employeeId: string): ReturnType<EmployeeRepository['teamPeriods']> {
    await this.get(principal, employeeId);
    return this.employees.teamPeriods(employeeId);
  }
}

/** The span covering both (either may be null). */
function spanning(a: { first: string; last: string } | null, b: { first: string; last: string } | null): { first: string; last: string } | null {
  if (a === null || b === null) return a ?? b;
  return { first: a.first < b.first ? a.first : b.first, last: a.last > b.last ? a.last : b.last };
}
