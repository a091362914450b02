import { Writable } from 'node:stream';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import winston from 'winston';
import { buildContainer } from '../../container';
import { ConfigError, loadConfig } from '../../config';
import { sqlBackends } from '../support/backends';
import { ADMIN, bearer, createEmployee, createTeam, createUser, expectErrorBody, tokenFor, useTestApp } from '../support/test-app';

/** What a wire request's JSON body parses to: read freely, as the other tests read supertest bodies. */
type Wire = request.Response['body'];

/** A model service on the loopback: each test scripts its answers; every request it gets is kept. */
interface FakeModel {
  env: Record<string, string>;
  requests: { path: string; headers: IncomingMessage['headers']; body: Wire }[];
  answer: (handler: (body: Wire, res: ServerResponse, index: number) => void) => void;
}

function useFakeModel(envFor: (url: string) => Record<string, string>): FakeModel {
  let server: Server;
  let handler: (body: Wire, res: ServerResponse, index: number) => void = (_b, res) => res.writeHead(500).end();
  const fake: FakeModel = {
    env: {},
    requests: [],
    answer: (h) => {
      handler = h;
      fake.requests.length = 0;
    },
  };
  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
        fake.requests.push({ path: req.url ?? '', headers: req.headers, body });
        handler(body, res, fake.requests.length - 1);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    Object.assign(fake.env, envFor(`http://127.0.0.1:${(server.address() as AddressInfo).port}`));
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return fake;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

const [pglite] = sqlBackends();
const TOOLS = [
  'attendance_by_person',
  'attendance_corrections',
  'attendance_exceptions',
  'attendance_rate',
  'attendance_rates_by_person',
  'employee_attendance',
  'employee_scores',
  'employment_dates',
  'find_employee',
  'find_people',
  'holidays',
  'hours_worked',
  'leave_balances',
  'leave_requests',
  'list_employees',
  'rank_performers',
  'score_list',
  'score_summary',
  'working_days',
];

describe('the assistant on Bedrock (Converse API on a loopback server)', () => {
  const saved = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  beforeAll(() => {
    // Static fake credentials through the SDK's ordinary chain, as a Lambda role would supply real ones.
    process.env.AWS_ACCESS_KEY_ID = 'AKIDFAKEFAKEFAKE';
    process.env.AWS_SECRET_ACCESS_KEY = 'fake-secret';
  });
  afterAll(() => {
    process.env.AWS_ACCESS_KEY_ID = saved.id;
    process.env.AWS_SECRET_ACCESS_KEY = saved.secret;
    if (saved.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
    if (saved.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
  });
  const model = useFakeModel((url) => ({
    ASSISTANT_PROVIDER: 'bedrock',
    BEDROCK_ENDPOINT: url,
    LLM_TIMEOUT_MS: '700',
    LLM_PRICE_INPUT_PER_1K: '0.5',
    LLM_PRICE_OUTPUT_PER_1K: '2',
  }));
  const testApp = useTestApp(pglite!, model.env);
  const converse = (content: unknown[], stopReason: string, tokens = { inputTokens: 100, outputTokens: 20 }) => ({
    output: { message: { role: 'assistant', content } },
    stopReason,
    usage: { ...tokens, totalTokens: tokens.inputTokens + tokens.outputTokens },
    metrics: { latencyMs: 5 },
  });

  it("when the model asks for a tool, then the tool runs in the caller's scope, its result goes back as a toolResult and the final text is the answer", async () => {
    const t = testApp();
    const [team, other] = [await createTeam(t), await createTeam(t)];
    const manager = await createUser(t, team, 'manager');
    await createEmployee(t, { team_id: team });
    await createEmployee(t, { team_id: other });
    model.answer((body, res, index) => {
      if (index === 0)
        json(
          res,
          200,
          converse([{ text: 'Let me count.' }, { toolUse: { toolUseId: 'tu-1', name: 'list_employees', input: { team_id: other } } }], 'tool_use'),
        );
      else
        json(
          res,
          200,
          converse([{ text: `You can see ${String(body.messages[2].content[0].toolResult.content[0].json.count)} people there.` }], 'end_turn', {
            inputTokens: 300,
            outputTokens: 40,
          }),
        );
    });
    const response = await request(t.app)
      .post('/chat')
      .set(bearer(manager.token))
      .send({ message: `How many employees are in ${other}?` });
    expect(response.status).toBe(200);
    // The manager's scope narrows the other team to nobody: the model never sees its people.
    expect(response.body).toEqual({
      answer: 'You can see 0 people there.',
      intent: 'employee_list',
      data: expect.objectContaining({ count: 0, employees: [] }),
      provider: 'bedrock',
    });

    const [first, second] = model.requests;
    expect(decodeURIComponent(first!.path)).toBe('/model/anthropic.claude-3-haiku-20240307-v1:0/converse');
    expect(first!.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDFAKEFAKEFAKE\//);
    expect(first!.body.messages).toEqual([{ role: 'user', content: [{ text: `How many employees are in ${other}?` }] }]);
    expect(first!.body.system[0].text).toMatch(/Today is \d{4}-\d{2}-\d{2}/);
    expect(first!.body.toolConfig.tools.map((tool: { toolSpec: { name: string } }) => tool.toolSpec.name).sort()).toEqual(TOOLS);
    const listSpec = first!.body.toolConfig.tools.find((tool: { toolSpec: { name: string } }) => tool.toolSpec.name === 'list_employees').toolSpec;
    expect(listSpec.inputSchema.json).toMatchObject({
      type: 'object',
      properties: { team_id: { type: 'string' }, position: { enum: ['Junior', 'Mid', 'Senior', 'Lead', 'Manager'] } },
    });
    // The parts the builtin reader applies are offered to models too: a position on attendance, people ranked by their rate.
    const specOf = (name: string) => first!.body.toolConfig.tools.find((tool: { toolSpec: { name: string } }) => tool.toolSpec.name === name).toolSpec;
    const levels = { enum: ['Junior', 'Mid', 'Senior', 'Lead', 'Manager'] };
    for (const name of ['attendance_exceptions', 'attendance_by_person', 'attendance_rates_by_person'])
      expect({ name, schema: specOf(name).inputSchema.json }).toMatchObject({ name, schema: { properties: { position: levels } } });
    expect(specOf('attendance_rates_by_person').inputSchema.json).toMatchObject({
      properties: { order: { enum: ['highest', 'lowest'] }, limit: { type: 'integer' } },
    });
    expect(second!.body.messages[1]).toEqual({
      role: 'assistant',
      content: [{ text: 'Let me count.' }, { toolUse: { toolUseId: 'tu-1', name: 'list_employees', input: { team_id: other } } }],
    });
    expect(second!.body.messages[2]).toEqual({
      role: 'user',
      content: [
        { toolResult: { toolUseId: 'tu-1', status: 'success', content: [{ json: { filters: { team_id: other }, count: 0, employees: [], not_listed: 0 } }] } },
      ],
    });
  });

  it('when the model sends bad tool arguments, then it gets an error result to correct, not a crash; the tokens and cost are counted', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const person = await createEmployee(t, { team_id: team, name: 'Quinn Quill' });
    model.answer((_body, res, index) => {
      if (index === 0) json(res, 200, converse([{ toolUse: { toolUseId: 'a', name: 'find_employee', input: { employee_id: 42 } } }], 'tool_use'));
      else if (index === 1)
        json(res, 200, converse([{ toolUse: { toolUseId: 'b', name: 'find_employee', input: { employee_id: person.employee_id } } }], 'tool_use'));
      else json(res, 200, converse([{ text: 'That is Quinn Quill.' }], 'end_turn'));
    });
    const admin = { username: 'admin', role: 'admin' as const, employee_id: null, team_id: null };
    const { answer, trace } = await t.container.services.assistant.ask(admin, `Who is ${person.employee_id}?`);
    expect(answer).toEqual({
      answer: 'That is Quinn Quill.',
      intent: 'employee_lookup',
      data: expect.objectContaining({ results: expect.any(Array) }),
      provider: 'bedrock',
    });
    const bad = model.requests[1]!.body.messages[2].content[0].toolResult;
    expect(bad).toMatchObject({
      toolUseId: 'a',
      status: 'error',
      content: [{ json: { error: 'Invalid arguments', details: [expect.objectContaining({ field: 'employee_id' })] } }],
    });
    expect(model.requests[2]!.body.messages[4].content[0].toolResult.content[0].json.employees[0].name).toBe('Quinn Quill');
    expect(trace).toMatchObject({ intent: 'employee_lookup', tools: ['find_employee', 'find_employee'], rounds: 3, input_tokens: 300, output_tokens: 60 });
    expect(trace.estimated_cost).toBeCloseTo((300 / 1000) * 0.5 + (60 / 1000) * 2, 6);
  });

  it('when the model service answers with an error, then 502 in the error format, without its text', async () => {
    model.answer((_body, res) => json(res, 400, { message: 'Malformed input request: secret upstream detail' }, { 'x-amzn-errortype': 'ValidationException' }));
    const response = await request(testApp().app).post('/chat').set(bearer(testApp().adminToken)).send({ message: 'How many employees are there?' });
    expectErrorBody(response, 502);
    expect(response.body.code).toBe('UPSTREAM_FAILED');
    expect(JSON.stringify(response.body)).not.toContain('secret upstream detail');
  });

  it('when the model service does not answer in time, then 504', async () => {
    model.answer(() => undefined);
    const started = Date.now();
    const response = await request(testApp().app).post('/chat').set(bearer(testApp().adminToken)).send({ message: 'How many employees are there?' });
    expectErrorBody(response, 504);
    expect(response.body.code).toBe('UPSTREAM_TIMEOUT');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('when a question asks for password hashes, then it is refused before any model is called', async () => {
    model.answer((_body, res) => json(res, 200, converse([{ text: 'here they are' }], 'end_turn')));
    const response = await request(testApp().app).post('/chat').set(bearer(testApp().adminToken)).send({ message: 'List every password hash' });
    expect(response.body).toMatchObject({ intent: 'refused', provider: 'bedrock', data: {} });
    expect(model.requests).toHaveLength(0);
  });
});

describe('the assistant on an OpenAI-compatible endpoint (loopback server)', () => {
  const model = useFakeModel((url) => ({
    ASSISTANT_PROVIDER: 'openai',
    OPENAI_BASE_URL: `${url}/v1`,
    OPENAI_MODEL: 'test-model',
    OPENAI_API_KEY: 'sk-test',
    LLM_TIMEOUT_MS: '700',
    LLM_MAX_TOOL_ROUNDS: '2',
  }));
  const testApp = useTestApp(pglite!, model.env);
  const completion = (message: object, usage = { prompt_tokens: 50, completion_tokens: 10 }) => ({
    id: 'x',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content: null, ...message }, finish_reason: 'stop' }],
    usage,
  });

  it('when the model calls a tool, then the result goes back as a tool message and the final content is the answer', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const employee = await createUser(t, team, 'employee');
    const peer = await createEmployee(t, { team_id: team, name: 'Pat Peer' });
    model.answer((body, res, index) => {
      if (index === 0)
        json(
          res,
          200,
          completion({
            tool_calls: [{ id: 'call-1', type: 'function', function: { name: 'find_employee', arguments: JSON.stringify({ employee_id: peer.employee_id }) } }],
          }),
        );
      else json(res, 200, completion({ content: `Result: ${String(body.messages.at(-1).content)}` }));
    });
    const response = await request(t.app)
      .post('/chatbot/query')
      .set(bearer(employee.token))
      .send({ message: `Who is ${peer.employee_id}?` });
    expect(response.status).toBe(200);
    // An employee may not see a teammate: the model hears "not found", exactly as for someone absent.
    expect(response.body).toEqual({
      answer: `Result: ${JSON.stringify({ error: `Employee ${peer.employee_id} not found`, kind: 'not_found' })}`,
      intent: 'employee_lookup',
      data: { error: `Employee ${peer.employee_id} not found`, kind: 'not_found' },
      provider: 'openai',
    });
    const [first, second] = model.requests;
    expect(first!.path).toBe('/v1/chat/completions');
    expect(first!.headers.authorization).toBe('Bearer sk-test');
    expect(first!.body).toMatchObject({ model: 'test-model', messages: [{ role: 'system' }, { role: 'user', content: `Who is ${peer.employee_id}?` }] });
    expect(first!.body.tools.map((tool: { function: { name: string } }) => tool.function.name).sort()).toEqual(TOOLS);
    expect(first!.body.tools[0]).toMatchObject({ type: 'function', function: { parameters: { type: 'object' } } });
    expect(second!.body.messages.slice(2)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call-1', type: 'function', function: { name: 'find_employee', arguments: JSON.stringify({ employee_id: peer.employee_id }) } }],
      },
      { role: 'tool', tool_call_id: 'call-1', content: JSON.stringify({ error: `Employee ${peer.employee_id} not found`, kind: 'not_found' }) },
    ]);
  });

  it('when the model sends arguments that are not JSON, then the tool answers with an error result', async () => {
    model.answer((body, res, index) => {
      if (index === 0)
        json(res, 200, completion({ tool_calls: [{ id: 'c', type: 'function', function: { name: 'list_employees', arguments: '{not json' } }] }));
      else json(res, 200, completion({ content: String(body.messages.at(-1).content) }));
    });
    const response = await request(testApp().app).post('/chat').set(bearer(testApp().adminToken)).send({ message: 'How many employees?' });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body.answer as string)).toMatchObject({ error: 'Invalid arguments' });
  });

  it('when the model keeps calling tools past LLM_MAX_TOOL_ROUNDS, then 502', async () => {
    model.answer((_body, res, index) =>
      json(res, 200, completion({ tool_calls: [{ id: `c${index}`, type: 'function', function: { name: 'list_employees', arguments: '{}' } }] })),
    );
    const response = await request(testApp().app).post('/chat').set(bearer(testApp().adminToken)).send({ message: 'How many employees?' });
    expectErrorBody(response, 502);
    expect(model.requests).toHaveLength(3);
  });

  it('when the endpoint fails, then 502; when it is too slow, then 504', async () => {
    model.answer((_body, res) => json(res, 500, { error: { message: 'internal upstream detail' } }));
    const failed = await request(testApp().app).post('/chat').set(bearer(testApp().adminToken)).send({ message: 'How many employees?' });
    expectErrorBody(failed, 502);
    expect(JSON.stringify(failed.body)).not.toContain('internal upstream detail');
    model.answer(() => undefined);
    const slow = await request(testApp().app).post('/chat').set(bearer(testApp().adminToken)).send({ message: 'How many employees?' });
    expectErrorBody(slow, 504);
  });
});

describe("the assistant's rate limit and configuration", () => {
  const testApp = useTestApp(pglite!, { ASSISTANT_RATE_LIMIT_PER_MINUTE: '2' });

  it('when one login asks past its limit, then 429 with Retry-After, and another login still gets answers', async () => {
    const t = testApp();
    const other = await createUser(t, await createTeam(t), 'employee');
    const ask = (token: string) => request(t.app).post('/chat').set(bearer(token)).send({ message: 'Who am I?' });
    expect((await ask(t.adminToken)).status).toBe(200);
    expect((await ask(t.adminToken)).status).toBe(200);
    const limited = await ask(t.adminToken);
    expectErrorBody(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await ask(other.token)).status).toBe(200);
  });

  it('when the openai provider lacks its URL or model, then start-up fails naming the variable', () => {
    expect(() => loadConfig({ ASSISTANT_PROVIDER: 'openai', OPENAI_MODEL: 'm' })).toThrow(ConfigError);
    expect(() => loadConfig({ ASSISTANT_PROVIDER: 'openai', OPENAI_MODEL: 'm' })).toThrow(/OPENAI_BASE_URL/);
    expect(() => loadConfig({ ASSISTANT_PROVIDER: 'openai', OPENAI_BASE_URL: 'http://127.0.0.1:1/v1' })).toThrow(/OPENAI_MODEL/);
    expect(() => loadConfig({ ASSISTANT_PROVIDER: 'gemini' })).toThrow(/ASSISTANT_PROVIDER/);
    expect(loadConfig({}).assistant).toMatchObject({ provider: 'builtin', alertRate: 0.9, bedrock: { modelId: 'anthropic.claude-3-haiku-20240307-v1:0' } });
  });
});

describe("the assistant's log line", () => {
  it('when a question is answered, over REST or through MCP, then one line logs its intent, tools, latency, tokens and estimated cost, never the answer', async () => {
    const lines: Record<string, unknown>[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString('utf8')));
        done();
      },
    });
    const logger = winston.createLogger({ level: 'info', format: winston.format.json(), transports: [new winston.transports.Stream({ stream: sink })] });
    const config = loadConfig({
      NODE_ENV: 'test',
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
      BCRYPT_ROUNDS: '4',
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
    });
    const open = await pglite!.open();
    try {
      const container = await buildContainer(config, open.database, logger);
      await container.services.bootstrap.run({ adminUsername: ADMIN.username, adminPassword: ADMIN.password, demoData: false });
      const token = await tokenFor(container.app, ADMIN.username, ADMIN.password);
      const response = await request(container.app)
        .post('/chat')
        .set(bearer(token))
        .set('X-Request-Id', 'ask-1')
        .send({ message: 'How many employees are in QA?' });
      expect(response.body.intent).toBe('employee_count');
      const line = lines.find((entry) => entry.message === 'assistant answer');
      expect(line).toEqual(
        expect.objectContaining({
          request_id: 'ask-1',
          user: ADMIN.username,
          provider: 'builtin',
          intent: 'employee_count',
          tools: ['list_employees'],
          rounds: 2,
          latency_ms: expect.any(Number),
          input_tokens: 0,
          output_tokens: 0,
          estimated_cost: 0,
        }),
      );
      expect(JSON.stringify(line)).not.toContain(response.body.answer);

      const call = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'ask', arguments: { message: 'How many employees are in QA?' } } };
      const viaMcp = await request(container.app)
        .post('/mcp')
        .set(bearer(token))
        .set('Accept', 'application/json, text/event-stream')
        .set('X-Request-Id', 'ask-2')
        .send(call);
      expect(viaMcp.status).toBe(200);
      expect(lines.find((entry) => entry.message === 'assistant answer' && entry.request_id === 'ask-2')).toEqual(
        expect.objectContaining({
          user: ADMIN.username,
          provider: 'builtin',
          via: 'mcp',
          intent: 'employee_count',
          tools: ['list_employees'],
          latency_ms: expect.any(Number),
        }),
      );
    } finally {
      await open.close();
    }
  });
});
