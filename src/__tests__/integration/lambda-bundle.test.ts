import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { buildLambda } from '../../cli/build-lambda';
import { LOAD_HANDLER, probeLambda } from '../../cli/lambda-probe';
import { startFiles } from '../../cli/start-files';
import { startBundle, type BundleResponse, type RunningBundle } from '../support/built-bundle';
import { garblingProxy, type GarblingProxy } from '../support/garbling-proxy';
import { v1Event, v2Event } from '../support/lambda-events';

const ROOT = join(__dirname, '..', '..', '..');
const SWAGGER_UI_DIST = dirname(require.resolve('swagger-ui-dist/package.json', { paths: [dirname(require.resolve('swagger-ui-express'))] }));

/** In a fresh process: loads the bundle, then answers each event in turn, saying after each which of its lazy/ files are loaded. */
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

const bodyBytes = (response: BundleResponse) => Buffer.from(response.body, response.isBase64Encoded ? 'base64' : 'utf8');

/** The bundle npm run build:lambda makes, loaded in a fresh process, answering API Gateway events against DynamoDB Local. */
describe('the Lambda bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workforce-lambda-'));
  const outfile = join(dir, 'dist', 'lambda.mjs');
  const env = {
    DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT!,
    DYNAMODB_TABLE: `bundle_${Date.now().toString(36)}`,
    BCRYPT_ROUNDS: '4',
    JWT_SECRET: 'bundle-test-secret-bundle-test-secret',
    ADMIN_PASSWORD: 'admin-password',
  };
  let bundle: RunningBundle;

  beforeAll(async () => {
    await buildLambda(outfile);
    bundle = startBundle(outfile, env);
  }, 60_000);
  afterAll(async () => {
    await bundle?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when loaded by a fresh node process, then it answers GET /status from a v2 event', async () => {
    const result = await probeLambda(outfile, env, 3);
    expect(result.status).toBe(200);
    expect(result.cold_ms).toBeGreaterThan(0);
  }, 60_000);

  it("when /status is asked with no package.json beside the bundle, then it names the package's version", async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const response = await bundle.invoke(v2Event('GET', '/status'));
    expect(response.statusCode).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ service: 'workforce-api', version });
  }, 30_000);

  describe('/docs', () => {
    it('when the page is opened, then it is the Swagger UI page, at /docs/ with its slash, so its relative asset links stay under /docs', async () => {
      const bare = await bundle.invoke(v1Event('GET', '/docs'));
      expect(bare.statusCode).toBe(301);
      expect(bare.headers.location).toBe('docs/');
      const response = await bundle.invoke(v2Event('GET', '/docs/'));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toContain('<div id="swagger-ui"></div>');
    }, 30_000);

    it.each([
      ['swagger-ui.css', /^text\/css/],
      ['swagger-ui-bundle.js', /^(text|application)\/javascript/],
      ['swagger-ui-standalone-preset.js', /^(text|application)\/javascript/],
      ['favicon-32x32.png', /^image\/png/],
      ['favicon-16x16.png', /^image\/png/],
    ])(
      'when the page loads %s, then swagger-ui-dist’s own file comes back with its content type',
      async (name, type) => {
        const response = await bundle.invoke(v2Event('GET', `/docs/${name}`));
        expect(response.statusCode).toBe(200);
        expect(response.headers['content-type']).toMatch(type);
        expect(bodyBytes(response).equals(readFileSync(join(SWAGGER_UI_DIST, name)))).toBe(true);
      },
      30_000,
    );

    it('when the page loads its init script, then it is the script that starts Swagger UI on the API document', async () => {
      await bundle.invoke(v2Event('GET', '/docs/'));
      const response = await bundle.invoke(v2Event('GET', '/docs/swagger-ui-init.js'));
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(response.body).toContain('SwaggerUIBundle(');
      expect(response.body).toContain('workforce-api');
    }, 30_000);

    it.each([
      '/docs/lambda.mjs',
      '/docs/lambda.mjs.map',
      '/docs/../package.json',
      '/docs/%2e%2e/package.json',
      '/docs/package.json',
      '/docs/swagger-ui/swagger-ui.css',
      '/docs/swagger-ui-bundle.js.map',
      '/docs/index.html',
      '/docs/swagger-initializer.js',
      '/docs/nothing-here.js',
    ])(
      'when %s is asked for, then 404 in the error format, from v1 and v2 events alike',
      async (path) => {
        for (const event of [v1Event('GET', path), v2Event('GET', path)]) {
          const response = await bundle.invoke(event);
          expect(response.statusCode).toBe(404);
          expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
          expect(JSON.parse(response.body)).toMatchObject({ error: 'Not Found' });
        }
      },
      30_000,
    );
  });

  it('when an employee checks in with a v1 and a v2 POST that carry no body, no Content-Length and no Content-Type, then 201 each', async () => {
    const json = (token: string, body: object) => ({
      body: JSON.stringify(body),
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    });
    const login = async (username: string, password: string) => {
      const response = await bundle.invoke(
        v2Event('POST', '/token', { body: `username=${username}&password=${password}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      );
      expect(response.statusCode).toBe(200);
      return (JSON.parse(response.body) as { access_token: string }).access_token;
    };
    const admin = await login('admin', 'admin-password');
    expect((await bundle.invoke(v2Event('POST', '/teams', json(admin, { team_id: 'LMB', team_name: 'Lambda' })))).statusCode).toBe(201);
    const employee = async (email: string) => {
      const response = await bundle.invoke(
        v2Event(
          'POST',
          '/employees',
          json(admin, { name: 'Bundle Person', email, team_id: 'LMB', position: 'Mid', account: { role: 'employee', password: 'employee-password' } }),
        ),
      );
      expect(response.statusCode).toBe(201);
      return login((JSON.parse(response.body) as { employee_id: string }).employee_id, 'employee-password');
    };

    for (const event of [
      v1Event('POST', '/attendance/check-in', { headers: { authorization: `Bearer ${await employee('v1@example.com')}` } }),
      v2Event('POST', '/attendance/check-in', { headers: { authorization: `Bearer ${await employee('v2@example.com')}` } }),
    ]) {
      const response = await bundle.invoke(event);
      expect(JSON.parse(response.body)).toMatchObject({ status: expect.stringMatching(/^(present|late)$/) });
      expect(response.statusCode).toBe(201);
    }
  }, 60_000);

  it('when it starts and answers /status, then no package of lazy/ is loaded; a question to the assistant loads iconv-lite (its body) and chrono, and /docs swagger-ui-express, when first asked', async () => {
    const login = await bundle.invoke(
      v2Event('POST', '/token', { body: 'username=admin&password=admin-password', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
    );
    const headers = { authorization: `Bearer ${(JSON.parse(login.body) as { access_token: string }).access_token}`, 'content-type': 'application/json' };
    const events = [
      v2Event('GET', '/status'),
      v2Event('POST', '/chat', { headers, body: JSON.stringify({ message: 'Who was late on 3 March 2025?' }) }),
      v2Event('GET', '/docs/'),
    ];
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
    expect(JSON.parse(stdout)).toEqual([
      { status: 200, lazy: [] },
      { status: 200, lazy: ['chrono.js', 'iconv.js'] },
      { status: 200, lazy: ['chrono.js', 'iconv.js', 'swagger.js'] },
    ]);
  }, 60_000);

  it("when a cold start loads the bundle, then the files it reads (lambda.mjs and the chunks it imports) hold none of the routes' modules, the assistant or the MCP tools: those are chunks imported on first use; the start's own modules share one chunk", () => {
    const outdir = dirname(outfile);
    const start = startFiles(outfile);
    const sourcesOf = (file: string) => (JSON.parse(readFileSync(join(outdir, `${file}.map`), 'utf8')) as { sources: string[] }).sources;
    // The project's modules of the start, but for the entry itself, share one chunk (start-in-one-chunk.ts).
    const chunksWithProjectCode = start.filter((file) => file !== 'lambda.mjs' && sourcesOf(file).some((source) => source.startsWith('src/')));
    expect(chunksWithProjectCode).toHaveLength(1);
    const startSources = start.flatMap(sourcesOf);
    expect(startSources).toContain('src/lambda.ts');
    expect(startSources).toContain('src/http/app.ts');
    expect(startSources.filter((source) => /^src\/(http\/routes|http\/mcp\/\w+-tools|services\/assistant\/(reading|answers))\//.test(source))).toEqual([]);
    const allSources = readdirSync(outdir)
      .filter((file) => file.endsWith('.mjs.map'))
      .flatMap((file) => sourcesOf(file.replace(/\.map$/, '')));
    expect(allSources).toContain('src/http/routes/attendance.routes.ts');
    expect(allSources).toContain('src/services/assistant/reading/reading.ts');
  });

  it('when IPv6 clients ask, then ip-address loads with the first of them, and addresses of one /56 share a rate-limit count while an IPv4-mapped one counts as its IPv4 address', async () => {
    const from = (sourceIp: string) => {
      const event = v2Event('GET', '/status');
      return { ...event, requestContext: { ...event.requestContext, http: { ...event.requestContext.http, sourceIp } } };
    };
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', LAZY_RUNNER], {
      env: {
        PATH: process.env.PATH,
        BUNDLE_FILE: outfile,
        EVENTS: JSON.stringify([from('198.51.100.4'), from('2001:db8:0:1::1')]),
        LOG_LEVEL: 'silent',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        ...env,
      },
    });
    expect(JSON.parse(stdout)).toEqual([
      { status: 200, lazy: [] },
      { status: 200, lazy: ['ipv6.js'] },
    ]);
    const remaining = async (sourceIp: string) => /remaining=(\d+)/.exec((await bundle.invoke(from(sourceIp))).headers.ratelimit ?? '')?.[1];
    const first = Number(await remaining('2001:db8:aa:bb00::1'));
    expect(await remaining('2001:db8:aa:bbff::2')).toBe(String(first - 1));
    expect(await remaining('2001:db8:aa:cc00::1')).toBe(String(first));
    const ipv4 = Number(await remaining('192.0.2.77'));
    expect(await remaining('::ffff:192.0.2.77')).toBe(String(ipv4 - 1));
  }, 60_000);

  describe('when DynamoDB answers garbage, with the NODE_OPTIONS serverless.yml deploys (no --enable-source-maps)', () => {
    let proxy: GarblingProxy;
    let faulty: RunningBundle;

    beforeAll(async () => {
      proxy = await garblingProxy(env.DYNAMODB_ENDPOINT);
      faulty = startBundle(outfile, { ...env, DYNAMODB_ENDPOINT: proxy.endpoint, LOG_LEVEL: 'error' });
    });
    afterAll(async () => {
      await faulty?.stop();
      await proxy?.close();
    });

    it("then the 500's logged stack names the source file and line of the repository call, from the map beside the bundle", async () => {
      const login = await faulty.invoke(
        v2Event('POST', '/token', { body: 'username=admin&password=admin-password', headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      );
      const token = (JSON.parse(login.body) as { access_token: string }).access_token;
      proxy.garble();
      const response = await faulty.invoke(v2Event('GET', '/employees', { headers: { authorization: `Bearer ${token}` } }));
      expect(response.statusCode).toBe(500);
      await faulty.stop();
      const lines = faulty
        .log()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { message: string; error?: { stack: string } });
      const stack = lines.find((line) => line.message === 'unhandled error')?.error?.stack;
      expect(stack).toMatch(/^SyntaxError: /);
      expect(stack).toMatch(/ \(src\/infrastructure\/dynamodb\/[\w.-]+\.ts:\d+:\d+\)$/m);
      expect(stack).not.toMatch(/\.mjs:\d/);
    }, 60_000);
  });
});
