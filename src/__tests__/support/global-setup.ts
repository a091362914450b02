import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from '../../infrastructure/postgres/migrator';
import { PgliteClient } from '../../infrastructure/postgres/pglite.client';
import { chromiumPath } from './chromium';
import { startDynamoDbLocal, type RunningDynamo } from './dynamodb-local';

/** Handed to globalTeardown, which runs in this same process. */
export const shared = globalThis as { dynamoDbLocal?: RunningDynamo };

/**
 * Engines start once per run and are shared by every test file: a migrated
 * PGlite snapshot (each file restores its own copy in well under a second)
 * and one DynamoDB Local (each file works in its own tables).
 */
export default async function globalSetup(): Promise<void> {
  // The AWS SDK's notice about Node 22 says nothing about this code.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  const [snapshotFile, dynamo] = await Promise.all([pgliteSnapshot(), startDynamoDbLocal()]);
  process.env.TEST_PGLITE_SNAPSHOT = snapshotFile;
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  shared.dynamoDbLocal = dynamo;
  const covered = ['PGlite (embedded)', 'DynamoDB Local', ...(process.env.TEST_DATABASE_URL ? ['PostgreSQL server (TEST_DATABASE_URL)'] : [])];
  process.stdout.write(`\nDatabase backends under test: ${covered.join(', ')}\n`);
  const browser = chromiumPath();
  process.stdout.write(
    browser
      ? `Browser client: Swagger UI in ${browser}\n`
      : 'Browser client NOT covered: no /usr/bin/chromium (set CHROMIUM_PATH, or apt-get install chromium)\n',
  );
}

async function pgliteSnapshot(): Promise<string> {
  const client = await PgliteClient.open('memory://');
  try {
    await migrate(client);
    const snapshot = await client.snapshot();
    const file = join(tmpdir(), `workforce-api-pglite-${process.pid}.tar`);
    writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
    return file;
  } finally {
    await client.close();
  }
}
