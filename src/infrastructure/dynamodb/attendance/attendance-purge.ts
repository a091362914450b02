import { PARTITION_PREFIXES, partitions } from '../key-design';
import type { TableClient } from '../table-client';
import { deletionSteps } from './attendance-steps';

/** Records and their counter updates per transaction: 100 items, DynamoDB's limit. */
const PURGE_BATCH = 50;

/**
 * Removes every record of an employee, a transaction of records and their
 * counters at a time. Each is conditional on the record as read, so running
 * it again after an interruption finishes the work without counting twice.
 */
export async function purgeRecords(table: TableClient, employeeId: string): Promise<void> {
  for (;;) {
    const { items } = await table.queryOnce({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :att)',
      ExpressionAttributeValues: { ':pk': partitions.employee(employeeId), ':att': PARTITION_PREFIXES.attendance },
      ConsistentRead: true,
      Limit: PURGE_BATCH,
    });
    if (items.length === 0) return;
    await table.withFreshReads(() => table.transact(items.flatMap((item) => deletionSteps(table.name, item))));
  }
}
