import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { DatabaseUnavailableError, DuplicateEmailError } from '../../core/errors';
import { createDocumentClient } from '../../infrastructure/dynamodb/client';
import { TableClient } from '../../infrastructure/dynamodb/table-client';

/**
 * DynamoDB Local runs transactions one at a time, so it never answers
 * TransactionConflict as DynamoDB does under contention. This loopback server
 * speaks DynamoDB's JSON protocol to answer exactly that, so the real SDK and
 * the real retry code run.
 */
function cancelled(reasons: string[]) {
  return {
    status: 400,
    body: {
      __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
      message: `Transaction cancelled, please refer cancellation reasons for specific reasons [${reasons.join(', ')}]`,
      CancellationReasons: reasons.map((Code) => ({ Code })),
    },
  };
}

async function fakeDynamo(answers: { status: number; body: object }[]): Promise<{ server: Server; endpoint: string; calls: string[] }> {
  const calls: string[] = [];
  const server = createServer((req: IncomingMessage, res) => {
    req.resume();
    req.on('end', () => {
      calls.push(String(req.headers['x-amz-target']));
      const answer = answers.shift() ?? { status: 200, body: {} };
      res.writeHead(answer.status, { 'content-type': 'application/x-amz-json-1.0' });
      res.end(JSON.stringify(answer.body));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return { server, endpoint: `http://127.0.0.1:${port}`, calls };
}

const put = { write: { Put: { TableName: 't', Item: { PK: 'a', SK: 'b' } } } };

describe('DynamoDB transactions under contention', () => {
  let fake: Awaited<ReturnType<typeof fakeDynamo>> | undefined;
  afterEach(() => fake?.server.close());

  it('when DynamoDB answers TransactionConflict, then the transaction is sent again and succeeds', async () => {
    fake = await fakeDynamo([cancelled(['TransactionConflict']), cancelled(['None', 'TransactionConflict']), { status: 200, body: {} }]);
    const table = new TableClient(createDocumentClient({ region: 'us-east-1', endpoint: fake.endpoint }), 't');
    await table.transact([put, put]);
    expect(fake.calls).toEqual(Array(3).fill('DynamoDB_20120810.TransactWriteItems'));
  });

  it('when a condition fails, then the step says what it means and nothing is retried', async () => {
    fake = await fakeDynamo([cancelled(['None', 'ConditionalCheckFailed'])]);
    const table = new TableClient(createDocumentClient({ region: 'us-east-1', endpoint: fake.endpoint }), 't');
    await expect(table.transact([put, { ...put, onConditionFailed: () => new DuplicateEmailError('a@example.com') }])).rejects.toBeInstanceOf(
      DuplicateEmailError,
    );
    expect(fake.calls).toHaveLength(1);
  });

  it('when a crowd keeps one item busy for more rounds than a fixed count allowed, then the transaction still goes through', async () => {
    fake = await fakeDynamo([...Array.from({ length: 12 }, () => cancelled(['TransactionConflict'])), { status: 200, body: {} }]);
    const table = new TableClient(createDocumentClient({ region: 'us-east-1', endpoint: fake.endpoint }), 't');
    await table.transact([put]);
    expect(fake.calls).toHaveLength(13);
  });

  it('when contention never ends, then it gives up with 503 once its budget is spent rather than retrying forever', async () => {
    fake = await fakeDynamo(Array.from({ length: 10_000 }, () => cancelled(['TransactionConflict'])));
    const table = new TableClient(createDocumentClient({ region: 'us-east-1', endpoint: fake.endpoint }), 't', { conflictBudgetMs: 300 });
    await expect(table.transact([put])).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(fake.calls.length).toBeGreaterThan(1);
    expect(fake.calls.length).toBeLessThan(10_000);
  });
});
