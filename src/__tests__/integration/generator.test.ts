import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { eachBackend } from '../support/backends';
import { killAllSpawned, spawnTsx } from '../support/spawn-tsx';
import { bearer, useTestApp } from '../support/test-app';

async function seed(args: string[], env: Record<string, string> = {}): Promise<string> {
  const child = spawnTsx('src/cli/seed.ts', args, { PATH: process.env.PATH, HOME: process.env.HOME, LOG_LEVEL: 'warn', ...env });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`seed ${args.join(' ')} exited ${code}:\n${output}`);
  return output;
}

describe('the data generator', () => {
  afterEach(killAllSpawned);
  const dir = mkdtempSync(join(tmpdir(), 'workforce-csv-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when asked for CSV, then it writes files of the promised size', async () => {
    const output = await seed(['--employees', '30', '--days', '5', '--periods', '2', '--csv', dir]);
    expect(output).toMatch(/Wrote 30 employees, \d+ attendance rows and 60 scores/);
    const lines = (file: string) => readFileSync(join(dir, file), 'utf8').trim().split('\n');
    expect(lines('employees.csv')).toHaveLength(31);
    expect(lines('scores.csv')).toHaveLength(61);
    // Active staff, five working days, a few absences: between 70% and 100% of 150.
    expect(lines('attendance.csv').length - 1).toBeGreaterThan(100);
    expect(lines('attendance.csv').length - 1).toBeLessThanOrEqual(150);
  }, 60_000);

  describe.each(eachBackend())('and its files on %s', (_name, backend) => {
    const testApp = useTestApp(backend);

    it('when the generated files are imported in order, then every row is created', async () => {
      const t = testApp();
      for (const [path, file] of [
        ['/employees/bulk', 'employees.csv'],
        ['/attendance/bulk', 'attendance.csv'],
        ['/performance-scores/bulk', 'scores.csv'],
      ] as const) {
        const body = readFileSync(join(dir, file), 'utf8');
        const response = await request(t.app).post(path).set(bearer(t.adminToken)).set('Content-Type', 'text/csv').send(body);
        expect({ path, status: response.status, failed: response.body.failed }).toEqual({ path, status: 200, failed: [] });
        expect(response.body.created).toBe(body.trim().split('\n').length - 1);
      }
    }, 60_000);
  });

  it('when asked to fill a database, then it writes there and says how much', async () => {
    const output = await seed(['--employees', '20', '--days', '3', '--periods', '2'], { PGLITE_DIR: 'memory://' });
    expect(output).toMatch(
      /Done: 20 employees \(leavers: 1, team moves: 1\), holidays: 0, \d+ attendance rows, 40 scores and [1-9]\d* leave requests in embedded PostgreSQL/,
    );
    expect(output).toMatch(/attendance +\[#+\]/);
  }, 90_000);
});
