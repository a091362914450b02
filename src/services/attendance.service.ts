import {
  canCheckInFor,
  canReadAttendance,
  canReadEmployee,
  canWriteAttendanceOf,
  checkInTeam,
  isAdmin,
  missingWriteTarget,
  requireRole,
  scopeEmployeeFilter,
  wasInTeamOf,
  type Principal,
} from '../core/access';
import { stampFor, type AuditStamp } from '../core/audit/audit-entry';
import {
  applyAttendanceChange,
  employedOn,
  outsideEmployment,
  withMissingCheckOut,
  type AttendanceFilter,
  type AttendancePolicy,
  type AttendanceRecord,
  type AttendanceTimes,
  withinPath,
} from '../core/attendance';
import type { AttendanceSummary, RangeSummary } from '../core/attendance-summary';
import { dateInZone, timeInZone } from '../core/calendar';
import type { Employee, Position } from '../core/employee';
import { AttendanceExistsError, AttendanceStateError, ForbiddenError, NotFoundError, OutOfScopeError, ValidationError } from '../core/errors';
import { emptyPage, type Page, type PageRequest } from '../core/page';
import type { AttendanceRepository, Clock, EmployeeRepository, TeamRepository } from '../core/ports';
import { teamOn } from '../core/work-calendar/team-period';
import { AttendanceFigures, type Exceptions, type PersonExceptionDays } from './work-calendar/attendance-figures';
import type { CalendarService } from './work-calendar/calendar.service';
import type { PersonDaysAbsent } from '../core/work-calendar/person-days';
import type { PersonRate } from './work-calendar/person-rates';
import { workingDaysIn, type WorkingDays } from '../core/work-calendar/working-days';
import type { ApprovedLeave } from './leave/approved-leave';
import type { LeaveRows } from './leave/leave-rows';
import { AttendanceListing, type AttendanceRow, type ListedStatus } from './work-calendar/attendance-listing';

/** What attendance needs of leave: who is off when, and a word when records appear or go on days of approved leave. */
export interface AttendanceLeave {
  approved: ApprovedLeave;
  rows: LeaveRows;
  /** A whole day of approved leave with a record is not charged: the ledger follows the records. */
  recordsChanged(employeeId: string, dates: string[], audit: AuditStamp): Promise<void>;
}

export interface AttendanceEntryInput extends AttendanceTimes {
  employee_id: string;
  attendance_date: string;
}

type ListFilter = Omit<AttendanceFilter, 'status'> & { status?: ListedStatus };

/** A record as the API shows it. */
export type AttendanceView = AttendanceRecord & { missing_check_out: boolean };

/** Check-in and check-out, direct entries and corrections, queries and summaries, all within the caller's scope. */
export class AttendanceService {
  private readonly figures: AttendanceFigures;
  private readonly listing: AttendanceListing;

  constructor(
    private readonly attendance: AttendanceRepository,
    private readonly employees: EmployeeRepository,
    private readonly teams: TeamRepository,
    private readonly clock: Clock,
    private readonly timeZone: string,
    private readonly policy: AttendancePolicy,
    private readonly calendars: CalendarService,
    private readonly leave: AttendanceLeave,
  ) {
    this.figures = new AttendanceFigures(attendance, employees, calendars, leave.approved);
    this.listing = new AttendanceListing(attendance, leave.rows, calendars);
  }

  /** Today and now, as the organisation's clock on the wall says. */
  private now(): { date: string; time: string } {
    const instant = this.clock.now();
    return { date: dateInZone(instant, this.timeZone), time: timeInZone(instant, this.timeZone) };
  }

  /**
   * One write: the repository checks that the employee exists, is active, is
   * employed today, is in a manager's team and is not on a whole-day holiday
   * as part of writing the record.
   */
  async checkIn(principal: Principal, employeeId?: string): Promise<AttendanceView> {
    const id = this.ownOrNamed(principal, employeeId);
    const { date, time } = this.now();
    const { holidays, leave } = await this.calendars.dayOf(id, date);
    if (leave === 'day') {
      // Only someone who may check this person in learns that they are on leave.
      if (id !== principal.employee_id) await this.writableEmployee(principal, id, canCheckInFor);
      throw new AttendanceStateError('ON_LEAVE', `${id} is on leave on ${date}; an admin or manager may still record the day`);
    }
    // Lateness is judged from the afternoon on a morning off; only then does someone else's team need reading.
    const teamId = holidays.any ? await this.currentTeam(principal, id) : null;
    const morningOff = holidays.morningOff(teamId, leave);
    const inTeam = checkInTeam(principal);
    try {
      const record = await this.attendance.checkIn(
        { employee_id: id, attendance_date: date, ...applyAttendanceChange(null, { check_in_time: time }, this.policy, morningOff) },
        { ...(inTeam !== undefined && { inTeam }), offTeams: holidays.wholeDayOffTeams() },
        stampFor(principal, this.clock.now()),
      );
      await this.calendars.noteRecordDates([date]);
      return withMissingCheckOut(record, date);
    } catch (error) {
      if (error instanceof AttendanceExistsError) throw new AttendanceStateError('ALREADY_CHECKED_IN', `${id} has already checked in on ${date}`);
      if (error instanceof NotFoundError) throw missingWriteTarget(principal, 'Employee', id);
      throw error;
    }
  }

  async checkOut(principal: Principal, employeeId?: string): Promise<AttendanceView> {
    const employee = await this.writableEmployee(principal, this.ownOrNamed(principal, employeeId), canCheckInFor);
    if (employee.status !== 'active') throw new AttendanceStateError('EMPLOYEE_INACTIVE', `${employee.employee_id} is not active`);
    const { date, time } = this.now();
    const { holidays, leave } = await this.calendars.dayOf(employee.employee_id, date);
    const updated = await this.attendance.update(
      employee.employee_id,
      date,
      (current) => {
        if (current.check_in_time === null) throw new AttendanceStateError('NOT_CHECKED_IN', `${employee.employee_id} has not checked in on ${date}`);
        if (current.check_out_time !== null)
          throw new AttendanceStateError('ALREADY_CHECKED_OUT', `${employee.employee_id} has already checked out on ${date}`);
        return { ...current, ...applyAttendanceChange(current, { check_out_time: time }, this.policy, holidays.morningOff(current.team_id, leave)) };
      },
      stampFor(principal, this.clock.now()),
    );
    if (!updated) throw new AttendanceStateError('NOT_CHECKED_IN', `${employee.employee_id} has not checked in on ${date}`);
    return withMissingCheckOut(updated, date);
  }

  /** A direct entry, written in the team the employee belonged to on that date. */
  async create(principal: Principal, input: AttendanceEntryInput): Promise<AttendanceView> {
    requireRole(principal, 'admin', 'manager');
    const today = this.now().date;
    if (input.attendance_date > today) throw ValidationError.field('attendance_date', 'must not be in the future');
    this.calendars.admitRecordDate(input.attendance_date);
    const employee = await this.writableEmployee(principal, input.employee_id, canWriteAttendanceOf);
    if (!employedOn(employee, input.attendance_date)) throw outsideEmployment(employee.employee_id, employee, input.attendance_date);
    const [periods, { holidays, leave }] = await Promise.all([
      this.employees.teamPeriods(employee.employee_id),
      this.calendars.dayOf(employee.employee_id, input.attendance_date),
    ]);
    const teamId = teamOn(periods, input.attendance_date) ?? employee.team_id;
    const { employee_id: _id, attendance_date: _date, ...times } = input;
    const record: AttendanceRecord = {
      employee_id: employee.employee_id,
      attendance_date: input.attendance_date,
      team_id: teamId,
      ...applyAttendanceChange(null, times, this.policy, holidays.morningOff(teamId, leave)),
    };
    const audit = stampFor(principal, this.clock.now());
    const created = await this.attendance.create(record, audit);
    await this.calendars.noteRecordDates([created.attendance_date]);
    if (leave === 'day') await this.leave.recordsChanged(created.employee_id, [created.attendance_date], audit);
    return withMissingCheckOut(created, today);
  }

  async get(principal: Principal, employeeId: string, date: string): Promise<AttendanceView> {
    const record = await this.attendance.get(employeeId, date);
    if (!record || !canReadAttendance(principal, record)) throw new NotFoundError('Attendance of', `${employeeId} on ${date}`);
    return withMissingCheckOut(record, this.now().date);
  }

  async update(principal: Principal, employeeId: string, date: string, change: AttendanceTimes): Promise<AttendanceView> {
    requireRole(principal, 'admin', 'manager');
    const { holidays, leave } = await this.calendars.dayOf(employeeId, date);
    const updated = await this.attendance.update(
      employeeId,
      date,
      (current) => {
        this.assertWritable(principal, current);
        return { ...current, ...applyAttendanceChange(current, change, this.policy, holidays.morningOff(current.team_id, leave)) };
      },
      stampFor(principal, this.clock.now()),
    );
    if (!updated) throw missingWriteTarget(principal, 'Attendance of', `${employeeId} on ${date}`);
    return withMissingCheckOut(updated, this.now().date);
  }

  async delete(principal: Principal, employeeId: string, date: string): Promise<void> {
    requireRole(principal, 'admin', 'manager');
    const record = await this.attendance.get(employeeId, date);
    if (!record) throw missingWriteTarget(principal, 'Attendance of', `${employeeId} on ${date}`);
    this.assertWritable(principal, record);
    const audit = stampFor(principal, this.clock.now());
    if (!(await this.attendance.delete(employeeId, date, audit))) throw missingWriteTarget(principal, 'Attendance of', `${employeeId} on ${date}`);
    await this.leave.recordsChanged(employeeId, [date], audit);
  }

  /** Records, and days of approved whole-day leave without one (`on-leave`), in one order; a null filter (nothing can match) lists nothing. */
  async list(principal: Principal, filter: ListFilter | null, page: PageRequest): Promise<Page<AttendanceRow>> {
    const scoped = filter && scopeEmployeeFilter(principal, filter);
    if (!scoped) return emptyPage();
    return this.listing.list(scoped, page);
  }

  /**
   * Path-scoped: the records in the caller's scope, as the list gives them; an
   * employee the caller never had in scope is 404, as if absent.
   */
  async listForEmployee(principal: Principal, employeeId: string, filter: ListFilter, page: PageRequest): Promise<Page<AttendanceRow>> {
    const employee = await this.employees.get(employeeId);
    // Membership periods are read only when the present team does not settle it.
    const inScope =
      employee !== null &&
      (canReadEmployee(principal, employee) || (principal.role === 'manager' && wasInTeamOf(principal, await this.employees.teamPeriods(employeeId))));
    if (!inScope) throw new NotFoundError('Employee', employeeId);
    return this.list(principal, withinPath(filter, { employee_id: employeeId }), page);
  }

  async listForTeam(principal: Principal, teamId: string, filter: ListFilter, page: PageRequest): Promise<Page<AttendanceRow>> {
    const visible = isAdmin(principal) || (principal.role === 'manager' && principal.team_id === teamId);
    if (!visible || !(await this.teams.get(teamId))) throw new NotFoundError('Team', teamId);
    return this.list(principal, withinPath(filter, { team_id: teamId }), page);
  }

  /** Today in the organisation's time zone. */
  today(): string {
    return this.now().date;
  }

  /** The day (default yesterday) and the seven days ending on it; a manager's is their own team's. */
  summary(principal: Principal, query: { date?: string; team_id?: string }): Promise<AttendanceSummary> {
    return this.figures.summary(principal, query);
  }

  /** Any range of days up to today, with per-team totals. Scoped as summary() is. */
  rangeSummary(principal: Principal, query: { from: string; to: string; team_id?: string }): Promise<RangeSummary> {
    return this.figures.rangeSummary(principal, query);
  }

  /** Who was late, absent, not checked in yet, on a half day or without a check-out on one date. */
  exceptions(principal: Principal, query: { date: string; status: Exceptions['status']; team_id?: string }): Promise<Exceptions> {
    return this.figures.exceptions(principal, query);
  }

  /** exceptions() over a range: each person with the dates they counted under the status, most days first. */
  exceptionsBetween(
    principal: Principal,
    query: { from: string; to: string; status: Exceptions['status']; team_id?: string; position?: Position },
  ): Promise<PersonExceptionDays[]> {
    return this.figures.exceptionsBetween(principal, query);
  }

  /** Each person's attendance rate over a range, optionally of one position; scoped as rangeSummary() is. */
  ratesBetween(principal: Principal, query: { from: string; to: string; team_id?: string; position?: Position }): Promise<PersonRate[]> {
    return this.figures.ratesBetween(principal, query);
  }

  /** The working days of a range by the work calendar: a team's (its holidays and the organisation's) or the organisation's. */
  async workingDays(from: string, to: string, teamId: string | null): Promise<WorkingDays> {
    return workingDaysIn(await this.calendars.forRange(from, to), from, to, teamId);
  }

  /** Hours worked per person over a range, of the records the caller may read (those with hours). */
  hoursBetween(principal: Principal, query: { from: string; to: string; team_id?: string }): Promise<{ employee_id: string; hours: number; days: number }[]> {
    return this.figures.hoursBetween(principal, query);
  }

  /** One employee's expected days, absences and rate over a range, by the rule, from their records. */
  personDays(employee: Employee, records: readonly AttendanceRecord[], from: string, to: string): Promise<PersonDaysAbsent> {
    return this.figures.personDays(employee, records, from, to);
  }

  /** The team of a check-in's employee right now: the caller's own when it is them. */
  private async currentTeam(principal: Principal, employeeId: string): Promise<string | null> {
    if (employeeId === principal.employee_id) return principal.team_id;
    return (await this.employees.get(employeeId))?.team_id ?? null;
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
