import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

const SRC = join(__dirname, '..', '..');

const DYNAMODB_SDK = '@aws-sdk/client-dynamodb';
const BEDROCK_SDK = '@aws-sdk/client-bedrock-runtime';
const COGNITO_VERIFIER = 'aws-jwt-verify';
const REDIS_CLIENT = '@redis/client';
const PG = 'pg';
const PGLITE = '@electric-sql/pglite';

/**
 * Starts the service in a fresh Node process with `env` as its whole
 * configuration, and names the packages it loaded: jest's own module
 * registry would hide what a real process requires.
 */
function packagesLoadedBy(env: Record<string, string>): string[] {
  const script = `
    const { loadConfig } = require(${JSON.stringify(join(SRC, 'config.ts'))});
    const { start } = require(${JSON.stringify(join(SRC, 'startup.ts'))});
    start(loadConfig(${JSON.stringify(env)})).then(async (started) => {
      const packages = new Set();
      for (const file of Object.keys(require.cache)) {
        const match = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(file);
        if (match) packages.add(match[1]);
      }
      await started.close();
      console.log(JSON.stringify([...packages]));
    });`;
  // tsx's loader, not jest's: the service's dynamic imports must run as Node runs them.
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' } });
  if (child.status !== 0) throw new Error(`the service did not start:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as string[];
}

const base = { LOG_LEVEL: 'silent', JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256', ADMIN_PASSWORD: 'a-test-admin-password', SEED_DEMO_DATA: 'false', BCRYPT_ROUNDS: '4' };

describe('which adapters a process loads', () => {
  it('when PostgreSQL (embedded) with local logins, the builtin assistant and no Redis is configured, then no AWS SDK, Redis client or Cognito verifier is loaded', () => {
    const loaded = packagesLoadedBy({ ...base, PGLITE_DIR: 'memory://' });
    expect(loaded).toContain(PGLITE);
    for (const unused of [DYNAMODB_SDK, BEDROCK_SDK, COGNITO_VERIFIER, REDIS_CLIENT]) expect(loaded).not.toContain(unused);
  }, 60_000);

  it('when DynamoDB is configured, then neither pg nor PGlite is loaded', () => {
    const loaded = packagesLoadedBy({ ...base, DB_DRIVER: 'dynamodb', DYNAMODB_ENDPOINT: process.env.TEST_DYNAMODB_ENDPOINT!, DYNAMODB_TABLE: `loading_${randomBytes(5).toString('hex')}` });
    expect(loaded).toContain(DYNAMODB_SDK);
    for (const unused of [PG, PGLITE, BEDROCK_SDK, COGNITO_VERIFIER, REDIS_CLIENT]) expect(loaded).not.toContain(unused);
  }, 60_000);

  it('when Redis, Bedrock and Cognito are configured, then each is loaded and the service starts', () => {
    const loaded = packagesLoadedBy({
      ...base,
      PGLITE_DIR: 'memory://',
      // Nothing needs to answer: the service starts while Redis is away, and Bedrock and Cognito are called only per request.
      REDIS_URL: 'redis://127.0.0.1:1',
      ASSISTANT_PROVIDER: 'bedrock',
      AUTH_PROVIDER: 'cognito',
      COGNITO_USER_POOL_ID: 'eu-west-1_AbC123xyz',
      COGNITO_CLIENT_ID: 'client',
    });
    for (const used of [BEDROCK_SDK, COGNITO_VERIFIER, REDIS_CLIENT]) expect(loaded).toContain(used);
  }, 60_000);
});
