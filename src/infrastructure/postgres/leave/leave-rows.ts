/** The leave tables' columns as the port's shapes: numbers as float8, dates as text, instants as ISO strings. */
import { withAvailable, type LeaveBalance, type LedgerEntry } from '../../../core/leave/ledger';
import type { LeaveRequest } from '../../../core/leave/leave-request';
import type { LeaveType } from '../../../core/leave/leave-type';

export const TYPE_COLUMNS = `code, name, paid, annual_allowance_days::float8 AS annual_allowance_days, allow_half_day, allow_negative, created_at, updated_at`;

export const REQUEST_COLUMNS = `request_id, employee_id, team_id, code, to_char(from_date, 'YYYY-MM-DD') AS "from", to_char(to_date, 'YYYY-MM-DD') AS "to",
  half_day, days::float8 AS days, charges, status, reason, requested_by, decided_by, decided_at, decision_note, created_at, updated_at`;

/** A request's brief (LeaveRequestBrief) in its fields' order, as the rows already are: nothing to convert. */
export const BRIEF_COLUMNS = `request_id, employee_id, team_id, code, to_char(from_date, 'YYYY-MM-DD') AS "from", to_char(to_date, 'YYYY-MM-DD') AS "to",
  half_day, days::float8 AS days, status`;

export const ENTRY_COLUMNS = `entry_id::text AS entry_id, employee_id, code, year, kind, days::float8 AS days, request_id, reason, actor, at`;

export const BALANCE_COLUMNS = `employee_id, year, code, allocated::float8 AS allocated, adjusted::float8 AS adjusted, taken::float8 AS taken, pending::float8 AS pending`;

type Instant = string | Date;
// Both clients already hand timestamptz over as the API's ISO text (isoInstant): parsing it again only to write it back led a long list's CPU profile.
const iso = (value: Instant) => (typeof value === 'string' ? value : value.toISOString());

export function typeFromRow(row: Omit<LeaveType, 'created_at' | 'updated_at'> & { created_at: Instant; updated_at: Instant }): LeaveType {
  return { ...row, created_at: iso(row.created_at), updated_at: iso(row.updated_at) };
}

export function requestFromRow(
  row: Omit<LeaveRequest, 'decided_at' | 'created_at' | 'updated_at'> & { decided_at: Instant | null; created_at: Instant; updated_at: Instant },
): LeaveRequest {
  return { ...row, decided_at: row.decided_at === null ? null : iso(row.decided_at), created_at: iso(row.created_at), updated_at: iso(row.updated_at) };
}

export function entryFromRow(row: Omit<LedgerEntry, 'at'> & { at: Instant }): LedgerEntry {
  return { ...row, at: iso(row.at) };
}

export function balanceFromRow(row: Omit<LeaveBalance, 'available'>): LeaveBalance {
  return withAvailable(row);
}
