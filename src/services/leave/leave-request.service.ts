import { randomUUID } from 'node:crypto';
import { canReadEmployee, missingWriteTarget, scopeEmployeeFilter, type Principal } from '../../core/access';
import { stampFor } from '../../core/audit/audit-entry';
import type { Employee } from '../../core/employee';
import { ForbiddenError, LeaveStateError, NotFoundError, OutOfScopeError, ValidationError } from '../../core/errors';
import { BookChange } from '../../core/leave/book-change';
import { approvedCharge, chargedBy, requestedDays } from '../../core/leave/leave-charge';
import {
  isLive,
  mayCancel,
  mayDecide,
  mayRequestFor,
  overlaps,
  totalOf,
  yearsOf,
  type LeaveBriefFilter,
  type LeaveParties,
  type LeaveRequest,
  type LeaveRequestBrief,
  type LeaveRequestFilter,
} from '../../core/leave/leave-request';
import type { LeaveType } from '../../core/leave/leave-type';
import { emptyPage, type Page, type PageRequest } from '../../core/page';
import type { AccountRepository, Clock } from '../../core/ports';
import { checkLeaveDates } from './leave-dates';
import type { LeaveContext } from './leave-context';

export interface LeaveRequestInput {
  employee_id?: string;
  code: string;
  from: string;
  to: string;
  half_day?: 'am' | 'pm' | null;
  reason?: string | null;
}

/** A request as the API shows it: what it holds of the balance is the ledger's to tell. */
export type LeaveRequestView = Omit<LeaveRequest, 'charges'>;

export function requestView({ charges: _charges, ...view }: LeaveRequest): LeaveRequestView {
  return view;
}

type Decision = 'approve' | 'reject' | 'cancel';

/** Filing leave, deciding it and cancelling it, each one atomic step on the employee's book. */
export class LeaveRequestService {
  constructor(
    private readonly context: LeaveContext,
    private readonly accounts: AccountRepository,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, input: LeaveRequestInput): Promise<LeaveRequestView> {
    const employeeId = input.employee_id ?? principal.employee_id;
    if (employeeId === null) throw ValidationError.field('employee_id', 'is required: this login has no employee record');
    if (principal.role === 'employee' && employeeId !== principal.employee_id) throw new ForbiddenError('Employees ask for their own leave');
    const employee = await this.context.employees.get(employeeId);
    if (!employee) throw missingWriteTarget(principal, 'Employee', employeeId);
    if (!mayRequestFor(principal, employee)) throw new OutOfScopeError();
    const type = await this.context.type(input.code);
    const halfDay = input.half_day ?? null;
    if (halfDay !== null && input.from !== input.to) throw ValidationError.field('half_day', 'is only for a request of one day (from = to)');
    if (halfDay !== null && !type.allow_half_day) throw ValidationError.field('half_day', `${type.code} is not taken in half days`);
    checkLeaveDates(employee, input.from, input.to, await this.context.calendars.trackingStart());
    const charges = requestedDays({ from: input.from, to: input.to, half_day: halfDay }, await this.context.daysOf(employee, input.from, input.to));
    const days = totalOf(charges);
    if (days === 0) throw ValidationError.field(halfDay === null ? 'to' : 'half_day', 'The request takes no working time: every day is off already');
    const now = this.clock.now().toISOString();
    const request: LeaveRequest = {
      request_id: randomUUID(),
      employee_id: employee.employee_id,
      team_id: employee.team_id,
      code: type.code,
      from: input.from,
      to: input.to,
      half_day: halfDay,
      days,
      charges,
      status: 'pending',
      reason: input.reason ?? null,
      requested_by: principal.username,
      decided_by: null,
      decided_at: null,
      decision_note: null,
      created_at: now,
      updated_at: now,
    };
    await this.context.leave.change(
      [employee.employee_id],
      { years: yearsOf(request.from, request.to), from: request.from, to: request.to },
      (books) => {
        const change = new BookChange(books, new Map([[employee.employee_id, employee]]), new Map([[type.code, type]]));
        reserveChecked(change, request, type);
        change.put(request);
        change.note({ action: 'create', entity: 'leave_request', entity_id: request.request_id, after: requestView(request), reason: request.reason });
        return change.result();
      },
      stampFor(principal, this.clock.now()),
    );
    return requestView(request);
  }

  async get(principal: Principal, requestId: string): Promise<LeaveRequestView> {
    return requestView((await this.readable(principal, requestId)).request);
  }

  async list(principal: Principal, filter: LeaveRequestFilter, page: PageRequest): Promise<Page<LeaveRequestView>> {
    const scoped = scopeEmployeeFilter(principal, filter);
    if (!scoped) return emptyPage();
    const found = await this.context.leave.listRequests(scoped, page);
    return { ...found, items: found.items.map(requestView) };
  }

  /** The first `limit` requests the caller may see that the filter matches, as briefs, newest first, and how many it matches. */
  async briefs(principal: Principal, filter: LeaveBriefFilter, limit: number): Promise<{ briefs: LeaveRequestBrief[]; total: number }> {
    const scoped = scopeEmployeeFilter(principal, filter);
    return scoped ? this.context.leave.requestBriefs(scoped, limit) : { briefs: [], total: 0 };
  }

  /** What a request the caller was shown has taken by a date, by its employee's calendar: the days after it are still ahead. */
  async takenBy(request: LeaveRequestBrief, date: string): Promise<number> {
    if (request.from > date) return 0;
    if (request.to <= date) return request.days;
    const employee = await this.context.employees.get(request.employee_id);
    if (!employee) return 0;
    return chargedBy(request, await this.context.daysOf(employee, request.from, request.to < date ? request.to : date), date);
  }

  /** The first and last dates of an employee's pending and approved leave: what their employment dates must keep covering. */
  async span(employeeId: string): Promise<{ first: string; last: string } | null> {
    let first: string | null = null;
    let last: string | null = null;
    let after: string | undefined;
    do {
      const page = await this.context.leave.listRequests({ employee_id: employeeId }, { limit: 500, ...(after !== undefined && { after }) });
      for (const r of page.items.filter(isLive)) {
        if (first === null || r.from < first) first = r.from;
        if (last === null || r.to > last) last = r.to;
      }
      after = page.next ?? undefined;
    } while (after !== undefined);
    return first === null || last === null ? null : { first, last };
  }

  approve(principal: Principal, requestId: string, note: string | null): Promise<LeaveRequestView> {
    return this.decide(principal, requestId, 'approve', note);
  }

  reject(principal: Principal, requestId: string, note: string | null): Promise<LeaveRequestView> {
    return this.decide(principal, requestId, 'reject', note);
  }

  cancel(principal: Principal, requestId: string, note: string | null): Promise<LeaveRequestView> {
    return this.decide(principal, requestId, 'cancel', note);
  }

  private async decide(principal: Principal, requestId: string, decision: Decision, note: string | null): Promise<LeaveRequestView> {
    // A write: out of scope is 403 whether or not the request exists; only an admin learns 404.
    const { request, employee } = await this.readable(principal, requestId).catch((error: unknown) => {
      throw error instanceof NotFoundError ? missingWriteTarget(principal, 'Leave request', requestId) : error;
    });
    const parties = await this.parties(employee);
    const today = this.context.calendars.today();
    const allowed = decision === 'cancel' ? mayCancel(principal, parties, request, today) : mayDecide(principal, parties);
    if (!allowed) throw new ForbiddenError(decision === 'cancel' ? 'You may not cancel this leave' : 'You may not decide this leave');
    const [type, days] = await Promise.all([
      this.context.type(request.code),
      decision === 'approve' ? this.context.daysOf(employee, request.from, request.to) : null,
    ]);
    let decided: LeaveRequest | undefined;
    await this.context.leave.change(
      [employee.employee_id],
      { years: yearsOf(request.from, request.to), from: request.from, to: request.to },
      (books) => {
        const change = new BookChange(books, new Map([[employee.employee_id, employee]]), new Map([[type.code, type]]));
        const current = change.book(employee.employee_id).requests.find((r) => r.request_id === requestId);
        if (!current || !isLive(current) || (decision !== 'cancel' && current.status !== 'pending')) {
          throw new LeaveStateError('NOT_PENDING', `Leave request ${requestId} is ${current?.status ?? 'decided already'}`);
        }
        if (decision === 'cancel' && !mayCancel(principal, parties, current, today)) throw new ForbiddenError('You may not cancel this leave');
        const base = {
          ...current,
          decided_by: principal.username,
          decided_at: this.clock.now().toISOString(),
          decision_note: note,
          updated_at: this.clock.now().toISOString(),
        };
        if (current.status === 'pending') change.reserve(current, current.charges, -1);
        else change.take(current, current.charges, principal.username, -1, 'cancelled');
        if (decision === 'approve') {
          const charges = approvedCharge(current, days!);
          change.take(current, charges, principal.username, 1);
          decided = { ...base, status: 'approved', charges };
        } else {
          decided = { ...base, status: decision === 'reject' ? 'rejected' : 'cancelled', charges: {} };
        }
        change.put(decided);
        change.note({
          action: decision,
          entity: 'leave_request',
          entity_id: requestId,
          before: requestView(current),
          after: requestView(decided),
          reason: note,
        });
        return change.result();
      },
      stampFor(principal, this.clock.now()),
    );
    return requestView(decided!);
  }

  /** A request the caller may see, with its employee; anything else is 404, as if absent. */
  private async readable(principal: Principal, requestId: string): Promise<{ request: LeaveRequest; employee: Employee }> {
    const request = await this.context.leave.getRequest(requestId);
    const employee = request && (await this.context.employees.get(request.employee_id));
    const visible =
      request &&
      employee &&
      (canReadEmployee(principal, { employee_id: request.employee_id, team_id: request.team_id }) || canReadEmployee(principal, employee));
    if (!request || !employee || !visible) throw new NotFoundError('Leave request', requestId);
    return { request, employee };
  }

  private async parties(employee: Employee): Promise<LeaveParties> {
    const login = await this.accounts.get(employee.employee_id);
    return { employee_id: employee.employee_id, team_id: employee.team_id, login_role: login?.role ?? null };
  }
}

/** Reserves a new request's days, refusing a clash with the employee's live leave or a year whose balance cannot pay. */
export function reserveChecked(change: BookChange, request: LeaveRequest, type: LeaveType): void {
  const clash = change.book(request.employee_id).requests.find((other) => other.request_id !== request.request_id && isLive(other) && overlaps(other, request));
  if (clash) throw new LeaveStateError('LEAVE_OVERLAP', `The dates overlap leave request ${clash.request_id} (${clash.from} to ${clash.to}, ${clash.status})`);
  for (const [year, days] of Object.entries(request.charges)) {
    const balance = change.balance(request.employee_id, request.code, Number(year));
    if (!type.allow_negative && days > balance.available) {
      throw new LeaveStateError('INSUFFICIENT_BALANCE', `${request.code} ${year}: ${days} days asked, ${balance.available} available`);
    }
  }
  change.reserve(request, request.charges, 1);
}
