import type { Express } from 'express';
import request from 'supertest';
import { loadConfig, type Config } from '../../config';
import { ADMIN, bearer, expectErrorBody, tokenFor } from './test-app';

/** The configuration of an app under fault: quiet, cheap hashing, no demo data, no request limit in the way. */
export function faultConfig(env: Record<string, string>): Config {
  return loadConfig({
    LOG_LEVEL: 'silent',
    BCRYPT_ROUNDS: '4',
    SEED_DEMO_DATA: 'false',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
}

/**
 * Longer than any honest answer while the database is away (the pg pool gives
 * up connecting after 5 s; the DynamoDB client after four attempts of 3 s and
 * its backoff), so a request that hangs fails the test instead of passing late.
 */
export const ANSWER_WITHIN_MS = 15_000;

/** The API's answer while the database is away: 503 in the error format, saying so. */
export function expectUnavailable(response: request.Response): void {
  expectErrorBody(response, 503);
  expect((response.body as { code?: string }).code).toBe('DATABASE_UNAVAILABLE');
}

/** Requests as the bootstrap admin, each failing rather than hanging past ANSWER_WITHIN_MS. */
export async function adminClient(app: Express) {
  const token = await tokenFor(app, ADMIN.username, ADMIN.password);
  return {
    get: (path: string) => request(app).get(path).set(bearer(token)).timeout(ANSWER_WITHIN_MS),
    post: (path: string, body: object) => request(app).post(path).set(bearer(token)).send(body).timeout(ANSWER_WITHIN_MS),
  };
}

export type AdminClient = Awaited<ReturnType<typeof adminClient>>;

export const health = (app: Express) => request(app).get('/health').timeout(ANSWER_WITHIN_MS);

/** /health while the database is away: 503 in the error format, plus its own report. */
export function expectUnhealthy(response: request.Response): void {
  expectErrorBody(response, 503);
  expect(response.body).toMatchObject({ status: 'error', database: 'unreachable' });
}
