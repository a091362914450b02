/** Reads of stored leave: an employee's requests by dates, balances, the ledger, a request by id, approved leave by team. */
import type { LeaveBalance, LedgerEntry } from '../../../core/leave/ledger';
import type { LedgerFilter } from '../../../core/leave/leave-repository';
import { MAX_LEAVE_DAYS, type LeaveRequest, type LeaveStatus } from '../../../core/leave/leave-request';
import type { Page, PageRequest } from '../../../core/page';
import { addDays } from '../../../core/work-calendar/dates';
import type { TableClient } from '../table-client';
import { mapLimited } from '../limited';
import type { QueryFilter } from '../merged-query';
import { GSI3, PARTITION_PREFIXES, collections, keys, partitions } from '../key-design';
import { toLeaveBalance, toLedgerEntry, toLeaveRequest } from './leave-items';

/** Queries sent at once when each employee (or team) of a set is read on its own partition. */
export const QUERY_CONCURRENCY = 16;

/** Sorts after every character of a date or id: the top of a key range. */
const HIGH = '~';

/** The last day a request overlapping … `to` can end on: requests are at most MAX_LEAVE_DAYS long. */
const latestEnd = (to: string) => addDays(to, MAX_LEAVE_DAYS - 1);

/** Requests that overlap from … to, one bound or both: the sort key bounds `to`, a filter bounds `from`. */
function overlapFilter(range: { from?: string; to?: string }, statuses?: readonly LeaveStatus[]): QueryFilter {
  const filter: QueryFilter = { conditions: [], names: {}, values: {} };
  if (range.to !== undefined) {
    filter.conditions.push('#from <= :to');
    filter.names['#from'] = 'from';
    filter.values[':to'] = range.to;
  }
  if (statuses !== undefined) {
    filter.conditions.push(`#status IN (${statuses.map((_, i) => `:status${i}`).join(', ')})`);
    filter.names['#status'] = 'status';
    statuses.forEach((status, i) => (filter.values[`:status${i}`] = status));
  }
  return filter;
}

const asInput = (filter: QueryFilter) => ({
  ...(filter.conditions.length > 0 && { FilterExpression: filter.conditions.join(' AND '), ExpressionAttributeNames: filter.names }),
});

/** An employee's requests overlapping the dates (all of them without), of those statuses (any without), in key order. */
export async function employeeRequests(
  table: TableClient,
  employeeId: string,
  range: { from?: string; to?: string },
  options: { statuses?: readonly LeaveStatus[]; consistent?: boolean } = {},
): Promise<LeaveRequest[]> {
  const filter = overlapFilter(range, options.statuses);
  const items = await table.queryAll({
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :low AND :high',
    ...asInput(filter),
    ExpressionAttributeValues: {
      ':pk': partitions.employee(employeeId),
      ':low': `${PARTITION_PREFIXES.leaveRequest}${range.from ?? ''}`,
      ':high': `${PARTITION_PREFIXES.leaveRequest}${range.to === undefined ? HIGH : `${latestEnd(range.to)}#${HIGH}`}`,
      ...filter.values,
    },
    ConsistentRead: options.consistent ?? false,
  });
  return items.map(toLeaveRequest);
}

/** The order the port gives approved leave and books in: by first day, then id. */
export const byDates = (a: LeaveRequest, b: LeaveRequest) => (a.from === b.from ? (a.request_id < b.request_id ? -1 : 1) : a.from < b.from ? -1 : 1);

/** Approved requests of these teams (the team each was filed in or carried to) overlapping from … to, from GSI3. */
export async function approvedOfTeams(table: TableClient, teamIds: readonly string[], from: string, to: string): Promise<LeaveRequest[]> {
  const filter = overlapFilter({ from, to });
  const perTeam = await mapLimited(teamIds, QUERY_CONCURRENCY, (team) =>
    table.queryAll({
      IndexName: GSI3,
      KeyConditionExpression: 'GSI3PK = :team AND GSI3SK BETWEEN :low AND :high',
      ...asInput(filter),
      ExpressionAttributeValues: { ':team': collections.teamApprovedLeave(team), ':low': from, ':high': `${latestEnd(to)}#${HIGH}`, ...filter.values },
    }),
  );
  return perTeam.flat().map(toLeaveRequest).sort(byDates);
}

/** An employee's stored balances of those years, by year and code. */
export async function employeeBalances(table: TableClient, employeeId: string, years: readonly number[], consistent: boolean): Promise<LeaveBalance[]> {
  if (years.length === 0) return [];
  const wanted = new Set(years);
  const items = await table.queryAll({
    KeyConditionExpression: 'PK = :pk AND SK BETWEEN :low AND :high',
    ExpressionAttributeValues: {
      ':pk': partitions.employee(employeeId),
      ':low': `${PARTITION_PREFIXES.leaveBalance}${Math.min(...years)}#`,
      ':high': `${PARTITION_PREFIXES.leaveBalance}${Math.max(...years)}#${HIGH}`,
    },
    ConsistentRead: consistent,
  });
  return items.map(toLeaveBalance).filter((b) => wanted.has(b.year));
}

export async function balancesOf(table: TableClient, employeeIds: readonly string[], years: readonly number[]): Promise<LeaveBalance[]> {
  const ids = [...new Set(employeeIds)].sort();
  // Read consistently: a balance is shown right after the request that moved it.
  return (await mapLimited(ids, QUERY_CONCURRENCY, (id) => employeeBalances(table, id, years, true))).flat();
}

/** Oldest first: the entries' sort keys are the employee's sequence. */
export function ledgerPage(table: TableClient, filter: LedgerFilter, page: PageRequest): Promise<Page<LedgerEntry>> {
  const narrow: QueryFilter = { conditions: [], names: {}, values: {} };
  for (const field of ['year', 'code'] as const) {
    if (filter[field] === undefined) continue;
    narrow.conditions.push(`#${field} = :${field}`);
    narrow.names[`#${field}`] = field;
    narrow.values[`:${field}`] = filter[field];
  }
  return table.queryPage(
    {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ...asInput(narrow),
      ExpressionAttributeValues: { ':pk': partitions.employee(filter.employee_id), ':prefix': PARTITION_PREFIXES.leaveEntry, ...narrow.values },
      ConsistentRead: true,
    },
    'table',
    page,
    toLedgerEntry,
  );
}

/** The pointer names the request's key; both reads are by key. */
export async function requestById(table: TableClient, requestId: string): Promise<LeaveRequest | null> {
  const pointer = await table.get(keys.leaveRequestPointer(requestId));
  if (!pointer) return null;
  const item = await table.get(keys.leaveRequest(pointer.employee_id as string, pointer.to as string, requestId));
  return item ? toLeaveRequest(item) : null;
}
