import fc from 'fast-check';
import jwt from 'jsonwebtoken';
import type { Server } from 'node:http';
import request from 'supertest';
import { createHttpServer } from '../../http/http-server';
import { abuseRequests, type AbuseRequest } from '../support/abuse-requests';
import { hostileString } from '../support/payloads';
import { eachBackend } from '../support/backends';
import { operationsOf, type OpenApiDocument, type Operation } from '../support/openapi-operations';
import { expectWellBehaved } from '../support/response-hygiene';
import { bearer, createEmployee, createTeam, createUser, useTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 9, point 5: every route, fed hostile path parameters, queries and
 * bodies by every role, answers below 500, in the error format, and without
 * leaking internals; and the hostile inputs change nothing they should not.
 */

/** Runs per route and backend: 38 routes × 25 takes about 3 s on PGlite and 8 s on DynamoDB Local here. ABUSE_RUNS digs deeper. */
const RUNS_PER_ROUTE = Number(process.env.ABUSE_RUNS ?? 25);
/** Fixed, so CI is repeatable; fast-check prints it with any counterexample. Set ABUSE_SEED to explore further. */
const SEED = Number(process.env.ABUSE_SEED ?? 20251124);

type Caller = 'admin' | 'manager' | 'employee' | 'nobody';
const callers: fc.Arbitrary<Caller> = fc.oneof(
  { arbitrary: fc.constant<Caller>('admin'), weight: 4 },
  { arbitrary: fc.constantFrom<Caller>('manager', 'employee', 'nobody'), weight: 3 },
);

/** A team, employee, login, attendance record and score no generated request names: they must come through untouched. */
interface Canary {
  team: string;
  employeeId: string;
  paths: string[];
  bodies: unknown[];
}

async function plantCanary(t: TestApp): Promise<Canary> {
  const team = await createTeam(t, 'CANARY');
  const { employee } = await createUser(t, team, 'employee', { hire_date: '2025-01-06' });
  const admin = bearer(t.adminToken);
  const id = employee.employee_id;
  await request(t.app)
    .post('/attendance')
    .set(admin)
    .send({ employee_id: id, attendance_date: '2025-04-10', check_in_time: '09:00:00', check_out_time: '17:00:00', notes: 'canary' })
    .expect(201);
  await request(t.app)
    .post('/performance-scores')
    .set(admin)
    .send({ employee_id: id, period: '2025-Q1', kpi: 80, completed_task: 90, feedback_360: 70 })
    .expect(201);
  const paths = [`/teams/${team}`, `/employees/${id}`, `/attendance/${id}/2025-04-10`, `/performance-scores/${id}/2025-Q1`];
  const bodies = await Promise.all(paths.map(async (path) => (await request(t.app).get(path).set(admin).expect(200)).body as unknown));
  return { team, employeeId: id, paths, bodies };
}

function send(server: Server, tokens: Record<Caller, string | null>, caller: Caller, abuse: AbuseRequest) {
  let call = request(server)[abuse.method](abuse.url);
  const token = tokens[caller];
  if (token) call = call.set(bearer(token));
  if (abuse.contentType !== undefined) call = call.set('Content-Type', abuse.contentType).send(abuse.body);
  return call;
}

describe.each(eachBackend())('abuse of every route on %s', (_name, backend) => {
  const testApp = useTestApp(backend);
  let operations: Operation[];
  let tokens: Record<Caller, string | null>;
  let canary: Canary;
  /** The server the service runs on, so requests Node refuses before Express (a URL or header over its limit) are judged too. */
  let server: Server;

  beforeAll(async () => {
    const t = testApp();
    operations = operationsOf((await request(t.app).get('/openapi.json').expect(200)).body as OpenApiDocument);
    // DEV-001 is the schemas' example id, so valid-looking requests find a record and reach the handlers' deeper paths.
    await createEmployee(t, { team_id: 'DEV', employee_id: 'DEV-001', name: 'Fuzz Target' });
    const manager = await createUser(t, 'DEV', 'manager');
    const employee = await createUser(t, 'DEV', 'employee');
    tokens = { admin: t.adminToken, manager: manager.token, employee: employee.token, nobody: null };
    canary = await plantCanary(t);
    server = createHttpServer(t.app);
  });

  it('when the routes are read from /openapi.json, then every known kind of route is among them', () => {
    const labels = operations.map((operation) => operation.label);
    expect(labels).toEqual(
      expect.arrayContaining([
        'POST /token',
        'GET /employees',
        'PUT /employees/{employee_id}/account',
        'POST /employees/bulk',
        'PUT /attendance/{employee_id}/{attendance_date}',
        'DELETE /performance-scores/{employee_id}/{period}',
      ]),
    );
    expect(operations.filter((operation) => operation.body).length).toBeGreaterThan(10);
  });

  it('when every route gets hostile params, queries and bodies from any role, then no answer is a 5xx, off-format or leaky', async () => {
    for (const operation of operations) {
      await fc
        .assert(
          fc.asyncProperty(callers, abuseRequests(operation), async (caller, abuse) => {
            expectWellBehaved(await send(server, tokens, caller, abuse), abuse.sent);
          }),
          { numRuns: RUNS_PER_ROUTE, seed: SEED, endOnFailure: true, includeErrorInReport: true },
        )
        .catch((error: Error) => {
          throw new Error(`${operation.label}: ${error.message}`);
        });
    }
  }, 120_000);

  it("when a token carries the service's own signature but any claims at all, then 200 only for the login it names, else 401 (or 431 if too big)", async () => {
    const t = testApp();
    const claims = fc.record({
      sub: fc.oneof(hostileString, fc.constantFrom('admin', 'ADMIN', 'DEV-001')),
      role: fc.oneof(fc.constantFrom('admin', 'manager', 'employee'), hostileString),
      employee_id: fc.option(hostileString, { nil: null }),
      team_id: fc.option(hostileString, { nil: null }),
      ver: fc.oneof(fc.constant(0), fc.integer(), fc.double(), hostileString),
    });
    await fc.assert(
      fc.asyncProperty(claims, async ({ sub, ...rest }) => {
        // The signing key is the service's, so only the claims stand between this token and the data.
        const token = jwt.sign(rest, t.config.auth.jwtSecret!, { algorithm: 'HS256', subject: sub, issuer: 'workforce-api' });
        const response = await request(server).get('/me').set(bearer(token));
        expectWellBehaved(response, [sub]);
        // 431 when the hostile claims make the Authorization header longer than Node takes.
        expect([200, 401, 431]).toContain(response.status);
        if (response.status === 200) expect((response.body as { username: string }).username).toBe('admin');
      }),
      { numRuns: 4 * RUNS_PER_ROUTE, seed: SEED, endOnFailure: true, includeErrorInReport: true },
    );
  });

  it('when the hostile run is over, then the data it never named is intact and every table still answers', async () => {
    const t = testApp();
    const admin = bearer(t.adminToken);
    const now = await Promise.all(canary.paths.map(async (path) => (await request(t.app).get(path).set(admin)).body as unknown));
    expect(now).toEqual(canary.bodies);
    for (const list of ['/teams', '/employees', '/attendance', '/performance-scores', '/users']) {
      await request(t.app).get(`${list}?limit=500`).set(admin).expect(200);
    }
    const teams = (await request(t.app).get('/teams?limit=500').set(admin)).body as { items: { team_id: string }[] };
    expect(teams.items.map((team) => team.team_id)).toEqual(expect.arrayContaining(['AI', 'DAT', 'DEV', 'QA', 'SEC', canary.team]));
    const users = (await request(t.app).get('/users?limit=500').set(admin)).body as { items: { username: string }[] };
    expect(users.items.map((user) => user.username)).toEqual(expect.arrayContaining(['admin', canary.employeeId]));
  });
});
