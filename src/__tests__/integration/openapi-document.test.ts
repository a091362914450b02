import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { sqlBackends } from '../support/backends';
import { undocumentedResponses } from '../support/documented-responses';
import { bearer, useTestApp } from '../support/test-app';

const ROOT = join(__dirname, '..', '..', '..');
const REDOCLY = join(ROOT, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');

interface Operation {
  operationId?: string;
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string; required?: boolean; example?: unknown; schema?: { example?: unknown } }[];
  requestBody?: { content: Record<string, unknown> };
  responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }>;
}
interface Document {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes: Record<string, { type: string; flows?: { password?: { tokenUrl: string } } }>; schemas: Record<string, unknown> };
}

const PUBLIC = [
  'GET /status',
  'GET /health',
  'GET /openapi.json',
  'POST /token',
  'GET /.well-known/oauth-protected-resource',
  'GET /.well-known/oauth-protected-resource/mcp',
  'GET /.well-known/oauth-authorization-server',
];

describe('the OpenAPI document, as clients read it', () => {
  const testApp = useTestApp(sqlBackends()[0]!);
  let document: Document;
  let operations: [string, Operation][];
  let directory: string;

  beforeAll(async () => {
    document = (await request(testApp().app).get('/openapi.json').expect(200)).body as Document;
    operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, operation]): [string, Operation] => [`${method.toUpperCase()} ${path}`, operation]),
    );
    directory = mkdtempSync(join(tmpdir(), 'workforce-openapi-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  // Redocly's start-up alone took 23 s on this machine under a load average of 15.
  it('when Redocly lints the served document with its recommended rules, then it finds nothing', async () => {
    const file = join(directory, 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    // Redocly exits 1 when it finds a problem: the report on stdout is what counts.
    const { stdout } = await promisify(execFile)(process.execPath, [REDOCLY, 'lint', file, '--config', join(ROOT, 'redocly.yaml'), '--format', 'json'], {
      env,
      cwd: ROOT,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as {
      totals: { errors: number; warnings: number };
      problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    const problems = report.problems.map((problem) => `${problem.ruleId} at ${problem.location[0]?.pointer}: ${problem.message}`);
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 120_000);

  it('when operations are listed, then each has a unique operationId and an error-format default', () => {
    const ids = operations.map(([, operation]) => operation.operationId);
    expect(ids.every((id) => typeof id === 'string' && id.length > 0)).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [label, operation] of operations) {
      expect([label, operation.responses.default?.content?.['application/json']?.schema.$ref]).toEqual([label, '#/components/schemas/Error']);
    }
  });

  it('when an error status is documented, then its body is the error format (or a named extension of it)', () => {
    const errorSchemas = ['Error', 'HealthFailure', 'ImportRejection'].map((name) => `#/components/schemas/${name}`);
    for (const [label, operation] of operations) {
      for (const [status, response] of Object.entries(operation.responses)) {
        if (status === 'default' || Number(status) < 400) continue;
        // The token endpoint's 400 is RFC 6749's error object, which OAuth2 libraries read: the one route whose `error` is a code.
        // MCP's protocol errors are the SDK's JSON-RPC bodies, which MCP clients read.
        const allowed =
          label === 'POST /token' && status === '400'
            ? [...errorSchemas, '#/components/schemas/OAuthError']
            : label === 'POST /mcp' && ['400', '406', '415'].includes(status)
              ? ['#/components/schemas/JsonRpcError']
              : errorSchemas;
        expect([label, status, allowed.includes(response.content?.['application/json']?.schema.$ref ?? '')]).toEqual([label, status, true]);
      }
    }
    expect(document.components.schemas.ImportRejection).toEqual({
      allOf: [
        { $ref: '#/components/schemas/Error' },
        expect.objectContaining({ properties: expect.objectContaining({ created: expect.anything(), updated: expect.anything(), failed: expect.anything() }) }),
      ],
    });
  });

  it('when a route declares a token, a path, a body or a cursor, then the errors that follow from it are documented', () => {
    const statuses = (label: string) => Object.keys(operations.find(([l]) => l === label)![1].responses);
    for (const [label, operation] of operations) {
      const documented = Object.keys(operation.responses);
      const needsToken = !PUBLIC.includes(label);
      const expected = [
        ...(needsToken ? ['401', '403'] : []),
        ...(label.includes('{') ? ['404'] : []),
        // A bad body at the token endpoint (too large and of another media type too) is RFC 6749's 400 invalid_request, never a 413, 415 or 422.
        // MCP's arguments are checked by each tool, whose refusal is a tool result.
        ...(operation.requestBody
          ? ['400', ...(label === 'POST /token' ? [] : ['413', '415']), ...(['POST /token', 'POST /mcp'].includes(label) ? [] : ['422'])]
          : []),
        ...(operation.parameters?.some((parameter) => parameter.name === 'cursor') ? ['400'] : []),
        ...(label === 'GET /health' ? [] : ['429']),
      ];
      expect([label, documented]).toEqual([label, expect.arrayContaining(expected)]);
    }
    for (const label of ['POST /chat', 'POST /chatbot/query']) expect(statuses(label)).toEqual(expect.arrayContaining(['502', '504']));
    for (const label of ['POST /teams', 'POST /employees', 'PUT /employees/{employee_id}', 'DELETE /teams/{team_id}', 'POST /attendance/check-in'])
      expect(statuses(label)).toContain('409');
  });

  it('when an operation is public, then it says so with an empty security list; the others take the OAuth2 password flow or a bearer token', () => {
    for (const [label, operation] of operations) {
      expect([label, operation.security]).toEqual([label, PUBLIC.includes(label) ? [] : [{ OAuth2: [] }, { bearerAuth: [] }]]);
    }
    expect(document.components.securitySchemes.OAuth2).toEqual(
      expect.objectContaining({ type: 'oauth2', flows: { password: { tokenUrl: '/token', scopes: {} } } }),
    );
    expect(document.components.securitySchemes.bearerAuth).toEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
  });

  it('when a query parameter is an optional filter, then it carries no example for "Try it out" to send unasked', () => {
    const examples = operations.flatMap(([label, operation]) =>
      (operation.parameters ?? [])
        .filter((p) => p.in === 'query' && !p.required && (p.example !== undefined || p.schema?.example !== undefined))
        .map((p) => `${label} ${p.name}`),
    );
    expect(examples).toEqual([]);
    // Path parameters keep theirs: "Try it out" needs a value there anyway.
    expect(document.paths['/employees/{employee_id}']!.get!.parameters![0]!.schema!.example).toBe('DEV-001');
  });

  it('when a path or a method is unknown, then the answer is in the error format, as the validator reads the document', async () => {
    const t = testApp();
    const from = t.responses.length;
    await request(t.app).get('/nowhere').set(bearer(t.adminToken)).expect(404);
    await request(t.app).post('/employees/DEV-001/nothing').set(bearer(t.adminToken)).send({}).expect(404);
    await request(t.app).patch('/teams').set(bearer(t.adminToken)).expect(405);
    const answers = t.responses.slice(from);
    expect(answers).toHaveLength(3);
    expect(await undocumentedResponses(document, answers)).toEqual([]);
    // The same check refuses an answer outside the format.
    expect(await undocumentedResponses(document, [{ ...answers[0]!, body: '{"message":"no error field"}' }])).toHaveLength(1);
  });
});
