/** The transaction steps every record write shares (the attendance repository's and a correction's approval). */
import type { AttendanceRecord } from '../../../core/attendance';
import { AttendanceExistsError } from '../../../core/errors';
import { COUNTER, recordItem, toRecord } from './attendance-items';
import { STALE, type Item, type TransactStep } from '../table-client';
import { COUNTER_SHARDS, keys, shardOf } from '../key-design';

/** A record's id in the audit trail. */
export const recordEntityId = (record: Pick<AttendanceRecord, 'employee_id' | 'attendance_date'>) => `${record.employee_id}/${record.attendance_date}`;

/**
 * The counters of the record's team, day and shard, moved from what `before`
 * counted to what `after` counts (either may be absent): its status, the
 * total, and whether it is open (a check-in without a check-out).
 */
export function counterSteps(tableName: string, before: AttendanceRecord | null, after: AttendanceRecord | null): TransactStep[] {
  const record = (after ?? before)!;
  const counts = (r: AttendanceRecord | null): Record<string, number> =>
    r ? { [COUNTER[r.status]]: 1, total: 1, open: r.check_in_time !== null && r.check_out_time === null ? 1 : 0 } : {};
  const was = counts(before);
  const now = counts(after);
  const moves = [...new Set([...Object.keys(was), ...Object.keys(now)])]
    .map((name) => [name, (now[name] ?? 0) - (was[name] ?? 0)] as const)
    .filter(([, delta]) => delta !== 0);
  if (moves.length === 0) return [];
  return [
    {
      write: {
        Update: {
          TableName: tableName,
          Key: keys.teamDay(record.team_id, shardOf(record.employee_id, COUNTER_SHARDS), record.attendance_date),
          UpdateExpression: `ADD ${moves.map(([name]) => `#${name} :${name}`).join(', ')}`,
          ExpressionAttributeNames: Object.fromEntries(moves.map(([name]) => [`#${name}`, name])),
          ExpressionAttributeValues: Object.fromEntries(moves.map(([name, delta]) => [`:${name}`, delta])),
        },
      },
    },
  ];
}

/** A new record (version 1), refused when the day already has one. */
export function newRecordStep(
  tableName: string,
  record: AttendanceRecord,
  onExists: () => Error = () => new AttendanceExistsError(record.employee_id, record.attendance_date),
): TransactStep {
  return {
    write: { Put: { TableName: tableName, Item: recordItem(record, 1), ConditionExpression: 'attribute_not_exists(PK)' } },
    onConditionFailed: onExists,
  };
}

/** The record replaced whole, only over the version read (which it moves on by one). */
export function replaceRecordStep(tableName: string, record: AttendanceRecord, readVersion: number, onChanged: () => Error | typeof STALE): TransactStep {
  return {
    write: {
      Put: {
        TableName: tableName,
        Item: recordItem(record, readVersion + 1),
        ConditionExpression: 'version = :read',
        ExpressionAttributeValues: { ':read': readVersion },
      },
    },
    onConditionFailed: onChanged,
  };
}

/** A record's removal and its counters' fall, conditional on the record as read (its version). */
export function deletionSteps(tableName: string, item: Item): TransactStep[] {
  const record = toRecord(item);
  return [
    {
      write: {
        Delete: {
          TableName: tableName,
          Key: keys.attendance(record.employee_id, record.attendance_date),
          ConditionExpression: 'version = :read',
          ExpressionAttributeValues: { ':read': item.version },
        },
      },
      onConditionFailed: () => STALE,
    },
    ...counterSteps(tableName, record, null),
  ];
}
