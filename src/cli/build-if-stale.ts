import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm start`'s build step: the full build (`npm run build`) only when a
 * source or a build setting is newer than the last build, so a second start
 * skips the compiler (10–30 s) and answers as soon as the server is up.
 */
const STAMP = join('dist', '.build-stamp');
const SETTINGS = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '__tests__') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether the build in `root`/dist is missing or older than a source (tests aside) or a setting. */
export function isStale(root: string): boolean {
  const stamp = join(root, STAMP);
  if (!existsSync(stamp) || !existsSync(join(root, 'dist', 'server.js'))) return true;
  const settings = SETTINGS.map((file) => join(root, file))
    .filter(existsSync)
    .map((file) => statSync(file).mtimeMs);
  return Math.max(newestSource(join(root, 'src')), ...settings) > statSync(stamp).mtimeMs;
}

/** Dated when the build began, so a source saved during it makes the next start build again. */
export function markBuilt(root: string, startedMs: number): void {
  const stamp = join(root, STAMP);
  writeFileSync(stamp, '');
  utimesSync(stamp, startedMs / 1000, startedMs / 1000);
}

if (require.main === module) {
  const root = resolve(__dirname, '..', '..');
  if (isStale(root)) {
    const started = Date.now();
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
    markBuilt(root, started);
  }
}
