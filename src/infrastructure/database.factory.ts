import { mkdirSync } from 'node:fs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../config';
import type { Clock } from '../core/ports';
import type { Database } from './database';
import { createDocumentClient, ensureTable } from './dynamodb/client';
import { isMissingTable, translateDynamoError } from './dynamodb/database-errors';
import { dynamoDatabase, dynamoUpgrades } from './dynamodb/dynamodb.database';
import type { SqlClient } from './postgres/sql-client';
import { systemClock } from './system-clock';

export interface OpenedDatabase {
  database: Database;
  /** True for the in-process PGlite default (no server). */
  embedded: boolean;
  /** Migrations applied by this start. */
  migrated: string[];
}

async function openSqlClient(config: Config['database']): Promise<{ client: SqlClient; description: string; embedded: boolean }> {
  if (config.url) {
    const url = new URL(config.url);
    const { PgPoolClient } = await import('./postgres/pg-pool.client');
    return {
      client: new PgPoolClient({
        connectionString: config.url,
        max: config.poolMax,
        queryTimeoutMs: config.queryTimeoutMs,
        preparedStatements: config.preparedStatements,
      }),
      description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`,
      embedded: false,
    };
  }
  if (config.pgliteDir !== 'memory://') mkdirSync(config.pgliteDir, { recursive: true });
  // Loaded only when used, so the Lambda bundle can leave the WASM engine out.
  const { PgliteClient } = await import('./postgres/pglite.client');
  return { client: await PgliteClient.open(config.pgliteDir), description: `embedded PostgreSQL (PGlite) in ${config.pgliteDir}`, embedded: true };
}

/**
 * Runs the table's data upgrades; locally, a missing table is made first (on
 * AWS the stack owns it). The upgrades' first read finds out whether it is
 * there, so a start asks nothing more of a table that is.
 */
async function upgradedTable(doc: DynamoDBDocumentClient, table: string, local: boolean, clock: Clock): Promise<string[]> {
  try {
    // A new table runs them too (the built-in leave types are written by one); only an old table's are news.
    return await dynamoUpgrades(doc, table, clock);
  } catch (error) {
    if (!local || !isMissingTable(error)) throw error;
  }
  await ensureTable(doc, table);
  await dynamoUpgrades(doc, table, clock);
  return [`created table ${table}`];
}

/**
 * DB_DRIVER picks the adapters; the schema (or the local table) is made ready
 * before anything serves. The clock stamps what DynamoDB items record;
 * PostgreSQL takes its timestamps from the server.
 */
export async function openDatabase(config: Config['database'], clock: Clock = systemClock): Promise<OpenedDatabase> {
  switch (config.driver) {
    case 'postgres': {
      // The PostgreSQL adapters are imported only by the driver that uses them: a DynamoDB start (Lambda) never runs their modules.
      const [{ migrate }, { postgresDatabase }] = await Promise.all([import('./postgres/migrator'), import('./postgres/postgres.database')]);
      const { client, description, embedded } = await openSqlClient(config);
      try {
        const migrated = await migrate(client);
        return { database: postgresDatabase(client, description), embedded, migrated };
      } catch (error) {
        await client.close();
        throw error;
      }
    }
    case 'dynamodb': {
      const doc = createDocumentClient({ region: config.awsRegion, endpoint: config.dynamoEndpoint });
      const where = config.dynamoEndpoint ? `at ${config.dynamoEndpoint}` : `in ${config.awsRegion}`;
      try {
        const migrated = await upgradedTable(doc, config.dynamoTable, Boolean(config.dynamoEndpoint), clock);
        return { database: dynamoDatabase(doc, config.dynamoTable, `DynamoDB table ${config.dynamoTable} ${where}`, clock), embedded: false, migrated };
      } catch (error) {
        doc.destroy();
        throw translateDynamoError(error);
      }
    }
  }
}
