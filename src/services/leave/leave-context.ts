import type { AttendanceRecord } from '../../core/attendance';
import type { Employee } from '../../core/employee';
import { ValidationError } from '../../core/errors';
import type { LeaveDays } from '../../core/leave/leave-charge';
import type { LeaveRepository } from '../../core/leave/leave-repository';
import type { LeaveType } from '../../core/leave/leave-type';
import type { AttendanceRepository, EmployeeRepository } from '../../core/ports';
import { teamOn } from '../../core/work-calendar/team-period';
import type { CalendarService } from '../work-calendar/calendar.service';

/**
 * What leave decisions read besides the leave itself: the types, an
 * employee's own calendar (the holidays of the team they belong to each day)
 * and their attendance records.
 */
export class LeaveContext {
  constructor(
    readonly leave: LeaveRepository,
    readonly employees: EmployeeRepository,
    private readonly attendance: AttendanceRepository,
    readonly calendars: CalendarService,
  ) {}

  async types(): Promise<Map<string, LeaveType>> {
    return new Map((await this.leave.listTypes()).map((t) => [t.code, t]));
  }

  /** A type a request or an adjustment names; unknown is the client's mistake (422). */
  async type(code: string, field = 'code'): Promise<LeaveType> {
    const type = await this.leave.getType(code);
    if (!type) throw ValidationError.field(field, `Leave type ${code} does not exist`);
    return type;
  }

  /** The days of `from` … `to` as the employee lives them: their team's calendar each day, and their records. */
  async daysOf(employee: Employee, from: string, to: string): Promise<LeaveDays> {
    const [periods, calendar, records] = await Promise.all([
      this.employees.teamPeriods(employee.employee_id),
      this.calendars.forRange(from, to),
      this.recordsOf(employee.employee_id, from, to),
    ]);
    const recorded = new Set(records.map((r) => r.attendance_date));
    return {
      dayOf: (date) => calendar.day(date, teamOn(periods, date) ?? employee.team_id),
      hasRecord: (date) => recorded.has(date),
    };
  }

  private async recordsOf(employeeId: string, from: string, to: string): Promise<AttendanceRecord[]> {
    const records: AttendanceRecord[] = [];
    let after: string | undefined;
    do {
      const page = await this.attendance.list({ employee_id: employeeId, from, to }, { limit: 500, ...(after !== undefined && { after }) });
      records.push(...page.items);
      after = page.next ?? undefined;
    } while (after !== undefined);
    return records;
  }
}
