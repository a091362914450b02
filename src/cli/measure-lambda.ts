import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { startDynamoDbLocal } from '../__tests__/support/dynamodb-local';
import { LAMBDA_BUNDLE } from './build-lambda';
import { deployedEnvironment } from './deployed-environment';
import { probeLambda, type ProbeResult } from './lambda-probe';
import { startFiles } from './start-files';

const PAIRS = 7;

/** The floor (lambda-floor.ts), bundled and minified as the service is. */
async function buildFloor(dir: string): Promise<string> {
  const outfile = join(dir, 'floor.js');
  await build({
    entryPoints: [resolve(__dirname, 'lambda-floor.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    minify: true,
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const mb = (files: string[]) => `${(files.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024).toFixed(2)} MB`;

/**
 * `npm run measure:lambda`: the bundle's cold start and warm invocation on
 * this machine beside the floor's, each in fresh `node` processes with the
 * environment serverless.yml deploys, against DynamoDB Local. The two alternate, so that
 * the machine's changing speed weighs on both alike.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'workforce-floor-'));
  const dynamo = await startDynamoDbLocal();
  try {
    const floor = await buildFloor(dir);
    // Both run with the function's environment as serverless.yml deploys it (NODE_OPTIONS among it), on DynamoDB Local.
    const env: Record<string, string> = { ...deployedEnvironment('measure'), DYNAMODB_ENDPOINT: dynamo.endpoint };
    const nodeOptions = env.NODE_OPTIONS ?? '';
    // The first start creates the table and the admin login, which no later one repeats.
    await probeLambda(LAMBDA_BUNDLE, env, 1);
    await probeLambda(floor, env, 1);
    const service: ProbeResult[] = [];
    const least: ProbeResult[] = [];
    for (let i = 0; i < PAIRS; i++) {
      service.push(await probeLambda(LAMBDA_BUNDLE, env, 200));
      least.push(await probeLambda(floor, env, 200));
    }
    const cold = median(service.map((r) => r.cold_ms));
    const floorCold = median(least.map((r) => r.cold_ms));
    console.log(`serverless.yml's environment (NODE_OPTIONS=${nodeOptions}); median of ${PAIRS}, service and floor alternating`);
    console.log(`                      service     floor`);
    const read = startFiles(LAMBDA_BUNDLE).map((file) => join(dirname(LAMBDA_BUNDLE), file));
    console.log(`read at start         ${mb(read).padStart(8)}  ${mb([floor]).padStart(8)}   (${read.length} files against 1)`);
    console.log(`cold start (ms)       ${cold.toFixed(0).padStart(8)}  ${floorCold.toFixed(0).padStart(8)}   ratio ${(cold / floorCold).toFixed(2)}`);
    const cpu = median(service.map((r) => r.cold_cpu_ms));
    const floorCpu = median(least.map((r) => r.cold_cpu_ms));
    console.log(`cold start CPU (ms)   ${cpu.toFixed(0).padStart(8)}  ${floorCpu.toFixed(0).padStart(8)}   ratio ${(cpu / floorCpu).toFixed(2)}`);
    console.log(
      `warm invocation (ms)  ${median(service.map((r) => r.warm_ms))
        .toFixed(2)
        .padStart(8)}  ${median(least.map((r) => r.warm_ms))
        .toFixed(2)
        .padStart(8)}`,
    );
    console.log('cold start: a fresh node loads the bundle, builds the app and answers GET /status (the floor: any path, one GetItem) from a v2 event');
    console.log('cold start CPU: the CPU time that process had used by then, which a busy machine stretches less than the wall-clock time');
  } finally {
    await dynamo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
