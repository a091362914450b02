/** The backends the bench runs on: how each is started, seeded and cleaned up. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startDynamoDbLocal } from '../__tests__/support/dynamodb-local';
import { run } from './processes';
import { ADMIN_PASSWORD, ROOT } from './bench-options';

export interface Target {
  backend: string;
  data: string;
  env: NodeJS.ProcessEnv;
  emulator: boolean;
  /** Runs the generator for this backend. */
  seed(): Promise<void>;
  /** Just before the check-in rounds: whatever keeps the database's own housekeeping out of them. */
  beforeWrites?(): Promise<void>;
  cleanup(): Promise<void>;
}

export const baseEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'warn',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
  ADMIN_PASSWORD,
  SEED_DEMO_DATA: 'false',
  // One client drives everything; the limit has its own tests.
  RATE_LIMIT_PER_MINUTE: '1000000',
  LOGIN_MAX_ATTEMPTS_PER_MINUTE: '1000000',
  ASSISTANT_RATE_LIMIT_PER_MINUTE: '100000',
  PG_POOL_MAX: '10',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

export const seedWith =
  (env: NodeJS.ProcessEnv, employees: number, days: number, periods: number, ...extra: string[]) =>
  () =>
    run(
      process.execPath,
      [join(ROOT, 'dist', 'cli', 'seed.js'), '--employees', String(employees), '--days', String(days), '--periods', String(periods), ...extra],
      env,
    );

async function recreateDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${new URL(url).pathname.slice(1)}`);
  await admin.end();
}

export async function postgresTarget(): Promise<Target> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/workforce_bench';
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${new URL(url).pathname.slice(1)}`).catch((error: { code?: string }) => {
    if (error.code !== '42P04') throw error;
  });
  await admin.end();
  const env = { ...baseEnv(), DATABASE_URL: url };
  const employees = 4000;
  return {
    backend: 'PostgreSQL 15 server',
    data: '4,000 employees (100 leavers, 50 team moves), 520 working days (~2 million attendance rows), 12 holidays, 8 quarters of scores, a year of leave (19,834 requests: ~5 each)',
    env,
    emulator: false,
    async seed() {
      // Generated once; later runs reuse it (the generator skips existing employees, but rewriting 2 M rows takes minutes).
      const db = new Client({ connectionString: url });
      await db.connect();
      const countOf = (sql: string) =>
        db.query<{ n: string }>(sql).then(
          (r) => Number(r.rows[0]!.n),
          () => 0,
        );
      let count = await countOf('SELECT count(*) AS n FROM employees');
      const leaveCount = await countOf('SELECT count(*) AS n FROM leave_requests');
      // Data from before the work calendar has no holidays, leavers or moves: it is generated again, once.
      if (count > 0 && (await countOf('SELECT count(*) AS n FROM holidays')) === 0) {
        await db.end();
        await recreateDatabase(url);
        count = 0;
      } else {
        // Autovacuum may be off (it is on the machine these figures come from), so reused data carries
        // every earlier run's dead rows: each check-out leaves one, and three runs left 125,792 in attendance.
        // A run starts from the state autovacuum keeps a live database in, with fresh statistics.
        // The leave an earlier run filed (far ahead, unpaid: no ledger entries) goes, so every run's queue is the data's.
        if (leaveCount > 0) {
          await db.query(`DELETE FROM leave_requests WHERE reason = 'bench'`);
          await db.query('DELETE FROM leave_balances WHERE year >= 2100');
        }
        if (count >= employees) await db.query('VACUUM (ANALYZE)');
        await db.end();
      }
      if (count < employees) await seedWith(env, employees, 520, 8)();
      // Data from before leave gets its year of leave, once, without rewriting the rest.
      else if (leaveCount === 0) await seedWith(env, employees, 520, 8, '--leave-only')();
    },
    /**
     * A checkpoint now, so no timed one (every checkpoint_timeout) starts
     * during the rounds. After a checkpoint, the first change to each page
     * writes the whole page to the WAL, and a day's check-ins touch a page
     * per employee in the primary key (employee_id, attendance_date): the
     * round after a checkpoint wrote 25.6 MB of WAL against 2.7-3.2 MB for
     * the next ones, and a checkpoint that started during the rounds took
     * one run's check-in p99 to 91 ms. The unmeasured first round pays it now.
     */
    async beforeWrites() {
      const db = new Client({ connectionString: url });
      await db.connect();
      try {
        await db.query('CHECKPOINT');
      } catch (error) {
        process.stdout.write(`(no CHECKPOINT before the check-in rounds: ${(error as Error).message})\n`);
      } finally {
        await db.end();
      }
    },
    cleanup: () => Promise.resolve(),
  };
}

export function pgliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'workforce-bench-pglite-'));
  const env = { ...baseEnv(), PGLITE_DIR: dir };
  return {
    backend: 'PGlite (embedded, emulator)',
    data: '400 employees, 60 working days, 4 quarters',
    env,
    emulator: true,
    seed: seedWith(env, 400, 60, 4),
    cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

export async function dynamoTarget(): Promise<Target> {
  const dynamo = await startDynamoDbLocal();
  const env = { ...baseEnv(), DB_DRIVER: 'dynamodb', DYNAMODB_ENDPOINT: dynamo.endpoint, DYNAMODB_TABLE: 'bench' };
  return {
    backend: 'DynamoDB Local (emulator)',
    data: '100 employees, 10 working days, 2 quarters',
    env,
    emulator: true,
    seed: seedWith(env, 100, 10, 2),
    cleanup: async () => void (await dynamo.stop()),
  };
}
