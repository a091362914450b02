import type { TableClient } from '../table-client';
import { GSI1, LIST_SHARDS, PARTITION_PREFIXES, collections, partitions } from '../key-design';

/** The first and last record of an employee: a Limit-1 Query each way on their partition. */
export async function recordDateSpan(table: TableClient, employeeId: string): Promise<{ first: string; last: string } | null> {
  const edge = async (forward: boolean) => {
    const item = await table.queryFirst({
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :att)',
      ExpressionAttributeValues: { ':pk': partitions.employee(employeeId), ':att': PARTITION_PREFIXES.attendance },
      ScanIndexForward: forward,
      ConsistentRead: true,
    });
    return item?.attendance_date as string | undefined;
  };
  const [first, last] = await Promise.all([edge(true), edge(false)]);
  return first !== undefined && last !== undefined ? { first, last } : null;
}

/** The oldest record: the last item of each attendance shard of GSI1 (sorted newest first), the least of them. */
export async function earliestDate(table: TableClient): Promise<string | null> {
  const oldest = await Promise.all(
    Array.from({ length: LIST_SHARDS }, async (_, shard) => {
      const item = await table.queryFirst({
        IndexName: GSI1,
        KeyConditionExpression: 'GSI1PK = :c',
        ExpressionAttributeValues: { ':c': collections.attendance(shard) },
        ScanIndexForward: false,
      });
      return item?.attendance_date as string | undefined;
    }),
  );
  const dates = oldest.filter((d): d is string => d !== undefined).sort();
  return dates[0] ?? null;
}
