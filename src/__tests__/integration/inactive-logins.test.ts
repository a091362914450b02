import request from 'supertest';
import { buildContainer } from '../../container';
import { createLogger } from '../../logger';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { PASSWORD, bearer, createTeam, createUser, tokenFor, useTestApp } from '../support/test-app';

/** Inactive is how a leaver's records are kept: their login must stop, everywhere and by every route to the status. */
describe.each(eachBackend())('inactive employees on %s', (_name, backend) => {
  const testApp = useTestApp(backend);

  const login = (username: string, password = PASSWORD) => request(testApp().app).post('/token').type('form').send({ username, password });
  const expectRefusedLikeWrongPassword = async (username: string) => {
    const [refused, wrongPassword] = [await login(username), await login(username, 'not-the-password')];
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect([refused.status, refused.body]).toEqual([wrongPassword.status, wrongPassword.body]);
  };

  it('when an employee is made inactive, then their token stops at once and their login is refused exactly like a wrong password', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'manager');
    await request(t.app).get('/me').set(bearer(user.token)).expect(200);
    await request(t.app).put(`/employees/${user.employee.employee_id}`).set(bearer(t.adminToken)).send({ status: 'inactive' }).expect(200);
    expect((await request(t.app).get('/me').set(bearer(user.token))).status).toBe(401);
    await expectRefusedLikeWrongPassword(user.employee.employee_id);
    await expectRefusedLikeWrongPassword(user.employee.email);
  });

  it('when an inactive employee is made active again, then they log in again, and tokens from before they left stay ended', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    await request(t.app).put(`/employees/${user.employee.employee_id}`).set(bearer(t.adminToken)).send({ status: 'inactive' }).expect(200);
    await request(t.app).put(`/employees/${user.employee.employee_id}`).set(bearer(t.adminToken)).send({ status: 'active' }).expect(200);
    // As with re-enabling a disabled login: coming back revives no earlier token, here or on a fresh instance.
    expect((await request(t.app).get('/me').set(bearer(user.token))).status).toBe(401);
    const fresh = await buildContainer(t.config, t.backend.database, createLogger('silent'));
    expect((await request(fresh.app).get('/me').set(bearer(user.token))).status).toBe(401);
    const token = await tokenFor(t.app, user.employee.employee_id, PASSWORD);
    await request(t.app).get('/me').set(bearer(token)).expect(200);
  });

  it('when a bulk import makes an employee inactive and another makes them active, then tokens from before stay ended and a fresh login works', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    const importStatus = async (status: string) => {
      const csv = `employee_id,status\n${user.employee.employee_id},${status}\n`;
      const imported = await request(t.app).post('/employees/bulk').set(bearer(t.adminToken)).set('Content-Type', 'text/csv').send(csv);
      expect(imported.body).toMatchObject({ updated: 1, failed: [] });
    };
    await importStatus('inactive');
    await importStatus('active');
    expect((await request(t.app).get('/me').set(bearer(user.token))).status).toBe(401);
    const token = await tokenFor(t.app, user.employee.employee_id, PASSWORD);
    await request(t.app).get('/me').set(bearer(token)).expect(200);
  });

  it('when a bulk import makes an employee inactive, then their login is refused and their token ends', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee');
    const csv = `employee_id,status\n${user.employee.employee_id},inactive\n`;
    const imported = await request(t.app).post('/employees/bulk').set(bearer(t.adminToken)).set('Content-Type', 'text/csv').send(csv);
    expect(imported.body).toMatchObject({ updated: 1, failed: [] });
    await expectRefusedLikeWrongPassword(user.employee.employee_id);
    // A fresh instance has nothing cached: what it sees is what the database holds for the login.
    const fresh = await buildContainer(t.config, t.backend.database, createLogger('silent'));
    expect((await request(fresh.app).get('/me').set(bearer(user.token))).status).toBe(401);
  });

  it('when an employee is created inactive with a login, or a login is added to an inactive employee, then it cannot sign in', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const created = await request(t.app)
      .post('/employees')
      .set(bearer(t.adminToken))
      .send({
        name: 'Gone Already',
        email: `gone.${team}@example.com`,
        team_id: team,
        position: 'Mid',
        status: 'inactive',
        account: { password: PASSWORD, role: 'employee' },
      })
      .expect(201);
    await expectRefusedLikeWrongPassword(created.body.employee_id as string);
    const later = await request(t.app)
      .post('/employees')
      .set(bearer(t.adminToken))
      .send({ name: 'Left Too', email: `left.${team}@example.com`, team_id: team, position: 'Mid', status: 'inactive' })
      .expect(201);
    await request(t.app)
      .put(`/employees/${later.body.employee_id as string}/account`)
      .set(bearer(t.adminToken))
      .send({ password: PASSWORD })
      .expect(201);
    await expectRefusedLikeWrongPassword(later.body.employee_id as string);
  });

  it('when another instance makes an employee inactive, then this instance refuses their token within its 30-second cache', async () => {
    const t = testApp();
    const clock = new ManualClock();
    const other = await buildContainer(t.config, t.backend.database, createLogger('silent'), clock);
    const user = await createUser(t, await createTeam(t), 'employee');
    await request(other.app).get('/me').set(bearer(user.token)).expect(200);
    await request(t.app).put(`/employees/${user.employee.employee_id}`).set(bearer(t.adminToken)).send({ status: 'inactive' }).expect(200);
    clock.advance(30_001);
    expect((await request(other.app).get('/me').set(bearer(user.token))).status).toBe(401);
  });
});
