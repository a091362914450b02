import { rmSync } from 'node:fs';
import { sqlBackends } from '../support/backends';
import { generateClient, typeCheck, type GeneratedClient } from '../support/generated-client';
import { listen, type Listening } from '../support/listening';
import { killAllSpawned, spawnTsx } from '../support/spawn-tsx';
import { ADMIN, useTestApp } from '../support/test-app';

describe('a client generated from the served document (openapi-typescript + openapi-fetch)', () => {
  const testApp = useTestApp(sqlBackends()[0]!);
  let server: Listening;
  let client: GeneratedClient;

  // Generating and compiling are two Node programs' start-ups: 10-20 s each with both cores busy.
  beforeAll(async () => {
    server = await listen(testApp().app);
    client = await generateClient(`${server.url}/openapi.json`);
  }, 120_000);
  afterAll(async () => {
    killAllSpawned();
    await server?.close();
    if (client) rmSync(client.directory, { recursive: true, force: true });
  });

  it('when the generated types and a short flow are compiled by strict tsc, then there is no error', async () => {
    expect(await typeCheck(client)).toBe('');
  }, 120_000);

  it('when the flow runs against the server, then it logs in, creates a team and an employee, reads it, and reads a missing one as a typed error', async () => {
    const child = spawnTsx(client.flow, [], { PATH: process.env.PATH, BASE_URL: server.url, USERNAME: ADMIN.username, PASSWORD: ADMIN.password });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect([code, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toEqual({
      team: 'GENCLI',
      employee: 'GENCLI-001',
      name: 'Gen Client',
      missing: { status: 404, error: 'Not Found', message: expect.any(String) },
    });
  }, 120_000);
});
