import { PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { SettingsRepository } from '../../core/ports';
import { isConditionalCheckFailed } from './database-errors';
import type { TableClient } from './table-client';
import { keys } from './key-design';

export class DynamoSettingsRepository implements SettingsRepository {
  constructor(private readonly table: TableClient) {}

  async get(key: string): Promise<string | null> {
    const item = await this.table.get(keys.setting(key));
    return item ? (item.value as string) : null;
  }

  async putIfAbsent(key: string, value: string): Promise<string> {
    try {
      await this.table.send(
        new PutCommand({ TableName: this.table.name, Item: { ...keys.setting(key), value }, ConditionExpression: 'attribute_not_exists(PK)' }),
      );
      return value;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return (await this.get(key))!;
    }
  }

  /** A conditional write: it lands only over nothing or a greater value, so racing writers leave the least. */
  async lowerTo(key: string, value: string): Promise<string> {
    try {
      await this.table.send(
        new UpdateCommand({
          TableName: this.table.name,
          Key: keys.setting(key),
          UpdateExpression: 'SET #value = :value',
          ConditionExpression: 'attribute_not_exists(#value) OR #value > :value',
          ExpressionAttributeNames: { '#value': 'value' },
          ExpressionAttributeValues: { ':value': value },
        }),
      );
      return value;
    } catch (error) {
      if (!isConditionalCheckFailed(error)) throw error;
      return (await this.get(key))!;
    }
  }
}
