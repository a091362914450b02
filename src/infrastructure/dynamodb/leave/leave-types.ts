/**
 * Leave types. A deleted type leaves a tombstone (its item flagged `deleted`,
 * without index keys, so no list shows it): the one-off upgrade that writes
 * the built-in types writes only where no item is, so a deleted built-in
 * stays deleted. A type is in use while `uses` (employees whose leave names
 * it, kept by the changes and purges) is above zero.
 */
import { LeaveTypeExistsError, LeaveTypeInUseError } from '../../../core/errors';
import type { LeaveType, LeaveTypePatch, NewLeaveType } from '../../../core/leave/leave-type';
import type { AuditStamp } from '../../../core/audit/audit-entry';
import { auditSteps } from '../audit/audit-items';
import { STALE, type TableClient, type Item } from '../table-client';
import { setAttributes } from '../expressions';
import { GSI1, collections, keys } from '../key-design';
import { leaveTypeItem, toLeaveType } from './leave-items';

const PATCHABLE = ['name', 'paid', 'annual_allowance_days', 'allow_half_day', 'allow_negative'] as const;

const live = (item: Item | undefined): item is Item => item !== undefined && item.deleted !== true;

export async function createLeaveType(table: TableClient, input: NewLeaveType, audit?: AuditStamp): Promise<LeaveType> {
  const now = table.now();
  const type: LeaveType = { ...input, created_at: now, updated_at: now };
  await table.transact([
    {
      write: {
        Put: {
          TableName: table.name,
          Item: leaveTypeItem(type),
          ConditionExpression: 'attribute_not_exists(PK) OR #deleted = :true',
          ExpressionAttributeNames: { '#deleted': 'deleted' },
          ExpressionAttributeValues: { ':true': true },
        },
      },
      onConditionFailed: () => new LeaveTypeExistsError(type.code),
    },
    ...auditSteps(table.name, audit, { action: 'create', entity: 'leave_type', entity_id: type.code, after: type }),
  ]);
  return type;
}

export async function getLeaveType(table: TableClient, code: string): Promise<LeaveType | null> {
  const item = await table.get(keys.leaveType(code));
  return live(item) ? toLeaveType(item) : null;
}

/** By code, as the index sorts it (byte-wise, as PostgreSQL's COLLATE "C"). */
export async function listLeaveTypes(table: TableClient): Promise<LeaveType[]> {
  const items = await table.queryAll({ IndexName: GSI1, KeyConditionExpression: 'GSI1PK = :c', ExpressionAttributeValues: { ':c': collections.leaveTypes } });
  return items.map(toLeaveType);
}

/** Read, then written only over the type as read, so the entry's `before` is what was replaced. */
export function updateLeaveType(table: TableClient, code: string, patch: LeaveTypePatch, audit?: AuditStamp): Promise<LeaveType | null> {
  return table.withFreshReads(async () => {
    const item = await table.get(keys.leaveType(code));
    if (!live(item)) return null;
    const before = toLeaveType(item);
    const fields: Partial<LeaveTypePatch> = Object.fromEntries(PATCHABLE.flatMap((field) => (patch[field] === undefined ? [] : [[field, patch[field]]])));
    const after: LeaveType = { ...before, ...fields, updated_at: table.now() };
    await table.transact([
      {
        write: {
          Update: {
            TableName: table.name,
            Key: keys.leaveType(code),
            ...setAttributes(
              { ...fields, updated_at: after.updated_at },
              { names: { '#deleted': 'deleted', '#was_at': 'updated_at' }, values: { ':was_at': before.updated_at } },
            ),
            ConditionExpression: 'attribute_not_exists(#deleted) AND #was_at = :was_at',
          },
        },
        onConditionFailed: () => STALE,
      },
      ...auditSteps(table.name, audit, { action: 'update', entity: 'leave_type', entity_id: code, before, after }),
    ]);
    return after;
  });
}

/** Refused while in use; the type read first is the entry's `before`, and the write holds only over it. */
export function deleteLeaveType(table: TableClient, code: string, audit?: AuditStamp): Promise<boolean> {
  return table.withFreshReads(async () => {
    const item = await table.get(keys.leaveType(code));
    if (!live(item)) return false;
    if (((item.uses as number | undefined) ?? 0) !== 0) throw new LeaveTypeInUseError(code);
    const before = toLeaveType(item);
    await table.transact([
      {
        write: {
          Update: {
            TableName: table.name,
            Key: keys.leaveType(code),
            UpdateExpression: 'SET #deleted = :true, updated_at = :now REMOVE GSI1PK, GSI1SK',
            ConditionExpression: 'attribute_not_exists(#deleted) AND (attribute_not_exists(#uses) OR #uses = :zero) AND updated_at = :was_at',
            ExpressionAttributeNames: { '#deleted': 'deleted', '#uses': 'uses' },
            ExpressionAttributeValues: { ':true': true, ':now': table.now(), ':zero': 0, ':was_at': before.updated_at },
          },
        },
        // Named by a change, or changed, since the read: judged again.
        onConditionFailed: () => STALE,
      },
      ...auditSteps(table.name, audit, { action: 'delete', entity: 'leave_type', entity_id: code, before }),
    ]);
    return true;
  });
}
