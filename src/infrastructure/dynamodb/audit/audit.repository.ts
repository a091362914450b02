import { auditIdBounds, type AuditEntry, type AuditFilter } from '../../../core/audit/audit-entry';
import type { AuditRepository } from '../../../core/audit/audit-repository';
import type { Page, PageRequest } from '../../../core/page';
import type { TableClient } from '../table-client';
import { mergedQuery, type QueryFilter } from '../merged-query';
import { GSI1, GSI2, GSI3, LIST_SHARDS, collections, partitions } from '../key-design';
import { toAuditEntry } from './audit-items';
import { decodePosition, encodePosition, stringsOf } from '../../page-position';

/** Sorts after every audit id. */
const HIGHEST = '~';
/** Sorts before every audit id (key conditions take no empty string). */
const LOWEST = '0';

/**
 * The trail newest first, from the narrowest collection the filter names:
 * an entity id's partition, an actor's, an entity's shards, or everyone's
 * shards; the rest of the filter is a FilterExpression, the time range a
 * range on the sort key (the audit id, which begins with the instant).
 */
export class DynamoAuditRepository implements AuditRepository {
  constructor(private readonly table: TableClient) {}

  async list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    const after = page.after === undefined ? undefined : decodePosition(page.after, AUDIT_POSITION)[0];
    const bounds = auditIdBounds(filter);
    const low = bounds.min ?? LOWEST;
    // No id is `max` (it ends in '.'), so an inclusive bound serves; the position's own entry is left out below.
    let high = bounds.max ?? HIGHEST;
    if (after !== undefined && after < high) high = after;
    if (low > high) return { items: [], next: null };
    const { index, partitions, rest } = collectionFor(filter);
    const found = await mergedQuery(
      this.table,
      { index, partitions, range: { condition: '#sk BETWEEN :low AND :high', values: { ':low': low, ':high': high } }, filter: rest, descending: true },
      page.limit + (after === undefined ? 0 : 1),
    );
    const entries = found.filter((item) => item.audit_id !== after).map(toAuditEntry);
    const items = entries.slice(0, page.limit);
    const last = items[items.length - 1];
    return { items, next: entries.length > page.limit && last ? encodePosition([last.audit_id]) : null };
  }
}

function collectionFor(filter: AuditFilter): { index: string; partitions: string[]; rest: QueryFilter } {
  const rest: QueryFilter = { conditions: [], names: {}, values: {} };
  const match = (attribute: 'entity' | 'actor') => {
    const value = filter[attribute];
    if (value === undefined) return;
    rest.names[`#${attribute}`] = attribute;
    rest.values[`:${attribute}`] = value;
    rest.conditions.push(`#${attribute} = :${attribute}`);
  };
  const shards = (partition: (shard: number) => string) => Array.from({ length: LIST_SHARDS }, (_, shard) => partition(shard));
  if (filter.entity_id !== undefined) {
    match('entity');
    match('actor');
    return { index: GSI2, partitions: [collections.entityAudit(filter.entity_id)], rest };
  }
  if (filter.actor !== undefined) {
    match('entity');
    return { index: 'table', partitions: [partitions.auditBy(filter.actor)], rest };
  }
  if (filter.entity !== undefined) return { index: GSI3, partitions: shards((shard) => collections.kindAudit(filter.entity!, shard)), rest };
  return { index: GSI1, partitions: shards(collections.audit), rest };
}

const AUDIT_POSITION = stringsOf(1, /^\d{8}T\d{9}Z-[0-9a-z]+$/);
