import 'dotenv/config';
import { openDatabase } from '../infrastructure/database.factory';
import { configOrExit } from '../startup';

/** `npm run migrate`: brings the configured database's schema up to date, then exits. */
async function main(): Promise<void> {
  const config = configOrExit();
  const { database, migrated } = await openDatabase(config.database);
  await database.close();
  console.log(migrated.length > 0 ? `Applied: ${migrated.join(', ')}` : 'The schema is up to date.');
}

main().catch((error: unknown) => {
  console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
