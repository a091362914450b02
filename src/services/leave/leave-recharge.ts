import type { AuditStamp } from '../../core/audit/audit-entry';
import type { Employee } from '../../core/employee';
import type { Clock } from '../../core/ports';
import { BookChange } from '../../core/leave/book-change';
import { roundDays } from '../../core/leave/ledger';
import { approvedCharge } from '../../core/leave/leave-charge';
import { yearsOf, type LeaveRequest, type YearCharges } from '../../core/leave/leave-request';
import type { LeaveContext } from './leave-context';

/** `after` less `before`, per year, leaving out the years that did not change. */
function difference(after: YearCharges, before: YearCharges): YearCharges {
  const years = new Set([...Object.keys(after), ...Object.keys(before)]);
  const delta: YearCharges = {};
  for (const year of years) {
    const days = roundDays((after[year] ?? 0) - (before[year] ?? 0));
    if (days !== 0) delta[year] = days;
  }
  return delta;
}

/**
 * Approved leave charged again after its days changed under it: a holiday
 * created, moved or deleted over it, or an attendance record made or removed
 * on one of its whole days. What costs less comes back as a `reversal`; what
 * costs more is `taken` (even past the balance: the leave was granted).
 */
export class LeaveRecharge {
  constructor(
    private readonly context: LeaveContext,
    private readonly clock: Clock,
  ) {}

  /** Every approved request over any of these dates (of anyone), charged again. */
  async datesChanged(dates: readonly string[], audit: AuditStamp): Promise<void> {
    if (dates.length === 0) return;
    const sorted = [...dates].sort();
    const requests = await this.context.leave.approvedBetween(sorted[0]!, sorted[sorted.length - 1]!, { team_ids: null });
    const touched = requests.filter((r) => dates.some((date) => r.from <= date && date <= r.to));
    for (const request of touched) await this.recharge(request.employee_id, request.request_id, 'a holiday changed', audit);
  }

  /** One employee's approved leave over any of these dates, charged again (their records changed). */
  async recordsChanged(employeeId: string, dates: readonly string[], audit: AuditStamp): Promise<void> {
    if (dates.length === 0) return;
    const sorted = [...dates].sort();
    const requests = await this.context.leave.approvedBetween(sorted[0]!, sorted[sorted.length - 1]!, { employee_id: employeeId });
    for (const request of requests.filter((r) => r.half_day === null && dates.some((date) => r.from <= date && date <= r.to))) {
      await this.recharge(employeeId, request.request_id, 'attendance was recorded', audit);
    }
  }

  /** Audited as an update of the request, with the stamp of the change that caused it. */
  private async recharge(employeeId: string, requestId: string, reason: string, audit: AuditStamp): Promise<void> {
    const employee = await this.context.employees.get(employeeId);
    const request = await this.context.leave.getRequest(requestId);
    if (!employee || !request || request.status !== 'approved') return;
    const [types, days] = await Promise.all([this.context.types(), this.context.daysOf(employee, request.from, request.to)]);
    await this.context.leave.change(
      [employeeId],
      { years: yearsOf(request.from, request.to), from: request.from, to: request.to },
      (books) => {
        const change = new BookChange(books, new Map<string, Employee>([[employeeId, employee]]), types);
        const current: LeaveRequest | undefined = change.book(employeeId).requests.find((r) => r.request_id === requestId);
        if (!current || current.status !== 'approved') return change.result();
        const charges = approvedCharge(current, days);
        const delta = difference(charges, current.charges);
        if (Object.keys(delta).length === 0) return change.result();
        const more = Object.fromEntries(Object.entries(delta).filter(([, d]) => d > 0));
        const less = Object.fromEntries(Object.entries(delta).flatMap(([year, d]) => (d < 0 ? [[year, -d]] : [])));
        change.take(current, more, 'system', 1, reason);
        change.take(current, less, 'system', -1, reason);
        const recharged = { ...current, charges, updated_at: this.clock.now().toISOString() };
        change.put(recharged);
        change.note({ action: 'update', entity: 'leave_request', entity_id: requestId, before: current, after: recharged, reason });
        return change.result();
      },
      audit,
    );
  }
}
