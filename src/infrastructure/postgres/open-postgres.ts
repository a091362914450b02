import { mkdirSync } from 'node:fs';
import type { Config } from '../../config';
import type { OpenedDatabase } from '../database';
import { migrate } from './migrator';
import { PgPoolClient } from './pg-pool.client';
import { postgresDatabase } from './postgres.database';
import type { SqlClient } from './sql-client';

async function openSqlClient(config: Config['database']): Promise<{ client: SqlClient; description: string; embedded: boolean }> {
  if (config.url) {
    const url = new URL(config.url);
    return {
      client: new PgPoolClient({ connectionString: config.url, max: config.poolMax, queryTimeoutMs: config.queryTimeoutMs, preparedStatements: config.preparedStatements }),
      description: `PostgreSQL at ${url.hostname}:${url.port || 5432}${url.pathname}`,
      embedded: false,
    };
  }
  if (config.pgliteDir !== 'memory://') mkdirSync(config.pgliteDir, { recursive: true });
  // Loaded only when used, so the Lambda bundle can leave the WASM engine out.
  const { PgliteClient } = await import('./pglite.client');
  return { client: await PgliteClient.open(config.pgliteDir), description: `embedded PostgreSQL (PGlite) in ${config.pgliteDir}`, embedded: true };
}

/** The PostgreSQL server at DATABASE_URL, or PGlite without one, migrated before anything serves. */
export async function openPostgres(config: Config['database']): Promise<OpenedDatabase> {
  const { client, description, embedded } = await openSqlClient(config);
  try {
    const migrated = await migrate(client);
    return { database: postgresDatabase(client, description), embedded, migrated };
  } catch (error) {
    await client.close();
    throw error;
  }
}
