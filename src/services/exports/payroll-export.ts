import { summaryTeams, type Principal } from '../../core/access';
import type { AttendanceRecord } from '../../core/attendance';
import type { Employee } from '../../core/employee';
import { ValidationError } from '../../core/errors';
import { payrollRow, type PayrollDay, type PayrollRow } from '../../core/export/payroll';
import type { LeaveRepository } from '../../core/leave/leave-repository';
import type { AttendanceRepository, EmployeeRepository } from '../../core/ports';
import { datesBetween } from '../../core/work-calendar/dates';
import type { CalendarService } from '../work-calendar/calendar.service';

export interface PayrollExportQuery {
  /** YYYY-MM */
  month: string;
  team_id?: string;
}

function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/**
 * GET /exports/attendance: one row per employee counted in the month, each
 * the absence rule's figures over their counted days (payrollRow). With a
 * team (a manager's always), the people who belonged to it on at least one
 * day of the month, over those days; without, everyone employed on at least
 * one day, over the whole month, in the team of their last such day.
 */
export class PayrollExport {
  constructor(
    private readonly employees: EmployeeRepository,
    private readonly attendance: AttendanceRepository,
    private readonly leave: LeaveRepository,
    private readonly calendars: CalendarService,
  ) {}

  async rows(principal: Principal, query: PayrollExportQuery): Promise<{ month: string; items: PayrollRow[] }> {
    const teams = summaryTeams(principal, query.team_id);
    const today = this.calendars.today();
    const from = `${query.month}-01`;
    if (from > today) throw ValidationError.field('month', 'must not be after this month');
    const last = lastDayOf(query.month);
    const to = last < today ? last : today;
    if (teams !== null && teams.length === 0) return { month: query.month, items: [] };
    const dates = datesBetween(from, to);
    const [members, records, approved, types, calendar] = await Promise.all([
      Promise.all(dates.map((date) => this.employees.membersOn(date, teams))),
      this.recordsBetween(from, to, teams),
      this.leave.approvedBetween(from, to, { team_ids: null }),
      this.leave.listTypes(),
      this.calendars.forRange(from, to),
    ]);
    const paid = new Map(types.map((t) => [t.code, t.paid]));
    const recordOf = new Map(records.map((r) => [`${r.employee_id}|${r.attendance_date}`, r]));
    const leaveOf = new Map<string, typeof approved>();
    for (const r of approved) leaveOf.set(r.employee_id, [...(leaveOf.get(r.employee_id) ?? []), r]);
    const people = new Map<string, { employee: Employee; team: string; days: PayrollDay[] }>();
    for (const [index, date] of dates.entries()) {
      for (const { employee, team_id } of members[index]!) {
        const person = people.get(employee.employee_id) ?? { employee, team: team_id, days: [] };
        person.team = team_id;
        person.days.push({
          day: calendar.day(date, team_id),
          leave: (leaveOf.get(employee.employee_id) ?? []).filter((r) => r.from <= date && date <= r.to).map((r) => ({ half: r.half_day, paid: paid.get(r.code) ?? true })),
          record: recordOf.get(`${employee.employee_id}|${date}`) ?? null,
        });
        people.set(employee.employee_id, person);
      }
    }
    const items = [...people.values()]
      .sort((a, b) => (a.employee.employee_id < b.employee.employee_id ? -1 : a.employee.employee_id > b.employee.employee_id ? 1 : 0))
      .map((p) => payrollRow(p.employee, p.team, p.days));
    return { month: query.month, items };
  }

  /** Every record of the dates, of the teams (all when null), page by page. */
  private async recordsBetween(from: string, to: string, teams: string[] | null): Promise<AttendanceRecord[]> {
    const records: AttendanceRecord[] = [];
    for (const team of teams ?? [undefined]) {
      let after: string | undefined;
      do {
        const page = await this.attendance.list({ from, to, ...(team !== undefined && { team_id: team }) }, { limit: 500, ...(after !== undefined && { after }) });
        records.push(...page.items);
        after = page.next ?? undefined;
      } while (after !== undefined);
    }
    return records;
  }
}
