/** Audit entries as stored on the table: the entry, its key and index keys (key-design.ts), and the transaction step that appends one. */
import { auditEntry, type AuditEntry, type AuditStamp, type AuditedChange } from '../../../core/audit/audit-entry';
import type { Item, TransactStep } from '../table-client';
import { LIST_SHARDS, collections, keys, shardOf } from '../key-design';

const FIELDS = ['audit_id', 'at', 'actor', 'via', 'client', 'action', 'entity', 'entity_id', 'before', 'after', 'reason', 'request_id'] as const;

export const toAuditEntry = (item: Item) => Object.fromEntries(FIELDS.map((field) => [field, item[field] ?? null])) as unknown as AuditEntry;

/**
 * Under its actor's partition, and in three collections of the indexes:
 * everyone's (sharded), its entity id's, and its entity's (sharded). Every
 * sort key is the audit id, which sorts like time.
 */
export function auditItem(entry: AuditEntry): Item {
  const shard = shardOf(entry.audit_id, LIST_SHARDS);
  return {
    ...keys.audit(entry.actor, entry.audit_id),
    GSI1PK: collections.audit(shard),
    GSI1SK: entry.audit_id,
    GSI2PK: collections.entityAudit(entry.entity_id),
    GSI2SK: entry.audit_id,
    GSI3PK: collections.kindAudit(entry.entity, shard),
    GSI3SK: entry.audit_id,
    ...entry,
  };
}

/** Thrown when an entry's key is taken: the change it describes is not written either. */
export class AuditEntryExistsError extends Error {
  constructor(readonly auditId: string) {
    super(`Audit entry ${auditId} already exists`);
  }
}

/** The Put of an entry, new by its key, for the transaction of the change it describes. */
export function auditPut(tableName: string, entry: AuditEntry): TransactStep {
  return {
    write: { Put: { TableName: tableName, Item: auditItem(entry), ConditionExpression: 'attribute_not_exists(PK)' } },
    onConditionFailed: () => new AuditEntryExistsError(entry.audit_id),
  };
}

/** The entries of an audited write (none without a stamp: the service's own writes). */
export function auditSteps(tableName: string, stamp: AuditStamp | undefined, ...changes: AuditedChange[]): TransactStep[] {
  return stamp === undefined ? [] : changes.map((change) => auditPut(tableName, auditEntry(stamp, change)));
}
