import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildLambda } from '../../cli/build-lambda';
import { probeLambda } from '../../cli/lambda-probe';

/** The bundle npm run build:lambda makes, loaded in a fresh process, answering a v2 event against DynamoDB Local. */
describe('the Lambda bundle', () => {
  const dir = mkdtempSync(join(tmpdir(), 'workforce-lambda-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('when loaded by a fresh node process, then it answers GET /status from a v2 event', async () => {
    const outfile = join(dir, 'lambda.js');
    await buildLambda(outfile);
    expect(statSync(outfile).size).toBeGreaterThan(100_000);
    const result = await probeLambda(outfile, { DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT!, DYNAMODB_TABLE: `bundle_${Date.now().toString(36)}`, BCRYPT_ROUNDS: '4' }, 3);
    expect(result.status).toBe(200);
    expect(result.cold_ms).toBeGreaterThan(0);
  }, 60_000);
});
