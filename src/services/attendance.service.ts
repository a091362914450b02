import { canCheckInFor, canReadAttendance, canReadEmployee, canWriteAttendanceOf, checkInTeam, isAdmin, missingWriteTarget, requireRole, scopeAttendanceFilter, summaryTeams, type Principal } from '../core/access';
import { applyAttendanceChange, type AttendanceFilter, type AttendancePolicy, type AttendanceRecord, type AttendanceTimes } from '../core/attendance';
import { addDays, summarizeAttendance, summarizeRange, type AttendanceSummary, type RangeSummary } from '../core/attendance-summary';
import { dateInZone, timeInZone } from '../core/calendar';
import type { Employee } from '../core/employee';
import { AttendanceExistsError, AttendanceStateError, ForbiddenError, NotFoundError, OutOfScopeError, ValidationError } from '../core/errors';
import { emptyPage, type Page, type PageRequest } from '../core/page';
import type { AttendanceRepository, Clock, EmployeeRepository, TeamRepository } from '../core/ports';

export interface AttendanceEntryInput extends AttendanceTimes {
  employee_id: string;
  attendance_date: string;
}

/** A range summary reads every day of every team in it; a year is plenty for a question. */
const MAX_RANGE_DAYS = 366;

/** Check-in and check-out, direct entries and corrections, queries and summaries, all within the caller's scope. */
export class AttendanceService {
  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly employees: EmployeeRepository,
    private readonly teams: TeamRepository,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly policy: AttendancePolicy,
  ) {}

  /** Today and now, as the organisation's clock on the wall says. */
  private now(): { date: string; time: string } {
    const instant = this.clock.now();
    return { date: dateInZone(instant, this.timeZone), time: timeInZone(instant, this.timeZone) };
  }

  /**
   * One write: the repository checks that the employee exists, is active and
   * is in a manager's team as part of writing the record.
   */
  async checkIn(principal: Principal, employeeId?: string): Promise<AttendanceRecord> {
    const id = this.ownOrNamed(principal, employeeId);
    const { date, time } = this.now();
    try {
      return await this.attendance.checkIn(
        { employee_id: id, attendance_date: date, ...applyAttendanceChange(null, { check_in_time: time }, this.policy) },
        checkInTeam(principal),
      );
    } catch (error) {
      if (error instanceof AttendanceExistsError) throw new AttendanceStateError('ALREADY_CHECKED_IN', `${id} has already checked in on ${date}`);
      if (error instanceof NotFoundError) throw missingWriteTarget(principal, 'Employee', id);
      throw error;
    }
  }

  async checkOut(principal: Principal, employeeId?: string): Promise<AttendanceRecord> {
    const employee = await this.writableEmployee(principal, this.ownOrNamed(principal, employeeId), canCheckInFor);
    if (employee.status !== 'active') throw new AttendanceStateError('EMPLOYEE_INACTIVE', `${employee.employee_id} is not active`);
    const { date, time } = this.now();
    const updated = await this.attendance.update(employee.employee_id, date, (current) => {
      if (current.check_in_time === null) throw new AttendanceStateError('NOT_CHECKED_IN', `${employee.employee_id} has not checked in on ${date}`);
      if (current.check_out_time !== null) throw new AttendanceStateError('ALREADY_CHECKED_OUT', `${employee.employee_id} has already checked out on ${date}`);
      return { ...current, ...applyAttendanceChange(current, { check_out_time: time }, this.policy) };
    });
    if (!updated) throw new AttendanceStateError('NOT_CHECKED_IN', `${employee.employee_id} has not checked in on ${date}`);
    return updated;
  }

  async create(principal: Principal, input: AttendanceEntryInput): Promise<AttendanceRecord> {
    requireRole(principal, 'admin', 'manager');
    if (input.attendance_date > this.now().date) throw ValidationError.field('attendance_date', 'must not be in the future');
    const employee = await this.writableEmployee(principal, input.employee_id, canWriteAttendanceOf);
    const { employee_id: _id, attendance_date: _date, ...times } = input;
    const record: AttendanceRecord = {
      employee_id: employee.employee_id,
      attendance_date: input.attendance_date,
      team_id: employee.team_id,
      ...applyAttendanceChange(null, times, this.policy),
    };
    return this.attendance.create(record);
  }

  async get(principal: Principal, employeeId: string, date: string): Promise<AttendanceRecord> {
    const record = await this.attendance.get(employeeId, date);
    if (!record || !canReadAttendance(principal, record)) throw new NotFoundError('Attendance of', `${employeeId} on ${date}`);
    return record;
  }

  async update(principal: Principal, employeeId: string, date: string, change: AttendanceTimes): Promise<AttendanceRecord> {
    requireRole(principal, 'admin', 'manager');
    const updated = await this.attendance.update(employeeId, date, (current) => {
      this.assertWritable(principal, current);
      return { ...current, ...applyAttendanceChange(current, change, this.policy) };
    });
    if (!updated) throw missingWriteTarget(principal, 'Attendance of', `${employeeId} on ${date}`);
    return updated;
  }

  async delete(principal: Principal, employeeId: string, date: string): Promise<void> {
    requireRole(principal, 'admin', 'manager');
    const record = await this.attendance.get(employeeId, date);
    if (!record) throw missingWriteTarget(principal, 'Attendance of', `${employeeId} on ${date}`);
    this.assertWritable(principal, record);
    if (!(await this.attendance.delete(employeeId, date))) throw missingWriteTarget(principal, 'Attendance of', `${employeeId} on ${date}`);
  }

  list(principal: Principal, filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRecord>> {
    const scoped = scopeAttendanceFilter(principal, filter);
    return scoped ? this.attendance.list(scoped, page) : Promise.resolve(emptyPage());
  }

  /** Path-scoped: an employee outside the caller's scope is 404, as if absent. */
  async listForEmployee(principal: Principal, employeeId: string, filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRecord>> {
    const employee = await this.employees.get(employeeId);
    if (!employee || !canReadEmployee(principal, employee)) throw new NotFoundError('Employee', employeeId);
    return this.list(principal, { ...filter, employee_id: employeeId }, page);
  }

  async listForTeam(principal: Principal, teamId: string, filter: AttendanceFilter, page: PageRequest): Promise<Page<AttendanceRecord>> {
    const visible = isAdmin(principal) || (principal.role === 'manager' && principal.team_id === teamId);
    if (!visible || !(await this.teams.get(teamId))) throw new NotFoundError('Team', teamId);
    return this.list(principal, { ...filter, team_id: teamId }, page);
  }

  /** The day (default yesterday) and the seven days ending on it; a manager's is their own team's. */
  async summary(principal: Principal, query: { date?: string; team_id?: string }): Promise<AttendanceSummary> {
    const teamIds = summaryTeams(principal, query.team_id);
    const today = this.now().date;
    if (query.date !== undefined && query.date > today) throw ValidationError.field('date', 'must not be after today');
    const date = query.date ?? addDays(today, -1);
    const counted = teamIds?.length === 0 ? { teamIds: [], counts: [] } : await this.attendance.dailyCounts(addDays(date, -6), date, teamIds);
    return summarizeAttendance(date, query.team_id ?? (principal.role === 'manager' ? principal.team_id : null), counted.teamIds, counted.counts);
  }

  /**
   * Any range of days (at most MAX_RANGE_DAYS), with per-team totals: what the
   * assistant's "last month" and "in March" need. Scoped as summary() is.
   */
  async rangeSummary(principal: Principal, query: { from: string; to: string; team_id?: string }): Promise<RangeSummary> {
    requireRole(principal, 'admin', 'manager');
    if (query.from > query.to) throw ValidationError.field('from', 'must not be after to');
    if (addDays(query.from, MAX_RANGE_DAYS - 1) < query.to) throw ValidationError.field('to', `must be at most ${MAX_RANGE_DAYS} days after from`);
    const requested = query.team_id ?? null;
    let teamIds: string[] | null = requested === null ? null : [requested];
    if (principal.role === 'manager') {
      teamIds = requested === null || requested === principal.team_id ? [principal.team_id ?? ''] : [];
    }
    const counted = teamIds?.length === 0 ? { teamIds: [], counts: [] } : await this.attendance.dailyCounts(query.from, query.to, teamIds);
    return summarizeRange(query.from, query.to, requested ?? (principal.role === 'manager' ? principal.team_id : null), counted.teamIds, counted.counts);
  }

  /** The employee a check-in or check-out is for: the caller's own unless named; an employee may name only themselves. */
  private ownOrNamed(principal: Principal, employeeId?: string): string {
    const id = employeeId ?? principal.employee_id;
    if (id === null) throw ValidationError.field('employee_id', 'is required: this login has no employee record');
    if (principal.role === 'employee' && id !== principal.employee_id) throw new ForbiddenError('Employees record only their own attendance');
    return id;
  }

  /** Out of scope is 403 whether or not the employee exists; only an admin learns 404. */
  private async writableEmployee(principal: Principal, id: string, may: (principal: Principal, employee: Employee) => boolean): Promise<Employee> {
    const employee = await this.employees.get(id);
    if (!employee) throw missingWriteTarget(principal, 'Employee', id);
    if (!may(principal, employee)) throw new OutOfScopeError();
    return employee;
  }

  private assertWritable(principal: Principal, record: AttendanceRecord): void {
    if (!canWriteAttendanceOf(principal, record)) throw new OutOfScopeError();
  }
}
