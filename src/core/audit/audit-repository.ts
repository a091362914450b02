import type { Page, PageRequest } from '../page';
import type { AuditEntry, AuditFilter } from './audit-entry';

/**
 * Reading the trail. Entries are only ever written by the repositories whose
 * changes they describe, inside the same atomic write; nothing updates or
 * deletes them.
 */
export interface AuditRepository {
  /** Newest first (descending audit_id). */
  list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>>;
}
