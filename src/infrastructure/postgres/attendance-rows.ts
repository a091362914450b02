import type { AttendanceRecord } from '../../core/attendance';

/** numeric arrives as text from pg. */
export type AttendanceRow = Omit<AttendanceRecord, 'hours_worked'> & { hours_worked: string | number | null };

/** The columns a record is written with; its version is the database's to count. */
export const COLUMNS = 'employee_id, attendance_date, team_id, status, check_in_time, check_out_time, hours_worked, notes';
export const READ_COLUMNS = `${COLUMNS}, version`;

export function toRecord(row: AttendanceRow): AttendanceRecord {
  return { ...row, hours_worked: row.hours_worked === null ? null : Number(row.hours_worked) };
}
