import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand } from '@aws-sdk/client-dynamodb';
import request from 'supertest';
import { buildContainer } from '../../container';
import { createDocumentClient } from '../../infrastructure/dynamodb/client';
import { dynamoDatabase } from '../../infrastructure/dynamodb/dynamodb.database';
import { createLogger } from '../../logger';
import { start, type Started } from '../../startup';
import { SHUTDOWN_GRACE_MS, startDynamoDbLocal, STARTUP_LIMIT_MS, type RunningDynamo } from '../support/dynamodb-local';
import { adminClient, ANSWER_WITHIN_MS, expectUnavailable, expectUnhealthy, faultConfig, health, type AdminClient } from '../support/faults';
import { freePort, relay, silentServer, type Relay, type SilentServer } from '../support/tcp-relay';
import { ADMIN } from '../support/test-app';

const dynamoConfig = (endpoint: string) =>
  faultConfig({ DB_DRIVER: 'dynamodb', DYNAMODB_ENDPOINT: endpoint, DYNAMODB_TABLE: `faults_${randomBytes(5).toString('hex')}` });

/** What the app answers while its database is away: every route that needs it, 503 in the error format. */
async function expectUnavailableEverywhere(started: Started, api: AdminClient, existingEmployeeId: string, newEmployee: object): Promise<void> {
  const [healthResponse, read, write, list] = await Promise.all([
    health(started.container.app),
    api.get(`/employees/${existingEmployeeId}`),
    api.post('/employees', newEmployee),
    api.get('/teams'),
  ]);
  expectUnhealthy(healthResponse);
  expectUnavailable(read);
  expectUnavailable(write);
  expectUnavailable(list);
}

const employeeId = (response: request.Response) => (response.body as { employee_id: string }).employee_id;

/**
 * start() retries a database it cannot reach for DB_CONNECT_RETRY_SECONDS (30 s
 * here) and its last attempt can take the SDK's four tries. The limits below
 * add up the parts' own deadlines, so a loaded machine that merely slows
 * DynamoDB Local's JVM (usually 3-4 s to start) fails on that part's own error
 * and output, and only a hang fails on the limit.
 */
const APP_START_LIMIT_MS = 45_000;

describe('DynamoDB faults', () => {
  describe('when the endpoint accepts connections and never answers', () => {
    let silent: SilentServer;

    beforeAll(async () => {
      silent = await silentServer();
    });
    afterAll(() => silent.close());

    it('then /health and a data route answer 503 in the error format once the SDK gives up, not never', async () => {
      const config = dynamoConfig(`http://127.0.0.1:${silent.port}`);
      const database = dynamoDatabase(
        createDocumentClient({ region: 'us-east-1', endpoint: config.database.dynamoEndpoint }),
        config.database.dynamoTable,
        'a silent endpoint',
      );
      try {
        // JWT_SECRET is set, so wiring the app reads nothing from the database.
        const { app } = await buildContainer(config, database, createLogger('silent'));
        const [healthResponse, login] = await Promise.all([health(app), request(app).post('/token').type('form').send(ADMIN).timeout(ANSWER_WITHIN_MS)]);
        expectUnhealthy(healthResponse);
        expectUnavailable(login);
      } finally {
        await database.close();
      }
    }, 20_000);
  });

  describe('when DynamoDB Local becomes unreachable and comes back (a relay cut and reopened)', () => {
    const endpoint = process.env.TEST_DYNAMODB_ENDPOINT!;
    let link: Relay;
    let started: Started;
    let api: AdminClient;

    beforeAll(async () => {
      const port = await freePort();
      link = relay(port, new URL(endpoint));
      await link.open();
      started = await start(dynamoConfig(`http://127.0.0.1:${port}`));
      api = await adminClient(started.container.app);
    });
    afterAll(async () => {
      await started?.close();
      await link?.close();
      const doc = createDocumentClient({ region: 'us-east-1', endpoint });
      await doc.send(new DeleteTableCommand({ TableName: started.config.database.dynamoTable }));
      doc.destroy();
    });

    it('then requests answer 503 in the error format while it is away, and succeed again without a restart when it returns', async () => {
      expect((await api.post('/teams', { team_id: 'GONE', team_name: 'Written before the outage' })).status).toBe(201);
      const before = await api.post('/employees', { name: 'Before', email: 'before@example.com', team_id: 'GONE', position: 'Mid' });
      expect(before.status).toBe(201);
      const during = { name: 'During', email: 'during@example.com', team_id: 'GONE', position: 'Mid' };

      await link.close();
      await expectUnavailableEverywhere(started, api, employeeId(before), during);

      await link.open();
      expect((await health(started.container.app)).status).toBe(200);
      const readAfter = await api.get(`/employees/${employeeId(before)}`);
      expect([readAfter.status, (readAfter.body as { name?: string }).name]).toEqual([200, 'Before']);
      // The refused write left nothing half-done behind: sending it again simply works.
      expect((await api.post('/employees', during)).status).toBe(201);
    }, 30_000);
  });

  describe('when an on-disk DynamoDB Local (-dbPath, -sharedDb) is lost mid-load, stopped and started again on the same port', () => {
    let dbPath: string;
    let port: number;
    let dynamo: RunningDynamo;
    let link: Relay;
    let started: Started;
    let api: AdminClient;

    beforeAll(async () => {
      // Made here, not when the file is read, so that a run filtered to other tests leaves no folder behind.
      dbPath = mkdtempSync(join(tmpdir(), 'faults-dynamodb-'));
      port = await freePort();
      dynamo = await startDynamoDbLocal({ port, dbPath });
      const appPort = await freePort();
      link = relay(appPort, new URL(dynamo.endpoint));
      await link.open();
      started = await start(dynamoConfig(`http://127.0.0.1:${appPort}`));
      api = await adminClient(started.container.app);
    }, STARTUP_LIMIT_MS + APP_START_LIMIT_MS);
    afterAll(async () => {
      await started?.close();
      await link?.close();
      await dynamo?.stop();
      rmSync(dbPath, { recursive: true, force: true });
    }, SHUTDOWN_GRACE_MS + 30_000);

    it(
      'then requests answer 503 in the error format while it is down, and afterwards every acknowledged write is still there',
      async () => {
        expect((await api.post('/teams', { team_id: 'DOWN', team_name: 'Written before the stop' })).status).toBe(201);
        const acknowledged: { employee_id: string; email: string }[] = [];
        const responses: request.Response[] = [];
        let n = 0;
        let enoughWritten!: () => void;
        const underWay = new Promise<void>((resolve) => (enoughWritten = resolve));
        const create = async () => {
          const email = `stop.${++n}@example.com`;
          const response = await api.post('/employees', { name: `Stop ${n}`, email, team_id: 'DOWN', position: 'Mid' });
          responses.push(response);
          if (response.status === 201) acknowledged.push({ employee_id: employeeId(response), email });
          if (acknowledged.length >= 3) enoughWritten();
        };

        // Writes in flight when the database goes: each is either acknowledged or refused, never a 500.
        let writing = true;
        const writers = Array.from({ length: 4 }, async () => {
          while (writing) await create();
        });
        // Until writes are really flowing, however slow the machine is, not for a fixed time that a loaded one spent before the first answer.
        await underWay;
        // Its connections cut first, then the process stopped with no request of the app's in flight:
        // DynamoDB Local itself can lose what it acknowledged while it shuts down under load (see SHUTDOWN_GRACE_MS).
        await link.close();
        writing = false;
        await Promise.all(writers);
        expect(await dynamo.stop()).toBe('stopped');
        for (const response of responses) {
          if (response.status !== 201) expectUnavailable(response);
        }
        expect(acknowledged.length).toBeGreaterThan(0);

        await expectUnavailableEverywhere(started, api, acknowledged[0]!.employee_id, {
          name: 'During',
          email: 'during.stop@example.com',
          team_id: 'DOWN',
          position: 'Mid',
        });

        dynamo = await startDynamoDbLocal({ port, dbPath });
        await link.open();
        expect((await health(started.container.app)).status).toBe(200);
        for (const { employee_id, email } of acknowledged) {
          const read = await api.get(`/employees/${employee_id}`);
          expect([read.status, (read.body as { email?: string }).email]).toEqual([200, email]);
        }
        expect((await api.post('/employees', { name: 'After', email: 'after.restart@example.com', team_id: 'DOWN', position: 'Mid' })).status).toBe(201);
      },
      SHUTDOWN_GRACE_MS + STARTUP_LIMIT_MS + 4 * ANSWER_WITHIN_MS,
    );
  });
});
