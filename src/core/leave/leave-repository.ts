/**
 * The port leave is kept through. Every write for an employee is one atomic
 * step of read, decide and write (`change`), so that a balance check and the
 * reservation it allows can never be split by another request.
 */
import type { AuditedChange, AuditStamp } from '../audit/audit-entry';
import type { Page, PageRequest } from '../page';
import type { LeaveBalance, LedgerEntry, NewLedgerEntry } from './ledger';
import type { LeaveBriefFilter, LeaveRequest, LeaveRequestBrief, LeaveRequestFilter } from './leave-request';
import type { LeaveType, LeaveTypePatch, NewLeaveType } from './leave-type';

/** What a decision about one employee's leave sees. */
export interface LeaveBook {
  employee_id: string;
  /** The stored balances of the years asked for (a type and year with nothing stored is absent: all zero). */
  balances: LeaveBalance[];
  /** The employee's pending and approved requests that overlap the dates asked for. */
  requests: LeaveRequest[];
}

/** What a decision writes: appended entries, requests written whole, and the running balances they leave. */
export interface LeaveChange {
  entries: NewLedgerEntry[];
  requests: LeaveRequest[];
  /** Every balance an entry or a request's charges touched, as it stands after the change. */
  balances: LeaveBalance[];
  /**
   * What the change is, for the audit trail: written with the stamp `change`
   * is given. An adjustment's entity id is the ledger entry's, which the
   * adapter gives when it appends it (namingAdjustments).
   */
  audited?: AuditedChange[];
}

export interface LeaveScope {
  years: number[];
  /** The requests to show: those overlapping from … to (none when absent). */
  from?: string;
  to?: string;
}

export interface LedgerFilter {
  employee_id: string;
  year?: number;
  code?: string;
}

export interface LeaveRepository {
  /** Audit: create (after). @throws LeaveTypeExistsError */
  createType(type: NewLeaveType, audit?: AuditStamp): Promise<LeaveType>;
  getType(code: string): Promise<LeaveType | null>;
  /** Ordered by code; there are few. */
  listTypes(): Promise<LeaveType[]>;
  /** Null when absent. Audit: update (before, after). */
  updateType(code: string, patch: LeaveTypePatch, audit?: AuditStamp): Promise<LeaveType | null>;
  /** False when absent. Audit: delete (before). @throws LeaveTypeInUseError while a request or a ledger entry names it */
  deleteType(code: string, audit?: AuditStamp): Promise<boolean>;

  /**
   * Reads each employee's book, lets `decide` choose the change (it may throw
   * to refuse) and writes it, all as one atomic step per call: no other
   * change to these employees' leave comes between the read and the write.
   * Returns what was written. With a stamp, the change's `audited` entries
   * are appended in the same atomic write.
   * @throws NotFoundError when an employee does not exist
   */
  change(
    employeeIds: readonly string[],
    scope: LeaveScope,
    decide: (books: ReadonlyMap<string, LeaveBook>) => LeaveChange | Promise<LeaveChange>,
    audit?: AuditStamp,
  ): Promise<LeaveChange>;

  /** The stored balances of these employees in these years. */
  balances(employeeIds: readonly string[], years: readonly number[]): Promise<LeaveBalance[]>;
  /** Oldest first. */
  ledger(filter: LedgerFilter, page: PageRequest): Promise<Page<LedgerEntry>>;

  getRequest(requestId: string): Promise<LeaveRequest | null>;
  /** Newest first (created_at descending, then request_id). With `team_id`, requests filed or carried into that team. */
  listRequests(filter: LeaveRequestFilter, page: PageRequest): Promise<Page<LeaveRequest>>;
  /**
   * The first `limit` requests the filter matches, in listRequests' order, as
   * their briefs, and how many it matches in all: an answer names a few of a
   * year's thousands and counts the rest, where reading them all (their
   * reasons, charges and timestamps, a round trip per page) was most of its time.
   */
  requestBriefs(filter: LeaveBriefFilter, limit: number): Promise<{ briefs: LeaveRequestBrief[]; total: number }>;
  /** Approved requests overlapping from … to, of these teams (every team when null) or of one employee. */
  approvedBetween(from: string, to: string, who: { team_ids: readonly string[] | null } | { employee_id: string }): Promise<LeaveRequest[]>;
}
