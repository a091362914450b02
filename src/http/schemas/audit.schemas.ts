import { AUDIT_ENTITIES } from '../../core/audit/audit-entry';
import { isCalendarDate } from '../../core/calendar';
import { PageQuery, Timestamp, pageOf } from './common.schemas';
import { z } from './zod';

export const AuditEntrySchema = z
  .object({
    audit_id: z.string(),
    at: Timestamp,
    actor: z.string().openapi({ description: 'The login: an employee id, or the admin’s name.' }),
    via: z.enum(['rest', 'import', 'mcp', 'assistant']),
    client: z.string().nullable().openapi({ description: 'The User-Agent, at most 100 characters.' }),
    action: z.enum(['create', 'update', 'delete', 'approve', 'reject', 'cancel', 'adjust', 'login_change']),
    entity: z.enum(AUDIT_ENTITIES),
    entity_id: z.string(),
    before: z.record(z.string(), z.unknown()).nullable(),
    after: z.record(z.string(), z.unknown()).nullable(),
    reason: z.string().nullable(),
    request_id: z.string().nullable().openapi({ description: 'The X-Request-Id of the HTTP request.' }),
  })
  .openapi('AuditEntry');

export const AuditPage = pageOf(AuditEntrySchema, 'AuditPage');

/** An instant (ISO 8601 with a zone), or a date: a whole day in the organisation's time zone. */
const Moment = z
  .string()
  .refine(
    (text) => isCalendarDate(text) || (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text))),
    'must be an ISO 8601 instant with a zone, or a date YYYY-MM-DD',
  )
  .openapi({ example: '2025-04-12' });

export const AuditListQuery = z.object({
  entity: z.enum(AUDIT_ENTITIES).optional(),
  entity_id: z.string().max(200).optional(),
  actor: z.string().max(200).optional(),
  from: Moment.optional().openapi({ description: 'From this instant, or from the start of this day (ORG_TIMEZONE); not after to (422).' }),
  to: Moment.optional().openapi({ description: 'Up to this instant, or to the end of this day (ORG_TIMEZONE).' }),
  ...PageQuery,
});
