import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';

export interface BundleResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}

/** Loads the bundle as Lambda would, then answers each event read from a line of stdin with a line of stdout. */
const RUNNER = `
const { handler } = require(process.env.BUNDLE_FILE);
const context = { awsRequestId: 'test', getRemainingTimeInMillis: () => 30000 };
const lines = require('node:readline').createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  try {
    process.stdout.write(JSON.stringify({ answer: await handler(JSON.parse(line), context) }) + '\\n');
  } catch (e) {
    process.stdout.write(JSON.stringify({ failure: String((e && e.stack) || e) }) + '\\n');
  }
});
`;

export interface RunningBundle {
  invoke(event: object): Promise<BundleResponse>;
  stop(): Promise<void>;
}

/**
 * The built bundle in a fresh `node` process, with nothing of this one but
 * PATH and the environment given: what it finds beside itself is all it has,
 * as on Lambda. One invocation at a time, in order.
 */
export function startBundle(bundle: string, env: Record<string, string>): RunningBundle {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['-e', RUNNER], {
    env: { PATH: process.env.PATH, BUNDLE_FILE: bundle, LOG_LEVEL: 'silent', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  let queue: Promise<unknown> = Promise.resolve();

  const exchange = async (event: object): Promise<BundleResponse> => {
    child.stdin.write(`${JSON.stringify(event)}\n`);
    const line = await answers.next();
    if (line.done) throw new Error(`the bundle's process ended: ${stderr}`);
    const reply = JSON.parse(line.value) as { answer?: BundleResponse; failure?: string };
    if (reply.failure !== undefined) throw new Error(`the bundled handler failed: ${reply.failure}`);
    return reply.answer!;
  };

  return {
    invoke(event) {
      const answer = queue.then(() => exchange(event));
      queue = answer.catch(() => undefined);
      return answer;
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill();
      await exited;
    },
  };
}
