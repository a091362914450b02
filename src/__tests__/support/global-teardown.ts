import { rmSync } from 'node:fs';
import type { RunningDynamo } from './dynamodb-local';

export default async function globalTeardown(): Promise<void> {
  if (process.env.TEST_PGLITE_SNAPSHOT) rmSync(process.env.TEST_PGLITE_SNAPSHOT, { force: true });
  await (globalThis as { dynamoDbLocal?: RunningDynamo }).dynamoDbLocal?.stop();
}
