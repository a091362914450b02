/** Leave as stored on the table: the port's shapes, their keys and index keys (key-design.ts). */
import { withAvailable, type LeaveBalance, type LedgerEntry, type NewLedgerEntry } from '../../../core/leave/ledger';
import type { LeaveRequest } from '../../../core/leave/leave-request';
import type { LeaveType } from '../../../core/leave/leave-type';
import { stringsOf } from '../../page-position';
import type { Item } from '../table-client';
import { collections, keys } from '../key-design';

const TYPE_FIELDS = ['code', 'name', 'paid', 'annual_allowance_days', 'allow_half_day', 'allow_negative', 'created_at', 'updated_at'] as const;
const REQUEST_FIELDS = [
  'request_id',
  'employee_id',
  'team_id',
  'code',
  'from',
  'to',
  'half_day',
  'days',
  'charges',
  'status',
  'reason',
  'requested_by',
  'decided_by',
  'decided_at',
  'decision_note',
  'created_at',
  'updated_at',
] as const;
const ENTRY_FIELDS = ['entry_id', 'employee_id', 'code', 'year', 'kind', 'days', 'request_id', 'reason', 'actor', 'at'] as const;
const BALANCE_FIELDS = ['employee_id', 'year', 'code', 'allocated', 'adjusted', 'taken', 'pending'] as const;

const pick = (item: Item, fields: readonly string[]) => Object.fromEntries(fields.map((field) => [field, item[field] ?? null]));

export const toLeaveType = (item: Item) => pick(item, TYPE_FIELDS) as unknown as LeaveType;

/** A type listed by code; a deleted one keeps its item, without index keys, as a tombstone. */
export function leaveTypeItem(type: LeaveType): Item {
  return { ...keys.leaveType(type.code), GSI1PK: collections.leaveTypes, GSI1SK: type.code, ...type };
}

export const toLeaveRequest = (item: Item) => pick(item, REQUEST_FIELDS) as unknown as LeaveRequest;

/** The newest-first order of the lists: created_at, then request_id (ISO instants sort as strings). */
export const listOrder = (request: Pick<LeaveRequest, 'created_at' | 'request_id'>) => `${request.created_at}#${request.request_id}`;

/**
 * A request under its employee, keyed by its last day, listed per status in
 * everyone's and its team's collection, and (approved only) by its last day
 * in its team's approved leave. Its dates never change, so neither does its key.
 */
export function leaveRequestItem(request: LeaveRequest): Item {
  const order = listOrder(request);
  return {
    ...keys.leaveRequest(request.employee_id, request.to, request.request_id),
    GSI1PK: collections.leaveRequests(request.status),
    GSI1SK: order,
    GSI2PK: collections.teamLeaveRequests(request.team_id, request.status),
    GSI2SK: order,
    ...(request.status === 'approved' && { GSI3PK: collections.teamApprovedLeave(request.team_id), GSI3SK: `${request.to}#${request.request_id}` }),
    ...request,
  };
}

/** Where a request id's item is: the ids are the service's, not derived from the employee. */
export function leaveRequestPointer(request: Pick<LeaveRequest, 'request_id' | 'employee_id' | 'to'>): Item {
  return { ...keys.leaveRequestPointer(request.request_id), employee_id: request.employee_id, to: request.to };
}

export const toLedgerEntry = (item: Item) => pick(item, ENTRY_FIELDS) as unknown as LedgerEntry;

/** An entry numbered by its employee's sequence: ids sort, within an employee, in the ledger's order. */
export function ledgerEntryItem(entry: NewLedgerEntry, seq: number, at: string): Item {
  return { ...keys.leaveEntry(entry.employee_id, seq), ...entry, entry_id: ledgerEntryId(entry.employee_id, seq), at };
}

/** An entry's id: its employee and their sequence number, as its key spells it. */
export function ledgerEntryId(employeeId: string, seq: number): string {
  const { SK } = keys.leaveEntry(employeeId, seq);
  return `${employeeId}/${SK.slice(SK.lastIndexOf('#') + 1)}`;
}

export function toLeaveBalance(item: Item): LeaveBalance {
  const b = pick(item, BALANCE_FIELDS) as unknown as Omit<LeaveBalance, 'available'>;
  return withAvailable(b);
}

export function leaveBalanceItem(balance: LeaveBalance): Item {
  const { available: _derived, ...stored } = balance;
  return { ...keys.leaveBalance(balance.employee_id, balance.year, balance.code), ...stored };
}

/** An employee's leave guard as read: absent is version 0, no entries, no types. */
export interface LeaveGuard {
  exists: boolean;
  version: number;
  /** The last ledger entry's number. */
  seq: number;
  /** The leave types their requests, entries and balances name (each counted once on its type's `uses`). */
  codes: ReadonlySet<string>;
}

export function toLeaveGuard(item: Item | undefined): LeaveGuard {
  if (!item) return { exists: false, version: 0, seq: 0, codes: new Set() };
  return {
    exists: true,
    version: item.version as number,
    seq: (item.seq as number | undefined) ?? 0,
    codes: (item.codes as Set<string> | undefined) ?? new Set(),
  };
}

/** A list position: the last request's list order (`<created_at>#<request_id>`). */
export const LEAVE_LIST_POSITION = stringsOf(1, /^\d{4}-\d{2}-\d{2}T[^#]+#.+$/);
