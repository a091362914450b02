import { migrations as allMigrations, type Migration } from './migrations';
import type { SqlClient } from './sql-client';

// Any fixed number: instances starting together take turns instead of racing the DDL.
const MIGRATION_LOCK_KEY = 7_231_004;

/** Applies pending migrations in one transaction; returns the ids it applied. */
export async function migrate(client: SqlClient, migrations: readonly Migration[] = allMigrations): Promise<string[]> {
  return client.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         id text PRIMARY KEY,
         applied_at timestamptz NOT NULL DEFAULT now()
       )`,
    );
    const applied = new Set((await tx.query<{ id: string }>('SELECT id FROM schema_migrations')).map((row) => row.id));
    const pending = migrations.filter((migration) => !applied.has(migration.id));
    for (const migration of pending) {
      await tx.query(migration.sql);
      await tx.query('INSERT INTO schema_migrations (id) VALUES ($1)', [migration.id]);
    }
    return pending.map((migration) => migration.id);
  });
}
