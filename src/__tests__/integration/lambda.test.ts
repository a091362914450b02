import { DeleteTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { Context } from 'aws-lambda';
import type * as LambdaModule from '../../lambda';
import { apiSecurityHeaders } from '../support/helmet-headers';
import { v1Event as v1, v2Event as v2 } from '../support/lambda-events';

/**
 * The real serverless-http handler, fed API Gateway REST (v1) and HTTP API (v2)
 * events. Its cold start builds everything from the environment alone, with
 * DynamoDB as the default driver: here DynamoDB Local, a table of its own.
 */
const TABLE = `lambda_${Date.now().toString(36)}`;
delete process.env.DB_DRIVER;
process.env.DYNAMODB_ENDPOINT = process.env.TEST_DYNAMODB_ENDPOINT;
process.env.DYNAMODB_TABLE = TABLE;
process.env.LOG_LEVEL = 'silent';
process.env.BCRYPT_ROUNDS = '4';
process.env.SEED_DEMO_DATA = 'false';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- after the environment is set
const { handler } = require('../../lambda') as typeof LambdaModule;

const context = { awsRequestId: 'test', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;

interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

async function invoke(event: object): Promise<LambdaResult> {
  return (await handler(event, context)) as LambdaResult;
}

describe('the Lambda handler', () => {
  let token: string;
  const dynamo = new DynamoDBClient({
    endpoint: process.env.TEST_DYNAMODB_ENDPOINT,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });

  afterAll(async () => {
    await dynamo.send(new DeleteTableCommand({ TableName: TABLE }));
    dynamo.destroy();
  });

  it('when it starts cold with no DB_DRIVER, then it runs on DynamoDB and made its table', async () => {
    const table = await dynamo.send(new DescribeTableCommand({ TableName: TABLE }));
    expect(table.Table?.GlobalSecondaryIndexes?.map((index) => index.IndexName).sort()).toEqual(['GSI1', 'GSI2', 'GSI3']);
  });

  beforeAll(async () => {
    const response = await invoke(
      v2('POST', '/token', { body: 'username=admin&password=admin-password', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    );
    expect(response.statusCode).toBe(200);
    token = (JSON.parse(response.body) as { access_token: string }).access_token;
  }, 30_000);

  it.each([
    ['v1', () => v1('GET', '/status'), 'r1'],
    ['v2', () => v2('GET', '/status'), 'r2'],
  ])(
    "when a %s event asks for /status, then 200 with the service, and every header the Node server sends: the security headers, the request id (API Gateway's), the rate limit",
    async (_v, event, requestId) => {
      const response = await invoke(event());
      expect(response.statusCode).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({ status: 'ok', service: 'workforce-api' });
      expect(response.headers).toMatchObject(await apiSecurityHeaders());
      expect(response.headers['x-request-id']).toBe(requestId);
      expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(response.headers['ratelimit-policy']).toMatch(/^\d+;w=60$/);
      expect(response.headers.ratelimit).toMatch(/^limit=\d+, remaining=\d+, reset=\d+$/);
    },
  );

  it('when a v1 event logs in with JSON, then a token comes back', async () => {
    const response = await invoke(
      v1('POST', '/token', { body: JSON.stringify({ username: 'admin', password: 'admin-password' }), headers: { 'content-type': 'application/json' } }),
    );
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ token_type: 'bearer' });
  });

  it.each([
    ['v1', () => v1('GET', '/teams', { headers: { authorization: `Bearer ${token}` }, query: { limit: '2' } })],
    ['v2', () => v2('GET', '/teams', { headers: { authorization: `Bearer ${token}` }, query: 'limit=2' })],
  ])('when a %s event lists teams with a token, then the first page comes back', async (_v, event) => {
    const response = await invoke(event());
    expect(response.statusCode).toBe(200);
    const body = JSON.parse(response.body) as { items: { team_id: string }[]; next_cursor: string | null };
    expect(body.items.map((t) => t.team_id)).toEqual(['AI', 'DAT']);
    expect(body.next_cursor).toEqual(expect.any(String));
  });

  it.each([
    ['v1', () => v1('POST', '/employees', { body: '{"name":""}', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } })],
    ['v2', () => v2('POST', '/employees', { body: '{"name":""}', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } })],
  ])('when a %s event sends an invalid employee, then 422 in the error format', async (_v, event) => {
    const response = await invoke(event());
    expect(response.statusCode).toBe(422);
    expect(JSON.parse(response.body)).toMatchObject({ error: 'Unprocessable Entity', details: expect.any(Array) });
  });

  it.each([
    ['v1', () => v1('GET', '/employees/DEV-404', { headers: { authorization: `Bearer ${token}` } })],
    ['v2', () => v2('GET', '/employees/DEV-404', { headers: { authorization: `Bearer ${token}` } })],
  ])('when a %s event reads a missing employee, then 404', async (_v, event) => {
    const response = await invoke(event());
    expect(response.statusCode).toBe(404);
    expect(JSON.parse(response.body)).toMatchObject({ error: 'Not Found' });
  });

  it('when a v2 event has no token, then 401', async () => {
    expect((await invoke(v2('GET', '/me'))).statusCode).toBe(401);
  });
});
