import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { loadConfig } from '../../config';
import { DatabaseUnavailableError } from '../../core/errors';
import { PgPoolClient } from '../../infrastructure/postgres/pg-pool.client';
import { PLAN_EACH_TIME } from '../../infrastructure/postgres/sql-client';
import { start, type Started } from '../../startup';
import { freePort, relay } from '../support/tcp-relay';

const quiet = { LOG_LEVEL: 'silent', BCRYPT_ROUNDS: '4', SEED_DEMO_DATA: 'false', JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256' } as const;

describe('start-up while the database is not up yet', () => {
  it('when the database comes up a little after the API, then start-up retries until it answers, and serves', async () => {
    const port = await freePort();
    const dynamo = relay(port, new URL(process.env.TEST_DYNAMODB_ENDPOINT!));
    const opening = setTimeout(() => void dynamo.open(), 1500);
    let started: Started | undefined;
    try {
      started = await start(
        loadConfig({
          ...quiet,
          DB_DRIVER: 'dynamodb',
          DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}`,
          DYNAMODB_TABLE: `late_${randomBytes(4).toString('hex')}`,
          DB_CONNECT_RETRY_SECONDS: '30',
        }),
      );
      expect((await request(started.container.app).get('/health')).status).toBe(200);
    } finally {
      clearTimeout(opening);
      await started?.close();
      await dynamo.close();
    }
  }, 60_000);

  it('when the database stays down past DB_CONNECT_RETRY_SECONDS, then start-up gives up with "unavailable"', async () => {
    const port = await freePort();
    await expect(
      start(loadConfig({ ...quiet, DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/none`, DB_CONNECT_RETRY_SECONDS: '1' })),
    ).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });
});

const serverUrl = process.env.TEST_DATABASE_URL;

/** Backends terminated under the pool's feet, as pg_terminate_backend or a failover does. */
if (serverUrl)
  describe('the PostgreSQL pool when a connection is killed mid-statement (TEST_DATABASE_URL)', () => {
    const application = `recovery_${randomBytes(4).toString('hex')}`;
    const table = `recovery_${randomBytes(4).toString('hex')}`;
    const url = new URL(serverUrl);
    url.searchParams.set('application_name', application);
    const admin = new Client({ connectionString: serverUrl });
    const pool = new PgPoolClient({ connectionString: url.toString(), max: 2 });

    beforeAll(async () => {
      await admin.connect();
      await admin.query(`CREATE TABLE ${table} (id int)`);
    });
    afterAll(async () => {
      await admin.query(`DROP TABLE IF EXISTS ${table}`);
      await admin.end();
      await pool.close();
    });

    /** Kills this pool's backends once one of them is busy running a statement. */
    async function killWhenBusy(): Promise<void> {
      for (let i = 0; i < 200; i++) {
        const { rows } = await admin.query<{ killed: boolean }>(
          "SELECT pg_terminate_backend(pid) AS killed FROM pg_stat_activity WHERE application_name = $1 AND state = 'active' AND query LIKE '%pg_sleep%'",
          [application],
        );
        if (rows.length > 0) return;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error('the statement never started');
    }

    const count = async () => Number((await admin.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);

    it('when the failure is not about reaching the database, then start-up stops at once without retrying', async () => {
      // A database that does not exist answers at once with an error no wait will fix (3D000).
      const target = new URL(serverUrl);
      target.pathname = `/missing_${randomBytes(4).toString('hex')}`;
      // Were it retried, it would outlast the test's time limit.
      await expect(start(loadConfig({ ...quiet, DATABASE_URL: target.toString(), DB_CONNECT_RETRY_SECONDS: '60' }))).rejects.not.toBeInstanceOf(
        DatabaseUnavailableError,
      );
    });

    it('a read is retried on a fresh connection and answers', async () => {
      const [rows] = await Promise.all([pool.query<{ answer: number }>('SELECT 42 AS answer, pg_sleep(0.5) IS NULL AS slept'), killWhenBusy()]);
      expect(rows).toEqual([{ answer: 42, slept: false }]);
    });

    it('a transaction cut before COMMIT is run again, and its change is there exactly once', async () => {
      await admin.query(`TRUNCATE ${table}`);
      let attempts = 0;
      await Promise.all([
        pool.transaction(async (tx) => {
          attempts += 1;
          await tx.query(`INSERT INTO ${table} VALUES (1)`);
          await tx.query('SELECT pg_sleep(0.5)');
        }),
        killWhenBusy(),
      ]);
      expect(attempts).toBe(2);
      expect(await count()).toBe(1);
    });

    it('a write outside a transaction is not sent twice: it answers "unavailable" and the caller decides', async () => {
      await admin.query(`TRUNCATE ${table}`);
      const [outcome] = await Promise.allSettled([pool.query(`INSERT INTO ${table} SELECT 1 FROM pg_sleep(0.5)`), killWhenBusy()]);
      expect(outcome.status === 'rejected' && outcome.reason).toBeInstanceOf(DatabaseUnavailableError);
      expect(await count()).toBe(0);
    });
  });

if (serverUrl)
  describe("the PostgreSQL pool's statements (TEST_DATABASE_URL)", () => {
    // One connection, so every statement below meets the same session's prepared statements.
    const pool = new PgPoolClient({ connectionString: serverUrl, max: 1 });
    afterAll(() => pool.close());
    const preparedTexts = async () => (await pool.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).map((row) => row.statement);

    it('when a statement with parameters runs again, in or out of a transaction, then it was prepared once and reused; one planned each time, or one without parameters, is never prepared', async () => {
      const marker = randomBytes(4).toString('hex');
      const lookup = `SELECT $1::int + 1 AS n /* lookup ${marker} */`;
      const ranged = `SELECT $1::int + 2 AS n /* ranged ${marker} */`;
      const script = `CREATE TEMP TABLE script_${marker} (id int); DROP TABLE script_${marker} /* script ${marker} */`;
      for (let i = 0; i < 3; i++) {
        expect(await pool.query(lookup, [i])).toEqual([{ n: i + 1 }]);
        expect(await pool.query(ranged, [i], PLAN_EACH_TIME)).toEqual([{ n: i + 2 }]);
      }
      expect(await pool.transaction((tx) => tx.query(lookup, [10]))).toEqual([{ n: 11 }]);
      await pool.query(script);

      const mine = (await preparedTexts()).filter((text) => text.includes(marker));
      expect(mine).toEqual([lookup]);
    });

    it('when told not to prepare (a pooler in front), then the same statement runs and nothing is prepared', async () => {
      const unprepared = new PgPoolClient({ connectionString: serverUrl, max: 1, preparedStatements: false });
      try {
        const marker = randomBytes(4).toString('hex');
        const lookup = `SELECT $1::int + 1 AS n /* unprepared ${marker} */`;
        for (let i = 0; i < 3; i++) expect(await unprepared.query(lookup, [i])).toEqual([{ n: i + 1 }]);
        const prepared = await unprepared.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements');
        expect(prepared.filter((row) => row.statement.includes(marker))).toEqual([]);
      } finally {
        await unprepared.close();
      }
    });
  });
