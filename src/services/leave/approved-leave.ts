import type { LeaveRepository } from '../../core/leave/leave-repository';
import { combinedLeave, type LeaveKind } from '../../core/work-calendar/absence-rule';
import { datesBetween } from '../../core/work-calendar/dates';
import type { Half } from '../../core/work-calendar/holiday';

/** Who is on approved leave when, as the absence rule reads it: per employee and date, the halves it takes off. */
export class ApprovedLeave {
  constructor(private readonly leave: LeaveRepository) {}

  /**
   * One employee's leave on one date; null when none. Read as everyone's
   * leave that day, which the cached repository keeps until leave changes:
   * every check-in asks, and one cached answer a day serves them all.
   */
  async on(employeeId: string, date: string): Promise<LeaveKind | null> {
    return (await this.between(date, date, { team_ids: null })).get(employeeId)?.get(date) ?? null;
  }

  /** Per employee, per date from `from` to `to`, the leave that day (combinedLeave of its approved requests). */
  async between(from: string, to: string, who: { team_ids: readonly string[] | null } | { employee_id: string }): Promise<Map<string, Map<string, LeaveKind>>> {
    if ('team_ids' in who && who.team_ids?.length === 0) return new Map();
    const halves = new Map<string, Map<string, (Half | null)[]>>();
    for (const request of await this.leave.approvedBetween(from, to, who)) {
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
}
