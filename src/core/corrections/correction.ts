/**
 * Attendance corrections: an employee (or their manager, or an admin) asks for
 * a closed day's record to be changed; someone else decides. Approval writes
 * the change as a direct edit would, and only onto the record as it was when
 * the request was made (its version), so nobody approves a change to a record
 * they have not seen.
 */
import type { Role } from '../account';
import type { AttendanceStatus, AttendanceTimes } from '../attendance';
import { mayDecide, mayRequestFor } from '../leave/leave-request';

export type CorrectionState = 'pending' | 'approved' | 'rejected' | 'cancelled';

export const CORRECTION_STATES: readonly CorrectionState[] = ['pending', 'approved', 'rejected', 'cancelled'];

export interface AttendanceCorrection {
  correction_id: string;
  employee_id: string;
  /** The team the day belongs to: the record's, or the employee's team that day when there is no record. */
  team_id: string;
  date: string;
  /** The change asked for: a field left out (undefined) keeps the record's value. */
  check_in_time?: string | null;
  check_out_time?: string | null;
  status?: AttendanceStatus;
  reason: string;
  state: CorrectionState;
  /** The record's version when the request was made; null when there was no record. */
  record_version: number | null;
  /** The username of who asked. */
  requested_by: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  created_at: string;
  updated_at: string;
}

export interface CorrectionFilter {
  employee_id?: string;
  team_id?: string;
  state?: CorrectionState;
  /** Corrections of days from … to. */
  from?: string;
  to?: string;
}

/** How a pending correction ends. */
export interface CorrectionDecision {
  state: Exclude<CorrectionState, 'pending'>;
  decided_by: string;
  decided_at: string;
  decision_note: string | null;
}

interface Caller {
  role: Role;
  username: string;
  employee_id: string | null;
  team_id: string | null;
}

/** The people a correction concerns: whose day it is, the day's team, and that employee's login role. */
export interface CorrectionParties {
  employee_id: string;
  team_id: string;
  login_role: Role | null;
}

/** Who may ask: the employee themselves; a manager for the members of the day's team; an admin for anyone. */
export function mayRequestCorrection(caller: Caller, parties: Pick<CorrectionParties, 'employee_id' | 'team_id'>): boolean {
  return mayRequestFor(caller, parties);
}

/**
 * Approve or reject: an admin, or the manager of the day's team when the
 * employee's login is an employee's — and never whoever asked.
 */
export function mayDecideCorrection(caller: Caller, parties: CorrectionParties, correction: Pick<AttendanceCorrection, 'requested_by'>): boolean {
  return caller.username !== correction.requested_by && mayDecide(caller, parties);
}

/** Cancel: only whoever asked. */
export function mayCancelCorrection(caller: Caller, correction: Pick<AttendanceCorrection, 'requested_by'>): boolean {
  return caller.username === correction.requested_by;
}

/** The change approval applies, in the terms of a direct edit. */
export function correctionChange(correction: Pick<AttendanceCorrection, 'check_in_time' | 'check_out_time' | 'status'>): AttendanceTimes {
  return {
    ...(correction.check_in_time !== undefined && { check_in_time: correction.check_in_time }),
    ...(correction.check_out_time !== undefined && { check_out_time: correction.check_out_time }),
    ...(correction.status !== undefined && { status: correction.status }),
  };
}

/** A correction as the API shows it: the change asked for in full (null where it asks for none), without the adapter's bookkeeping. */
export type CorrectionView = Omit<AttendanceCorrection, 'check_in_time' | 'check_out_time' | 'status'> & {
  check_in_time: string | null;
  check_out_time: string | null;
  status: AttendanceStatus | null;
};

export function correctionView(correction: AttendanceCorrection): CorrectionView {
  return {
    ...correction,
    check_in_time: correction.check_in_time ?? null,
    check_out_time: correction.check_out_time ?? null,
    status: correction.status ?? null,
  };
}
