import { employedOn, type AttendanceRecord } from '../../core/attendance';
import type { LeaveRepository } from '../../core/leave/leave-repository';
import type { AttendanceRepository, EmployeeRepository } from '../../core/ports';
import { leaveTaken } from '../../core/work-calendar/absence-rule';
import { datesBetween } from '../../core/work-calendar/dates';
import type { CalendarService } from '../work-calendar/calendar.service';

/** A day of approved whole-day leave without a record, as GET /attendance shows it. */
export type LeaveRow = Omit<AttendanceRecord, 'status'> & { status: 'on-leave'; leave_code: string; missing_check_out: false };

/**
 * The `on-leave` rows of GET /attendance: days of approved whole-day leave
 * that take working time off (not a weekly off day or a whole holiday),
 * within employment, and have no record (a record made on a day of leave
 * stands instead). Never stored: made from the leave when asked.
 */
export class LeaveRows {
  constructor(
    private readonly leave: LeaveRepository,
    private readonly employees: EmployeeRepository,
    private readonly attendance: AttendanceRepository,
    private readonly calendars: CalendarService,
  ) {}

  /** Rows from `from` to `to` for one employee, one team (the team the leave was filed in) or everyone; in the API's order. */
  async between(filter: { employee_id?: string; team_id?: string }, from: string, to: string): Promise<LeaveRow[]> {
    if (from > to) return [];
    const who = filter.employee_id !== undefined ? { employee_id: filter.employee_id } : { team_ids: filter.team_id === undefined ? null : [filter.team_id] };
    const requests = (await this.leave.approvedBetween(from, to, who)).filter(
      (r) => r.half_day === null && (filter.team_id === undefined || r.team_id === filter.team_id),
    );
    if (requests.length === 0) return [];
    const [employees, calendar] = await Promise.all([
      this.employees.getMany([...new Set(requests.map((r) => r.employee_id))]),
      this.calendars.forRange(from, to),
    ]);
    const byId = new Map(employees.map((e) => [e.employee_id, e]));
    const candidates = requests.flatMap((request) => {
      const employee = byId.get(request.employee_id);
      if (!employee) return [];
      return datesBetween(request.from > from ? request.from : from, request.to < to ? request.to : to)
        .filter((date) => employedOn(employee, date) && leaveTaken(calendar.day(date, request.team_id), 'day') > 0)
        .map((date): LeaveRow => ({
          employee_id: request.employee_id,
          attendance_date: date,
          team_id: request.team_id,
          status: 'on-leave',
          leave_code: request.code,
          check_in_time: null,
          check_out_time: null,
          hours_worked: null,
          notes: request.reason,
          missing_check_out: false,
        }));
    });
    const recorded = new Set(
      (await this.attendance.getMany(candidates.map((c) => ({ employee_id: c.employee_id, attendance_date: c.attendance_date })))).map(
        (r) => `${r.employee_id}/${r.attendance_date}`,
      ),
    );
    const unique = new Map(
      candidates.filter((c) => !recorded.has(`${c.employee_id}/${c.attendance_date}`)).map((c) => [`${c.employee_id}/${c.attendance_date}`, c]),
    );
    return [...unique.values()].sort(listOrder);
  }
}

/** GET /attendance's order: date descending, then employee id. */
export function listOrder(a: Pick<AttendanceRecord, 'attendance_date' | 'employee_id'>, b: Pick<AttendanceRecord, 'attendance_date' | 'employee_id'>): number {
  if (a.attendance_date !== b.attendance_date) return a.attendance_date < b.attendance_date ? 1 : -1;
  return a.employee_id < b.employee_id ? -1 : a.employee_id > b.employee_id ? 1 : 0;
}
