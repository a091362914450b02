import { spawn } from 'node:child_process';
import { once } from 'node:events';

export interface ProbeResult {
  status: number;
  /** From the process's start to the first answer: loading the bundle, building the app, one invocation. */
  cold_ms: number;
  /** The CPU time the process had used by then (all threads): what a start costs, however busy the machine. */
  cold_cpu_ms: number;
  /** Median of later invocations in the same process. */
  warm_ms: number;
}

/**
 * How Lambda's Node.js runtime loads a handler file: a CommonJS file with
 * `require`, an ES module (.mjs) with `import()`. For the scripts that load a
 * bundle in a fresh process, as `loadHandler(file)`.
 */
export const LOAD_HANDLER = `
const loadHandler = (file) => (file.endsWith('.mjs') ? import(require('node:url').pathToFileURL(file).href) : Promise.resolve(require(file)));
`;

/**
 * Runs in a fresh `node` process, as Lambda would: loads the bundle, answers
 * one GET /status HTTP API (v2) event, then `warm` more, and prints timings.
 */
const PROBE = `
const started = performance.timeOrigin;
${LOAD_HANDLER}
const event = () => ({ version: '2.0', routeKey: '$default', rawPath: '/status', rawQueryString: '', headers: {},
  requestContext: { http: { method: 'GET', path: '/status', protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'probe' }, requestId: 'p', stage: '$default', timeEpoch: Date.now() },
  isBase64Encoded: false });
(async () => {
  const { handler } = await loadHandler(process.env.PROBE_BUNDLE);
  const first = await handler(event(), {});
  const cold = performance.timeOrigin + performance.now() - started;
  const cpu = process.cpuUsage();
  const warm = [];
  for (let i = 0; i < Number(process.env.PROBE_WARM); i++) {
    const t = performance.now();
    await handler(event(), {});
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({ status: first.statusCode, cold_ms: cold, cold_cpu_ms: (cpu.user + cpu.system) / 1000, warm_ms: warm[Math.floor(warm.length / 2)] ?? null }));
  process.exit(0);
})().catch((e) => { process.stderr.write(String(e && e.stack || e)); process.exit(1); });
`;

export async function probeLambda(bundle: string, env: Record<string, string>, warm = 50): Promise<ProbeResult> {
  const child = spawn(process.execPath, ['-e', PROBE], {
    env: {
      PATH: process.env.PATH,
      PROBE_BUNDLE: bundle,
      PROBE_WARM: String(warm),
      LOG_LEVEL: 'silent',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number];
  if (code !== 0) throw new Error(`the bundled handler failed (${code}): ${err}`);
  return JSON.parse(out) as ProbeResult;
}
