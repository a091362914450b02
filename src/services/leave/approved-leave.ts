import type { LeaveRepository } from '../../core/leave/leave-repository';
import type { LeaveRequest } from '../../core/leave/leave-request';
import { combinedLeave, type LeaveKind } from '../../core/work-calendar/absence-rule';
import { datesBetween } from '../../core/work-calendar/dates';
import type { Half } from '../../core/work-calendar/holiday';

/** Who is on approved leave when, as the absence rule reads it: per employee and date, the halves it takes off. */
export class ApprovedLeave {
  /**
   * Each read's days, by the read itself: the cached repository hands out the
   * same requests for the same dates until leave changes, and making their
   * days again (a date list per request, thousands of them) was a range
   * question's largest cost after its records.
   */
  private readonly made = new WeakMap<readonly LeaveRequest[], ReadonlyMap<string, ReadonlyMap<string, LeaveKind>>>();

  constructor(private readonly leave: LeaveRepository) {}

  /** Per employee, per date from `from` to `to`, the leave that day (combinedLeave of its approved requests). */
  async between(
    from: string,
    to: string,
    who: { team_ids: readonly string[] | null } | { employee_id: string },
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, LeaveKind>>> {
    if ('team_ids' in who && who.team_ids?.length === 0) return new Map();
    const requests = await this.leave.approvedBetween(from, to, who);
    let kinds = this.made.get(requests);
    if (kinds === undefined) this.made.set(requests, (kinds = leaveDays(requests, from, to)));
    return kinds;
  }
}

/** Per employee, per date from `from` to `to`, the leave that day by combinedLeave of the requests that cover it. */
function leaveDays(requests: readonly LeaveRequest[], from: string, to: string): ReadonlyMap<string, ReadonlyMap<string, LeaveKind>> {
  const halves = new Map<string, Map<string, (Half | null)[]>>();
  for (const request of requests) {
    let days = halves.get(request.employee_id);
    if (days === undefined) halves.set(request.employee_id, (days = new Map<string, (Half | null)[]>()));
    for (const date of datesBetween(request.from > from ? request.from : from, request.to < to ? request.to : to)) {
      const list = days.get(date);
      if (list === undefined) days.set(date, [request.half_day]);
      else list.push(request.half_day);
    }
  }
  const kinds = new Map<string, Map<string, LeaveKind>>();
  for (const [employeeId, days] of halves) {
    const byDate = new Map<string, LeaveKind>();
    for (const [date, list] of days) {
      const kind = combinedLeave(list);
      if (kind !== null) byDate.set(date, kind);
    }
    kinds.set(employeeId, byDate);
  }
  return kinds;
}
