import { statSync } from 'node:fs';
import { startDynamoDbLocal } from '../__tests__/support/dynamodb-local';
import { LAMBDA_BUNDLE } from './build-lambda';
import { probeLambda } from './lambda-probe';

/**
 * `npm run measure:lambda`: the bundle's size, and its cold start and warm
 * invocation on this machine, in fresh `node` processes, against DynamoDB
 * Local (each cold start finds the table made by the first).
 */
async function main(): Promise<void> {
  const bundle = LAMBDA_BUNDLE;
  const size = statSync(bundle).size;
  const dynamo = await startDynamoDbLocal();
  try {
    const env = { DYNAMODB_ENDPOINT: dynamo.endpoint, DYNAMODB_TABLE: 'measure', BCRYPT_ROUNDS: '4' };
    await probeLambda(bundle, env, 1);
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await probeLambda(bundle, env, 200));
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    console.log(`bundle: ${(size / 1024 / 1024).toFixed(2)} MB (serverless/dist/lambda.js, minified, node20)`);
    console.log(`cold start (fresh node: load the bundle, build the app, answer GET /status v2): median ${median(runs.map((r) => r.cold_ms)).toFixed(0)} ms of 5 runs`);
    console.log(`warm invocation (GET /status v2): median ${median(runs.map((r) => r.warm_ms)).toFixed(2)} ms`);
  } finally {
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
