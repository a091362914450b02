import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed } from '../database-errors';
import type { TableClient } from '../table-client';
import { keys } from '../key-design';
import { writeBuiltInLeaveTypes } from './leave-types';
import { upgradeToWorkCalendar } from './work-calendar';

/**
 * The one-off data upgrades, in order; a table has had the first `level` of
 * them. Each is idempotent, so one interrupted, or run by two instances at
 * once, is simply run again. New ones go at the end.
 */
const UPGRADES = [
  { name: 'work calendar: membership periods and end dates', run: upgradeToWorkCalendar },
  { name: 'leave: the built-in leave types', run: writeBuiltInLeaveTypes },
];

/**
 * The marker keeps the key the first upgrade gave it; an item without a
 * level was written by that upgrade alone (level 1). Reading it is the one
 * request a start makes here once a table is up to date.
 */
const MARKER = keys.setting('upgrade:work-calendar');

/** Runs the upgrades this table has not had; returns their names. */
export async function runUpgrades(table: TableClient): Promise<string[]> {
  const marker = await table.get(MARKER, false);
  const level = marker === undefined ? 0 : ((marker.level as number | undefined) ?? 1);
  const due = UPGRADES.slice(level);
  for (const [i, upgrade] of due.entries()) {
    await upgrade.run(table);
    await recordLevel(table, level + i + 1);
  }
  return due.map((upgrade) => upgrade.name);
}

/** Moves the marker up to `level`, never down (another instance may be ahead). */
async function recordLevel(table: TableClient, level: number): Promise<void> {
  try {
    await table.send(
      new UpdateCommand({
        TableName: table.name,
        Key: MARKER,
        UpdateExpression: 'SET #level = :level, #value = :now',
        ConditionExpression: 'attribute_not_exists(#level) OR #level < :level',
        ExpressionAttributeNames: { '#level': 'level', '#value': 'value' },
        ExpressionAttributeValues: { ':level': level, ':now': table.now() },
      }),
    );
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}
