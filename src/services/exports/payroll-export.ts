import { summaryTeams, type Principal } from '../../core/access';
import { ValidationError } from '../../core/errors';
import type { PayrollRow } from '../../core/export/payroll';
import type { LeaveRepository } from '../../core/leave/leave-repository';
import type { AttendanceRepository, EmployeeRepository } from '../../core/ports';
import type { Membership } from '../../core/work-calendar/team-period';
import type { CalendarService } from '../work-calendar/calendar.service';
import { MonthFacts, PayrollSlices } from './payroll-slices';

export interface PayrollExportQuery {
  /** YYYY-MM */
  month: string;
  team_id?: string;
}

/** An export under way: the rows come a slice of people at a time, by employee_id, each slice read only when the one before has been taken. */
export interface PayrollExportStream {
  month: string;
  pages: AsyncIterable<PayrollRow[]>;
}

export interface PayrollExportOptions {
  /** People read and added up at a time: what bounds an export's memory, whatever the size of the organisation. */
  pageSize: number;
}

function lastDayOf(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

const byEmployeeId = (a: [string, Membership[]], b: [string, Membership[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

/**
 * GET /exports/attendance: one row per employee counted in the month, each
 * the absence rule's figures over their counted days (payrollRow). With a
 * team (a manager's always), the people who belonged to it on at least one
 * day of the month, over those days; without, everyone employed on at least
 * one day, over the whole month, in the team of their last such day.
 */
export class PayrollExport {
  private readonly slices: PayrollSlices;

  constructor(
    private readonly employees: EmployeeRepository,
    attendance: AttendanceRepository,
    private readonly leave: LeaveRepository,
    private readonly calendars: CalendarService,
    private readonly options: PayrollExportOptions,
  ) {
    this.slices = new PayrollSlices(employees, attendance);
  }

  /** Checks the request (403, 422) before anything is sent; the rows follow as they are read. */
  stream(principal: Principal, query: PayrollExportQuery): PayrollExportStream {
    const teams = summaryTeams(principal, query.team_id);
    const today = this.calendars.today();
    const from = `${query.month}-01`;
    if (from > today) throw ValidationError.field('month', 'must not be after this month');
    const last = lastDayOf(query.month);
    const to = last < today ? last : today;
    return { month: query.month, pages: this.pages(from, to, teams) };
  }

  /** The whole export at once (JSON, and the buffered answers on Lambda alike). */
  async rows(principal: Principal, query: PayrollExportQuery): Promise<{ month: string; items: PayrollRow[] }> {
    const { month, pages } = this.stream(principal, query);
    const items: PayrollRow[] = [];
    for await (const page of pages) items.push(...page);
    return { month, items };
  }

  /**
   * Who is counted and the month's calendar and leave are read first (a few
   * items per person); the people's records, the bulk of the month, are read
   * one slice at a time, the next slice while the one before is being written.
   */
  private async *pages(from: string, to: string, teams: string[] | null): AsyncGenerator<PayrollRow[]> {
    if (teams?.length === 0) return;
    const [memberships, approved, types, calendar] = await Promise.all([
      this.employees.membershipsBetween(from, to, teams),
      this.leave.approvedBetween(from, to, { team_ids: null }),
      this.leave.listTypes(),
      this.calendars.forRange(from, to),
    ]);
    const people = new Map<string, Membership[]>();
    for (const m of memberships) people.set(m.employee_id, [...(people.get(m.employee_id) ?? []), m]);
    const ordered = [...people].sort(byEmployeeId);
    const leaveOf = new Map<string, typeof approved>();
    for (const r of approved) leaveOf.set(r.employee_id, [...(leaveOf.get(r.employee_id) ?? []), r]);
    const month = new MonthFacts(from, to, calendar, leaveOf, new Map(types.map((t) => [t.code, t.paid])), teams);
    const size = this.options.pageSize;
    for (let start = 0; start < ordered.length; start += size) yield await this.slices.rows(ordered.slice(start, start + size), month);
  }
}
