import { requireRole, type Principal } from '../../core/access';
import { NotFoundError } from '../../core/errors';
import { stampFor } from '../../core/audit/audit-entry';
import type { LeaveRepository } from '../../core/leave/leave-repository';
import type { LeaveType, LeaveTypePatch, NewLeaveType } from '../../core/leave/leave-type';
import type { Page, PageRequest } from '../../core/page';
import type { Clock } from '../../core/ports';

/**
 * Leave types: every role reads them, an admin writes them. A new allowance
 * reaches each balance as a compensating grant the next time it is touched.
 */
export class LeaveTypeService {
  constructor(
    private readonly leave: LeaveRepository,
    private readonly clock: Clock,
  ) {}

  /** By code; there are few, so a page is cut from all of them. */
  async list(page: PageRequest): Promise<Page<LeaveType>> {
    const after = page.after;
    const rest = (await this.leave.listTypes()).filter((t) => after === undefined || t.code > after);
    const items = rest.slice(0, page.limit);
    return { items, next: rest.length > page.limit ? items[items.length - 1]!.code : null };
  }

  async get(code: string): Promise<LeaveType> {
    const type = await this.leave.getType(code);
    if (!type) throw new NotFoundError('Leave type', code);
    return type;
  }

  /** @throws LeaveTypeExistsError */
  create(principal: Principal, type: NewLeaveType): Promise<LeaveType> {
    requireRole(principal, 'admin');
    return this.leave.createType(type, stampFor(principal, this.clock.now()));
  }

  async update(principal: Principal, code: string, patch: LeaveTypePatch): Promise<LeaveType> {
    requireRole(principal, 'admin');
    const type = await this.leave.updateType(code, patch, stampFor(principal, this.clock.now()));
    if (!type) throw new NotFoundError('Leave type', code);
    return type;
  }

  /** @throws LeaveTypeInUseError while requests or ledger entries name it */
  async delete(principal: Principal, code: string): Promise<void> {
    requireRole(principal, 'admin');
    if (!(await this.leave.deleteType(code, stampFor(principal, this.clock.now())))) throw new NotFoundError('Leave type', code);
  }
}
