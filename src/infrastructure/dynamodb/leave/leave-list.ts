/** Requests newest first (created_at, then request_id, descending), filtered as the port says. */
import {
  requestBrief,
  LEAVE_STATUSES,
  type LeaveBriefFilter,
  type LeaveRequest,
  type LeaveRequestBrief,
  type LeaveRequestFilter,
} from '../../../core/leave/leave-request';
import type { Page, PageRequest } from '../../../core/page';
import type { TableClient } from '../table-client';
import { mergedQuery, type QueryFilter } from '../merged-query';
import { GSI1, GSI2, collections } from '../key-design';
import { employeeRequests } from './leave-reads';
import { LEAVE_LIST_POSITION, listOrder, toLeaveRequest } from './leave-items';
import { decodePosition, encodePosition } from '../../page-position';

export async function listRequests(table: TableClient, filter: LeaveRequestFilter, page: PageRequest): Promise<Page<LeaveRequest>> {
  const after = page.after === undefined ? undefined : decodePosition(page.after, LEAVE_LIST_POSITION)[0];
  const found = filter.employee_id === undefined ? await fromIndex(table, filter, page.limit, after) : await fromPartition(table, filter, page.limit, after);
  const items = found.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items, next: found.length > page.limit && last ? encodePosition([listOrder(last)]) : null };
}

/** Pages of the same reads, the leave type filtered where the items are read. */
export async function requestBriefs(table: TableClient, filter: LeaveBriefFilter): Promise<LeaveRequestBrief[]> {
  const limit = 500;
  const briefs: LeaveRequestBrief[] = [];
  let after: string | undefined;
  do {
    const found = filter.employee_id === undefined ? await fromIndex(table, filter, limit, after) : await fromPartition(table, filter, limit, after);
    const items = found.slice(0, limit);
    briefs.push(...items.map(requestBrief));
    after = found.length > limit ? listOrder(items.at(-1)!) : undefined;
  } while (after !== undefined);
  return briefs;
}

/**
 * Everyone's (GSI1) or a team's (GSI2) requests, one partition per status:
 * one Query for a status (a manager's pending queue), else the statuses
 * merged by their shared order. Dates filter what the partitions hold.
 */
async function fromIndex(table: TableClient, filter: LeaveBriefFilter, limit: number, after: string | undefined): Promise<LeaveRequest[]> {
  const statuses = filter.status === undefined ? LEAVE_STATUSES : [filter.status];
  const team = filter.team_id;
  const dates: QueryFilter = { conditions: [], names: {}, values: {} };
  if (filter.from !== undefined) {
    dates.conditions.push('#to >= :from');
    dates.names['#to'] = 'to';
    dates.values[':from'] = filter.from;
  }
  if (filter.to !== undefined) {
    dates.conditions.push('#from <= :to');
    dates.names['#from'] = 'from';
    dates.values[':to'] = filter.to;
  }
  if (filter.code !== undefined) {
    dates.conditions.push('#code = :code');
    dates.names['#code'] = 'code';
    dates.values[':code'] = filter.code;
  }
  const items = await mergedQuery(
    table,
    {
      index: team === undefined ? GSI1 : GSI2,
      partitions: statuses.map((status) => (team === undefined ? collections.leaveRequests(status) : collections.teamLeaveRequests(team, status))),
      ...(after !== undefined && { range: { condition: '#sk < :after', values: { ':after': after } } }),
      filter: dates,
      descending: true,
    },
    limit,
  );
  return items.map(toLeaveRequest);
}

/** One employee's requests: few enough (a handful a year) to read from their partition and order here. */
async function fromPartition(table: TableClient, filter: LeaveBriefFilter, limit: number, after: string | undefined): Promise<LeaveRequest[]> {
  const requests = await employeeRequests(
    table,
    filter.employee_id!,
    { ...(filter.from !== undefined && { from: filter.from }), ...(filter.to !== undefined && { to: filter.to }) },
    {
      ...(filter.status !== undefined && { statuses: [filter.status] }),
    },
  );
  return requests
    .filter(
      (r) =>
        (filter.team_id === undefined || r.team_id === filter.team_id) &&
        (filter.code === undefined || r.code === filter.code) &&
        (after === undefined || listOrder(r) < after),
    )
    .sort((a, b) => (listOrder(a) < listOrder(b) ? 1 : -1))
    .slice(0, limit + 1);
}
