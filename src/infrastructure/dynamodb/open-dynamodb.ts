import type { Config } from '../../config';
import type { OpenedDatabase } from '../database';
import { createDocumentClient, ensureTable } from './client';
import { translateDynamoError } from './database-errors';
import { dynamoDatabase } from './dynamodb.database';

/** The DynamoDB table; locally the service makes its own, on AWS the stack owns it. */
export async function openDynamoDb(config: Config['database']): Promise<OpenedDatabase> {
  const doc = createDocumentClient({ region: config.awsRegion, endpoint: config.dynamoEndpoint });
  const where = config.dynamoEndpoint ? `at ${config.dynamoEndpoint}` : `in ${config.awsRegion}`;
  try {
    const created = config.dynamoEndpoint ? await ensureTable(doc, config.dynamoTable) : false;
    return { database: dynamoDatabase(doc, config.dynamoTable, `DynamoDB table ${config.dynamoTable} ${where}`), embedded: false, migrated: created ? [`created table ${config.dynamoTable}`] : [] };
  } catch (error) {
    doc.destroy();
    throw translateDynamoError(error);
  }
}
