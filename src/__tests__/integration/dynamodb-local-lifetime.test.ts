/*
 * DynamoDB Local is a JVM no preload reaches: when the process that started it goes without running its exit
 * handlers (SIGKILL, a jest worker killed on a timeout, a run stopped with SIGTERM), the kernel must kill it.
 */
import { once } from 'node:events';
import { createConnection } from 'node:net';
import { STARTUP_LIMIT_MS } from '../support/dynamodb-local';
import { spawnTsx } from '../support/spawn-tsx';

const answers = (endpoint: string) =>
  new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(endpoint);
    const socket = createConnection({ host: hostname, port: Number(port) });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('DynamoDB Local started for a test', () => {
  it(
    'when the process that started it is killed outright, then the JVM goes with it',
    async () => {
      const holder = spawnTsx('src/__tests__/support/dynamodb-local-holder.ts', [], process.env);
      let said = '';
      holder.stdout.on('data', (chunk: Buffer) => (said += chunk.toString()));
      while (!said.includes('\n')) await once(holder.stdout, 'data');
      const endpoint = said.trim();
      expect(await answers(endpoint)).toBe(true);
      holder.kill('SIGKILL');
      await once(holder, 'exit');
      // The kernel's parent-death signal is sent as the holder dies; the JVM closes its port as it goes.
      while (await answers(endpoint)) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(await answers(endpoint)).toBe(false);
    },
    STARTUP_LIMIT_MS + 30_000,
  );
});
