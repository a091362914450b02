import { once } from 'node:events';
import { killAllSpawned, spawnTsx, type SpawnedTsx } from '../support/spawn-tsx';

interface Running {
  child: SpawnedTsx;
  url: string;
  output: () => string;
}

/** Starts src/server.ts in one process (no tsx wrapper relaying signals), with no configuration beyond the port. */
async function startServer(env: Record<string, string>): Promise<Running> {
  const child = spawnTsx('src/server.ts', [], { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', LOG_LEVEL: 'warn', ...env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    // Generous: the rest of the suite keeps both cores busy while this one boots a new PGlite.
    const timer = setTimeout(() => reject(new Error(`no banner in time:\n${output}`)), 80_000);
    child.stdout.on('data', () => {
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

describe('the server process', () => {
  let server: Running;

  // Also a server whose start failed or timed out, which never became `server`.
  afterEach(killAllSpawned);

  it('when started with no configuration, then it serves on embedded PostgreSQL with demo data and prints the admin login; SIGTERM lets an in-flight request finish', async () => {
    // A slow hash keeps the login below in flight while the signal arrives.
    server = await startServer({ PGLITE_DIR: 'memory://', BCRYPT_ROUNDS: '13' });
    expect(server.output()).toContain('Admin login:   admin / admin-password');
    expect(server.output()).toContain(`API docs:      ${server.url}/docs`);
    expect(server.output()).toContain('embedded PostgreSQL (PGlite)');

    const status = await fetch(`${server.url}/status`);
    expect(status.status).toBe(200);

    const login = await fetch(`${server.url}/token`, { method: 'POST', body: new URLSearchParams({ username: 'admin', password: 'admin-password' }) });
    const { access_token } = (await login.json()) as { access_token: string };
    const employees = await fetch(`${server.url}/employees?limit=500`, { headers: { Authorization: `Bearer ${access_token}` } });
    const body = (await employees.json()) as { items: { team_id: string }[] };
    expect(body.items).toHaveLength(35);
    expect(new Set(body.items.map((e) => e.team_id))).toEqual(new Set(['DEV', 'QA', 'DAT', 'SEC', 'AI']));

    const inFlight = fetch(`${server.url}/token`, { method: 'POST', body: new URLSearchParams({ username: 'DEV-001', password: 'demo-password' }) });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const exited = once(server.child, 'exit');
    server.child.kill('SIGTERM');
    const answered = await inFlight;
    expect(answered.status).toBe(200);
    const [code] = (await exited) as [number];
    expect(code).toBe(0);
    await expect(fetch(`${server.url}/status`)).rejects.toThrow();
  }, 120_000);

  it('when production lacks its secrets, then it refuses to start and names them', async () => {
    const child = spawnTsx('src/server.ts', [], { PATH: process.env.PATH, NODE_ENV: 'production', PGLITE_DIR: 'memory://' });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number];
    expect(code).toBe(1);
    expect(stderr).toContain('JWT_SECRET: is required when NODE_ENV=production');
    expect(stderr).toContain('ADMIN_PASSWORD: is required when NODE_ENV=production');
  }, 30_000);
});
