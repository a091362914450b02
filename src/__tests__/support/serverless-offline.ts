import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { buildLambda } from '../../cli/build-lambda';
import { freePort } from './tcp-relay';

const ROOT = join(__dirname, '..', '..', '..');
const SERVERLESS = join(ROOT, 'node_modules', 'serverless', 'bin', 'serverless.js');
const DIE_WITH_PARENT = join(__dirname, 'die-with-parent.ts');

/**
 * How long serverless-offline may take to answer its first GET /status: its
 * own start (Serverless loading its config and plugins) plus the function's
 * cold start, which the emulator itself cuts off at the function's timeout
 * (28 s in serverless.yml). Both took about 7 s here on an idle machine, and
 * the whole test file 27 s with four busy loops on the two cores.
 */
export const OFFLINE_START_LIMIT_MS = 90_000;

export interface RunningOffline {
  /** API Gateway's side: the HTTP API, with no stage in its paths (an HTTP API serves its $default stage at the root). */
  url: string;
  /** Lambda's side: the Invoke API, which hands an event to the function unchanged. */
  invokeUrl: string;
  stop(): Promise<void>;
}

/**
 * A copy of serverless/ in `dir`: serverless.yml as it is, the bundle
 * `npm run build:lambda` makes beside it, and node_modules linked so that
 * Serverless finds itself and the serverless-offline plugin. A folder of the
 * test's own, so that other tests packaging serverless/ never rebuild the
 * bundle under the emulator.
 */
async function serviceCopy(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(ROOT, 'serverless', 'serverless.yml'), join(dir, 'serverless.yml'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  await buildLambda(join(dir, 'dist', 'lambda.mjs'));
}

/**
 * `serverless offline start` on the built bundle, as the README runs it by
 * hand: the function in a worker thread (serverless-offline's default, a
 * fresh context as on Lambda), with serverless.yml's environment plus `env`
 * (--localEnvironment), on the stage `stage` (the table is
 * `workforce-api-<stage>`). Resolves once the function answers GET /status.
 */
export async function startServerlessOffline(dir: string, stage: string, env: Record<string, string>): Promise<RunningOffline> {
  await serviceCopy(dir);
  const [httpPort, lambdaPort] = [await freePort(), await freePort()];
  // tsx/cjs loads die-with-parent.ts synchronously in every thread (an --import'ed loader is not ready in a worker before its preloads).
  const args = ['--require', require.resolve('tsx/cjs'), '--require', DIE_WITH_PARENT, SERVERLESS, 'offline', 'start'];
  const options = ['--stage', stage, '--host', '127.0.0.1', '--httpPort', String(httpPort), '--lambdaPort', String(lambdaPort), '--localEnvironment'];
  // Its own process group, so that stop() ends whatever it started with it.
  const child: ChildProcess = spawn(process.execPath, [...args, ...options], {
    cwd: dir,
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, SLS_TELEMETRY_DISABLED: '1', ...env },
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = once(child, 'exit');

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid!, 'SIGKILL');
    await exited;
  };
  const url = `http://127.0.0.1:${httpPort}`;
  try {
    await answersStatus(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, invokeUrl: `http://127.0.0.1:${lambdaPort}/2015-03-31/functions/workforce-api-${stage}-api/invocations`, stop };
}

/** Polls GET /status until the function answers 200: refused while Serverless starts, then the function's cold start. */
async function answersStatus(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + OFFLINE_START_LIMIT_MS;
  let last = 'no answer';
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`serverless offline exited (${child.exitCode ?? child.signalCode}):\n${output()}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.status === 200) return;
      last = `${response.status} ${await response.text()}`;
    } catch (error) {
      last = String(error);
    }
    if (Date.now() > deadline)
      throw new Error(`serverless offline did not answer GET /status with 200 within ${OFFLINE_START_LIMIT_MS / 1000} s (last: ${last}):\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
