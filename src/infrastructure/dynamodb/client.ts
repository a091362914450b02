import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { tableDefinition } from './table-definition';

export interface DynamoOptions {
  region: string;
  /** A local endpoint (DynamoDB Local); unset on AWS. */
  endpoint?: string;
}

/** What the SDK may spend on one request: its attempts, each cut off after the request timeout. */
export const MAX_ATTEMPTS = 4;
export const REQUEST_TIMEOUT_MS = 3000;

export function createDocumentClient(options: DynamoOptions): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: options.region,
    ...(options.endpoint && { endpoint: options.endpoint }),
    // DynamoDB Local accepts any credentials; AWS uses the role's.
    ...(options.endpoint && !process.env.AWS_ACCESS_KEY_ID && { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }),
    maxAttempts: MAX_ATTEMPTS,
    // The SDK's default is to wait for ever: an endpoint that takes the connection and never
    // answers (a frozen host, packets dropped) held every request open. DynamoDB answers in
    // milliseconds, DynamoDB Local in under a second even for a 100-item transaction; an attempt
    // still unanswered after 3 s is dead, and is retried by the SDK, then answered with a 503.
    requestHandler: { connectionTimeout: 1000, requestTimeout: REQUEST_TIMEOUT_MS, throwOnRequestTimeout: true },
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** Creates the table and its indexes when missing (for local endpoints; on AWS the stack owns the table). */
export async function ensureTable(doc: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  try {
    await doc.send(new DescribeTableCommand({ TableName: tableName }));
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  try {
    await doc.send(new CreateTableCommand(tableDefinition(tableName)));
  } catch (error) {
    // Another instance created it first.
    if (!(error instanceof ResourceInUseException)) throw error;
  }
  await waitUntilTableExists({ client: doc, maxWaitTime: 60 }, { TableName: tableName });
  return true;
}
