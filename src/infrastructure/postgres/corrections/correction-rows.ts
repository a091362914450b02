import type { AttendanceCorrection } from '../../../core/corrections/correction';

export const CORRECTION_COLUMNS = `correction_id, employee_id, team_id, to_char(date, 'YYYY-MM-DD') AS date, change, reason, state, record_version,
  requested_by, decided_by, decided_at, decision_note, created_at, updated_at`;

export interface CorrectionRow extends Omit<AttendanceCorrection, 'check_in_time' | 'check_out_time' | 'status'> {
  change: Pick<AttendanceCorrection, 'check_in_time' | 'check_out_time' | 'status'>;
}

export function correctionFromRow({ change, ...row }: CorrectionRow): AttendanceCorrection {
  return { ...row, ...change };
}

/** The change asked for, as stored: only the fields the request names. */
export function changeOf(correction: AttendanceCorrection): string {
  const { check_in_time, check_out_time, status } = correction;
  return JSON.stringify({ check_in_time, check_out_time, status });
}
