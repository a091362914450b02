import { generateKeyPairSync } from 'node:crypto';
import jwt from 'jsonwebtoken';
import request from 'supertest';
import { loadConfig } from '../../config';
import { AppError } from '../../core/errors';
import { CognitoIdentityVerifier } from '../../infrastructure/auth/cognito-identity-verifier';
import { eachBackend } from '../support/backends';
import { CLIENT_ID, FakeUserPool, POOL_ID } from '../support/cognito-pool';
import { bearer, createEmployee, createTeam, expectErrorBody, useTestApp, type EmployeeBody } from '../support/test-app';

/** API.md "Authentication and roles" with AUTH_PROVIDER=cognito, against the real aws-jwt-verify fetching keys over HTTP. */
const pool = new FakeUserPool();
beforeAll(() => pool.start());
afterAll(() => pool.stop());

interface PageBody {
  items: EmployeeBody[];
}

describe.each(eachBackend())('Amazon Cognito sign-in on %s', (_name, backend) => {
  const testApp = useTestApp(
    backend,
    () => pool.env(),
    undefined,
    () => pool.token({ username: 'cognito-admin', groups: ['admin'] }),
  );

  /** Two teams of two; returns the first team's people. */
  async function twoTeams() {
    const t = testApp();
    const [mine, other] = [await createTeam(t), await createTeam(t)];
    const manager = await createEmployee(t, { team_id: mine, position: 'Manager' });
    const colleague = await createEmployee(t, { team_id: mine });
    const outsider = await createEmployee(t, { team_id: other });
    return { mine, other, manager, colleague, outsider };
  }

  const employeesSeenWith = async (token: string, query = '') => {
    const response = await request(testApp().app).get(`/employees${query}`).set(bearer(token));
    expect(response.status).toBe(200);
    return (response.body as PageBody).items.map((e) => e.employee_id).sort();
  };

  describe('valid tokens', () => {
    it('when an admin sends an ID token, then /me names them from cognito:username and every team is visible', async () => {
      const t = testApp();
      const { manager, outsider } = await twoTeams();
      const me = await request(t.app).get('/me').set(bearer(t.adminToken));
      expect(me.status).toBe(200);
      expect(me.body).toEqual({ username: 'cognito-admin', role: 'admin', employee_id: null, team_id: null });
      const [a, b] = await Promise.all([
        employeesSeenWith(t.adminToken, `?team_id=${manager.team_id}`),
        employeesSeenWith(t.adminToken, `?team_id=${outsider.team_id}`),
      ]);
      expect(a).toHaveLength(2);
      expect(b).toEqual([outsider.employee_id]);
      expect(pool.keyRequests).toBeGreaterThan(0);
    });

    it('when a manager sends an ID token, then their team comes from their employee record and scopes what they see', async () => {
      const t = testApp();
      const { mine, manager, colleague, outsider } = await twoTeams();
      const token = pool.token({ username: 'jane.manager', groups: ['manager'], employeeId: manager.employee_id });
      const me = await request(t.app).get('/me').set(bearer(token));
      expect(me.body).toEqual({ username: 'jane.manager', role: 'manager', employee_id: manager.employee_id, team_id: mine });
      expect(await employeesSeenWith(token)).toEqual([manager.employee_id, colleague.employee_id].sort());
      expectErrorBody(await request(t.app).get(`/employees/${outsider.employee_id}`).set(bearer(token)), 404);
    });

    it('when an employee sends an access token, then /me names them from username and they see only themselves', async () => {
      const t = testApp();
      const { mine, colleague } = await twoTeams();
      const token = pool.token({ username: 'sam', groups: ['employee'], employeeId: colleague.employee_id, tokenUse: 'access' });
      const me = await request(t.app).get('/me').set(bearer(token));
      expect(me.body).toEqual({ username: 'sam', role: 'employee', employee_id: colleague.employee_id, team_id: mine });
      expect(await employeesSeenWith(token)).toEqual([colleague.employee_id]);
      // An employee may never list logins or write teams: 403 by role, as with local tokens.
      expectErrorBody(await request(t.app).post('/teams').set(bearer(token)).send({ team_id: 'ZZZ', team_name: 'No' }), 403);
    });

    it('when an admin token names an employee, then /me carries it; when it names none that exists, the admin still gets in', async () => {
      const t = testApp();
      const { mine, manager } = await twoTeams();
      const linked = await request(t.app)
        .get('/me')
        .set(bearer(pool.token({ username: 'boss', groups: ['admin'], employeeId: manager.employee_id })));
      expect(linked.body).toEqual({ username: 'boss', role: 'admin', employee_id: manager.employee_id, team_id: mine });
      const dangling = await request(t.app)
        .get('/me')
        .set(bearer(pool.token({ username: 'boss', groups: ['admin'], employeeId: 'GONE-404' })));
      expect(dangling.body).toEqual({ username: 'boss', role: 'admin', employee_id: null, team_id: null });
    });

    it('when a user is in several groups, then the most privileged one decides', async () => {
      const { manager, colleague } = await twoTeams();
      const token = pool.token({ username: 'both', groups: ['employee', 'manager'], employeeId: manager.employee_id });
      expect((await request(testApp().app).get('/me').set(bearer(token))).body.role).toBe('manager');
      expect(await employeesSeenWith(token)).toContain(colleague.employee_id);
    });

    it("when an admin moves a manager to another team, then the manager's next request is scoped to the new team", async () => {
      const t = testApp();
      const { other, manager, outsider } = await twoTeams();
      const token = pool.token({ username: 'mover', groups: ['manager'], employeeId: manager.employee_id });
      await request(t.app).put(`/employees/${manager.employee_id}`).set(bearer(t.adminToken)).send({ team_id: other }).expect(200);
      expect(await employeesSeenWith(token)).toEqual([manager.employee_id, outsider.employee_id].sort());
    });
  });

  describe('tokens that are not good', () => {
    const otherKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    it.each([
      ['an expired token', () => pool.token({ username: 'a', groups: ['admin'], expiresIn: -60 })],
      ['an ID token for another app client', () => pool.token({ username: 'a', groups: ['admin'], clientId: 'someone-elses-client' })],
      ['an access token for another app client', () => pool.token({ username: 'a', groups: ['admin'], clientId: 'someone-elses-client', tokenUse: 'access' })],
      [
        'a token of another user pool',
        () => pool.token({ username: 'a', groups: ['admin'], issuer: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_OtherPool' }),
      ],
      ['a token signed by another key under the pool key id', () => pool.token({ username: 'a', groups: ['admin'], signingKey: otherKey })],
      ['a token under a key id the pool never published', () => pool.token({ username: 'a', groups: ['admin'], kid: 'unknown-key' })],
      [
        "the service's own HS256 token",
        () =>
          jwt.sign({ role: 'admin', employee_id: null, team_id: null, ver: 0 }, 'test-secret-that-is-long-enough-for-hs256', {
            subject: 'admin',
            issuer: 'workforce-api',
          }),
      ],
      ['garbage', () => 'not-a-token'],
    ])('when a request carries %s, then 401 with WWW-Authenticate', async (_what, token) => {
      const response = await request(testApp().app).get('/me').set(bearer(token()));
      expectErrorBody(response, 401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
    });

    it('when a good token names no group that grants a role, then 403 says so', async () => {
      for (const groups of [undefined, ['staff', 'Admin']]) {
        const response = await request(testApp().app)
          .get('/me')
          .set(bearer(pool.token({ username: 'nobody', groups })));
        expectErrorBody(response, 403);
        expect(response.body.message).toMatch(/no group/);
      }
    });

    it('when /status gets a good token that grants no role, then it answers without a user, as for a bad token', async () => {
      const response = await request(testApp().app)
        .get('/status')
        .set(bearer(pool.token({ username: 'nobody' })));
      expect(response.status).toBe(200);
      expect(response.body).not.toHaveProperty('user');
    });

    it('when a manager or employee token names no employee, or one that does not exist, then 403 says which', async () => {
      const app = testApp().app;
      const unknown = await request(app)
        .get('/employees')
        .set(bearer(pool.token({ username: 'm', groups: ['manager'], employeeId: 'NOPE-999' })));
      expectErrorBody(unknown, 403);
      expect(unknown.body.message).toMatch(/NOPE-999.*does not exist/);
      const missing = await request(app)
        .get('/me')
        .set(bearer(pool.token({ username: 'e', groups: ['employee'] })));
      expectErrorBody(missing, 403);
      expect(missing.body.message).toMatch(/names no employee/);
    });
  });

  describe('local logins are gone', () => {
    it.each([
      ['post', '/token'],
      ['post', '/me/password'],
      ['get', '/users'],
      ['put', '/employees/DEV-001/account'],
    ] as const)('when someone calls %s %s, then 404 in the error format', async (method, path) => {
      const t = testApp();
      const response = await request(t.app)[method](path).set(bearer(t.adminToken)).send({ username: 'admin', password: 'admin-password' });
      expectErrorBody(response, 404);
    });

    it('when the OpenAPI document is read, then it describes /me but none of the local-login routes', async () => {
      const paths = Object.keys((await request(testApp().app).get('/openapi.json').expect(200)).body.paths as object);
      expect(paths).toContain('/me');
      expect(paths).toContain('/employees');
      for (const path of ['/token', '/me/password', '/users', '/employees/{employee_id}/account']) expect(paths).not.toContain(path);
    });
  });
});

describe('the Cognito verifier on its own', () => {
  const settings = (extra: Record<string, string> = {}) =>
    loadConfig({ AUTH_PROVIDER: 'cognito', COGNITO_USER_POOL_ID: POOL_ID, COGNITO_CLIENT_ID: CLIENT_ID, COGNITO_JWKS_URI: pool.jwksUri, ...extra }).auth
      .cognito!;

  it('when COGNITO_TOKEN_USE=id, then an access token is refused and an ID token accepted', async () => {
    const verifier = new CognitoIdentityVerifier(settings({ COGNITO_TOKEN_USE: 'id' }));
    expect(await verifier.verify(pool.token({ username: 'x', groups: ['admin'], tokenUse: 'access' }))).toBeNull();
    expect(await verifier.verify(pool.token({ username: 'x', groups: ['admin'], employeeId: 'DEV-001' }))).toEqual({
      username: 'x',
      groups: ['admin'],
      employee_id: 'DEV-001',
    });
  });

  it('reads the employee id from the configured claim', async () => {
    const verifier = new CognitoIdentityVerifier(settings({ COGNITO_EMPLOYEE_ID_CLAIM: 'cognito:username' }));
    expect((await verifier.verify(pool.token({ username: 'QA-002', groups: ['employee'] })))?.employee_id).toBe('QA-002');
  });

  it("when the pool's keys cannot be fetched, then it is the service's failure (unavailable), not a bad token", async () => {
    const verifier = new CognitoIdentityVerifier(settings({ COGNITO_JWKS_URI: `${pool.baseUrl()}/missing.json` }));
    const failure = verifier.verify(pool.token({ username: 'x', groups: ['admin'] }));
    await expect(failure).rejects.toBeInstanceOf(AppError);
    await expect(failure).rejects.toMatchObject({ kind: 'unavailable' });
  });
});
