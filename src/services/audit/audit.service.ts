import { requireRole, type Principal } from '../../core/access';
import type { AuditEntry, AuditFilter } from '../../core/audit/audit-entry';
import type { AuditRepository } from '../../core/audit/audit-repository';
import { isCalendarDate, startOfDayInZone } from '../../core/calendar';
import { ValidationError } from '../../core/errors';
import { addDays } from '../../core/work-calendar/dates';
import type { Page, PageRequest } from '../../core/page';

/** The audit trail, for admins: read-only, newest first. */
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly timeZone: string,
  ) {}

  /**
   * `from` and `to` are instants, or dates: whole days in the organisation's time zone.
   * @throws ValidationError when `from` is after `to` (checked here, not in the schema: a date's
   * instants depend on the time zone, and the two may be given in different forms)
   */
  list(principal: Principal, filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    requireRole(principal, 'admin');
    const { from, to, ...rest } = filter;
    const start = from === undefined ? undefined : isCalendarDate(from) ? startOfDayInZone(from, this.timeZone).toISOString() : from;
    const end = to === undefined ? undefined : isCalendarDate(to) ? new Date(startOfDayInZone(addDays(to, 1), this.timeZone).getTime() - 1).toISOString() : to;
    // The wording and field of every other range's rule (e.g. GET /attendance, GET /holidays).
    if (start !== undefined && end !== undefined && Date.parse(start) > Date.parse(end)) throw ValidationError.field('from', 'must not be after to');
    return this.audit.list({ ...rest, ...(start !== undefined && { from: start }), ...(end !== undefined && { to: end }) }, page);
  }
}
