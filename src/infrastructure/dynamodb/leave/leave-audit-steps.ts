/** Where a leave change's audit entries go: each in the transaction of the rows it describes. */
import type { AuditStamp } from '../../../core/audit/audit-entry';
import { namingAdjustments } from '../../../core/leave/leave-audit';
import type { LeaveChange } from '../../../core/leave/leave-repository';
import { auditSteps } from '../audit/audit-items';
import type { TableClient, TransactStep } from '../table-client';
import { ledgerEntryId, type LeaveGuard } from './leave-items';

/**
 * The change's audit entries, each with the employee whose writes it
 * describes (the one its before or after names; else the first written), so
 * that a change split over transactions writes each entry with its rows.
 */
export function auditsByEmployee(
  table: TableClient,
  change: LeaveChange,
  guards: ReadonlyMap<string, LeaveGuard>,
  fallback: string,
  audit: AuditStamp | undefined,
): Map<string, AuditStep[]> {
  const byEmployee = new Map<string, AuditStep[]>();
  if (audit === undefined) return byEmployee;
  const written = new Set([...change.entries, ...change.requests, ...change.balances].map((w) => w.employee_id));
  for (const audited of namingAdjustments(change.audited ?? [], adjustmentIds(change, guards))) {
    const named = (audited.after ?? audited.before) as { employee_id?: unknown } | null | undefined;
    const employeeId = typeof named?.employee_id === 'string' && written.has(named.employee_id) ? named.employee_id : fallback;
    const [step] = auditSteps(table.name, audit, audited);
    byEmployee.set(employeeId, [...(byEmployee.get(employeeId) ?? []), { entityId: audited.entity_id, step: step! }]);
  }
  return byEmployee;
}

/** The ids the ledger gives the change's adjustments, in order: each employee's entries are numbered on from their guard's sequence, as piecesOf writes them. */
function adjustmentIds(change: LeaveChange, guards: ReadonlyMap<string, LeaveGuard>): string[] {
  const seq = new Map([...guards].map(([id, guard]) => [id, guard.seq]));
  return change.entries.flatMap((entry) => {
    const next = seq.get(entry.employee_id)! + 1;
    seq.set(entry.employee_id, next);
    return entry.kind === 'adjustment' ? [ledgerEntryId(entry.employee_id, next)] : [];
  });
}

/** An entry's step, and the id of what it describes (a request's entry goes in that request's transaction). */
export interface AuditStep {
  entityId: string;
  step: TransactStep;
}
