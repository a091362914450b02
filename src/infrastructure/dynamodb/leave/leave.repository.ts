import type { AuditStamp } from '../../../core/audit/audit-entry';
import type { LeaveBalance, LedgerEntry } from '../../../core/leave/ledger';
import type { LeaveBook, LeaveChange, LeaveRepository, LeaveScope, LedgerFilter } from '../../../core/leave/leave-repository';
import type { LeaveBriefFilter, LeaveRequest, LeaveRequestBrief, LeaveRequestFilter } from '../../../core/leave/leave-request';
import type { LeaveType, LeaveTypePatch, NewLeaveType } from '../../../core/leave/leave-type';
import type { Page, PageRequest } from '../../../core/page';
import type { EmployeePurge, PendingLeaveMove } from '../cross-repository';
import type { TableClient } from '../table-client';
import { allTeamIds } from '../team-ids';
import { changeLeave } from './leave-change';
import { carryPendingLeave, purgeEmployeeLeave } from './leave-cascades';
import { listRequests, requestBriefs } from './leave-list';
import { approvedOfTeams, balancesOf, byDates, employeeRequests, ledgerPage, requestById } from './leave-reads';
import { createLeaveType, deleteLeaveType, getLeaveType, listLeaveTypes, updateLeaveType } from './leave-types';

/** Leave on the single table (keys and access patterns: key-design.ts; why: docs/ARCHITECTURE.md, "Leave"). */
export class DynamoLeaveRepository implements LeaveRepository, EmployeePurge, PendingLeaveMove {
  constructor(private readonly table: TableClient) {}

  createType(type: NewLeaveType, audit?: AuditStamp): Promise<LeaveType> {
    return createLeaveType(this.table, type, audit);
  }

  getType(code: string): Promise<LeaveType | null> {
    return getLeaveType(this.table, code);
  }

  listTypes(): Promise<LeaveType[]> {
    return listLeaveTypes(this.table);
  }

  updateType(code: string, patch: LeaveTypePatch, audit?: AuditStamp): Promise<LeaveType | null> {
    return updateLeaveType(this.table, code, patch, audit);
  }

  deleteType(code: string, audit?: AuditStamp): Promise<boolean> {
    return deleteLeaveType(this.table, code, audit);
  }

  change(
    employeeIds: readonly string[],
    scope: LeaveScope,
    decide: (books: ReadonlyMap<string, LeaveBook>) => LeaveChange | Promise<LeaveChange>,
    audit?: AuditStamp,
  ): Promise<LeaveChange> {
    return changeLeave(this.table, employeeIds, scope, decide, audit);
  }

  balances(employeeIds: readonly string[], years: readonly number[]): Promise<LeaveBalance[]> {
    return balancesOf(this.table, employeeIds, years);
  }

  ledger(filter: LedgerFilter, page: PageRequest): Promise<Page<LedgerEntry>> {
    return ledgerPage(this.table, filter, page);
  }

  getRequest(requestId: string): Promise<LeaveRequest | null> {
    return requestById(this.table, requestId);
  }

  listRequests(filter: LeaveRequestFilter, page: PageRequest): Promise<Page<LeaveRequest>> {
    return listRequests(this.table, filter, page);
  }

  // The table keeps no count: the briefs are read and counted here.
  async requestBriefs(filter: LeaveBriefFilter, limit: number): Promise<{ briefs: LeaveRequestBrief[]; total: number }> {
    const all = await requestBriefs(this.table, filter);
    return { briefs: all.slice(0, limit), total: all.length };
  }

  async approvedBetween(from: string, to: string, who: { team_ids: readonly string[] | null } | { employee_id: string }): Promise<LeaveRequest[]> {
    if ('employee_id' in who) return (await employeeRequests(this.table, who.employee_id, { from, to }, { statuses: ['approved'] })).sort(byDates);
    return approvedOfTeams(this.table, who.team_ids ?? (await allTeamIds(this.table)), from, to);
  }

  /** After a team move (DynamoEmployeeRepository.update): pending requests follow the employee. */
  carryPending(employeeId: string): Promise<void> {
    return carryPendingLeave(this.table, employeeId);
  }

  /** After the employee's own delete: their requests, ledger, balances and guard. */
  purgeEmployee(employeeId: string): Promise<void> {
    return purgeEmployeeLeave(this.table, employeeId);
  }
}
