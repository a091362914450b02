import jwt from 'jsonwebtoken';
import request from 'supertest';
import { buildContainer } from '../../container';
import { createLogger } from '../../logger';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { ADMIN, PASSWORD, bearer, createTeam, createUser, expectErrorBody, expectOAuthError, tokenFor, useTestApp } from '../support/test-app';

const SECRET = 'test-secret-that-is-long-enough-for-hs256';

describe.each(eachBackend())('authentication on %s', (_name, backend) => {
  const testApp = useTestApp(backend);

  describe('POST /token', () => {
    it('when the admin logs in with a form, then a bearer token with its lifetime comes back', async () => {
      const response = await request(testApp().app).post('/token').type('form').send({ username: 'admin', password: ADMIN.password, grant_type: 'password' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ access_token: expect.any(String), token_type: 'bearer', expires_in: 3600 });
    });

    it('when a login is sent as JSON, then it works the same', async () => {
      const response = await request(testApp().app).post('/token').send({ username: 'ADMIN', password: ADMIN.password });
      expect(response.status).toBe(200);
      const me = await request(testApp().app)
        .get('/me')
        .set(bearer((response.body as { access_token: string }).access_token));
      expect(me.body).toEqual({ username: 'admin', role: 'admin', employee_id: null, team_id: null });
    });

    it('when an employee logs in with their email in any case or their id, then it is their login', async () => {
      const t = testApp();
      const { employee } = await createUser(t, await createTeam(t), 'employee', { email: 'Mixed.Case.Login@example.com' });
      for (const username of ['mixed.case.login@EXAMPLE.com', employee.employee_id.toLowerCase(), employee.employee_id]) {
        const token = await tokenFor(t.app, username, PASSWORD);
        const me = await request(t.app).get('/me').set(bearer(token));
        expect(me.body).toEqual({ username: employee.employee_id, role: 'employee', employee_id: employee.employee_id, team_id: employee.team_id });
      }
    });

    it('when the password is wrong, the user unknown or the login disabled, then all three get the same 400 invalid_grant', async () => {
      const t = testApp();
      const { employee } = await createUser(t, await createTeam(t), 'employee');
      const disabled = await createUser(t, employee.team_id, 'employee');
      await request(t.app).put(`/employees/${disabled.employee.employee_id}/account`).set(bearer(t.adminToken)).send({ disabled: true }).expect(200);
      const attempts = [
        { username: employee.employee_id, password: 'wrong-password-123' },
        { username: 'nobody@example.com', password: PASSWORD },
        { username: disabled.employee.employee_id, password: PASSWORD },
      ];
      const bodies = [];
      for (const attempt of attempts) {
        const response = await request(t.app).post('/token').type('form').send(attempt);
        expectOAuthError(response, 'invalid_grant');
        bodies.push(response.body);
      }
      expect(bodies[1]).toEqual(bodies[0]);
      expect(bodies[2]).toEqual(bodies[0]);
    });

    it('when the grant type is not password, then 400 unsupported_grant_type', async () => {
      for (const grant_type of ['client_credentials', 'authorization_code', '']) {
        expectOAuthError(
          await request(testApp().app).post('/token').type('form').send({ username: 'admin', password: ADMIN.password, grant_type }),
          'unsupported_grant_type',
        );
      }
    });

    it('when a field is missing or the body cannot be parsed, then 400 invalid_request names what is wrong', async () => {
      const missing = await request(testApp().app).post('/token').send({ username: 'admin' });
      expectOAuthError(missing, 'invalid_request');
      expect(missing.body.details).toEqual([expect.objectContaining({ field: 'password' })]);
      expect(missing.body.error_description).toMatch(/password/);
      expectOAuthError(await request(testApp().app).post('/token').type('form').send(''), 'invalid_request');
      expectOAuthError(await request(testApp().app).post('/token').set('Content-Type', 'application/json').send('{"username": "admin", '), 'invalid_request');
    });

    it('when the OpenAPI document describes /token, then it promises the OAuth2 errors and no 401 or 422', async () => {
      const document = (await request(testApp().app).get('/openapi.json').expect(200)).body as {
        paths: Record<string, { post: { responses: Record<string, unknown> } }>;
      };
      const responses = document.paths['/token']!.post.responses;
      expect(Object.keys(responses)).toEqual(expect.arrayContaining(['200', '400', '429']));
      expect(Object.keys(responses)).not.toEqual(expect.arrayContaining(['401']));
      expect(Object.keys(responses)).not.toContain('422');
      expect(JSON.stringify(responses['400'])).toContain('OAuthError');
    });

    it('when the body is of another media type or too large, then 400 invalid_request (RFC 6749 §5.2), not the usual 415 or 413', async () => {
      for (const [type, body] of [
        ['application/xml', '<x/>'],
        ['text/plain', 'username=admin&password=x'],
      ]) {
        const response = await request(testApp().app).post('/token').set('Content-Type', type!).send(body);
        expectOAuthError(response, 'invalid_request');
        expect(response.body.error_description).toMatch(/application\/x-www-form-urlencoded/);
      }
      const huge = await request(testApp().app)
        .post('/token')
        .type('form')
        .send({ username: 'admin', password: 'x'.repeat(2_000_000) });
      expectOAuthError(huge, 'invalid_request');
      expect(huge.body.error_description).toMatch(/too large/);
    });
  });

  describe('bearer tokens', () => {
    const claims = { role: 'admin', employee_id: null, team_id: null, ver: 0 };

    it.each([
      ['no Authorization header', undefined],
      ['a Basic header', 'Basic YWRtaW46YWRtaW4='],
      ['garbage', 'Bearer not-a-token'],
      ['a token signed with another key', `Bearer ${jwt.sign(claims, 'another-secret-another-secret-another', { subject: 'admin', issuer: 'workforce-api' })}`],
      ['an expired token', `Bearer ${jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 10 }, SECRET, { subject: 'admin', issuer: 'workforce-api' })}`],
      ['an alg:none token', `Bearer ${jwt.sign(claims, '', { algorithm: 'none', subject: 'admin', issuer: 'workforce-api' })}`],
      ['an HS512 token with the right key', `Bearer ${jwt.sign(claims, SECRET, { algorithm: 'HS512', subject: 'admin', issuer: 'workforce-api' })}`],
      ['a token of a login that does not exist', `Bearer ${jwt.sign(claims, SECRET, { subject: 'ghost', issuer: 'workforce-api' })}`],
    ])('when a request carries %s, then 401 with WWW-Authenticate', async (_what, header) => {
      const call = request(testApp().app).get('/me');
      const response = header ? await call.set('Authorization', header) : await call;
      expectErrorBody(response, 401);
      expect(response.headers['www-authenticate']).toBe('Bearer');
    });

    it('when a token names a stale version, then 401 even though its signature is good', async () => {
      const stale = jwt.sign({ ...claims, ver: 7 }, SECRET, { subject: 'admin', issuer: 'workforce-api' });
      expectErrorBody(await request(testApp().app).get('/me').set(bearer(stale)), 401);
    });
  });

  describe('account changes reach tokens already issued', () => {
    it('when an admin disables a login, then its token stops working at once, and for good: re-enabling does not revive it', async () => {
      const t = testApp();
      const user = await createUser(t, await createTeam(t), 'employee');
      await request(t.app).get('/me').set(bearer(user.token)).expect(200);
      await request(t.app).put(`/employees/${user.employee.employee_id}/account`).set(bearer(t.adminToken)).send({ disabled: true }).expect(200);
      expectErrorBody(await request(t.app).get('/me').set(bearer(user.token)), 401);
      await request(t.app).put(`/employees/${user.employee.employee_id}/account`).set(bearer(t.adminToken)).send({ disabled: false }).expect(200);
      expectErrorBody(await request(t.app).get('/me').set(bearer(user.token)), 401);
      const fresh = await tokenFor(t.app, user.employee.employee_id, PASSWORD);
      await request(t.app).get('/me').set(bearer(fresh)).expect(200);
    });

    it("when an employee is deleted and another is created under the same id with a login, then the deleted one's token does not work for the new holder", async () => {
      const t = testApp();
      const team = await createTeam(t);
      const first = await createUser(t, team, 'manager');
      const id = first.employee.employee_id;
      await request(t.app).delete(`/employees/${id}`).set(bearer(t.adminToken)).expect(204);
      const body = { employee_id: id, name: 'New Holder', email: `new.holder.${team}@example.com`, team_id: team, position: 'Mid' };
      await request(t.app)
        .post('/employees')
        .set(bearer(t.adminToken))
        .send({ ...body, account: { password: PASSWORD, role: 'employee' } })
        .expect(201);
      expectErrorBody(await request(t.app).get('/me').set(bearer(first.token)), 401);
      // Nor when the login is added afterwards, by PUT /employees/{id}/account.
      await request(t.app).delete(`/employees/${id}`).set(bearer(t.adminToken)).expect(204);
      await request(t.app).post('/employees').set(bearer(t.adminToken)).send(body).expect(201);
      await request(t.app).put(`/employees/${id}/account`).set(bearer(t.adminToken)).send({ password: PASSWORD }).expect(201);
      expectErrorBody(await request(t.app).get('/me').set(bearer(first.token)), 401);
      const fresh = await tokenFor(t.app, id, PASSWORD);
      expect((await request(t.app).get('/me').set(bearer(fresh))).body).toMatchObject({ username: id, role: 'employee' });
    });

    it('when an admin promotes an employee, then the same token carries the new role at once', async () => {
      const t = testApp();
      const user = await createUser(t, await createTeam(t), 'employee');
      expectErrorBody(await request(t.app).get('/users').set(bearer(user.token)), 403);
      await request(t.app).put(`/employees/${user.employee.employee_id}/account`).set(bearer(t.adminToken)).send({ role: 'admin' }).expect(200);
      expect((await request(t.app).get('/me').set(bearer(user.token))).body.role).toBe('admin');
      await request(t.app).get('/users').set(bearer(user.token)).expect(200);
    });

    it('when a manager moves to another team, then their token scopes to the new team at once', async () => {
      const t = testApp();
      const [from, to] = [await createTeam(t), await createTeam(t)];
      const manager = await createUser(t, from, 'manager');
      await request(t.app).put(`/employees/${manager.employee.employee_id}`).set(bearer(t.adminToken)).send({ team_id: to }).expect(200);
      expect((await request(t.app).get('/me').set(bearer(manager.token))).body.team_id).toBe(to);
    });

    it('when another instance changes a login, then this instance follows within its 30-second cache', async () => {
      const t = testApp();
      const clock = new ManualClock();
      const other = await buildContainer(t.config, t.backend.database, createLogger('silent'), clock);
      const user = await createUser(t, await createTeam(t), 'employee');
      await request(other.app).get('/me').set(bearer(user.token)).expect(200);
      await request(t.app).put(`/employees/${user.employee.employee_id}/account`).set(bearer(t.adminToken)).send({ disabled: true }).expect(200);
      expectErrorBody(await request(t.app).get('/me').set(bearer(user.token)), 401);
      // The other instance still holds the enabled state it cached…
      await request(other.app).get('/me').set(bearer(user.token)).expect(200);
      clock.advance(30_001);
      // …and no longer once its entry has expired.
      expectErrorBody(await request(other.app).get('/me').set(bearer(user.token)), 401);
    });
  });

  describe('POST /me/password', () => {
    it('when the current password is wrong, then 401 and nothing changes', async () => {
      const t = testApp();
      const user = await createUser(t, await createTeam(t), 'employee');
      const response = await request(t.app)
        .post('/me/password')
        .set(bearer(user.token))
        .send({ current_password: 'not-my-password', new_password: 'a-brand-new-password' });
      expectErrorBody(response, 401);
      await request(t.app).get('/me').set(bearer(user.token)).expect(200);
    });

    it('when the new password is too short or too long in bytes, then 422', async () => {
      const t = testApp();
      const user = await createUser(t, await createTeam(t), 'employee');
      for (const new_password of ['short', 'é'.repeat(37)]) {
        const response = await request(t.app).post('/me/password').set(bearer(user.token)).send({ current_password: PASSWORD, new_password });
        expectErrorBody(response, 422);
        expect(response.body.details).toEqual([expect.objectContaining({ field: 'new_password' })]);
      }
    });

    it("when the password changes, then the login's other tokens end, the token that changed it and the fresh one work", async () => {
      const t = testApp();
      const user = await createUser(t, await createTeam(t), 'employee');
      const otherSession = await tokenFor(t.app, user.employee.employee_id, PASSWORD);
      const response = await request(t.app)
        .post('/me/password')
        .set(bearer(user.token))
        .send({ current_password: PASSWORD, new_password: 'a-brand-new-password' });
      expect(response.status).toBe(200);
      const fresh = (response.body as { access_token: string }).access_token;
      expectErrorBody(await request(t.app).get('/me').set(bearer(otherSession)), 401);
      await request(t.app).get('/me').set(bearer(user.token)).expect(200);
      await request(t.app).get('/me').set(bearer(fresh)).expect(200);
      expectOAuthError(await request(t.app).post('/token').type('form').send({ username: user.employee.employee_id, password: PASSWORD }), 'invalid_grant');
      await tokenFor(t.app, user.employee.employee_id, 'a-brand-new-password');
    });

    it('when the password changes again from another token, then the token kept the first time ends too', async () => {
      const t = testApp();
      const user = await createUser(t, await createTeam(t), 'employee');
      const change = async (token: string, current_password: string, new_password: string) =>
        ((await request(t.app).post('/me/password').set(bearer(token)).send({ current_password, new_password }).expect(200)).body as { access_token: string })
          .access_token;
      const fresh = await change(user.token, PASSWORD, 'a-brand-new-password');
      const newest = await change(fresh, 'a-brand-new-password', 'yet-another-password');
      expectErrorBody(await request(t.app).get('/me').set(bearer(user.token)), 401);
      await request(t.app).get('/me').set(bearer(fresh)).expect(200);
      await request(t.app).get('/me').set(bearer(newest)).expect(200);
    });

    it("when an admin then changes the login's role, password or disables it, then the token kept by the change follows: a new role, or it ends for good", async () => {
      const t = testApp();
      const [byPassword, byDisabling] = [await createUser(t, await createTeam(t), 'employee'), await createUser(t, await createTeam(t), 'employee')];
      const kept = async (user: typeof byPassword) => {
        const response = await request(t.app)
          .post('/me/password')
          .set(bearer(user.token))
          .send({ current_password: PASSWORD, new_password: 'a-brand-new-password' });
        expect(response.status).toBe(200);
        return [user.token, (response.body as { access_token: string }).access_token];
      };
      const account = (user: typeof byPassword, body: object) =>
        request(t.app).put(`/employees/${user.employee.employee_id}/account`).set(bearer(t.adminToken)).send(body).expect(200);
      const tokens = await kept(byPassword);
      await account(byPassword, { role: 'manager' });
      for (const token of tokens) expect((await request(t.app).get('/me').set(bearer(token)).expect(200)).body.role).toBe('manager');
      await account(byPassword, { password: 'set-by-the-admin' });
      for (const token of tokens) expectErrorBody(await request(t.app).get('/me').set(bearer(token)), 401);
      const others = await kept(byDisabling);
      await account(byDisabling, { disabled: true });
      await account(byDisabling, { disabled: false });
      for (const token of others) expectErrorBody(await request(t.app).get('/me').set(bearer(token)), 401);
    });
  });

  it('when any of these routes answers, then no body ever carries a password hash', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'manager');
    const bodies = [
      await request(t.app).get('/users?limit=500').set(bearer(t.adminToken)),
      await request(t.app).get('/me').set(bearer(user.token)),
      await request(t.app).put(`/employees/${user.employee.employee_id}/account`).set(bearer(t.adminToken)).send({ role: 'manager' }),
      await request(t.app).get('/status').set(bearer(user.token)),
    ].map((r) => JSON.stringify(r.body));
    for (const body of bodies) {
      expect(body).not.toMatch(/\$2[aby]\$/);
      expect(body).not.toMatch(/password/i);
    }
  });
});

describe.each(eachBackend())('failed-login limits on %s', (_name, backend) => {
  const testApp = useTestApp(backend, { LOGIN_MAX_FAILURES_PER_USERNAME_AND_CLIENT: '3', LOGIN_MAX_FAILURES_PER_CLIENT: '6' });

  it('when a username has had 3 failures from this client, then every attempt is 429 with Retry-After, even the right password, and other users still log in', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    for (let i = 0; i < 3; i++) {
      expectOAuthError(
        await request(t.app).post('/token').type('form').send({ username: user.employee.employee_id, password: 'wrong-password-1' }),
        'invalid_grant',
      );
    }
    const blocked = await request(t.app).post('/token').type('form').send({ username: user.employee.employee_id, password: PASSWORD });
    expectErrorBody(blocked, 429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // The same person spelled in upper case is the same username.
    expectErrorBody(await request(t.app).post('/token').type('form').send({ username: user.employee.employee_id.toLowerCase(), password: PASSWORD }), 429);
    await tokenFor(t.app, ADMIN.username, ADMIN.password);
  });

  it('when successful logins happen, then they do not count toward the limit', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    for (let i = 0; i < 5; i++) await tokenFor(t.app, user.employee.employee_id, PASSWORD);
  });

  it('when one client fails across many usernames, then it is limited as a client', async () => {
    const t = testApp();
    for (let i = 0; i < 6; i++) {
      const response = await request(t.app)
        .post('/token')
        .type('form')
        .send({ username: `nobody${i}@example.com`, password: 'wrong-password-1' });
      // The earlier test's failures came from this same client address.
      expect([400, 429]).toContain(response.status);
    }
    expectErrorBody(await request(t.app).post('/token').type('form').send({ username: 'someone-new', password: 'wrong-password-1' }), 429);
  });
});

describe.each(eachBackend())('failed-login limits per person on %s', (_name, backend) => {
  const testApp = useTestApp(backend, { LOGIN_MAX_FAILURES_PER_USERNAME_AND_CLIENT: '3' });

  it('when failures alternate between the email and the employee id of one person, then they count together and the right password is 429 too', async () => {
    const t = testApp();
    const { employee } = await createUser(t, await createTeam(t), 'employee', { email: 'two.names@example.com' });
    for (const username of ['two.names@example.com', 'TWO.NAMES@example.com', employee.employee_id]) {
      expectOAuthError(await request(t.app).post('/token').type('form').send({ username, password: 'wrong-password-1' }), 'invalid_grant');
    }
    for (const username of [employee.employee_id, 'two.names@example.com']) {
      expectErrorBody(await request(t.app).post('/token').type('form').send({ username, password: PASSWORD }), 429);
    }
  });
});

/** Client addresses come from X-Forwarded-For here (TRUST_PROXY), so one test can be many clients. */
describe.each(eachBackend())('failed-login limits across clients on %s', (_name, backend) => {
  const testApp = useTestApp(backend, { TRUST_PROXY: 'true' });
  const login = (from: string, username: string, password: string) =>
    request(testApp().app).post('/token').set('X-Forwarded-For', from).type('form').send({ username, password });

  it('when one address fails 10 times on the admin, then its 11th attempt is refused but the admin still logs in from elsewhere', async () => {
    for (let i = 0; i < 10; i++) expectOAuthError(await login('203.0.113.10', ADMIN.username, 'wrong-password-1'), 'invalid_grant');
    expectErrorBody(await login('203.0.113.10', ADMIN.username, ADMIN.password), 429);
    expect((await login('198.51.100.7', ADMIN.username, ADMIN.password)).status).toBe(200);
  });

  it('when one address fails 50 times across usernames, then it is refused for any username', async () => {
    for (let i = 0; i < 50; i++) expectOAuthError(await login('203.0.113.20', `nobody${i % 5}@example.com`, 'wrong-password-1'), 'invalid_grant');
    expectErrorBody(await login('203.0.113.20', ADMIN.username, ADMIN.password), 429);
  });
});

describe.each(eachBackend())('the failed-login ceiling per username on %s', (_name, backend) => {
  const testApp = useTestApp(backend, { TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_USERNAME: '4' });
  const login = (from: string, username: string, password: string) =>
    request(testApp().app).post('/token').set('X-Forwarded-For', from).type('form').send({ username, password });

  it('when failures on one login come from many addresses past the ceiling, then it is refused from every address, right password or not', async () => {
    for (let i = 0; i < 4; i++) expectOAuthError(await login(`203.0.113.${30 + i}`, ADMIN.username, 'wrong-password-1'), 'invalid_grant');
    expectErrorBody(await login('198.51.100.8', ADMIN.username, ADMIN.password), 429);
    // Other logins are not touched.
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    expect((await login('198.51.100.8', user.employee.employee_id, PASSWORD)).status).toBe(200);
  });
});

describe.each(eachBackend())('failed password changes on %s', (_name, backend) => {
  const testApp = useTestApp(backend, { LOGIN_MAX_FAILURES_PER_USERNAME_AND_CLIENT: '3' });
  const change = (token: string, current_password: string) =>
    request(testApp().app).post('/me/password').set(bearer(token)).send({ current_password, new_password: 'a-brand-new-password' });

  it('when a token holder keeps guessing the current password, then past the limit it is 429, even the right one, and so is logging in', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    for (let i = 0; i < 3; i++) expectErrorBody(await change(user.token, `wrong-guess-${i}-xyz`), 401);
    const blocked = await change(user.token, PASSWORD);
    expectErrorBody(blocked, 429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expectErrorBody(await request(t.app).post('/token').type('form').send({ username: user.employee.email, password: PASSWORD }), 429);
    // Nothing changed: the old password is still the password, and the token still works.
    await request(t.app).get('/me').set(bearer(user.token)).expect(200);
  });

  it('when failed logins came first, then they count toward password changes too', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    for (let i = 0; i < 3; i++)
      expectOAuthError(
        await request(t.app).post('/token').type('form').send({ username: user.employee.employee_id, password: 'wrong-password-1' }),
        'invalid_grant',
      );
    expectErrorBody(await change(user.token, PASSWORD), 429);
  });

  it('when the password changes successfully, then it does not count as a failure', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    let token = user.token;
    let current = PASSWORD;
    for (let i = 0; i < 4; i++) {
      const next = `a-new-password-${i}-xyz`;
      const response = await request(t.app).post('/me/password').set(bearer(token)).send({ current_password: current, new_password: next });
      expect(response.status).toBe(200);
      token = (response.body as { access_token: string }).access_token;
      current = next;
    }
  });
});
