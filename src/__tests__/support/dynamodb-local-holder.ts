/** A program that starts DynamoDB Local, says where, and waits: for a test that kills it and looks for the JVM. */
import { startDynamoDbLocal } from './dynamodb-local';

void startDynamoDbLocal().then(({ endpoint }) => {
  process.stdout.write(`${endpoint}\n`);
  setInterval(() => undefined, 60_000);
});
