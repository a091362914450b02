import { STATUS_CODES } from 'node:http';
import type { Express } from 'express';
import request from 'supertest';
import { loadConfig, type Config } from '../../config';
import { buildContainer, type Container } from '../../container';
import type { Clock } from '../../core/ports';
import type { RedisConnection } from '../../infrastructure/cache/redis-connection';
import { systemClock } from '../../infrastructure/system-clock';
import { createLogger } from '../../logger';
import type { Backend, OpenBackend } from './backends';
import { documentOf, undocumentedResponses } from './documented-responses';
import { recordResponses, type RecordedResponse } from './response-recorder';

export const ADMIN = { username: 'admin', password: 'admin-password' } as const;
export const PASSWORD = 'correct-horse-battery';

export interface TestApp {
  app: Express;
  config: Config;
  container: Container;
  backend: OpenBackend;
  adminToken: string;
  /** Every response the app sent, for checking against its OpenAPI document. */
  responses: RecordedResponse[];
}

/** How the test app's admin gets a token: by default, logging in as the bootstrap admin. */
export type AdminSignIn = (app: Express) => Promise<string> | string;

const localAdminSignIn: AdminSignIn = (app) => tokenFor(app, ADMIN.username, ADMIN.password);

/** The real app, wired by the real composition root, on a fresh real database. */
export async function startTestApp(
  backend: Backend,
  env: Record<string, string> = {},
  clock: Clock = systemClock,
  signInAdmin = localAdminSignIn,
  redis?: RedisConnection,
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
    BCRYPT_ROUNDS: '4',
    ADMIN_USERNAME: ADMIN.username,
    ADMIN_PASSWORD: ADMIN.password,
    SEED_DEMO_DATA: 'false',
    // Suites send far more than a client would; the limit has its own tests.
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_MAX_ATTEMPTS_PER_MINUTE: '1000000',
    ...env,
  });
  const open = await backend.open();
  const container = await buildContainer(config, open.database, createLogger(config.logLevel), clock, redis);
  // As start-up does: no local admin when an outside identity provider signs people in.
  const adminPassword = config.auth.provider === 'local' ? ADMIN.password : null;
  await container.services.bootstrap.run({ adminUsername: ADMIN.username, adminPassword, demoData: config.seedDemoData });
  const app = container.app;
  const responses = recordResponses(app);
  const adminToken = await signInAdmin(app);
  return { app, config, container, backend: open, adminToken, responses };
}

/**
 * Opens a test app for the enclosing describe block. The environment may be a
 * function, for values known only once earlier beforeAll hooks ran (a port).
 */
export function useTestApp(
  backend: Backend,
  env: Record<string, string> | (() => Record<string, string>) = {},
  clock?: Clock,
  signInAdmin?: AdminSignIn,
): () => TestApp {
  let testApp: TestApp | undefined;
  beforeAll(async () => {
    testApp = await startTestApp(backend, typeof env === 'function' ? env() : env, clock, signInAdmin);
  });
  afterAll(async () => {
    try {
      if (testApp) await expectDocumentedResponses(testApp);
    } finally {
      await testApp?.backend.close();
    }
  });
  return () => testApp!;
}

/** Every response the suite received is one the app's OpenAPI document describes, checked by a third-party validator (openapi-backend). */
export async function expectDocumentedResponses(t: TestApp): Promise<void> {
  const problems = await undocumentedResponses(documentOf(t.app), t.responses);
  if (problems.length > 0)
    throw new Error(`${problems.length} of ${t.responses.length} responses are not as the OpenAPI document says:\n${problems.slice(0, 20).join('\n')}`);
}

export async function tokenFor(app: Express, username: string, password: string): Promise<string> {
  const response = await request(app).post('/token').type('form').send({ username, password });
  if (response.status !== 200) throw new Error(`login as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { access_token: string }).access_token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

let teamSequence = 0;

/** Team codes are letters only: a per-file sequence spelled in letters keeps each test's team its own. */
export function uniqueTeamId(): string {
  teamSequence += 1;
  let n = teamSequence;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return `T${letters}`;
}

let emailSequence = 0;
export const uniqueEmail = (hint = 'person') => `${hint}.${++emailSequence}.${Date.now().toString(36)}@example.com`;

export interface EmployeeBody {
  employee_id: string;
  name: string;
  email: string;
  team_id: string;
  position: string;
  job_title: string | null;
  status: string;
  hire_date: string;
  end_date?: string | null;
  created_at: string;
  updated_at: string;
}

export async function createTeam(t: TestApp, teamId = uniqueTeamId()): Promise<string> {
  const response = await request(t.app)
    .post('/teams')
    .set(bearer(t.adminToken))
    .send({ team_id: teamId, team_name: `Team ${teamId}` });
  if (response.status !== 201) throw new Error(`team ${teamId}: ${response.status} ${JSON.stringify(response.body)}`);
  return teamId;
}

export async function createEmployee(
  t: TestApp,
  fields: Partial<EmployeeBody> & { team_id: string },
  account?: { role: 'admin' | 'manager' | 'employee'; password?: string },
): Promise<EmployeeBody> {
  const body = {
    name: 'Test Person',
    email: uniqueEmail(),
    position: 'Mid',
    ...fields,
    ...(account && { account: { role: account.role, password: account.password ?? PASSWORD } }),
  };
  const response = await request(t.app).post('/employees').set(bearer(t.adminToken)).send(body);
  if (response.status !== 201) throw new Error(`employee: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as EmployeeBody;
}

/** An employee with a login of the given role, and a token for it. */
export async function createUser(t: TestApp, teamId: string, role: 'admin' | 'manager' | 'employee', fields: Partial<EmployeeBody> = {}) {
  const employee = await createEmployee(t, { team_id: teamId, position: role === 'manager' ? 'Manager' : 'Mid', ...fields }, { role });
  return { employee, token: await tokenFor(t.app, employee.employee_id, PASSWORD) };
}

/** The token endpoint's errors (RFC 6749 §5.2): 400, an OAuth2 error code, and the description also as message. */
export function expectOAuthError(response: request.Response, error: 'invalid_request' | 'invalid_grant' | 'unsupported_grant_type'): void {
  expect(response.status).toBe(400);
  expect(response.body).toEqual(expect.objectContaining({ error, error_description: expect.any(String), message: expect.any(String) }));
  expect((response.body as { message: string }).message).toBe((response.body as { error_description: string }).error_description);
  expect(response.headers['www-authenticate']).toBeUndefined();
}

/** Every error body has error and message; this also pins the error text to Node's status text. */
export function expectErrorBody(response: request.Response, status: number): void {
  expect(response.status).toBe(status);
  expect(response.body).toEqual(expect.objectContaining({ error: expect.any(String), message: expect.any(String) }));
  expect((response.body as { error: string }).error).toBe(STATUS_CODES[status]);
}
