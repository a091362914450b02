import type { AuditEntry, AuditFilter } from '../../../core/audit/audit-entry';
import { auditIdBounds } from '../../../core/audit/audit-entry';
import type { AuditRepository } from '../../../core/audit/audit-repository';
import type { Page, PageRequest } from '../../../core/page';
import { decodePosition, toPage } from '../keyset';
import { PLAN_EACH_TIME, type SqlClient } from '../sql-client';
import { sqlParams } from '../sql-params';

const COLUMNS = 'audit_id, at, actor, via, client, request_id, action, entity, entity_id, before, after, reason';

export class PostgresAuditRepository implements AuditRepository {
  constructor(private readonly sql: SqlClient) {}

  async list(filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    const { params, bind } = sqlParams();
    const where: string[] = [];
    if (filter.entity !== undefined) where.push(`entity = ${bind(filter.entity)}`);
    if (filter.entity_id !== undefined) where.push(`entity_id = ${bind(filter.entity_id)}`);
    if (filter.actor !== undefined) where.push(`actor = ${bind(filter.actor)}`);
    const bounds = auditIdBounds(filter);
    if (bounds.min !== undefined) where.push(`audit_id >= ${bind(bounds.min)}`);
    if (bounds.max !== undefined) where.push(`audit_id < ${bind(bounds.max)}`);
    if (page.after !== undefined) where.push(`audit_id < ${bind(decodePosition(page.after, 1)[0]!)}`);
    const rows = await this.sql.query<AuditEntry>(
      `SELECT ${COLUMNS} FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY audit_id DESC LIMIT ${bind(page.limit + 1)}`,
      params,
      PLAN_EACH_TIME,
    );
    return toPage(rows, page.limit, (entry) => [entry.audit_id]);
  }
}
