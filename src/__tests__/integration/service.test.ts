import { Writable } from 'node:stream';
import request from 'supertest';
import winston from 'winston';
import { loadConfig } from '../../config';
import { buildContainer } from '../../container';
import { JwtTokenService } from '../../infrastructure/auth/jwt-token-service';
import { PgPoolClient } from '../../infrastructure/postgres/pg-pool.client';
import { postgresDatabase } from '../../infrastructure/postgres/postgres.database';
import { eachBackend, sqlBackends } from '../support/backends';
import { ADMIN, bearer, expectErrorBody, startTestApp, uniqueTeamId, useTestApp } from '../support/test-app';

const SECRET = 'test-secret-that-is-long-enough-for-hs256';

describe.each(eachBackend())('service routes on %s', (_name, backend) => {
  const testApp = useTestApp(backend, { CORS_ALLOW_ORIGINS: 'https://hr.example.com' });

  it('when /status is called without a token, then it reports the service', async () => {
    const response = await request(testApp().app).get('/status');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', timestamp: expect.any(String), version: expect.any(String), service: 'workforce-api', environment: 'test' });
  });

  it('when /status is called with a valid token, then it adds the user; a bad token is simply ignored', async () => {
    const t = testApp();
    expect((await request(t.app).get('/status').set(bearer(t.adminToken))).body.user).toEqual({
      username: 'admin',
      role: 'admin',
      employee_id: null,
      team_id: null,
    });
    const anonymous = await request(t.app).get('/status').set(bearer('not-a-token'));
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.user).toBeUndefined();
  });

  it('when the database answers, then /health is 200', async () => {
    expect((await request(testApp().app).get('/health')).body).toEqual({ status: 'ok', database: 'ok' });
  });

  it('when /openapi.json is read, then it documents every route with its methods and schemas', async () => {
    const doc = (await request(testApp().app).get('/openapi.json').expect(200)).body as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(doc.openapi).toMatch(/^3\./);
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual(
      [
        'GET /status',
        'GET /health',
        'GET /openapi.json',
        'POST /token',
        'GET /me',
        'POST /me/password',
        'GET /users',
        'PUT /employees/{employee_id}/account',
        'GET /teams',
        'POST /teams',
        'GET /teams/{team_id}',
        'PUT /teams/{team_id}',
        'DELETE /teams/{team_id}',
        'GET /employees',
        'POST /employees',
        'GET /employees/{employee_id}',
        'PUT /employees/{employee_id}',
        'DELETE /employees/{employee_id}',
        'POST /attendance/check-in',
        'POST /attendance/check-out',
        'POST /attendance',
        'GET /attendance',
        'GET /attendance/summary',
        'GET /summarize_attendance',
        'GET /attendance/employee/{employee_id}',
        'GET /attendance/team/{team_id}',
        'GET /attendance/{employee_id}/{attendance_date}',
        'PUT /attendance/{employee_id}/{attendance_date}',
        'DELETE /attendance/{employee_id}/{attendance_date}',
        'GET /performance-scores',
        'POST /performance-scores',
        'GET /performance-scores/summary',
        'GET /performance-scores/{employee_id}/{period}',
        'PUT /performance-scores/{employee_id}/{period}',
        'DELETE /performance-scores/{employee_id}/{period}',
        'POST /employees/bulk',
        'POST /performance-scores/bulk',
        'POST /attendance/bulk',
        'POST /chat',
        'POST /chatbot/query',
        'GET /employees/{employee_id}/teams',
        'GET /holidays',
        'POST /holidays',
        'GET /holidays/{holiday_id}',
        'PUT /holidays/{holiday_id}',
        'DELETE /holidays/{holiday_id}',
        'POST /holidays/bulk',
        'GET /leave-types',
        'POST /leave-types',
        'GET /leave-types/{code}',
        'PUT /leave-types/{code}',
        'DELETE /leave-types/{code}',
        'GET /leave-requests',
        'POST /leave-requests',
        'GET /leave-requests/{request_id}',
        'POST /leave-requests/bulk',
        'POST /leave-requests/{request_id}/approve',
        'POST /leave-requests/{request_id}/reject',
        'POST /leave-requests/{request_id}/cancel',
        'GET /leave-balances',
        'GET /leave-ledger',
        'POST /leave-adjustments',
        'GET /exports/attendance',
        'GET /attendance-corrections',
        'POST /attendance-corrections',
        'GET /attendance-corrections/{correction_id}',
        'POST /attendance-corrections/{correction_id}/approve',
        'POST /attendance-corrections/{correction_id}/reject',
        'POST /attendance-corrections/{correction_id}/cancel',
        'GET /audit',
        'POST /mcp',
        'GET /.well-known/oauth-protected-resource',
        'GET /.well-known/oauth-protected-resource/mcp',
        'GET /.well-known/oauth-authorization-server',
      ].sort(),
    );
    expect(doc.components.schemas.EmployeeCreate?.required).toEqual(expect.arrayContaining(['name', 'email', 'team_id', 'position']));
    expect(doc.components.schemas.Error?.required).toEqual(expect.arrayContaining(['error', 'message']));
  });

  it('when /docs is opened, then an HTML page loads the document', async () => {
    const response = await request(testApp().app).get('/docs/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).toContain('swagger-ui');
    // Over plain HTTP on a network address, the directive would send every asset to an HTTPS port nobody serves.
    expect(response.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(response.headers['content-security-policy']).not.toMatch(/upgrade-insecure-requests/);
  });

  it('when /docs assets are asked for, then the files the page loads come back, and nothing else of swagger-ui-dist', async () => {
    const app = testApp().app;
    expect((await request(app).get('/docs/swagger-ui.css')).headers['content-type']).toMatch(/^text\/css/);
    expect((await request(app).get('/docs/swagger-ui-bundle.js')).headers['content-type']).toMatch(/javascript/);
    for (const path of ['/docs/index.html', '/docs/swagger-initializer.js', '/docs/swagger-ui.js.map', '/docs/package.json'])
      expectErrorBody(await request(app).get(path), 404);
  });

  it('when a request carries X-Request-Id, then the response echoes it; otherwise one is made up, errors included', async () => {
    const t = testApp();
    expect((await request(t.app).get('/status').set('X-Request-Id', 'trace-abc.123')).headers['x-request-id']).toBe('trace-abc.123');
    const generated = (await request(t.app).get('/nowhere')).headers['x-request-id'];
    expect(generated).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('when X-Request-Id is visible ASCII and spaces, 1–200 once trimmed, then it is echoed trimmed and stamped on the audit trail; else one is made up', async () => {
    const t = testApp();
    const echoed = async (id: string) => (await request(t.app).get('/status').set('X-Request-Id', id)).headers['x-request-id'] as string;
    for (const id of ['order/42', 'abc def', 'req#1', 'has spaces and <html>', '~!@$%^&*()+={}[]|\\;\'",?`', 'x'.repeat(200)])
      expect(await echoed(id)).toBe(id);
    expect(await echoed('  padded id  ')).toBe('padded id');
    for (const id of ['x'.repeat(201), 'tab\there', 'café', '   ']) expect(await echoed(id)).toMatch(/^[0-9a-f-]{36}$/);
    const team = uniqueTeamId();
    await request(t.app).post('/teams').set(bearer(t.adminToken)).set('X-Request-Id', 'order/42 #7').send({ team_id: team, team_name: 'Traced' }).expect(201);
    const trail = await request(t.app).get(`/audit?entity=team&entity_id=${team}`).set(bearer(t.adminToken)).expect(200);
    expect(trail.body.items).toEqual([expect.objectContaining({ action: 'create', request_id: 'order/42 #7' })]);
  });

  it('when a path does not exist, then 404 in the error format', async () => {
    expectErrorBody(await request(testApp().app).get('/nowhere').set(bearer(testApp().adminToken)), 404);
  });

  it('when a method is not supported on a path, then 405 with Allow', async () => {
    const response = await request(testApp().app).patch('/employees/DEV-001').set(bearer(testApp().adminToken));
    expectErrorBody(response, 405);
    expect(response.headers.allow).toBe('GET, PUT, DELETE, HEAD');
    expectErrorBody(await request(testApp().app).delete('/teams'), 405);
  });

  it('when an allowed origin calls, then CORS headers name it; another origin gets none', async () => {
    const allowed = await request(testApp().app).get('/status').set('Origin', 'https://hr.example.com');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://hr.example.com');
    const other = await request(testApp().app).get('/status').set('Origin', 'https://evil.example.com');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('when a route answers JSON, then it says its type and exact length, and HEAD gives the same headers without the body', async () => {
    const t = testApp();
    const got = await request(t.app).get('/status').set(bearer(t.adminToken)).expect(200);
    expect(got.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(got.headers['content-length']).toBe(String(Buffer.byteLength(got.text)));
    expect(JSON.parse(got.text)).toMatchObject({ user: { username: 'admin' } });

    const head = await request(t.app).head('/status').set(bearer(t.adminToken)).expect(200);
    expect(head.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(head.headers['content-length']).toBe(got.headers['content-length']);
    expect(head.text ?? '').toBe('');
  });

  it('when any response goes out, then security headers are on it', async () => {
    const response = await request(testApp().app).get('/status');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });
});

describe('logs', () => {
  it('when requests are served, then each is one JSON line with id, method, path, status, duration and user, and no secret', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = winston.createLogger({ level: 'info', format: winston.format.json(), transports: [new winston.transports.Stream({ stream: sink })] });
    const t = await startTestApp(sqlBackends()[0]!);
    try {
      const { app } = await buildContainer(t.config, t.backend.database, logger);
      const token = (await request(app).post('/token').type('form').send({ username: ADMIN.username, password: ADMIN.password })).body.access_token as string;
      await request(app).get('/me').set(bearer(token)).set('X-Request-Id', 'log-check-1').expect(200);
      await request(app).post('/me/password').set(bearer(token)).send({ current_password: 'wrong-wrong-wrong', new_password: 'new-password-1234' });
      const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(entries).toContainEqual(
        expect.objectContaining({
          message: 'request',
          request_id: 'log-check-1',
          method: 'GET',
          path: '/me',
          status: 200,
          duration_ms: expect.any(Number),
          user: 'admin',
        }),
      );
      const all = lines.join('\n');
      for (const secret of [ADMIN.password, token, 'wrong-wrong-wrong', 'new-password-1234']) expect(all).not.toContain(secret);
    } finally {
      await t.backend.close();
    }
  });
});

describe('when the database is unreachable', () => {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', JWT_SECRET: SECRET, BCRYPT_ROUNDS: '4' });
  // Port 1 on loopback refuses connections: a real pg Pool meeting a real failure.
  const database = postgresDatabase(new PgPoolClient({ connectionString: 'postgres://postgres@127.0.0.1:1/none', max: 2 }), 'unreachable');
  const token = new JwtTokenService(SECRET, '1h').issue({ sub: 'admin', role: 'admin', employee_id: null, team_id: null, ver: 0 }).access_token;
  let app: Awaited<ReturnType<typeof buildContainer>>['app'];

  beforeAll(async () => {
    app = (await buildContainer(config, database, winston.createLogger({ silent: true }))).app;
  });
  afterAll(() => database.close());

  it('then /health is 503 with the error fields and the health report', async () => {
    const response = await request(app).get('/health');
    expectErrorBody(response, 503);
    expect(response.body).toMatchObject({ status: 'error', database: 'unreachable' });
  });

  it.each([
    ['a login', () => request(app).post('/token').send({ username: 'admin', password: 'whatever-it-is' })],
    ['an authenticated read', () => request(app).get('/teams').set(bearer(token))],
  ])('then %s is 503, not 500, and says nothing of the driver', async (_what, call) => {
    const response = await call();
    expectErrorBody(response, 503);
    expect(JSON.stringify(response.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
  });
});

describe.each(eachBackend())('order of checks on %s', (_name, backend) => {
  const testApp = useTestApp(backend);
  let manager: string;

  beforeAll(async () => {
    const t = testApp();
    const team = (await request(t.app).post('/teams').set(bearer(t.adminToken)).send({ team_id: 'ORDER', team_name: 'Order' })).body.team_id as string;
    const employee = await request(t.app)
      .post('/employees')
      .set(bearer(t.adminToken))
      .send({
        name: 'Order Manager',
        email: 'order.manager@example.com',
        team_id: team,
        position: 'Manager',
        account: { password: 'manager-password', role: 'manager' },
      });
    manager = (await request(t.app).post('/token').send({ username: employee.body.employee_id, password: 'manager-password' })).body.access_token;
  });

  const malformed = '{"name": ';
  const huge = JSON.stringify({ name: 'x'.repeat(200_000) });

  it.each([
    ['no token beats a malformed body', () => request(testApp().app).post('/employees').set('Content-Type', 'application/json').send(malformed), 401],
    [
      'a role that may never write beats a wrong media type',
      () => request(testApp().app).post('/employees').set(bearer(manager)).set('Content-Type', 'text/plain').send('hi'),
      403,
    ],
    [
      'a role that may never write beats a malformed body',
      () => request(testApp().app).post('/employees').set(bearer(manager)).set('Content-Type', 'application/json').send(malformed),
      403,
    ],
    [
      'a role that may never write beats a missing target',
      () => request(testApp().app).put('/employees/ORDER-404').set(bearer(manager)).send({ name: '' }),
      403,
    ],
    [
      'a wrong media type beats a malformed body',
      () => request(testApp().app).post('/employees').set(bearer(testApp().adminToken)).set('Content-Type', 'text/plain').send(malformed),
      415,
    ],
    [
      'a body too large is 413 before it is parsed',
      () => request(testApp().app).post('/employees').set(bearer(testApp().adminToken)).set('Content-Type', 'application/json').send(huge),
      413,
    ],
    [
      'a malformed body is 400',
      () => request(testApp().app).post('/employees').set(bearer(testApp().adminToken)).set('Content-Type', 'application/json').send(malformed),
      400,
    ],
    [
      'an invalid body beats a missing target',
      () => request(testApp().app).put('/employees/ORDER-404').set(bearer(testApp().adminToken)).send({ position: 'Boss' }),
      422,
    ],
    [
      'a valid body on a missing target is 404',
      () => request(testApp().app).put('/employees/ORDER-404').set(bearer(testApp().adminToken)).send({ position: 'Lead' }),
      404,
    ],
    ['a bad cursor is 400', () => request(testApp().app).get('/employees?cursor=abc.def').set(bearer(testApp().adminToken)), 400],
  ])('when %s', async (_case, call, status) => {
    expectErrorBody(await call(), status);
  });

  it.each([
    [
      'a body field',
      () =>
        request(testApp().app)
          .post('/employees')
          .set(bearer(testApp().adminToken))
          .send({ name: 'a\u0000b', email: 'nul@example.com', team_id: 'ORDER', position: 'Mid' }),
      'name',
    ],
    ['a query parameter', () => request(testApp().app).get('/employees?q=%00').set(bearer(testApp().adminToken)), 'q'],
    [
      'a nested field',
      () =>
        request(testApp().app)
          .post('/employees')
          .set(bearer(testApp().adminToken))
          .send({ name: 'N', email: 'nul2@example.com', team_id: 'ORDER', position: 'Mid', account: { password: 'pass\u0000word-123' } }),
      'account.password',
    ],
  ])('when %s holds a NUL character, then 422 names it (PostgreSQL text cannot hold one)', async (_where, call, field) => {
    const response = await call();
    expectErrorBody(response, 422);
    expect(response.body.details).toEqual([expect.objectContaining({ field })]);
  });

  it('when a login holds a NUL character, then the token endpoint answers invalid_request naming it', async () => {
    const response = await request(testApp().app).post('/token').send({ username: 'ad\u0000min', password: 'whatever-password' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: 'invalid_request', details: [expect.objectContaining({ field: 'username' })] });
  });
});

describe('the generated signing secret', () => {
  it('when no JWT_SECRET is set, then one is generated once and kept with the data, so tokens outlive a restart', async () => {
    const t = await startTestApp(sqlBackends()[0]!, { JWT_SECRET: '' });
    try {
      const token = (await request(t.app).post('/token').send(ADMIN)).body.access_token as string;
      const restarted = await buildContainer(t.config, t.backend.database, winston.createLogger({ silent: true }));
      await request(restarted.app).get('/me').set(bearer(token)).expect(200);
      const stored = await t.backend.database.repositories.settings.get('jwt_secret');
      expect(stored).toMatch(/^[\w-]{64}$/);
      expect(jwtVerifies(token, stored!)).toBe(true);
    } finally {
      await t.backend.close();
    }
  });
});

function jwtVerifies(token: string, secret: string): boolean {
  return new JwtTokenService(secret, '1h').verify(token) !== null;
}
