import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { barePost } from '../support/bare-post';
import { v2Event } from '../support/lambda-events';
import { OFFLINE_START_LIMIT_MS, startServerlessOffline, type RunningOffline } from '../support/serverless-offline';

const ROOT = join(__dirname, '..', '..', '..');
const SWAGGER_UI_DIST = dirname(require.resolve('swagger-ui-dist/package.json', { paths: [dirname(require.resolve('swagger-ui-express'))] }));

interface Token {
  access_token: string;
  token_type: string;
}

/**
 * The bundle `npm run build:lambda` makes, run by serverless-offline (an API
 * Gateway HTTP API and Lambda emulator) from serverless.yml as it is, on
 * DynamoDB Local: real HTTP requests, turned into events by something other
 * than this repository's own test helpers.
 */
describe('the Lambda bundle behind serverless-offline', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workforce-offline-'));
  // The stage names the table: a fresh one for this file on the run's DynamoDB Local.
  const stage = `offline${Date.now().toString(36)}`;
  let offline: RunningOffline;
  let admin: string;

  const login = async (username: string, password: string) => {
    const response = await fetch(`${offline.url}/token`, { method: 'POST', body: new URLSearchParams({ grant_type: 'password', username, password }) });
    expect(response.status).toBe(200);
    return (await response.json()) as Token;
  };
  const asAdmin = (path: string, body: string, contentType: string) =>
    fetch(`${offline.url}${path}`, { method: 'POST', body, headers: { authorization: `Bearer ${admin}`, 'content-type': contentType } });

  beforeAll(async () => {
    offline = await startServerlessOffline(dir, stage, {
      DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT!,
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      JWT_SECRET: 'offline-test-secret-offline-test-secret',
      ADMIN_PASSWORD: 'admin-password',
      BCRYPT_ROUNDS: '4',
      LOG_LEVEL: 'warn',
    });
    admin = (await login('admin', 'admin-password')).access_token;
    expect((await asAdmin('/teams', JSON.stringify({ team_id: 'OFF', team_name: 'Offline' }), 'application/json')).status).toBe(201);
    // Building the bundle (60 s, as the other tests that build it allow), then the emulator's own limit.
  }, 60_000 + OFFLINE_START_LIMIT_MS);
  afterAll(async () => {
    await offline?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("when /status is asked, then it names the package's version, embedded in the bundle", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const response = await fetch(`${offline.url}/status`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', service: 'workforce-api', version });
  });

  it('when the admin logs in with a form-encoded POST /token, then a bearer token comes back that the API accepts', async () => {
    const token = await login('admin', 'admin-password');
    expect(token.token_type.toLowerCase()).toBe('bearer');
    const accepted = await fetch(`${offline.url}/employees`, { headers: { authorization: `Bearer ${token.access_token}` } });
    expect(accepted.status).toBe(200);
    const wrong = await fetch(`${offline.url}/employees`, { headers: { authorization: `Bearer ${token.access_token}x` } });
    expect(wrong.status).toBe(401);
  });

  it('when an employee with a login checks in with a POST that has no body, no Content-Length and no Content-Type (curl -X POST), then 201', async () => {
    const created = await asAdmin(
      '/employees',
      JSON.stringify({
        name: 'Offline Person',
        email: 'checkin@example.com',
        team_id: 'OFF',
        position: 'Mid',
        account: { role: 'employee', password: 'employee-password' },
      }),
      'application/json',
    );
    expect(created.status).toBe(201);
    const { employee_id } = (await created.json()) as { employee_id: string };
    const { access_token } = await login(employee_id, 'employee-password');

    const response = await barePost(`${offline.url}/attendance/check-in`, { Authorization: `Bearer ${access_token}` });
    expect(JSON.parse(response.body)).toMatchObject({ employee_id, status: expect.stringMatching(/^(present|late)$/) });
    expect(response.status).toBe(201);
  });

  it('when the admin imports employees as a text/csv body, then 200 with the report, and the rows are there', async () => {
    const csv = 'name,email,team_id,position\r\nAda Offline,ada@example.com,OFF,Mid\r\nBob Offline,bob@example.com,OFF,Senior\r\n';
    const response = await asAdmin('/employees/bulk', csv, 'text/csv');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ created: 2, updated: 0, failed: [] });
    const listed = await fetch(`${offline.url}/employees?team_id=OFF&limit=100`, { headers: { authorization: `Bearer ${admin}` } });
    const { items } = (await listed.json()) as { items: { email: string }[] };
    expect(items.map((employee) => employee.email)).toEqual(expect.arrayContaining(['ada@example.com', 'bob@example.com']));
  });

  describe('/docs', () => {
    /**
     * serverless-offline's HTTP server strips a trailing slash before it
     * makes the event (hapi's `stripTrailingSlash`, set in its HttpServer),
     * so `/docs/` reaches the function as `/docs`, which redirects to
     * `docs/` for good reason (the page's asset links are relative). API
     * Gateway keeps the slash; the emulator's Invoke API takes the event as
     * API Gateway would send it.
     */
    it('when the page is asked for at /docs/, then the function run by the emulator answers with the Swagger UI page', async () => {
      const response = await fetch(offline.invokeUrl, { method: 'POST', body: JSON.stringify(v2Event('GET', '/docs/')) });
      expect(response.status).toBe(200);
      const answer = (await response.json()) as { statusCode: number; headers: Record<string, string>; body: string };
      expect(answer.statusCode).toBe(200);
      expect(answer.headers['content-type']).toMatch(/^text\/html/);
      expect(answer.body).toContain('<div id="swagger-ui"></div>');
    });

    it.each([
      ['swagger-ui.css', /^text\/css/],
      ['swagger-ui-bundle.js', /^(text|application)\/javascript/],
      ['favicon-32x32.png', /^image\/png/],
    ])('when the page loads %s, then swagger-ui-dist’s own file comes back with its content type', async (name, type) => {
      const response = await fetch(`${offline.url}/docs/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(type);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(SWAGGER_UI_DIST, name)))).toBe(true);
    });

    it.each(['/docs/lambda.mjs', '/docs/lambda.mjs.map'])('when %s, beside which the bundle runs, is asked for, then 404 in the error format', async (path) => {
      const response = await fetch(`${offline.url}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.json()).toMatchObject({ error: 'Not Found' });
    });
  });
});
