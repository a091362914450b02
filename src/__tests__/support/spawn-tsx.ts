import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

const ROOT = join(__dirname, '..', '..', '..');
const DIE_WITH_PARENT = join(__dirname, 'die-with-parent.ts');

export type SpawnedTsx = ChildProcessByStdio<Writable, Readable, Readable>;

const running = new Set<SpawnedTsx>();

/**
 * A TypeScript entry point of this repository (`src/server.ts`, a CLI) in a
 * process of its own that cannot outlive the test run: it dies when the test
 * process does (die-with-parent.ts), and killAllSpawned() ends whatever a test left.
 */
export function spawnTsx(entry: string, args: string[], env: Record<string, string | undefined>): SpawnedTsx {
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', DIE_WITH_PARENT, entry, ...args], {
    cwd: ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

export function killAllSpawned(): void {
  for (const child of running) child.kill('SIGKILL');
}
