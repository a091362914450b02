import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import { buildLambda } from '../../cli/build-lambda';
import { LOAD_HANDLER } from '../../cli/lambda-probe';
import { startBundle, type RunningBundle } from '../support/built-bundle';
import { v1Event, v2Event } from '../support/lambda-events';
import { callTool, connectMcp, errorOf, structuredOf } from '../support/mcp-client';
import { expectCallersApart, expectScopedReads, expectToolLists, expectWrites, seedRoles, type Door, type RoleFixture } from '../support/mcp-roles';

const BASE_URL = 'https://api.example.com';

/** In a fresh process: loads the bundle, answers each event in turn, and says after each which of its lazy/ files are loaded. */
const LAZY_RUNNER = `${LOAD_HANDLER}
const loaded = () => Object.keys(require.cache).filter((file) => file.includes('/lazy/')).map((file) => require('node:path').basename(file)).sort();
(async () => {
  const { handler } = await loadHandler(process.env.BUNDLE_FILE);
  const steps = [];
  for (const event of JSON.parse(process.env.EVENTS)) steps.push({ status: (await handler(event, {})).statusCode, lazy: loaded() });
  process.stdout.write(JSON.stringify(steps));
  process.exit(0);
})();
`;

/**
 * A fetch for the SDK's client that goes through API Gateway to the bundled
 * handler: each request becomes an HTTP API (v2) event, or a REST API (v1)
 * one, and the handler's answer becomes the Response.
 */
function gatewayFetch(bundle: RunningBundle, version: 'v1' | 'v2'): FetchLike {
  return async (url, init) => {
    const { pathname, search, host } = new URL(url);
    const headers: Record<string, string> = { host };
    new Headers(init?.headers).forEach((value, name) => (headers[name] = value));
    const body = typeof init?.body === 'string' ? init.body : undefined;
    const method = init?.method ?? 'GET';
    const event =
      version === 'v2'
        ? v2Event(method, pathname, { headers, ...(body !== undefined && { body }), query: search.slice(1) })
        : v1Event(method, pathname, {
            headers,
            ...(body !== undefined && { body }),
            ...(search && { query: Object.fromEntries(new URLSearchParams(search)) }),
          });
    const answer = await bundle.invoke(event);
    const text = Buffer.from(answer.body ?? '', answer.isBase64Encoded ? 'base64' : 'utf8').toString('utf8');
    return new Response([204, 304].includes(answer.statusCode) ? null : text, { status: answer.statusCode, headers: answer.headers });
  };
}

/** The bundle npm run build:lambda makes, in a fresh process against DynamoDB Local, met by the SDK's own MCP client through API Gateway events. */
describe('the MCP server in the Lambda bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workforce-mcp-lambda-'));
  const outfile = join(dir, 'dist', 'lambda.mjs');
  const env = {
    DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT!,
    DYNAMODB_TABLE: `mcp_bundle_${Date.now().toString(36)}`,
    BCRYPT_ROUNDS: '4',
    JWT_SECRET: 'bundle-test-secret-bundle-test-secret',
    ADMIN_PASSWORD: 'admin-password',
    ASSISTANT_RATE_LIMIT_PER_MINUTE: '10000',
  };
  let bundle: RunningBundle;
  let door: Door;
  let f: RoleFixture;
  const clients: Client[] = [];

  beforeAll(async () => {
    await buildLambda(outfile);
    bundle = startBundle(outfile, env);
    door = { baseUrl: BASE_URL, fetch: gatewayFetch(bundle, 'v2') };
    f = await seedRoles(door, { username: 'admin', password: 'admin-password' }, ['LMA', 'LMB']);
  }, 120_000);
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await bundle?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("when each role lists the tools, then each sees its role's tools only", () => expectToolLists(door, f, clients), 60_000);

  it('when each role reads, then in scope it gets what REST gives and out of scope a not-found tool error', () => expectScopedReads(door, f, clients), 60_000);

  it(
    'when callers of different roles call at once, round after round, then each gets only their own tools and scope',
    () => expectCallersApart(door, f, clients),
    60_000,
  );

  it('when each role writes, then in scope the write is made and out of scope it is forbidden', () => expectWrites(door, f, clients), 60_000);

  it('when the client comes through a REST API (v1) event, then it is answered alike', async () => {
    const client = await connectMcp(BASE_URL, f.tokens.manager, gatewayFetch(bundle, 'v1'));
    clients.push(client);
    expect(structuredOf(await callTool(client, 'get_team', { team_id: f.teamA }))).toMatchObject({ team_id: f.teamA });
    expect(errorOf(await callTool(client, 'get_attendance', { employee_id: f.ids.memberB, attendance_date: '2026-01-05' }))).toMatchObject({
      error: 'Not Found',
    });
  }, 60_000);

  it('when the bundle starts and answers /status, then the MCP SDK is not loaded; the first POST /mcp loads it', async () => {
    const headers = { authorization: `Bearer ${f.tokens.employee}`, 'content-type': 'application/json', accept: 'application/json, text/event-stream' };
    const events = [v2Event('GET', '/status'), v2Event('POST', '/mcp', { headers, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }) })];
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', LAZY_RUNNER], {
      env: {
        PATH: process.env.PATH,
        BUNDLE_FILE: outfile,
        EVENTS: JSON.stringify(events),
        LOG_LEVEL: 'silent',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...env,
      },
    });
    const [status, mcp] = JSON.parse(stdout) as { status: number; lazy: string[] }[];
    expect(status).toEqual({ status: 200, lazy: [] });
    expect(mcp!.status).toBe(200);
    expect(mcp!.lazy).toContain('mcp.js');
  }, 60_000);

  it('when no token is sent, then 401 names the resource metadata at the address the client used', async () => {
    const response = await door.fetch(`${BASE_URL}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: '{}',
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(`Bearer resource_metadata="${BASE_URL}/.well-known/oauth-protected-resource"`);
    expect(await response.json()).toMatchObject({ error: 'Unauthorized' });
  }, 30_000);
});
