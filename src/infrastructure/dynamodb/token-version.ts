import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { TableClient, Item } from './table-client';
import { keys } from './key-design';

/**
 * The next token version, from one counter for every login (as the sequence
 * on PostgreSQL), so a login created under an old name never gets a version
 * an earlier holder's tokens carry. Claimed before the transaction that uses
 * it: a transaction that fails leaves a gap, which is harmless. The counter
 * starts at the clock's milliseconds, past the small per-login counters
 * versions used to be.
 */
export async function claimTokenVersion(table: TableClient): Promise<number> {
  const output = await table.send<{ Attributes?: Item }>(
    new UpdateCommand({
      TableName: table.name,
      Key: keys.tokenVersions(),
      UpdateExpression: 'SET last_version = if_not_exists(last_version, :start) + :one',
      ExpressionAttributeValues: { ':start': table.clock.now().getTime(), ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return output.Attributes!.last_version as number;
}
