import { randomUUID } from 'node:crypto';
import { stampFor } from '../../core/audit/audit-entry';
import { requireRole, type Principal } from '../../core/access';
import type { Employee } from '../../core/employee';
import { AppError, ImportRejectedError, type ImportReport } from '../../core/errors';
import { BookChange } from '../../core/leave/book-change';
import { approvedCharge, requestedDays } from '../../core/leave/leave-charge';
import { overlaps, totalOf, yearsOf, type LeaveRequest } from '../../core/leave/leave-request';
import type { Clock } from '../../core/ports';
import { Verdicts, type ImportRow } from '../import-verdicts';
import type { ImportMode } from '../import.service';
import { checkLeaveDates } from './leave-dates';
import type { LeaveContext } from './leave-context';
import { requestView } from './leave-request.service';
import { reserveChecked } from './leave-request.service';

export interface LeaveRowInput {
  employee_id: string;
  code: string;
  from: string;
  to: string;
  half_day: 'am' | 'pm' | null;
  reason: string | null;
}

/**
 * POST /leave-requests/bulk: history migrated as approved leave, each row with
 * its `taken` entries, checked for overlaps (with stored leave and earlier
 * rows) and balances like a single request, all in one step on the employees' books.
 */
export class LeaveImport {
  constructor(
    private readonly context: LeaveContext,
    private readonly clock: Clock,
  ) {}

  async run(principal: Principal, rows: ImportRow<LeaveRowInput>[], mode: ImportMode): Promise<ImportReport> {
    requireRole(principal, 'admin');
    const verdicts = new Verdicts();
    for (const r of rows) if (r.errors) verdicts.failAll(r.row, r.errors);
    const valid = rows.filter((r): r is ImportRow<LeaveRowInput> & { value: LeaveRowInput } => r.value !== undefined);
    const [employees, types, trackingStart] = await Promise.all([
      this.context.employees.getMany([...new Set(valid.map((r) => r.value.employee_id))]),
      this.context.types(),
      this.context.calendars.trackingStart(),
    ]);
    const byId = new Map(employees.map((e) => [e.employee_id, e]));
    const planned: { row: number; request: LeaveRequest }[] = [];
    const now = this.clock.now().toISOString();
    for (const { row, value } of valid) {
      const employee = byId.get(value.employee_id);
      const type = types.get(value.code);
      if (!employee) verdicts.fail(row, 'employee_id', `Employee ${value.employee_id} does not exist`);
      if (!type) verdicts.fail(row, 'code', `Leave type ${value.code} does not exist`);
      if (!employee || !type) continue;
      const refusal = this.datesRefusal(employee, value, type.allow_half_day, trackingStart);
      if (refusal) verdicts.failAll(row, refusal);
      if (!verdicts.ok(row)) continue;
      const days = await this.context.daysOf(employee, value.from, value.to);
      const range = { from: value.from, to: value.to, half_day: value.half_day };
      const total = totalOf(requestedDays(range, days));
      if (total === 0) {
        verdicts.fail(row, 'to', 'The leave takes no working time: every day is off already');
        continue;
      }
      const request: LeaveRequest = {
        request_id: randomUUID(),
        employee_id: employee.employee_id,
        team_id: employee.team_id,
        code: type.code,
        ...range,
        days: total,
        charges: approvedCharge(range, days),
        status: 'approved',
        reason: value.reason,
        requested_by: principal.username,
        decided_by: principal.username,
        decided_at: now,
        decision_note: 'imported',
        created_at: now,
        updated_at: now,
      };
      planned.push({ row, request });
    }
    const ids = [...new Set(planned.map((p) => p.request.employee_id))];
    const dates = planned.flatMap((p) => [p.request.from, p.request.to]).sort();
    const years = [...new Set(planned.flatMap((p) => yearsOf(p.request.from, p.request.to)))];
    const refused = new Map<number, { field: string; message: string }>();
    const rejected = () => mode === 'all' && (verdicts.failed.length > 0 || refused.size > 0);
    // Also when rows failed already in all-or-nothing mode: the report names every failing row, and the step writes nothing.
    if (planned.length > 0) {
      await this.context.leave.change(
        ids,
        { years, from: dates[0]!, to: dates[dates.length - 1]! },
        (books) => {
          // Decided afresh on every attempt (an adapter may retry a step that lost a race).
          refused.clear();
          const change = new BookChange(books, byId, types);
          const accepted: LeaveRequest[] = [];
          for (const { row, request } of planned) {
            if (accepted.some((other) => other.employee_id === request.employee_id && overlaps(other, request))) {
              refused.set(row, { field: 'from', message: 'overlaps an earlier row of the file' });
              continue;
            }
            try {
              // Checked like a request reserving what it will take; then the reservation becomes taken days.
              reserveChecked(change, request, types.get(request.code)!);
            } catch (error) {
              if (!(error instanceof AppError)) throw error;
              refused.set(row, { field: error.code === 'LEAVE_OVERLAP' ? 'from' : 'code', message: error.message });
              continue;
            }
            change.reserve(request, request.charges, -1);
            change.take(request, request.charges, principal.username, 1);
            change.put(request);
            change.note({ action: 'create', entity: 'leave_request', entity_id: request.request_id, after: requestView(request), reason: request.reason });
            accepted.push(request);
          }
          if (rejected()) throw new ImportRejectedError({ created: 0, updated: 0, failed: withRefused(verdicts, refused).failed });
          return change.result();
        },
        stampFor(principal, this.clock.now(), 'import'),
      );
    }
    const final = withRefused(verdicts, refused);
    if (mode === 'all' && final.failed.length > 0) throw new ImportRejectedError({ created: 0, updated: 0, failed: final.failed });
    return { created: planned.length - refused.size, updated: 0, failed: final.failed };
  }

  private datesRefusal(employee: Employee, value: LeaveRowInput, allowHalfDay: boolean, trackingStart: string): { field: string; message: string }[] | null {
    if (value.half_day !== null && value.from !== value.to) return [{ field: 'half_day', message: 'is only for a request of one day (from = to)' }];
    if (value.half_day !== null && !allowHalfDay) return [{ field: 'half_day', message: `${value.code} is not taken in half days` }];
    try {
      checkLeaveDates(employee, value.from, value.to, trackingStart);
      return null;
    } catch (error) {
      if (error instanceof AppError && error.details) return error.details;
      throw error;
    }
  }
}

function withRefused(verdicts: Verdicts, refused: ReadonlyMap<number, { field: string; message: string }>): Verdicts {
  const all = new Verdicts();
  for (const failure of verdicts.failed) all.failAll(failure.row, failure.errors);
  for (const [row, issue] of refused) all.fail(row, issue.field, issue.message);
  return all;
}
