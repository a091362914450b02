import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { LOAD_HANDLER } from '../../cli/lambda-probe';

export interface BundleResponse {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
  isBase64Encoded?: boolean;
}

/**
 * Loads the bundle as Lambda would, then answers each event read from a line
 * of stdin with a line on fd 3, which leaves stdout to the app's log.
 */
const RUNNER = `${LOAD_HANDLER}
const loaded = loadHandler(process.env.BUNDLE_FILE);
const context = { awsRequestId: 'test', getRemainingTimeInMillis: () => 30000 };
const answers = require('node:fs').createWriteStream(null, { fd: 3 });
const lines = require('node:readline').createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  try {
    const { handler } = await loaded;
    answers.write(JSON.stringify({ answer: await handler(JSON.parse(line), context) }) + '\\n');
  } catch (e) {
    answers.write(JSON.stringify({ failure: String((e && e.stack) || e) }) + '\\n');
  }
});
`;

export interface RunningBundle {
  invoke(event: object): Promise<BundleResponse>;
  /** What the app logged (stdout), one JSON object a line: all of it once stop() has returned. */
  log(): string;
  stop(): Promise<void>;
}

/**
 * The built bundle in a fresh `node` process, with nothing of this one but
 * PATH and the environment given: what it finds beside itself is all it has,
 * as on Lambda. One invocation at a time, in order.
 */
export function startBundle(bundle: string, env: Record<string, string>): RunningBundle {
  const child = spawn(process.execPath, ['-e', RUNNER], {
    env: { PATH: process.env.PATH, BUNDLE_FILE: bundle, LOG_LEVEL: 'silent', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
  });
  const [stdin, stdout, stderr, answerPipe] = child.stdio as unknown as [Writable, Readable, Readable, Readable];
  let errors = '';
  let log = '';
  stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const answers = createInterface({ input: answerPipe })[Symbol.asyncIterator]();
  let queue: Promise<unknown> = Promise.resolve();

  const exchange = async (event: object): Promise<BundleResponse> => {
    stdin.write(`${JSON.stringify(event)}\n`);
    const line = await answers.next();
    if (line.done) throw new Error(`the bundle's process ended: ${errors}`);
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
    log: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // 'close' comes once the process has ended and its output has been read to the end.
      const closed = once(child, 'close');
      child.kill();
      await closed;
    },
  };
}
