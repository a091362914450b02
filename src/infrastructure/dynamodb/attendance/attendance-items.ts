import type { AttendanceRecord, AttendanceStatus } from '../../../core/attendance';
import { stringsOf } from '../../page-position';
import type { Item } from '../table-client';
import { LIST_SHARDS, collections, invertedDate, keys, shardOf } from '../key-design';

const FIELDS = ['employee_id', 'attendance_date', 'team_id', 'status', 'check_in_time', 'check_out_time', 'hours_worked', 'notes', 'version'] as const;
export const COUNTER: Record<AttendanceStatus, string> = { present: 'present', late: 'late', 'half-day': 'half_day', absent: 'absent' };

export function toRecord(item: Item): AttendanceRecord {
  return Object.fromEntries(FIELDS.map((field) => [field, item[field] ?? null])) as unknown as AttendanceRecord;
}

export const sortKey = (record: Pick<AttendanceRecord, 'attendance_date' | 'employee_id'>) => `${invertedDate(record.attendance_date)}#${record.employee_id}`;

/** The item; its version (1 when written first, one more on every write) guards every read-then-write and is what a correction is checked against. */
export function recordItem(record: AttendanceRecord, version: number): Item {
  const sk = sortKey(record);
  return {
    ...keys.attendance(record.employee_id, record.attendance_date),
    GSI1PK: collections.attendance(shardOf(record.employee_id, LIST_SHARDS)),
    GSI1SK: sk,
    GSI2PK: collections.teamAttendance(record.team_id, shardOf(record.employee_id, LIST_SHARDS)),
    GSI2SK: sk,
    ...record,
    version,
  };
}

/** A list position: the sort key of the page's last record, `<inv date>#<employee id>`. */
export const ATTENDANCE_POSITION = stringsOf(1, /^\d{8}#[A-Z]{2,10}-\d{3,}$/);
