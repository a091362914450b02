import type { Express } from 'express';
import request from 'supertest';
import { buildContainer } from '../../container';
import { createLogger } from '../../logger';
import { sqlBackends } from '../support/backends';
import { bearer, useTestApp } from '../support/test-app';

/** What may differ between two answers to the same request: when and under which id it was answered. */
const comparable = (response: request.Response) => ({
  status: response.status,
  allow: response.headers.allow,
  body: JSON.parse(JSON.stringify(response.body, (key, value: unknown) => (key === 'timestamp' || key === 'request_id' ? undefined : value))) as unknown,
});

/**
 * The Lambda handler registers each group of routes when the first request
 * that may reach it arrives (route-groups.ts); the server registers them all
 * at start. The same requests must get the same answers either way, in any
 * order of first use, and the document must be the same.
 */
describe('routes registered on first use, as the Lambda handler does, against routes registered at start', () => {
  const testApp = useTestApp(sqlBackends()[0]!);
  let lazy: () => Promise<Express>;

  beforeAll(() => {
    const { config, backend } = testApp();
    // A fresh app for each test, with nothing registered, on the same database.
    lazy = async () => (await buildContainer({ ...config, http: { ...config.http, routesOnFirstUse: true } }, backend.database, createLogger('silent'))).app;
  });

  const cases: [string, (app: Express, token: string) => request.Test][] = [
    ['GET /status', (app) => request(app).get('/status')],
    ['GET /employees with a token', (app, token) => request(app).get('/employees?limit=2').set(bearer(token))],
    // /employees/bulk belongs to the import group, /employees/{employee_id} to a later one: the first one's 405 must win.
    ['PATCH /employees/bulk', (app, token) => request(app).patch('/employees/bulk').set(bearer(token))],
    ['GET /employees/bulk', (app, token) => request(app).get('/employees/bulk').set(bearer(token))],
    ['DELETE /teams', (app, token) => request(app).delete('/teams').set(bearer(token))],
    ['GET /leave-balances without a token', (app) => request(app).get('/leave-balances')],
    ['POST /token with a wrong password', (app) => request(app).post('/token').type('form').send({ username: 'admin', password: 'wrong' })],
    ['GET /nowhere', (app) => request(app).get('/nowhere')],
    ['GET /docs/', (app) => request(app).get('/docs/')],
  ];

  it.each(cases)('when the first request of a fresh app is %s, then it is answered as the server answers it', async (_name, send) => {
    const { app, adminToken } = testApp();
    const fresh = await lazy();
    const first = await send(fresh, adminToken);
    const server = await send(app, adminToken);
    expect(comparable(first)).toEqual(comparable(server));
    if (server.type === 'text/html') expect(first.text).toBe(server.text);
  });

  it('when every case is sent to one fresh app, last first, then each is answered as the server answers it', async () => {
    const { app, adminToken } = testApp();
    const fresh = await lazy();
    for (const [name, send] of [...cases].reverse()) {
      expect({ name, ...comparable(await send(fresh, adminToken)) }).toEqual({ name, ...comparable(await send(app, adminToken)) });
    }
  });

  it('when the first request is for the document, then it is the whole document, the same as the server gives', async () => {
    const fresh = await lazy();
    const document = await request(fresh).get('/openapi.json');
    expect(document.status).toBe(200);
    expect(JSON.stringify(document.body)).toBe(JSON.stringify((await request(testApp().app).get('/openapi.json')).body));
  });
});
