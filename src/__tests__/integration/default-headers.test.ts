import { createServer, type Server } from 'node:http';
import express from 'express';
import request from 'supertest';
import { createHttpServer } from '../../http/http-server';
import { DOCS_HELMET_OPTIONS } from '../../http/security-headers';
import { sqlBackends } from '../support/backends';
import { apiSecurityHeaders, liveHelmetHeaders } from '../support/helmet-headers';
import { bearer, createTeam, useTestApp } from '../support/test-app';

/**
 * The headers every response carries (the security headers, the request id, the rate
 * limit), on the Node server's own HTTP server and on any other (supertest's
 * plain server here, serverless-http in lambda.test.ts): both must send the same.
 */

type Headers = Record<string, string>;
/** Differ from one response to the next by nature. */
const VARYING = new Set(['date', 'x-request-id', 'ratelimit']);
const steady = (headers: Headers) => Object.fromEntries(Object.entries(headers).filter(([name]) => !VARYING.has(name)));

describe("the app's default headers", () => {
  const testApp = useTestApp(sqlBackends()[0]!, { RATE_LIMIT_PER_MINUTE: '100000', ASSISTANT_RATE_LIMIT_PER_MINUTE: '2' });
  let securityHeaders: Headers;
  let team: string;

  beforeAll(async () => {
    securityHeaders = await apiSecurityHeaders();
    team = await createTeam(testApp());
  });

  it.each<[string, (server: Server) => request.Test]>([
    ['a JSON answer', (server) => request(server).get(`/teams/${team}`).set(bearer(testApp().adminToken))],
    ['a 404', (server) => request(server).get('/nowhere')],
    ['a 401 with WWW-Authenticate', (server) => request(server).get('/me')],
    ['a 405 with Allow', (server) => request(server).delete('/status')],
    ['a HEAD', (server) => request(server).head('/status')],
  ])('when the Node server and a plain one give %s, then both send the same headers, the security headers among them', async (_answer, send) => {
    const app = testApp().app;
    const own = await send(createHttpServer(app));
    const plain = await send(createServer(app));

    expect(own.status).toBe(plain.status);
    expect(Object.keys(own.headers).sort()).toEqual(Object.keys(plain.headers).sort());
    expect(steady(own.headers)).toEqual(steady(plain.headers));
    for (const response of [own, plain]) {
      expect(response.headers).toMatchObject(securityHeaders);
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers['ratelimit-policy']).toBe('100000;w=60');
      expect(response.headers.ratelimit).toMatch(/^limit=100000, remaining=\d+, reset=\d+$/);
    }
  });

  it('when the health check answers, then it has the security headers and the request id but no rate limit, which it is exempt from', async () => {
    const response = await request(createHttpServer(testApp().app)).get('/health');
    expect(response.headers).toMatchObject(securityHeaders);
    expect(response.headers['x-request-id']).toEqual(expect.any(String));
    expect(response.headers).not.toHaveProperty('ratelimit');
    expect(response.headers).not.toHaveProperty('ratelimit-policy');
  });

  it('when an API answer goes out, then it forbids rendering, framing, sniffing and storing it, and carries none of the HTML document headers', async () => {
    const response = await request(createHttpServer(testApp().app)).get(`/teams/${team}`).set(bearer(testApp().adminToken));
    expect(response.headers).toMatchObject({
      'content-security-policy': "default-src 'none';frame-ancestors 'none'",
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      'cache-control': 'no-store',
    });
    for (const name of [
      'x-dns-prefetch-control',
      'x-download-options',
      'origin-agent-cluster',
      'cross-origin-opener-policy',
      'x-permitted-cross-domain-policies',
      'x-xss-protection',
    ]) {
      expect(response.headers).not.toHaveProperty(name);
    }
  });

  it("when the Node server and a plain one give the HTML of /docs, then both send helmet's document headers (with the docs' options), which allow its scripts, with the request id and the rate limit", async () => {
    const app = testApp().app;
    const own = await request(createHttpServer(app)).get('/docs/');
    const plain = await request(createServer(app)).get('/docs/');

    expect(steady(own.headers)).toEqual(steady(plain.headers));
    for (const response of [own, plain]) {
      expect(response.status).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers).toMatchObject(await liveHelmetHeaders(DOCS_HELMET_OPTIONS));
      expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(response.headers['ratelimit-policy']).toBe('100000;w=60');
    }
  });

  it("when a route's own limiter counts the request after the client limiter, then its fields are the ones sent, and its 429 has Retry-After", async () => {
    const server = createHttpServer(testApp().app);
    const ask = () => request(server).post('/chat').set(bearer(testApp().adminToken)).send({ message: 'How many employees are in QA?' });

    const first = await ask();
    expect(first.status).toBe(200);
    expect(first.headers['ratelimit-policy']).toBe('2;w=60');
    expect(first.headers.ratelimit).toMatch(/^limit=2, remaining=1, reset=([1-9]|[1-5]\d|60)$/);
    await ask();
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.ratelimit).toMatch(/^limit=2, remaining=0, reset=\d+$/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  });
});

describe("the app's res.json", () => {
  const testApp = useTestApp(sqlBackends()[0]!);

  it("when a route, an error and a handler of the app's answer JSON, then each goes the app's one way (useLeanJson), not Express's own", async () => {
    const app = testApp().app;
    // Whatever a newcomer's handler calls res.json on is a response of this app: the app's json is on its prototype chain.
    expect(app.response.json).not.toBe(express.response.json);
    const route = await request(createHttpServer(app)).get('/status');
    const error = await request(createHttpServer(app)).get('/nowhere');
    const head = await request(createHttpServer(app)).head('/status');
    for (const response of [route, error, head]) expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(Number(route.headers['content-length'])).toBe(Buffer.byteLength(route.text));
    expect(Number(error.headers['content-length'])).toBe(Buffer.byteLength(error.text));
    // A HEAD answer says how long the GET's would be.
    expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
  });
});
