import { canReadEmployee, requireRole, scopeEmployeeFilter, type Principal } from '../../core/access';
import { stampFor } from '../../core/audit/audit-entry';
import type { Employee } from '../../core/employee';
import { NotFoundError, ValidationError } from '../../core/errors';
import { BookChange } from '../../core/leave/book-change';
import { emptyBalance, grantFor, roundDays, withAvailable, type LeaveBalance, type LedgerEntry } from '../../core/leave/ledger';
import { yearOf } from '../../core/leave/leave-request';
import type { LeaveType } from '../../core/leave/leave-type';
import { emptyPage, readPosition, writePosition, type Page, type PageRequest } from '../../core/page';
import type { Clock } from '../../core/ports';
import type { LeaveContext } from './leave-context';
import { checkLeaveYear } from './leave-dates';

export interface BalanceFilter {
  employee_id?: string;
  team_id?: string;
  year?: number;
}

export interface AdjustmentInput {
  employee_id: string;
  code: string;
  year: number;
  days: number;
  reason: string;
}

/** Where a balance listing stands: the employees' page position and how many of its items were given already. */
interface BalancePosition {
  employees?: string;
  skip: number;
}

function isBalancePosition(value: unknown): value is BalancePosition {
  if (typeof value !== 'object' || value === null) return false;
  const { skip, employees } = value as Partial<BalancePosition>;
  return Number.isSafeInteger(skip) && skip! >= 0 && (employees === undefined || typeof employees === 'string');
}

function employedIn(employee: Pick<Employee, 'hire_date' | 'end_date'>, year: number): boolean {
  return yearOf(employee.hire_date) <= year && (employee.end_date === null || yearOf(employee.end_date) >= year);
}

/** Balances and the ledger behind them: read in scope, adjusted by an admin, never before the year's grant is on the ledger. */
export class LeaveBalanceService {
  constructor(
    private readonly context: LeaveContext,
    private readonly clock: Clock,
  ) {}

  /** One item per employee in scope employed that year and leave type, by employee_id then code; the year defaults to this one. */
  async list(principal: Principal, filter: BalanceFilter, page: PageRequest): Promise<Page<LeaveBalance>> {
    const scoped = scopeEmployeeFilter(principal, {
      ...(filter.employee_id !== undefined && { employee_id: filter.employee_id }),
      ...(filter.team_id !== undefined && { team_id: filter.team_id }),
    });
    if (!scoped) return emptyPage();
    const year = filter.year ?? yearOf(this.context.calendars.today());
    const types = [...(await this.context.types()).values()];
    const position = page.after === undefined ? { skip: 0 } : readPosition(page.after, isBalancePosition);
    const wanted = Math.max(1, Math.ceil((position.skip + page.limit) / Math.max(1, types.length)));
    const employees = await this.context.employees.list(scoped, { limit: wanted, ...(position.employees !== undefined && { after: position.employees }) });
    const employed = employees.items.filter((e) => employedIn(e, year));
    const balances = await this.granted(employed, year, types);
    const items = employed.flatMap((e) => types.map((t) => balances.get(`${e.employee_id}/${t.code}`) ?? emptyBalance(e.employee_id, t.code, year)));
    const shown = items.slice(position.skip, position.skip + page.limit);
    const rest = position.skip + page.limit < items.length;
    const next = rest
      ? writePosition({ ...position, skip: position.skip + page.limit })
      : employees.next === null
        ? null
        : writePosition({ employees: employees.next, skip: 0 });
    return { items: shown, next };
  }

  /** An employee's ledger, oldest first; the caller's own when no employee is named. Out of scope lists nothing. */
  async ledger(principal: Principal, filter: { employee_id?: string; year?: number; code?: string }, page: PageRequest): Promise<Page<LedgerEntry>> {
    const employeeId = filter.employee_id ?? principal.employee_id;
    if (employeeId === null) throw ValidationError.field('employee_id', 'is required: this login has no employee record');
    const employee = await this.context.employees.get(employeeId);
    if (!employee || !canReadEmployee(principal, employee)) return emptyPage();
    if (page.after === undefined) {
      const year = filter.year ?? yearOf(this.context.calendars.today());
      if (employedIn(employee, year)) await this.granted([employee], year, [...(await this.context.types()).values()]);
    }
    return this.context.leave.ledger(
      { employee_id: employeeId, ...(filter.year !== undefined && { year: filter.year }), ...(filter.code !== undefined && { code: filter.code }) },
      page,
    );
  }

  /** POST /leave-adjustments (admin): one entry, with the balance it leaves. */
  async adjust(principal: Principal, input: AdjustmentInput): Promise<LeaveBalance> {
    requireRole(principal, 'admin');
    const employee = await this.context.employees.get(input.employee_id);
    if (!employee) throw new NotFoundError('Employee', input.employee_id);
    checkLeaveYear(employee, input.year, await this.context.calendars.trackingStart());
    const type = await this.context.type(input.code);
    let after: LeaveBalance | undefined;
    await this.context.leave.change(
      [employee.employee_id],
      { years: [input.year] },
      (books) => {
        const change = new BookChange(books, new Map([[employee.employee_id, employee]]), new Map([[type.code, type]]));
        const entry = {
          employee_id: employee.employee_id,
          code: type.code,
          year: input.year,
          kind: 'adjustment' as const,
          days: input.days,
          request_id: null,
          reason: input.reason,
          actor: principal.username,
        };
        const before = change.balance(employee.employee_id, type.code, input.year);
        change.append(entry);
        after = change.balance(employee.employee_id, type.code, input.year);
        change.note({
          action: 'adjust',
          entity: 'leave_adjustment',
          entity_id: '',
          before: withAvailable(before),
          after: { ...entry, balance: withAvailable(after) },
          reason: input.reason,
        });
        return change.result();
      },
      stampFor(principal, this.clock.now()),
    );
    return after!;
  }

  /**
   * The balances of these employees in a year, each with the grant its
   * employment and allowance give now: a grant owed (the first, or a
   * compensating one after a date or an allowance changed) is appended
   * first, in the same step as any other leave write of the employee.
   */
  private async granted(employees: readonly Employee[], year: number, types: readonly LeaveType[]): Promise<Map<string, LeaveBalance>> {
    const stored = await this.context.leave.balances(
      employees.map((e) => e.employee_id),
      [year],
    );
    const byKey = new Map(stored.map((b) => [`${b.employee_id}/${b.code}`, b]));
    const owing = employees.filter((e) =>
      types.some((t) => roundDays(grantFor(t.annual_allowance_days, e, year) - (byKey.get(`${e.employee_id}/${t.code}`)?.allocated ?? 0)) !== 0),
    );
    for (const employee of owing) {
      const change = await this.context.leave.change([employee.employee_id], { years: [year] }, (books) => {
        const step = new BookChange(books, new Map([[employee.employee_id, employee]]), new Map(types.map((t) => [t.code, t])));
        for (const type of types) step.balance(employee.employee_id, type.code, year);
        return step.result();
      });
      for (const balance of change.balances) byKey.set(`${balance.employee_id}/${balance.code}`, balance);
    }
    return byKey;
  }
}
