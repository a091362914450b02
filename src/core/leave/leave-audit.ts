import type { AuditedChange } from '../audit/audit-entry';

/**
 * The audited changes with each adjustment named by the id of the ledger
 * entry that was appended for it (`entryIds`, in the order the adjustments
 * were noted): the id exists only once the adapter has appended the entry.
 */
export function namingAdjustments(changes: readonly AuditedChange[], entryIds: readonly string[]): AuditedChange[] {
  let next = 0;
  return changes.map((change) => (change.entity === 'leave_adjustment' ? { ...change, entity_id: entryIds[next++] ?? change.entity_id } : change));
}
