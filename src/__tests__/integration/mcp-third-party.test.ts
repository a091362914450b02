import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sqlBackends } from '../support/backends';
import { bearerProxy, type BearerProxy } from '../support/bearer-proxy';
import { listen, type Listening } from '../support/listening';
import { useTestApp } from '../support/test-app';

const ROOT = join(__dirname, '..', '..', '..');
const CONFORMANCE = join(ROOT, 'node_modules', '@modelcontextprotocol', 'conformance', 'dist', 'index.js');
const INSPECTOR_BUILD = join(ROOT, 'node_modules', '@modelcontextprotocol', 'inspector-cli', 'build');
const INSPECTOR = join(INSPECTOR_BUILD, 'cli.js');
/**
 * inspector-cli 1.0.3 looks for its package.json at ../package.json of the
 * working directory, then imports that path from its own folder: it runs
 * where the working directory's parent has a package.json (the README says so).
 */
const INSPECTOR_CWD = INSPECTOR_BUILD;

/**
 * The server scenarios of @modelcontextprotocol/conformance (0.1.13: later
 * versions need Node 22) that apply to a stateless, tools-only server behind
 * a bearer token. The rest, and why they do not apply, are in docs/API.md
 * ("MCP"): the suite's own demo tools, capabilities this server does not
 * offer (logging, completions, resources, prompts), SSE streams and sessions,
 * and DNS-rebinding checks meant for unauthenticated localhost servers.
 */
const APPLICABLE = ['server-initialize', 'ping', 'tools-list'];

interface Check {
  id: string;
  status: 'SUCCESS' | 'FAILURE' | 'WARNING' | 'INFO';
  errorMessage?: string;
}

describe('third-party MCP tools against the server: the conformance suite and the Inspector CLI', () => {
  const testApp = useTestApp(sqlBackends()[0]!);
  let server: Listening;
  let proxy: BearerProxy;
  const out = mkdtempSync(join(tmpdir(), 'mcp-conformance-'));

  // The suite's client sends no Authorization header: a proxy adds the admin's, as a gateway holding the credential would.
  beforeAll(async () => {
    server = await listen(testApp().app);
    proxy = await bearerProxy(server.url, testApp().adminToken);
  });
  afterAll(async () => {
    await proxy?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it.each(APPLICABLE)(
    'when the suite runs %s, then every check succeeds',
    async (scenario) => {
      const dir = join(out, scenario);
      await promisify(execFile)(process.execPath, [CONFORMANCE, 'server', '--url', `${proxy.url}/mcp`, '--scenario', scenario, '-o', dir], {
        cwd: ROOT,
        timeout: 60_000,
      });
      const files = (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('checks.json'));
      const checks = files.flatMap((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Check[]);
      expect(checks.length).toBeGreaterThan(0);
      expect(
        checks
          .filter((check) => check.status !== 'SUCCESS' && check.status !== 'INFO')
          .map((check) => `${check.id}: ${check.status} ${check.errorMessage ?? ''}`),
      ).toEqual([]);
    },
    90_000,
  );

  it("when the Inspector CLI lists the tools with the README's command, then it prints the caller's tools as JSON", async () => {
    const args = ['--cli', `${server.url}/mcp`, '--transport', 'http', '--method', 'tools/list', '--header', `Authorization: Bearer ${testApp().adminToken}`];
    const { stdout } = await promisify(execFile)(process.execPath, [INSPECTOR, ...args], { cwd: INSPECTOR_CWD, timeout: 60_000 });
    const { tools } = JSON.parse(stdout) as { tools: { name: string; annotations: object }[] };
    expect(tools.map((tool) => tool.name)).toEqual(expect.arrayContaining(['get_employee', 'search_employees', 'ask', 'check_in', 'approve_leave']));
    expect(tools).toHaveLength(27);
  }, 90_000);

  it('when the Inspector CLI calls a tool with an argument, then it prints the structured answer', async () => {
    const args = [
      '--cli',
      `${server.url}/mcp`,
      '--transport',
      'http',
      '--method',
      'tools/call',
      '--tool-name',
      'get_team',
      '--tool-arg',
      'team_id=DEV',
      '--header',
      `Authorization: Bearer ${testApp().adminToken}`,
    ];
    const { stdout } = await promisify(execFile)(process.execPath, [INSPECTOR, ...args], { cwd: INSPECTOR_CWD, timeout: 60_000 });
    expect(JSON.parse(stdout)).toMatchObject({ structuredContent: { team_id: 'DEV' } });
  }, 90_000);
});
