/**
 * The audit trail's entries: who changed what, through which door, and what
 * it was before and after. An adapter appends an entry in the same atomic
 * write as the change it describes, so neither exists without the other.
 */

export type AuditVia = 'rest' | 'import' | 'mcp' | 'assistant';

export type AuditAction = 'create' | 'update' | 'delete' | 'approve' | 'reject' | 'cancel' | 'adjust' | 'login_change';

export type AuditEntity =
  'employee' | 'login' | 'team' | 'attendance' | 'score' | 'holiday' | 'leave_type' | 'leave_request' | 'leave_adjustment' | 'correction';

export const AUDIT_ENTITIES: readonly AuditEntity[] = [
  'employee',
  'login',
  'team',
  'attendance',
  'score',
  'holiday',
  'leave_type',
  'leave_request',
  'leave_adjustment',
  'correction',
];

/** The door a request came through: set once at the edge (HTTP, MCP, the assistant) and carried to every write. */
export interface RequestOrigin {
  via: AuditVia;
  /** The client's User-Agent, cut to CLIENT_MAX_LENGTH; null when it sent none. */
  client: string | null;
  request_id: string | null;
}

export const CLIENT_MAX_LENGTH = 100;

/** Who acts, how and when: what every audited write receives besides its change. */
export interface AuditStamp extends RequestOrigin {
  /** The login's username: the employee id, or the admin's name. */
  actor: string;
  /** ISO 8601 instant, from the Clock. */
  at: string;
}

export interface AuditEntry extends AuditStamp {
  audit_id: string;
  action: AuditAction;
  entity: AuditEntity;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
}

export interface AuditedChange {
  action: AuditAction;
  entity: AuditEntity;
  entity_id: string;
  before?: object | null;
  after?: object | null;
  reason?: string | null;
}

export interface AuditFilter {
  entity?: AuditEntity;
  entity_id?: string;
  actor?: string;
  /** Instants, inclusive. */
  from?: string;
  to?: string;
}

/** Never written to the trail, whatever object a change carries. */
const SECRET_FIELDS = new Set(['password', 'password_hash', 'current_password', 'new_password', 'token_version', 'kept_token']);

export function originOf(via: AuditVia, client: string | undefined | null, requestId: string | null): RequestOrigin {
  return { via, client: client ? client.slice(0, CLIENT_MAX_LENGTH) : null, request_id: requestId };
}

export function withoutSecrets(value: object | null | undefined): Record<string, unknown> | null {
  if (value === null || value === undefined) return null;
  return Object.fromEntries(Object.entries(value).filter(([key, field]) => !SECRET_FIELDS.has(key) && field !== undefined));
}

/**
 * An id that sorts like the entries' time (newest first is descending id
 * order on every adapter), unique without coordination: the instant to the
 * millisecond, then random bits.
 */
export function auditIdAt(at: string, random: () => string = randomSuffix): string {
  return `${instantKey(at)}-${random()}`;
}

const instantKey = (at: string): string => new Date(at).toISOString().replace(/[-:.]/g, '');

function randomSuffix(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

export function auditEntry(stamp: AuditStamp, change: AuditedChange): AuditEntry {
  return {
    audit_id: auditIdAt(stamp.at),
    at: stamp.at,
    actor: stamp.actor,
    via: stamp.via,
    client: stamp.client,
    request_id: stamp.request_id,
    action: change.action,
    entity: change.entity,
    entity_id: change.entity_id,
    before: withoutSecrets(change.before),
    after: withoutSecrets(change.after),
    reason: change.reason ?? null,
  };
}

const REST: RequestOrigin = { via: 'rest', client: null, request_id: null };

/** The stamp of a write made for this caller now; `via` names a door the write itself is (an import). */
export function stampFor(caller: { username: string; origin?: RequestOrigin }, now: Date, via?: AuditVia): AuditStamp {
  const origin = caller.origin ?? REST;
  return { ...origin, via: via ?? origin.via, actor: caller.username, at: now.toISOString() };
}

/**
 * The audit ids of a time range (instants, inclusive), as key bounds:
 * `min` ≤ id < `max`. Ids begin with their instant, so a range of ids is a
 * range of time on every adapter.
 */
export function auditIdBounds(range: Pick<AuditFilter, 'from' | 'to'>): { min?: string; max?: string } {
  return {
    ...(range.from !== undefined && { min: instantKey(range.from) }),
    // '.' sorts after '-': every id of the `to` millisecond sorts before it.
    ...(range.to !== undefined && { max: `${instantKey(range.to)}.` }),
  };
}
