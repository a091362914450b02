/** Employee ids: a counter item per team (key-design.ts), moved atomically, so numbers are never reused. */

import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { formatEmployeeId, parseEmployeeId, type NewEmployee } from '../../../core/employee';
import { ValidationError } from '../../../core/errors';
import { isConditionalCheckFailed } from '../database-errors';
import { keys } from '../key-design';
import type { Item, TableClient } from '../table-client';

/** The next number of the team, or the given id after moving the counter past it. Numbers are never handed out twice. */
export async function claimId(table: TableClient, input: NewEmployee): Promise<string> {
  if (input.employee_id !== undefined) {
    const parsed = parseEmployeeId(input.employee_id);
    if (!parsed) throw ValidationError.field('employee_id', 'must look like DEV-001');
    try {
      await table.send(
        new UpdateCommand({
          TableName: table.name,
          Key: keys.counter(input.team_id),
          UpdateExpression: 'SET last_number = :n',
          ConditionExpression: 'attribute_not_exists(last_number) OR last_number < :n',
          ExpressionAttributeValues: { ':n': parsed.number },
        }),
      );
    } catch (error) {
      // Already past it: nothing to move.
      if (!isConditionalCheckFailed(error)) throw error;
    }
    return input.employee_id;
  }
  const output = await table.send<{ Attributes?: Item }>(
    new UpdateCommand({
      TableName: table.name,
      Key: keys.counter(input.team_id),
      UpdateExpression: 'ADD last_number :one',
      ExpressionAttributeValues: { ':one': 1 },
      ReturnValues: 'UPDATED_NEW',
    }),
  );
  return formatEmployeeId(input.team_id, output.Attributes!.last_number as number);
}

/** A block of `count` numbers per team, claimed with one ADD each: the first number of each team's block. */
export async function claimIdBlocks(table: TableClient, perTeam: ReadonlyMap<string, number>): Promise<Map<string, number>> {
  const first = new Map<string, number>();
  for (const [team, count] of perTeam) {
    const output = await table.send<{ Attributes?: Item }>(
      new UpdateCommand({
        TableName: table.name,
        Key: keys.counter(team),
        UpdateExpression: 'ADD last_number :n',
        ExpressionAttributeValues: { ':n': count },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    first.set(team, (output.Attributes!.last_number as number) - count + 1);
  }
  return first;
}
