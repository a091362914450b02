import { randomBytes } from 'node:crypto';
import type { Express } from 'express';
import request from 'supertest';
import { buildContainer } from '../../container';
import { RedisConnection } from '../../infrastructure/cache/redis-connection';
import { createLogger } from '../../logger';
import { allBackends, eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, expectErrorBody, startTestApp, uniqueTeamId, useTestApp, ADMIN, type TestApp } from '../support/test-app';

const DAY = '2025-04-11';
const redisUrl = process.env.TEST_REDIS_URL;

interface DaySummary {
  day: { headcount: number; present: number; late: number; absent: number };
}
interface ScoreSummary {
  items: { team_id: string; period: string; count: number; mean: number }[];
}

const attendanceDay = async (app: Express, token: string, team: string) =>
  ((await request(app).get(`/attendance/summary?date=${DAY}&team_id=${team}`).set(bearer(token)).expect(200)).body as DaySummary).day;
const scoreCount = async (app: Express, token: string, team: string) =>
  ((await request(app).get(`/performance-scores/summary?period=2025-Q1&team_id=${team}`).set(bearer(token)).expect(200)).body as ScoreSummary).items[0]
    ?.count ?? 0;
/** Every team's name by id, through every page of GET /teams. */
async function teamNames(app: Express, token: string): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  let cursor: string | null = null;
  do {
    const response = await request(app)
      .get(`/teams?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
      .set(bearer(token))
      .expect(200);
    const page = response.body as { items: { team_id: string; team_name: string }[]; next_cursor: string | null };
    for (const team of page.items) names.set(team.team_id, team.team_name);
    cursor = page.next_cursor;
  } while (cursor !== null);
  return names;
}
const entry = (app: Express, token: string, employeeId: string, status = 'present') =>
  request(app)
    .post('/attendance')
    .set(bearer(token))
    .send({ employee_id: employeeId, attendance_date: DAY, status, ...(status !== 'absent' && { check_in_time: '09:00:00' }) })
    .expect(201);
const score = (app: Express, token: string, employeeId: string) =>
  request(app)
    .post('/performance-scores')
    .set(bearer(token))
    .send({ employee_id: employeeId, period: '2025-Q1', kpi: 85, completed_task: 90, feedback_360: 80 })
    .expect(201);

/**
 * What the summary cache must never do is answer from before a write. These
 * go through every kind of write that changes a summary, on each backend,
 * with the in-process cache (the default without Redis).
 */
describe.each(eachBackend())('the summary cache on %s', (_name, backend) => {
  const clock = new ManualClock();
  clock.set('2025-04-14T12:00:00Z');
  const testApp = useTestApp(backend, { SUMMARY_CACHE_TTL_SECONDS: '600' }, clock);

  it('serves a repeated summary from the cache: a write that bypasses the service is not seen', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const person = await createEmployee(t, { team_id: team, hire_date: '2025-01-06' });
    expect((await attendanceDay(t.app, t.adminToken, team)).present).toBe(0);
    // Straight into the database, past the repositories the service uses (and the invalidation with them).
    await t.backend.database.repositories.attendance.upsertMany([
      {
        employee_id: person.employee_id,
        attendance_date: DAY,
        team_id: team,
        status: 'present',
        check_in_time: '09:00:00',
        check_out_time: null,
        hours_worked: null,
        notes: null,
      },
    ]);
    expect((await attendanceDay(t.app, t.adminToken, team)).present).toBe(0);
  });

  it('keeps it cached through reads, the counts and rankings of the assistant among them: only writes invalidate', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const person = await createEmployee(t, { team_id: team, hire_date: '2025-01-06' });
    expect((await attendanceDay(t.app, t.adminToken, team)).present).toBe(0);
    const scoreSummary = () => request(t.app).get(`/performance-scores/summary?period=2025-Q1&team_id=${team}`).set(bearer(t.adminToken)).expect(200);
    const scoresBefore = (await scoreSummary()).body;
    await t.backend.database.repositories.attendance.upsertMany([
      {
        employee_id: person.employee_id,
        attendance_date: DAY,
        team_id: team,
        status: 'present',
        check_in_time: '09:00:00',
        check_out_time: null,
        hours_worked: null,
        notes: null,
      },
    ]);
    await t.backend.database.repositories.scores.upsertMany([
      { employee_id: person.employee_id, period: '2025-Q1', kpi: 90, completed_task: 90, feedback_360: 90, final_score: 90 },
    ]);
    for (const message of [
      `How many employees are in ${team}?`,
      `List the employees in ${team}`,
      'Who are the top 5 performers in 2025-Q1?',
      `Who is ${person.employee_id}?`,
    ]) {
      await request(t.app).post('/chat').set(bearer(t.adminToken)).send({ message }).expect(200);
    }
    await request(t.app).get(`/employees?team_id=${team}`).set(bearer(t.adminToken)).expect(200);
    await request(t.app).get('/performance-scores?period=2025-Q1').set(bearer(t.adminToken)).expect(200);
    expect((await attendanceDay(t.app, t.adminToken, team)).present).toBe(0);
    expect((await scoreSummary()).body).toEqual(scoresBefore);
  });

  it('serves the team list from the cache too: a team written past the service is not listed', async () => {
    const t = testApp();
    const listed = await teamNames(t.app, t.adminToken);
    const hidden = uniqueTeamId();
    await t.backend.database.repositories.teams.create({ team_id: hidden, team_name: `Team ${hidden}` });
    expect(await teamNames(t.app, t.adminToken)).toEqual(listed);
  });

  it('lists every team write through the API at once, and the assistant knows the team: created, renamed, deleted', async () => {
    const t = testApp();
    await teamNames(t.app, t.adminToken);
    const team = await createTeam(t);
    expect((await teamNames(t.app, t.adminToken)).get(team)).toBe(`Team ${team}`);
    await createEmployee(t, { team_id: team });
    const answer = await request(t.app)
      .post('/chat')
      .set(bearer(t.adminToken))
      .send({ message: `How many employees are in ${team}?` })
      .expect(200);
    expect(answer.body).toMatchObject({ intent: 'employee_count', data: { count: 1 } });

    await request(t.app).put(`/teams/${team}`).set(bearer(t.adminToken)).send({ team_name: 'Renamed Crew' }).expect(200);
    expect((await teamNames(t.app, t.adminToken)).get(team)).toBe('Renamed Crew');
    const byName = await request(t.app).post('/chat').set(bearer(t.adminToken)).send({ message: 'How many employees are in the Renamed Crew?' }).expect(200);
    expect(byName.body).toMatchObject({ intent: 'employee_count', data: { filters: { team_id: team }, count: 1 } });

    const empty = await createTeam(t);
    await teamNames(t.app, t.adminToken);
    await request(t.app).delete(`/teams/${empty}`).set(bearer(t.adminToken)).expect(204);
    expect((await teamNames(t.app, t.adminToken)).has(empty)).toBe(false);
  });

  it('sees every write through the API at once: entries, corrections, deletions, imports and the employee cascade', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const [a, b] = [await createEmployee(t, { team_id: team, hire_date: '2025-01-06' }), await createEmployee(t, { team_id: team, hire_date: '2025-01-06' })];
    expect(await attendanceDay(t.app, t.adminToken, team)).toMatchObject({ headcount: 2, present: 0 });

    await entry(t.app, t.adminToken, a.employee_id);
    expect((await attendanceDay(t.app, t.adminToken, team)).present).toBe(1);

    await request(t.app).put(`/attendance/${a.employee_id}/${DAY}`).set(bearer(t.adminToken)).send({ check_in_time: '10:30:00' }).expect(200);
    expect(await attendanceDay(t.app, t.adminToken, team)).toMatchObject({ present: 0, late: 1 });

    await request(t.app).delete(`/attendance/${a.employee_id}/${DAY}`).set(bearer(t.adminToken)).expect(204);
    expect(await attendanceDay(t.app, t.adminToken, team)).toMatchObject({ present: 0, late: 0 });

    const csv = `employee_id,attendance_date,status,check_in_time\n${b.employee_id},${DAY},present,09:00:00\n`;
    await request(t.app).post('/attendance/bulk').set(bearer(t.adminToken)).type('text/csv').send(csv).expect(200);
    expect((await attendanceDay(t.app, t.adminToken, team)).present).toBe(1);

    await score(t.app, t.adminToken, b.employee_id);
    expect(await scoreCount(t.app, t.adminToken, team)).toBe(1);

    await request(t.app).delete(`/employees/${b.employee_id}`).set(bearer(t.adminToken)).expect(204);
    expect(await attendanceDay(t.app, t.adminToken, team)).toMatchObject({ headcount: 1, present: 0 });
    expect(await scoreCount(t.app, t.adminToken, team)).toBe(0);
  });
});

describe('the per-client rate limit', () => {
  const [, backend] = eachBackend(allBackends())[0]!;
  const testApp = useTestApp(backend, { RATE_LIMIT_PER_MINUTE: '3' });

  it('when a client passes its limit, then 429 in the error format with Retry-After, and /health is never limited', async () => {
    const t = testApp();
    // The app's own start-up login already counted one request.
    for (let i = 0; i < 2; i++) expect((await request(t.app).get('/status')).status).toBe(200);
    const refused = await request(t.app).get('/status');
    expectErrorBody(refused, 429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.headers.ratelimit).toMatch(/remaining=0/);
    expect((await request(t.app).get('/health')).status).toBe(200);
  });
});

describe('the login attempt limit', () => {
  const [, backend] = eachBackend(allBackends())[0]!;
  const testApp = useTestApp(backend, { LOGIN_MAX_ATTEMPTS_PER_MINUTE: '3' });

  it('when a client logs in too often, then even a right password gets 429 until the minute is over', async () => {
    const t = testApp();
    const login = () => request(t.app).post('/token').type('form').send({ username: ADMIN.username, password: ADMIN.password });
    // The app's own start-up login was the first of the three.
    for (let i = 0; i < 2; i++) expect((await login()).status).toBe(200);
    expectErrorBody(await login(), 429);
  });
});

/** Two instances of the service on one database and one Redis: what one does, the other sees. */
// Registered only where a Redis server is given (CI sets TEST_REDIS_URL), as the PostgreSQL server suites are.
if (redisUrl)
  describe('with Redis (TEST_REDIS_URL)', () => {
    const logger = createLogger('silent');
    let first: TestApp;
    let second: Express;
    const connections: RedisConnection[] = [];
    const env = () => ({
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: `test-${randomBytes(6).toString('hex')}:`,
      SUMMARY_CACHE_TTL_SECONDS: '600',
      LOGIN_MAX_FAILURES_PER_USERNAME: '3',
    });

    async function twoInstances(): Promise<[TestApp, Express]> {
      const [, backend] = eachBackend(allBackends())[0]!;
      const settings = env();
      const redisA = await RedisConnection.open(redisUrl!, logger);
      const redisB = await RedisConnection.open(redisUrl!, logger);
      connections.push(redisA, redisB);
      const a = await startTestApp(backend, settings, undefined, undefined, redisA);
      const b = await buildContainer(a.config, a.backend.database, logger, undefined, redisB);
      return [a, b.app];
    }

    beforeAll(async () => {
      [first, second] = await twoInstances();
    });
    afterAll(async () => {
      await Promise.all(connections.map((connection) => connection.close()));
      await first?.backend.close();
    });

    it('when one instance writes, then the summary another instance cached is invalidated', async () => {
      const team = await createTeam(first);
      const person = await createEmployee(first, { team_id: team, hire_date: '2025-01-06' });
      expect((await attendanceDay(second, first.adminToken, team)).present).toBe(0);
      await entry(first.app, first.adminToken, person.employee_id);
      expect((await attendanceDay(second, first.adminToken, team)).present).toBe(1);
      expect(await scoreCount(second, first.adminToken, team)).toBe(0);
      await score(first.app, first.adminToken, person.employee_id);
      expect(await scoreCount(second, first.adminToken, team)).toBe(1);
    });

    it('when one instance creates or renames a team, then the other lists it at once', async () => {
      await teamNames(second, first.adminToken);
      const team = await createTeam(first);
      expect((await teamNames(second, first.adminToken)).get(team)).toBe(`Team ${team}`);
      await request(first.app).put(`/teams/${team}`).set(bearer(first.adminToken)).send({ team_name: 'Renamed Elsewhere' }).expect(200);
      expect((await teamNames(second, first.adminToken)).get(team)).toBe('Renamed Elsewhere');
    });

    it('keeps the cached summary in Redis: a write that bypasses the service is not seen by either instance', async () => {
      const team = await createTeam(first);
      const person = await createEmployee(first, { team_id: team, hire_date: '2025-01-06' });
      expect((await attendanceDay(first.app, first.adminToken, team)).present).toBe(0);
      await first.backend.database.repositories.attendance.upsertMany([
        {
          employee_id: person.employee_id,
          attendance_date: DAY,
          team_id: team,
          status: 'present',
          check_in_time: '09:00:00',
          check_out_time: null,
          hours_worked: null,
          notes: null,
        },
      ]);
      expect((await attendanceDay(second, first.adminToken, team)).present).toBe(0);
    });

    it('counts failed logins across instances: past the limit on one, the other refuses too', async () => {
      const username = ADMIN.username;
      for (const app of [first.app, second, first.app]) {
        expect((await request(app).post('/token').type('form').send({ username, password: 'wrong-password' })).status).toBe(400);
      }
      expectErrorBody(await request(second).post('/token').type('form').send({ username, password: ADMIN.password }), 429);
    });

    it('when Redis cannot be reached, then the API still answers: summaries from the database, limits counted in the process', async () => {
      const [, backend] = eachBackend(allBackends())[0]!;
      const unreachable = await RedisConnection.open('redis://127.0.0.1:1', logger, 200);
      connections.push(unreachable);
      const t = await startTestApp(backend, { ...env(), REDIS_URL: 'redis://127.0.0.1:1' }, undefined, undefined, unreachable);
      try {
        const team = await createTeam(t);
        const person = await createEmployee(t, { team_id: team, hire_date: '2025-01-06' });
        await entry(t.app, t.adminToken, person.employee_id);
        expect((await attendanceDay(t.app, t.adminToken, team)).present).toBe(1);
        for (let i = 0; i < 3; i++)
          expect((await request(t.app).post('/token').type('form').send({ username: ADMIN.username, password: 'wrong-password' })).status).toBe(400);
        expectErrorBody(await request(t.app).post('/token').type('form').send({ username: ADMIN.username, password: ADMIN.password }), 429);
      } finally {
        await t.backend.close();
      }
    });
  });
