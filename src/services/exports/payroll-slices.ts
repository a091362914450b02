import type { AttendanceRecord } from '../../core/attendance';
import { payrollRow, type PayrollDay, type PayrollRow } from '../../core/export/payroll';
import type { LeaveRequest } from '../../core/leave/leave-request';
import type { AttendanceRepository, EmployeeRepository } from '../../core/ports';
import { datesBetween } from '../../core/work-calendar/dates';
import type { Membership } from '../../core/work-calendar/team-period';
import type { CalendarDay, WorkCalendar } from '../../core/work-calendar/work-calendar';

/**
 * What every slice of one export shares: the month's dates and calendar, its
 * approved leave by employee, which leave types are paid, the teams exported
 * (null: all). A month has a few dozen distinct team days against tens of
 * thousands of counted days, so each team day is asked of the calendar once.
 */
export class MonthFacts {
  readonly dates: readonly string[];
  private readonly days = new Map<string, CalendarDay>();

  constructor(
    from: string,
    to: string,
    private readonly calendar: WorkCalendar,
    readonly leaveOf: ReadonlyMap<string, readonly LeaveRequest[]>,
    readonly paid: ReadonlyMap<string, boolean>,
    readonly teams: readonly string[] | null,
  ) {
    this.dates = datesBetween(from, to);
  }

  day(date: string, teamId: string): CalendarDay {
    const key = `${teamId}|${date}`;
    let day = this.days.get(key);
    if (!day) this.days.set(key, (day = this.calendar.day(date, teamId)));
    return day;
  }
}

type CountedDay = { date: string; team_id: string };
const NO_LEAVE: PayrollDay['leave'] = [];

/** The counted days of one person: each day of each of their memberships, in date order. */
function countedDays(memberships: readonly Membership[], dates: readonly string[]): CountedDay[] {
  return [...memberships]
    .sort((a, b) => (a.from < b.from ? -1 : 1))
    .flatMap((m) => dates.filter((date) => m.from <= date && date <= m.to).map((date) => ({ date, team_id: m.team_id })));
}

/** The payroll rows of a slice of people: their employee records and their attendance of the month, each person's counted days looked up in it. */
export class PayrollSlices {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly attendance: AttendanceRepository,
  ) {}

  async rows(people: readonly [string, Membership[]][], month: MonthFacts): Promise<PayrollRow[]> {
    const days = people.map(([id, memberships]) => [id, countedDays(memberships, month.dates)] as const);
    const ids = people.map(([id]) => id);
    const [employees, records] = await Promise.all([this.employees.getMany(ids), this.attendance.ofEmployees(ids, month.dates[0]!, month.dates.at(-1)!)]);
    const byId = new Map(employees.map((e) => [e.employee_id, e]));
    const recordsOf = new Map<string, Map<string, AttendanceRecord>>();
    for (const r of records) {
      // With a team, only the records written in it count, as in the summary.
      if (month.teams !== null && !month.teams.includes(r.team_id)) continue;
      const own = recordsOf.get(r.employee_id) ?? new Map<string, AttendanceRecord>();
      recordsOf.set(r.employee_id, own.set(r.attendance_date, r));
    }
    return days.flatMap(([id, counted]) => {
      const employee = byId.get(id);
      // Deleted since the memberships were read.
      if (!employee) return [];
      const leave = month.leaveOf.get(id);
      const own = recordsOf.get(id);
      const payrollDays = counted.map(({ date, team_id }): PayrollDay => ({
        day: month.day(date, team_id),
        leave: leave ? leave.filter((r) => r.from <= date && date <= r.to).map((r) => ({ half: r.half_day, paid: month.paid.get(r.code) ?? true })) : NO_LEAVE,
        record: own?.get(date) ?? null,
      }));
      return [payrollRow(employee, counted.at(-1)!.team_id, payrollDays)];
    });
  }
}
