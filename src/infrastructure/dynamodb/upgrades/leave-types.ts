import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { BUILT_IN_LEAVE_TYPES } from '../../../core/leave/leave-type';
import { isConditionalCheckFailed } from '../database-errors';
import type { TableClient } from '../table-client';
import { leaveTypeItem } from '../leave/leave-items';

/**
 * The built-in leave types (the DynamoDB counterpart of their rows in
 * PostgreSQL's migration 008), written where no item is: a type already
 * there, changed or deleted (a tombstone), is left as it is, so running it
 * twice, or on two instances at once, writes each once.
 */
export async function writeBuiltInLeaveTypes(table: TableClient): Promise<void> {
  const now = table.now();
  await Promise.all(
    BUILT_IN_LEAVE_TYPES.map(async (type) => {
      try {
        await table.send(
          new PutCommand({
            TableName: table.name,
            Item: leaveTypeItem({ ...type, created_at: now, updated_at: now }),
            ConditionExpression: 'attribute_not_exists(PK)',
          }),
        );
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
    }),
  );
}
