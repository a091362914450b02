import { requireRole, type Principal } from '../../core/access';
import type { AuditEntry, AuditFilter } from '../../core/audit/audit-entry';
import type { AuditRepository } from '../../core/audit/audit-repository';
import { isCalendarDate, startOfDayInZone } from '../../core/calendar';
import { addDays } from '../../core/work-calendar/dates';
import type { Page, PageRequest } from '../../core/page';

/** The audit trail, for admins: read-only, newest first. */
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly timeZone: string,
  ) {}

  /** `from` and `to` are instants, or dates: whole days in the organisation's time zone. */
  list(principal: Principal, filter: AuditFilter, page: PageRequest): Promise<Page<AuditEntry>> {
    requireRole(principal, 'admin');
    const { from, to, ...rest } = filter;
    return this.audit.list(
      {
        ...rest,
        ...(from !== undefined && { from: isCalendarDate(from) ? startOfDayInZone(from, this.timeZone).toISOString() : from }),
        ...(to !== undefined && { to: isCalendarDate(to) ? new Date(startOfDayInZone(addDays(to, 1), this.timeZone).getTime() - 1).toISOString() : to }),
      },
      page,
    );
  }
}
