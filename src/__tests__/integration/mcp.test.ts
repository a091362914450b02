import request from 'supertest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { eachBackend, sqlBackends } from '../support/backends';
import { FakeUserPool, ISSUER } from '../support/cognito-pool';
import { listen, type Listening } from '../support/listening';
import { callTool, errorOf, structuredOf } from '../support/mcp-client';
import { connectAs, expectCallersApart, expectScopedReads, expectToolLists, expectWrites, seedRoles, type Door, type RoleFixture } from '../support/mcp-roles';
import { ADMIN, bearer, createUser, expectErrorBody, uniqueTeamId, useTestApp } from '../support/test-app';

const ACCEPT = 'application/json, text/event-stream';
const rpc = (method: string, params: object = {}, id = 1) => ({ jsonrpc: '2.0', id, method, params });

describe.each(eachBackend())('the MCP server on %s, through the SDK client', (_name, backend) => {
  const testApp = useTestApp(backend, { ASSISTANT_RATE_LIMIT_PER_MINUTE: '10000' });
  let server: Listening;
  let door: Door;
  let f: RoleFixture;
  const clients: Client[] = [];

  beforeAll(async () => {
    server = await listen(testApp().app);
    door = { baseUrl: server.url, fetch };
    f = await seedRoles(door, ADMIN, [uniqueTeamId(), uniqueTeamId()]);
  });
  afterAll(async () => {
    await Promise.all(clients.map((client) => client.close()));
    await server?.close();
  });

  it("when each role lists the tools, then each sees its role's tools only", () => expectToolLists(door, f, clients));

  it('when each role reads, then in scope it gets what REST gives and out of scope a not-found tool error', () => expectScopedReads(door, f, clients));

  it('when callers of different roles call at once, round after round, then each gets only their own tools and scope', () =>
    expectCallersApart(door, f, clients));

  it('when each role writes, then in scope the write is made and out of scope it is forbidden', () => expectWrites(door, f, clients));

  it('when tools are listed, then every one has its annotations, an input schema from the REST schemas and an output schema', async () => {
    const { tools } = await (await connectAs(door, f.tokens.admin, clients)).listTools();
    for (const tool of tools) {
      expect([tool.name, typeof tool.annotations?.readOnlyHint, typeof tool.annotations?.destructiveHint, typeof tool.annotations?.idempotentHint]).toEqual([
        tool.name,
        'boolean',
        'boolean',
        'boolean',
      ]);
      expect([tool.name, tool.outputSchema?.type, tool.inputSchema.type]).toEqual([tool.name, 'object', 'object']);
    }
    const byName = new Map(tools.map((tool) => [tool.name, tool]));
    expect(byName.get('get_employee')!.inputSchema).toMatchObject({
      required: ['employee_id'],
      properties: { employee_id: { type: 'string', pattern: expect.any(String) } },
    });
    // A page size is a JSON number here, with the REST bounds.
    expect(byName.get('search_employees')!.inputSchema.properties!.limit).toEqual({ type: 'integer', minimum: 1, maximum: 500, default: 50 });
    expect(byName.get('list_attendance')!.annotations).toMatchObject({ readOnlyHint: true, destructiveHint: false, idempotentHint: true });
    expect(byName.get('check_in')!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: false, idempotentHint: false });
    expect(byName.get('cancel_leave')!.annotations).toMatchObject({ readOnlyHint: false, destructiveHint: true });
  });

  it('when a list is read page by page, then the cursor leads on, and a cursor carried to another tool is refused', async () => {
    const admin = await connectAs(door, f.tokens.admin, clients);
    const first = structuredOf<{ items: { employee_id: string }[]; next_cursor: string }>(
      await callTool(admin, 'search_employees', { team_id: f.teamA, limit: 1 }),
    );
    expect(first.items).toHaveLength(1);
    const second = structuredOf<{ items: { employee_id: string }[] }>(
      await callTool(admin, 'search_employees', { team_id: f.teamA, limit: 1, cursor: first.next_cursor }),
    );
    expect(second.items[0]!.employee_id > first.items[0]!.employee_id).toBe(true);
    expect(errorOf(await callTool(admin, 'list_teams', { cursor: first.next_cursor }))).toMatchObject({ error: 'Bad Request' });
    expect(errorOf(await callTool(admin, 'search_employees', { team_id: f.teamB, cursor: first.next_cursor }))).toMatchObject({ error: 'Bad Request' });
  });

  it("when a manager asks for summaries, then their own team's come back and another team's is forbidden", async () => {
    const manager = await connectAs(door, f.tokens.manager, clients);
    expect(structuredOf(await callTool(manager, 'attendance_summary', { date: '2026-01-05' }))).toMatchObject({ date: '2026-01-05', team_id: f.teamA });
    expect(errorOf(await callTool(manager, 'attendance_summary', { team_id: f.teamB }))).toMatchObject({ error: 'Forbidden' });
    expect(structuredOf(await callTool(manager, 'attendance_range_summary', { from: '2026-01-05', to: '2026-01-11' }))).toMatchObject({
      from: '2026-01-05',
      to: '2026-01-11',
      totals: { days: 7 },
    });
    expect(structuredOf(await callTool(manager, 'score_summary'))).toEqual({ items: [] });
  });

  it('when arguments break the REST rules, then the tool refuses them before any service runs', async () => {
    const manager = await connectAs(door, f.tokens.manager, clients);
    const reversed = await callTool(manager, 'attendance_range_summary', { from: '2026-01-11', to: '2026-01-05' });
    expect(reversed).toEqual({ content: [{ type: 'text', text: expect.stringContaining('must not be after to') }], isError: true });
    const huge = await callTool(manager, 'search_employees', { limit: 501 });
    expect(huge).toEqual({ content: [{ type: 'text', text: expect.stringContaining('must be at most 500') }], isError: true });
    // PostgreSQL text cannot hold U+0000: refused on every backend alike, as REST refuses it.
    expect(errorOf(await callTool(manager, 'search_employees', { q: 'a\u0000b' }))).toMatchObject({
      error: 'Unprocessable Entity',
      details: [{ field: 'q', message: 'must not contain NUL characters' }],
    });
  });

  it('when an employee asks the assistant through the ask tool, then it answers about them from the live data', async () => {
    const employee = await connectAs(door, f.tokens.employee, clients);
    const answer = structuredOf<{ answer: string; intent: string; provider: string }>(await callTool(employee, 'ask', { message: `Who is ${f.ids.memberB}?` }));
    expect(answer.provider).toBe('builtin');
    expect(answer.answer).not.toContain('Bea Member');
    const own = structuredOf<{ answer: string }>(await callTool(employee, 'ask', { message: `Who is ${f.ids.employeeA}?` }));
    expect(own.answer).toContain('Eli Employee');
  });
});

describe('the MCP endpoint over HTTP', () => {
  const testApp = useTestApp(sqlBackends()[0]!, { ASSISTANT_RATE_LIMIT_PER_MINUTE: '3' });
  const post = (token: string | null, body: unknown, accept = ACCEPT) => {
    const call = request(testApp().app).post('/mcp').set('Accept', accept).set('Content-Type', 'application/json');
    return (token ? call.set(bearer(token)) : call).send(typeof body === 'string' ? body : JSON.stringify(body));
  };

  it('when no token or a bad one is sent, then 401 in the error format names the resource metadata', async () => {
    for (const token of [null, 'not-a-jwt']) {
      const response = await post(token, rpc('tools/list'));
      expectErrorBody(response, 401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer resource_metadata="http:\/\/127\.0\.0\.1:\d+\/\.well-known\/oauth-protected-resource"$/);
    }
  });

  it('when a client follows resource_metadata from the 401, or asks the path-suffixed address of RFC 9728 §3.1 first, then both answer the same document', async () => {
    const challenge = (await post(null, rpc('tools/list'))).headers['www-authenticate'] as string;
    const named = new URL(/resource_metadata="([^"]+)"/.exec(challenge)![1]!);
    const read = async (path: string) => (await request(testApp().app).get(path).set('Host', 'hr.example.com').expect(200)).body as unknown;
    const document = await read(named.pathname);
    expect(document).toMatchObject({ resource: 'http://hr.example.com/mcp' });
    // https://host/mcp's metadata lives at /.well-known/oauth-protected-resource/mcp, which MCP clients try before the plain path.
    expect(await read('/.well-known/oauth-protected-resource/mcp')).toEqual(document);
  });

  it('when a login is disabled, then its token no longer opens /mcp, as on REST', async () => {
    const t = testApp();
    const user = await createUser(t, 'DEV', 'employee');
    expect((await post(user.token, rpc('tools/list'))).status).toBe(200);
    await request(t.app).put(`/employees/${user.employee.employee_id}/account`).set(bearer(t.adminToken)).send({ disabled: true }).expect(200);
    expectErrorBody(await post(user.token, rpc('tools/list')), 401);
  });

  it('when GET or DELETE is sent, then 405 with Allow: POST, in the error format', async () => {
    for (const method of ['get', 'delete'] as const) {
      const response = await request(testApp().app)[method]('/mcp').set(bearer(testApp().adminToken));
      expectErrorBody(response, 405);
      expect(response.headers.allow).toBe('POST');
    }
  });

  it('when the message is broken or the Accept header wrong, then the SDK answers with a JSON-RPC error', async () => {
    const token = testApp().adminToken;
    const broken = await post(token, '{"jsonrpc": ');
    expect([broken.status, broken.body]).toEqual([400, { jsonrpc: '2.0', id: null, error: { code: -32700, message: expect.stringContaining('Parse error') } }]);
    const json = await post(token, rpc('tools/list'), 'application/json');
    expect([json.status, json.body.error.code]).toEqual([406, -32000]);
    const unknown = await post(token, rpc('resources/list'));
    expect([unknown.status, unknown.body.error.code]).toEqual([200, -32601]);
  });

  it('when requests differ only in their protocol version header, then each is answered for its own header, round after round', async () => {
    const token = testApp().adminToken;
    for (let round = 0; round < 2; round += 1) {
      const unsupported = await post(token, rpc('tools/list')).set('MCP-Protocol-Version', '1999-01-01');
      expect([unsupported.status, unsupported.body.error?.code]).toEqual([400, -32000]);
      expect((await post(token, rpc('tools/list')).set('MCP-Protocol-Version', '2025-06-18')).status).toBe(200);
    }
  });

  it('when tool calls pass the per-login budget, then 429 in the error format, shared with /chat, while listing stays free', async () => {
    const t = testApp();
    const user = await createUser(t, 'DEV', 'employee');
    for (let i = 0; i < 3; i += 1) {
      expect((await post(user.token, rpc('tools/list'))).status).toBe(200);
      expect((await post(user.token, rpc('tools/call', { name: 'whoami', arguments: {} }))).status).toBe(200);
    }
    const over = await post(user.token, rpc('tools/call', { name: 'whoami', arguments: {} }));
    expectErrorBody(over, 429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expectErrorBody(await request(t.app).post('/chat').set(bearer(user.token)).send({ message: 'Who am I?' }), 429);
    expect(
      (await post(user.token, rpc('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } }))).status,
    ).toBe(200);
    expect((await post(user.token, rpc('tools/list'))).status).toBe(200);
    // Another login has its own budget.
    expect((await post(t.adminToken, rpc('tools/call', { name: 'whoami', arguments: {} }))).status).toBe(200);
  });

  it('when the OAuth metadata is read, then it names /mcp as the resource and this service and its password grant as the issuer', async () => {
    // As a proxy in front of the service would name it (supertest's own port changes with every request).
    const get = (path: string) => request(testApp().app).get(path).set('Host', 'hr.example.com').expect(200);
    expect((await get('/.well-known/oauth-protected-resource')).body).toEqual({
      resource: 'http://hr.example.com/mcp',
      authorization_servers: ['http://hr.example.com'],
      bearer_methods_supported: ['header'],
      scopes_supported: [],
    });
    expect((await get('/.well-known/oauth-authorization-server')).body).toEqual({
      issuer: 'http://hr.example.com',
      token_endpoint: 'http://hr.example.com/token',
      grant_types_supported: ['password'],
      response_types_supported: [],
      token_endpoint_auth_methods_supported: ['none'],
      scopes_supported: [],
    });
  });

  it('when the SDK client connects with the token of a user whose request id is given, then the JSON-RPC answer carries it as X-Request-Id', async () => {
    const response = await post(testApp().adminToken, rpc('tools/list')).set('X-Request-Id', 'mcp-trace-1');
    expect(response.headers['x-request-id']).toBe('mcp-trace-1');
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['mcp-session-id']).toBeUndefined();
  });
});

describe('the MCP endpoint with Amazon Cognito sign-in', () => {
  const pool = new FakeUserPool();
  beforeAll(() => pool.start());
  afterAll(() => pool.stop());
  const testApp = useTestApp(
    sqlBackends()[0]!,
    () => pool.env(),
    undefined,
    () => pool.token({ username: 'cognito-admin', groups: ['admin'] }),
  );

  it("when the OAuth metadata is read, then the issuer is the user pool's, and this service publishes no authorization server", async () => {
    const resource = await request(testApp().app).get('/.well-known/oauth-protected-resource').set('Host', 'hr.example.com').expect(200);
    expect(resource.body).toMatchObject({ resource: 'http://hr.example.com/mcp', authorization_servers: [ISSUER] });
    expect((await request(testApp().app).get('/.well-known/oauth-protected-resource/mcp').set('Host', 'hr.example.com').expect(200)).body).toEqual(
      resource.body,
    );
    expectErrorBody(await request(testApp().app).get('/.well-known/oauth-authorization-server'), 404);
  });

  it('when a Cognito token calls a tool, then the tool runs as that login', async () => {
    const response = await request(testApp().app)
      .post('/mcp')
      .set('Accept', ACCEPT)
      .set(bearer(testApp().adminToken))
      .send(rpc('tools/call', { name: 'whoami', arguments: {} }));
    expect(response.body.result.structuredContent).toEqual({ username: 'cognito-admin', role: 'admin', employee_id: null, team_id: null });
  });
});
