import type { AuditService } from '../../services/audit/audit.service';
import type { ApiRouter } from '../api-router';
import type { Paginator } from '../pagination';
import { AuditListQuery, AuditPage } from '../schemas/audit.schemas';

/** The audit trail: every change a user made, who, how and when; read-only. */
export function auditRoutes(api: ApiRouter, audit: AuditService, pages: Paginator): void {
  api.add({
    method: 'get',
    path: '/audit',
    tag: 'Audit',
    summary: 'The audit trail, newest first',
    description: 'Entries are never changed or deleted. from/to are instants (ISO 8601) or dates (whole days in ORG_TIMEZONE).',
    auth: 'required',
    roles: ['admin'],
    query: AuditListQuery,
    responses: { 200: { description: 'A page of entries', schema: AuditPage } },
    handler: async ({ req, query, principal }) => {
      const { limit, cursor, ...filter } = query;
      return { status: 200, body: await pages.list(req, { limit, cursor }, filter, (page) => audit.list(principal, filter, page)) };
    },
  });
}
