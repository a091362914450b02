import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ADMIN, PASSWORD, bearer, createEmployee, createTeam, createUser, expectErrorBody, tokenFor, useTestApp } from '../support/test-app';

describe.each(eachBackend())('accounts on %s', (_name, backend) => {
  const testApp = useTestApp(backend);

  it('when an admin lists users, then each login shows its role, employee and team, never a hash', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const manager = await createUser(t, team, 'manager');
    const response = await request(t.app).get('/users?limit=500').set(bearer(t.adminToken));
    expect(response.status).toBe(200);
    const users = response.body.items as Record<string, unknown>[];
    expect(users).toContainEqual({ username: 'admin', role: 'admin', employee_id: null, team_id: null, disabled: false, created_at: expect.any(String) });
    expect(users).toContainEqual(expect.objectContaining({ username: manager.employee.employee_id, role: 'manager', team_id: team }));
    const names = users.map((u) => u.username as string);
    expect(names).toEqual([...names].sort());
  });

  it('when users are listed two at a time, then the cursor walk returns each once', async () => {
    const t = testApp();
    const team = await createTeam(t);
    for (let i = 0; i < 3; i++) await createUser(t, team, 'employee');
    const all = (await request(t.app).get('/users?limit=500').set(bearer(t.adminToken))).body.items.map((u: { username: string }) => u.username);
    const walked: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await request(t.app)
        .get(`/users?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
        .set(bearer(t.adminToken))
        .expect(200);
      walked.push(...page.body.items.map((u: { username: string }) => u.username));
      cursor = page.body.next_cursor as string | null;
    } while (cursor);
    expect(walked).toEqual(all);
  });

  it('when an admin gives an employee a login, then 201, role employee by default, and the employee can log in', async () => {
    const t = testApp();
    const employee = await createEmployee(t, { team_id: await createTeam(t) });
    const response = await request(t.app).put(`/employees/${employee.employee_id}/account`).set(bearer(t.adminToken)).send({ password: PASSWORD });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      username: employee.employee_id,
      role: 'employee',
      employee_id: employee.employee_id,
      team_id: employee.team_id,
      disabled: false,
      created_at: expect.any(String),
    });
    await tokenFor(t.app, employee.email, PASSWORD);
  });

  it('when an admin changes an existing login, then 200 and only the given fields change', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    const response = await request(t.app).put(`/employees/${user.employee.employee_id}/account`).set(bearer(t.adminToken)).send({ role: 'manager' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ role: 'manager', disabled: false });
    await tokenFor(t.app, user.employee.employee_id, PASSWORD);
  });

  it('when an admin sets a new password, then the old one and its tokens stop working', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    await request(t.app).put(`/employees/${user.employee.employee_id}/account`).set(bearer(t.adminToken)).send({ password: 'reset-by-the-admin' }).expect(200);
    expectErrorBody(await request(t.app).get('/me').set(bearer(user.token)), 401);
    await tokenFor(t.app, user.employee.employee_id, 'reset-by-the-admin');
  });

  it.each([
    ['no password for a new login', {}, 'password'],
    ['a 9-byte password', { password: '123456789' }, 'password'],
    ['an unknown role', { password: PASSWORD, role: 'owner' }, 'role'],
    ['a non-boolean disabled', { password: PASSWORD, disabled: 'yes' }, 'disabled'],
    ['an unknown field', { password: PASSWORD, username: 'x' }, 'username'],
  ])('when the body has %s, then 422 names the field', async (_what, body, field) => {
    const t = testApp();
    const employee = await createEmployee(t, { team_id: await createTeam(t) });
    const response = await request(t.app).put(`/employees/${employee.employee_id}/account`).set(bearer(t.adminToken)).send(body);
    expectErrorBody(response, 422);
    expect(response.body.details).toEqual([expect.objectContaining({ field })]);
  });

  it('when the employee does not exist, then 404', async () => {
    const t = testApp();
    expectErrorBody(
      await request(t.app)
        .put(`/employees/${await createTeam(t)}-404/account`)
        .set(bearer(t.adminToken))
        .send({ password: PASSWORD }),
      404,
    );
  });

  it('when the only enabled admin is an employee, then disabling, demoting or deleting them is 409 and changes nothing', async () => {
    const t = testApp();
    const boss = await createUser(t, await createTeam(t), 'admin');
    const bootstrap = t.backend.database.repositories.accounts;
    // Arrange through the port: the API has no route that disables the bootstrap admin.
    await bootstrap.update(ADMIN.username, { disabled: true });
    const stillAdmin = await bootstrap.get(ADMIN.username);
    expect(stillAdmin?.disabled).toBe(true);
    try {
      for (const body of [{ disabled: true }, { role: 'manager' }]) {
        expectErrorBody(await request(t.app).put(`/employees/${boss.employee.employee_id}/account`).set(bearer(boss.token)).send(body), 409);
      }
      expectErrorBody(await request(t.app).delete(`/employees/${boss.employee.employee_id}`).set(bearer(boss.token)), 409);
      expect((await request(t.app).get('/me').set(bearer(boss.token))).body.role).toBe('admin');
    } finally {
      await bootstrap.update(ADMIN.username, { disabled: false });
    }
  });
});
