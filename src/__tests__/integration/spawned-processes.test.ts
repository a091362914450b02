import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A test process that dies without cleaning up (a jest worker SIGKILLed on a
 * timeout) must not leave what it spawned running: its children follow it.
 */
describe('programs the tests spawn', () => {
  it('when the test process is killed outright, then the program it spawned dies too', async () => {
    const script = `const { spawnTsx } = require('./src/__tests__/support/spawn-tsx.ts');
      const child = spawnTsx('src/__tests__/support/idle.ts', [], { PATH: process.env.PATH });
      child.stdout.once('data', () => process.stdout.write(String(child.pid) + '\\n'));
      setInterval(() => undefined, 60_000);`;
    const parent = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    const [chunk] = (await once(parent.stdout, 'data')) as [Buffer];
    const childPid = Number(chunk.toString().trim());
    expect(alive(childPid)).toBe(true);

    parent.kill('SIGKILL');
    await once(parent, 'exit');
    // The pipe closes with the parent; the child's exit follows within its own event loop's turn. Jest's limit bounds the wait.
    while (alive(childPid)) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(alive(childPid)).toBe(false);
  }, 60_000);
});
