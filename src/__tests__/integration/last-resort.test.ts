import request from 'supertest';
import { loadConfig } from '../../config';
import { buildContainer, type Container } from '../../container';
import { createLogger } from '../../logger';
import { sqlBackends, type OpenBackend } from '../support/backends';
import { ADMIN, bearer, tokenFor } from '../support/test-app';

/**
 * When the error handler itself fails (here: the logger it reports a 500 to
 * throws), the answer is still the API's error format: Express's own final
 * handler would send an HTML page with the stack trace.
 */
describe('the last resort behind the error handler', () => {
  let open: OpenBackend;
  let container: Container;
  let token: string;

  beforeAll(async () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      LOG_LEVEL: 'silent',
      JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256',
      BCRYPT_ROUNDS: '4',
      ADMIN_USERNAME: ADMIN.username,
      ADMIN_PASSWORD: ADMIN.password,
      SEED_DEMO_DATA: 'false',
    });
    const logger = createLogger(config.logLevel);
    logger.error = () => {
      throw new Error('the log transport is down');
    };
    open = await sqlBackends()[0]!.open();
    container = await buildContainer(config, open.database, logger);
    await container.services.bootstrap.run({ adminUsername: ADMIN.username, adminPassword: ADMIN.password, demoData: false });
    token = await tokenFor(container.app, ADMIN.username, ADMIN.password);
    container.services.teams.list = () => {
      throw new Error('a fault no handler knows, with a stack');
    };
  });

  afterAll(() => open.close());

  it('when reporting an unexpected error fails too, then the answer is a 500 in the error format, without HTML or stack', async () => {
    const response = await request(container.app).get('/teams').set(bearer(token)).set('X-Request-Id', 'last-resort-1');
    expect(response.status).toBe(500);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ error: 'Internal Server Error', message: expect.any(String) });
    expect(response.text).not.toMatch(/<html|<pre|\bat .*\(|a fault no handler knows|log transport/i);
    expect(response.headers['x-request-id']).toBe('last-resort-1');
  });
});
