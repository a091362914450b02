/**
 * Leave types. A deleted type leaves a tombstone (its item flagged `deleted`,
 * without index keys, so no list shows it): the one-off upgrade that writes
 * the built-in types writes only where no item is, so a deleted built-in
 * stays deleted. A type is in use while `uses` (employees whose leave names
 * it, kept by the changes and purges) is above zero.
 */
import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { LeaveTypeExistsError, LeaveTypeInUseError } from '../../../core/errors';
import type { LeaveType, LeaveTypePatch, NewLeaveType } from '../../../core/leave/leave-type';
import { isConditionalCheckFailed } from '../database-errors';
import type { DynamoTable, Item } from '../dynamo-table';
import { setAttributes } from '../expressions';
import { GSI1, collections, keys } from '../table';
import { leaveTypeItem, toLeaveType } from './leave-items';

const PATCHABLE = ['name', 'paid', 'annual_allowance_days', 'allow_half_day', 'allow_negative'] as const;

const live = (item: Item | undefined): item is Item => item !== undefined && item.deleted !== true;

export async function createLeaveType(table: DynamoTable, input: NewLeaveType): Promise<LeaveType> {
  const now = new Date().toISOString();
  const type: LeaveType = { ...input, created_at: now, updated_at: now };
  try {
    await table.send(
      new PutCommand({
        TableName: table.name,
        Item: leaveTypeItem(type),
        ConditionExpression: 'attribute_not_exists(PK) OR #deleted = :true',
        ExpressionAttributeNames: { '#deleted': 'deleted' },
        ExpressionAttributeValues: { ':true': true },
      }),
    );
  } catch (error) {
    if (isConditionalCheckFailed(error)) throw new LeaveTypeExistsError(type.code);
    throw error;
  }
  return type;
}

export async function getLeaveType(table: DynamoTable, code: string): Promise<LeaveType | null> {
  const item = await table.get(keys.leaveType(code));
  return live(item) ? toLeaveType(item) : null;
}

/** By code, as the index sorts it (byte-wise, as PostgreSQL's COLLATE "C"). */
export async function listLeaveTypes(table: DynamoTable): Promise<LeaveType[]> {
  const items = await table.queryAll({ IndexName: GSI1, KeyConditionExpression: 'GSI1PK = :c', ExpressionAttributeValues: { ':c': collections.leaveTypes } });
  return items.map(toLeaveType);
}

export async function updateLeaveType(table: DynamoTable, code: string, patch: LeaveTypePatch): Promise<LeaveType | null> {
  const fields = Object.fromEntries(PATCHABLE.map((field) => [field, patch[field]]));
  try {
    const output = await table.send<{ Attributes?: Item }>(
      new UpdateCommand({
        TableName: table.name,
        Key: keys.leaveType(code),
        ...setAttributes({ ...fields, updated_at: new Date().toISOString() }, { names: { '#deleted': 'deleted' } }),
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#deleted)',
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toLeaveType(output.Attributes!);
  } catch (error) {
    if (isConditionalCheckFailed(error)) return null;
    throw error;
  }
}

export async function deleteLeaveType(table: DynamoTable, code: string): Promise<boolean> {
  try {
    await table.send(
      new UpdateCommand({
        TableName: table.name,
        Key: keys.leaveType(code),
        UpdateExpression: 'SET #deleted = :true, updated_at = :now REMOVE GSI1PK, GSI1SK',
        ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(#deleted) AND (attribute_not_exists(#uses) OR #uses = :zero)',
        ExpressionAttributeNames: { '#deleted': 'deleted', '#uses': 'uses' },
        ExpressionAttributeValues: { ':true': true, ':now': new Date().toISOString(), ':zero': 0 },
      }),
    );
    return true;
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
  // Refused: absent (or deleted already), or in use.
  if (!live(await table.get(keys.leaveType(code)))) return false;
  throw new LeaveTypeInUseError(code);
}
