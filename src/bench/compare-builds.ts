import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { run } from './processes';

const ROOT = resolve(__dirname, '..', '..');

/** The other commit, built in a worktree of its own beside this one (reused when it is there already). */
export function buildOther(sha: string): string {
  const dir = join(tmpdir(), `workforce-bench-${sha}`);
  if (!existsSync(dir)) {
    execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { cwd: ROOT, stdio: 'inherit' });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  }
  if (!existsSync(join(dir, 'dist', 'bench', 'bench-server.js'))) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: dir, stdio: 'inherit' });
  return dir;
}

/**
 * The other build gets a database of its own, made by its own migrations and
 * generator (the same data: the generator is deterministic): a schema this
 * tree migrated further may not be one the other can read.
 */
export async function otherDatabase(url: string, sha: string, otherDir: string, env: NodeJS.ProcessEnv): Promise<string> {
  const own = Object.assign(new URL(url), { pathname: `${new URL(url).pathname}_${sha}` }).toString();
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${new URL(own).pathname.slice(1)}`).catch((error: { code?: string }) => {
    if (error.code !== '42P04') throw error;
  });
  await admin.end();
  const db = new Client({ connectionString: own });
  await db.connect();
  const count = await db.query<{ n: string }>('SELECT count(*) AS n FROM employees').then(
    (r) => Number(r.rows[0]!.n),
    () => 0,
  );
  if (count >= 4000) await db.query('VACUUM (ANALYZE)');
  await db.end();
  if (count < 4000)
    await run(process.execPath, [join(otherDir, 'dist', 'cli', 'seed.js'), '--employees', '4000', '--days', '520', '--periods', '8'], {
      ...env,
      DATABASE_URL: own,
    });
  return own;
}
