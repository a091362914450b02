import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { buildContainer } from '../../container';
import { PgPoolClient } from '../../infrastructure/postgres/pg-pool.client';
import { postgresDatabase } from '../../infrastructure/postgres/postgres.database';
import { createLogger } from '../../logger';
import { start, type Started } from '../../startup';
import { adminClient, ANSWER_WITHIN_MS, expectUnavailable, expectUnhealthy, faultConfig, health, type AdminClient } from '../support/faults';
import { freePort, relay, silentServer, type SilentServer } from '../support/tcp-relay';
import { ADMIN } from '../support/test-app';

/**
 * Needs no server, so it always runs: a host that takes the connection and
 * then says nothing (a firewall dropping packets, a frozen server) is the
 * case where the API could hang instead of answering.
 */
describe('PostgreSQL that accepts connections and never answers', () => {
  let silent: SilentServer;

  beforeAll(async () => {
    silent = await silentServer();
  });
  afterAll(() => silent.close());

  it('then /health and a data route answer 503 in the error format once the pool gives up connecting, not never', async () => {
    const config = faultConfig({ DATABASE_URL: `postgres://postgres@127.0.0.1:${silent.port}/none` });
    const database = postgresDatabase(new PgPoolClient({ connectionString: config.database.url!, max: 2 }), 'a silent server');
    try {
      // JWT_SECRET is set, so wiring the app reads nothing from the database.
      const { app } = await buildContainer(config, database, createLogger('silent'));
      const [healthResponse, login] = await Promise.all([
        health(app),
        // Signing in reads the login: a data route that needs no token first.
        request(app).post('/token').type('form').send(ADMIN).timeout(ANSWER_WITHIN_MS),
      ]);
      expectUnhealthy(healthResponse);
      expectUnavailable(login);
    } finally {
      await database.close();
    }
  }, 20_000);
});

const serverUrl = process.env.TEST_DATABASE_URL;

/** A database of its own on the server, so that killing "this app's backends" touches no other test file. */
async function freshDatabase(server: string): Promise<{ name: string; url: URL; admin: Client; drop(): Promise<void> }> {
  const name = `faults_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  // How the killer tells this app's connections from everyone else's.
  url.searchParams.set('application_name', name);
  return {
    name,
    url,
    admin,
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

if (serverUrl)
  describe('PostgreSQL server faults (TEST_DATABASE_URL)', () => {
    describe('when backends are killed with pg_terminate_backend in the middle of a load', () => {
      let db: Awaited<ReturnType<typeof freshDatabase>>;
      let started: Started;
      let api: AdminClient;
      const teamId = 'FLT';
      /** The employee every attendance write is for, one new date each. */
      let anchorId: string;

      beforeAll(async () => {
        db = await freshDatabase(serverUrl);
        started = await start(faultConfig({ DATABASE_URL: db.url.toString() }));
        api = await adminClient(started.container.app);
        expect((await api.post('/teams', { team_id: teamId, team_name: 'Faults' })).status).toBe(201);
        // Hired before the first date the load writes records on.
        const anchor = await api.post('/employees', {
          name: 'Anchor',
          email: `anchor.${db.name}@example.com`,
          team_id: teamId,
          position: 'Mid',
          hire_date: '2020-01-01',
        });
        expect(anchor.status).toBe(201);
        anchorId = (anchor.body as { employee_id: string }).employee_id;
      });
      afterAll(async () => {
        await started?.close();
        await db?.drop();
      });

      /** One per request: distinct keys, so that every acknowledged write is one row to look for. */
      let sequence = 0;
      const dayAfter2020 = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);

      interface Acknowledged {
        employees: { employee_id: string; email: string }[];
        attendanceDates: string[];
      }

      /** A create of each kind and a read, in turn; every response is kept. */
      async function oneRound(responses: request.Response[], acknowledged: Acknowledged): Promise<void> {
        const n = ++sequence;
        const email = `load.${n}.${db.name}@example.com`;
        const employee = await api.post('/employees', { name: `Load ${n}`, email, team_id: teamId, position: 'Mid' });
        responses.push(employee);
        if (employee.status === 201) acknowledged.employees.push({ employee_id: (employee.body as { employee_id: string }).employee_id, email });

        const date = dayAfter2020(n);
        const attendance = await api.post('/attendance', {
          employee_id: anchorId,
          attendance_date: date,
          check_in_time: '09:00:00',
          check_out_time: '17:00:00',
        });
        responses.push(attendance);
        if (attendance.status === 201) acknowledged.attendanceDates.push(date);

        responses.push(await api.get(`/employees/${anchorId}`));
      }

      /** Terminates every backend of this app, again and again, until told to stop; counts those caught working. */
      async function keepKilling(until: Promise<void>): Promise<number> {
        let stopped = false;
        void until.then(() => (stopped = true));
        let busy = 0;
        const killingSince = Date.now();
        while (!stopped) {
          const { rows } = await db.admin.query<{ state: string | null }>(
            'SELECT state, pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
            [db.name],
          );
          busy += rows.filter((row) => row.state !== null && row.state !== 'idle').length;
          // Often enough to catch statements and transactions in flight, seldom enough that work gets done between; on a
          // loaded machine, where a write may take longer than that, the pause doubles each second past the first three.
          const late = Math.max(0, Math.floor((Date.now() - killingSince - 3000) / 1000));
          await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 40 * 2 ** late)));
        }
        return busy;
      }

      it('then no request fails with 500, every acknowledged write is there afterwards, and requests after the kills succeed', async () => {
        const responses: request.Response[] = [];
        const acknowledged: Acknowledged = { employees: [], attendanceDates: [] };
        let endLoad!: () => void;
        const loadOver = new Promise<void>((resolve) => (endLoad = resolve));
        const killing = keepKilling(loadOver);

        const workers = Array.from({ length: 8 }, async () => {
          let running = true;
          void loadOver.then(() => (running = false));
          while (running) await oneRound(responses, acknowledged);
        });
        // Three seconds of load, and on until a write of each kind was acknowledged between the kills.
        const loadSince = Date.now();
        while (Date.now() - loadSince < 3000 || acknowledged.employees.length === 0 || acknowledged.attendanceDates.length === 0) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        endLoad();
        await Promise.all(workers);
        const killedWhileBusy = await killing;

        // The fault really happened, and hit statements in flight.
        expect(killedWhileBusy).toBeGreaterThan(0);
        // A 503 (in the error format) is an honest answer during the fault; anything else is not.
        for (const response of responses) {
          if (response.status === 503) expectUnavailable(response);
          else expect([200, 201]).toContain(response.status);
        }
        expect(acknowledged.employees.length).toBeGreaterThan(0);
        expect(acknowledged.attendanceDates.length).toBeGreaterThan(0);

        // Nothing acknowledged is lost: in the database...
        const inspecting = new URL(db.url);
        inspecting.searchParams.delete('application_name');
        const stored = new Client({ connectionString: inspecting.toString() });
        await stored.connect();
        try {
          const employees = await stored.query<{ employee_id: string; email: string }>('SELECT employee_id, email FROM employees WHERE employee_id = ANY($1)', [
            acknowledged.employees.map((e) => e.employee_id),
          ]);
          expect(new Map(employees.rows.map((e) => [e.employee_id, e.email]))).toEqual(new Map(acknowledged.employees.map((e) => [e.employee_id, e.email])));
          const attendance = await stored.query<{ attendance_date: string }>(
            "SELECT to_char(attendance_date, 'YYYY-MM-DD') AS attendance_date FROM attendance WHERE employee_id = $1",
            [anchorId],
          );
          expect(attendance.rows.map((row) => row.attendance_date)).toEqual(expect.arrayContaining(acknowledged.attendanceDates));
        } finally {
          await stored.end();
        }
        // ...and through the API, once the kills have stopped.
        for (const { employee_id, email } of acknowledged.employees) {
          const read = await api.get(`/employees/${employee_id}`);
          expect([read.status, (read.body as { email?: string }).email]).toEqual([200, email]);
        }

        // The service recovered by itself: new writes and reads all succeed.
        const after: request.Response[] = [];
        await Promise.all(Array.from({ length: 8 }, () => oneRound(after, { employees: [], attendanceDates: [] })));
        expect(after.map((response) => response.status).sort()).toEqual([...Array<number>(8).fill(200), ...Array<number>(16).fill(201)]);
        expect((await health(started.container.app)).status).toBe(200);
      }, 40_000);
    });

    describe('when the database becomes unreachable and comes back', () => {
      let db: Awaited<ReturnType<typeof freshDatabase>>;
      let link: ReturnType<typeof relay>;
      let started: Started;
      let api: AdminClient;

      beforeAll(async () => {
        db = await freshDatabase(serverUrl);
        const port = await freePort();
        link = relay(port, db.url);
        await link.open();
        const viaRelay = new URL(db.url);
        viaRelay.host = `127.0.0.1:${port}`;
        started = await start(faultConfig({ DATABASE_URL: viaRelay.toString(), PG_QUERY_TIMEOUT_MS: '1000' }));
        api = await adminClient(started.container.app);
      });
      afterAll(async () => {
        // The relay first: a connection it still holds would keep the pool from ending.
        await link?.close();
        await started?.close();
        await db?.drop();
      });

      it('then requests answer 503 in the error format while it is away, and succeed again without a restart when it returns', async () => {
        expect((await api.post('/teams', { team_id: 'GONE', team_name: 'Written before the outage' })).status).toBe(201);
        const before = await api.post('/employees', { name: 'Before', email: `before.${db.name}@example.com`, team_id: 'GONE', position: 'Mid' });
        expect(before.status).toBe(201);
        const beforeId = (before.body as { employee_id: string }).employee_id;
        const during = { name: 'During', email: `during.${db.name}@example.com`, team_id: 'GONE', position: 'Mid' };

        await link.close();
        const app = started.container.app;
        const [healthDuring, readDuring, writeDuring, listDuring] = await Promise.all([
          health(app),
          api.get(`/employees/${beforeId}`),
          api.post('/employees', during),
          api.get('/teams'),
        ]);
        expectUnhealthy(healthDuring);
        expectUnavailable(readDuring);
        expectUnavailable(writeDuring);
        expectUnavailable(listDuring);

        await link.open();
        expect((await health(app)).status).toBe(200);
        const readAfter = await api.get(`/employees/${beforeId}`);
        expect([readAfter.status, (readAfter.body as { name?: string }).name]).toEqual([200, 'Before']);
        // The refused write left nothing half-done behind: sending it again simply works.
        expect((await api.post('/employees', during)).status).toBe(201);
      }, 30_000);

      it('then, when the network stops delivering without closing anything, requests answer 503 instead of waiting on the dead connections, and recover when it delivers again', async () => {
        expect((await api.post('/teams', { team_id: 'HUNG', team_name: 'Written before the stall' })).status).toBe(201);
        const before = await api.post('/employees', { name: 'Before stall', email: `before.stall.${db.name}@example.com`, team_id: 'HUNG', position: 'Mid' });
        expect(before.status).toBe(201);
        const beforeId = (before.body as { employee_id: string }).employee_id;

        link.stall();
        const app = started.container.app;
        const [healthDuring, readDuring, writeDuring, listDuring] = await Promise.all([
          health(app),
          api.get(`/employees/${beforeId}`),
          api.post('/employees', { name: 'During stall', email: `during.stall.${db.name}@example.com`, team_id: 'HUNG', position: 'Mid' }),
          api.get('/teams'),
        ]);
        expectUnhealthy(healthDuring);
        expectUnavailable(readDuring);
        expectUnavailable(writeDuring);
        expectUnavailable(listDuring);

        link.resume();
        expect((await health(app)).status).toBe(200);
        const readAfter = await api.get(`/employees/${beforeId}`);
        expect([readAfter.status, (readAfter.body as { name?: string }).name]).toEqual([200, 'Before stall']);
        expect(
          (await api.post('/employees', { name: 'After stall', email: `after.stall.${db.name}@example.com`, team_id: 'HUNG', position: 'Mid' })).status,
        ).toBe(201);
      }, 30_000);
    });
  });
