import request from 'supertest';
import { eachBackend } from '../support/backends';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

describe.each(eachBackend())('performance scores on %s', (_name, backend) => {
  const testApp = useTestApp(backend);
  const admin = () => testApp().adminToken;
  const post = (token: string, body: object) => request(testApp().app).post('/performance-scores').set(bearer(token)).send(body);
  const inputs = { kpi: 85, completed_task: 90, feedback_360: 80 };

  it('when an admin records a score, then 201 with the computed final score and the employee copies', async () => {
    const t = testApp();
    const e = await createEmployee(t, { team_id: await createTeam(t), name: 'John Doe' });
    const response = await post(admin(), { employee_id: e.employee_id, period: '2025-q1', ...inputs });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      employee_id: e.employee_id,
      period: '2025-Q1',
      ...inputs,
      final_score: 85,
      employee_name: 'John Doe',
      team_id: e.team_id,
      created_at: expect.any(String),
      updated_at: expect.any(String),
    });
    expect(
      (await post(admin(), { employee_id: e.employee_id, period: '2025-Q2', kpi: 85.335, completed_task: 85.335, feedback_360: 85.335 })).body.final_score,
    ).toBe(85.34);
  });

  it.each([
    ['final_score', { final_score: 99 }, /computed by the service/],
    ['employee_name', { employee_name: 'Someone' }, /copied from the employee/],
    ['team_id', { team_id: 'DEV' }, /not a writable field/],
  ])('when a client sends %s, then 422 says why', async (field, extra, message) => {
    const t = testApp();
    const e = await createEmployee(t, { team_id: await createTeam(t) });
    const response = await post(admin(), { employee_id: e.employee_id, period: '2025-Q1', ...inputs, ...extra });
    expectErrorBody(response, 422);
    expect(response.body.details).toEqual([{ field, message: expect.stringMatching(message) }]);
  });

  it.each([
    ['a period Q5', { period: '2025-Q5' }, 'period'],
    ['a period without Q', { period: '2025-1' }, 'period'],
    ['an input above 100', { kpi: 100.5 }, 'kpi'],
    ['a negative input', { feedback_360: -1 }, 'feedback_360'],
    ['four decimals', { completed_task: 80.1234 }, 'completed_task'],
    ['a string input', { kpi: '85' }, 'kpi'],
  ])('when the body has %s, then 422 names the field', async (_what, change, field) => {
    const t = testApp();
    const e = await createEmployee(t, { team_id: await createTeam(t) });
    const response = await post(admin(), { employee_id: e.employee_id, period: '2025-Q1', ...inputs, ...change });
    expectErrorBody(response, 422);
    expect(response.body.details).toEqual([expect.objectContaining({ field })]);
  });

  it('when the same period is recorded twice, then 409; an unknown employee is 404 for an admin, 403 for a manager', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const manager = await createUser(t, team, 'manager');
    const e = await createEmployee(t, { team_id: team }, { role: 'employee' });
    await post(admin(), { employee_id: e.employee_id, period: '2025-Q1', ...inputs }).expect(201);
    expectErrorBody(await post(manager.token, { employee_id: e.employee_id, period: '2025-Q1', ...inputs }), 409);
    expectErrorBody(await post(admin(), { employee_id: `${team}-999`, period: '2025-Q1', ...inputs }), 404);
    expectErrorBody(await post(manager.token, { employee_id: `${team}-999`, period: '2025-Q1', ...inputs }), 403);
  });

  it("when people reach for scores, then a manager has their team's, an employee reads only their own and writes none", async () => {
    const t = testApp();
    const [team, other] = [await createTeam(t), await createTeam(t)];
    const manager = await createUser(t, team, 'manager');
    const [me, peer] = [await createUser(t, team, 'employee'), await createUser(t, team, 'employee')];
    const outsider = await createEmployee(t, { team_id: other });
    await post(manager.token, { employee_id: me.employee.employee_id, period: '2025-Q1', ...inputs }).expect(201);
    await post(manager.token, { employee_id: peer.employee.employee_id, period: '2025-Q1', ...inputs }).expect(201);
    expectErrorBody(await post(manager.token, { employee_id: outsider.employee_id, period: '2025-Q1', ...inputs }), 403);
    await post(admin(), { employee_id: outsider.employee_id, period: '2025-Q1', ...inputs }).expect(201);
    expectErrorBody(await post(me.token, { employee_id: me.employee.employee_id, period: '2025-Q2', ...inputs }), 403);

    const ids = async (token: string, query = '') =>
      ((await request(t.app).get(`/performance-scores?limit=500${query}`).set(bearer(token))).body.items as { employee_id: string }[]).map(
        (s) => s.employee_id,
      );
    expect(await ids(manager.token)).toEqual([me.employee.employee_id, peer.employee.employee_id].sort());
    expect(await ids(manager.token, `&team_id=${other}`)).toEqual([]);
    expect(await ids(me.token)).toEqual([me.employee.employee_id]);
    expect(await ids(admin(), `&department=${other}`)).toEqual([outsider.employee_id]);
    expectErrorBody(await request(t.app).get(`/performance-scores/${peer.employee.employee_id}/2025-Q1`).set(bearer(me.token)), 404);
    expectErrorBody(await request(t.app).get(`/performance-scores/${outsider.employee_id}/2025-Q1`).set(bearer(manager.token)), 404);
    expectErrorBody(await request(t.app).put(`/performance-scores/${outsider.employee_id}/2025-Q1`).set(bearer(manager.token)).send({ kpi: 10 }), 403);
    expectErrorBody(await request(t.app).delete(`/performance-scores/${outsider.employee_id}/2025-Q1`).set(bearer(manager.token)), 403);
    expectErrorBody(await request(t.app).put(`/performance-scores/${me.employee.employee_id}/2025-Q1`).set(bearer(me.token)).send({ kpi: 10 }), 403);
  });

  it('when a score is changed, then only the given inputs change and the final score is recomputed; then it can be deleted', async () => {
    const t = testApp();
    const e = await createEmployee(t, { team_id: await createTeam(t) });
    await post(admin(), { employee_id: e.employee_id, period: '2025-Q1', ...inputs }).expect(201);
    const path = `/performance-scores/${e.employee_id}/2025-Q1`;
    const changed = await request(t.app).put(path).set(bearer(admin())).send({ kpi: 100 });
    expect(changed.body).toMatchObject({ kpi: 100, completed_task: 90, feedback_360: 80, final_score: 90 });
    expectErrorBody(await request(t.app).put(path).set(bearer(admin())).send({ final_score: 1 }), 422);
    expectErrorBody(await request(t.app).put(path).set(bearer(admin())).send({}), 422);
    expectErrorBody(await request(t.app).put(`/performance-scores/${e.employee_id}/2024-Q1`).set(bearer(admin())).send({ kpi: 1 }), 404);
    await request(t.app).delete(path).set(bearer(admin())).expect(204);
    expectErrorBody(await request(t.app).get(path).set(bearer(admin())), 404);
  });

  it('when an employee is renamed, moved or deleted, then their scores follow', async () => {
    const t = testApp();
    const [team, other] = [await createTeam(t), await createTeam(t)];
    const e = await createEmployee(t, { team_id: team, name: 'Old Name' });
    for (const period of ['2024-Q4', '2025-Q1']) await post(admin(), { employee_id: e.employee_id, period, ...inputs }).expect(201);
    await request(t.app).put(`/employees/${e.employee_id}`).set(bearer(admin())).send({ name: 'New Name', team_id: other }).expect(200);
    const scores = (await request(t.app).get(`/performance-scores?employee_id=${e.employee_id}`).set(bearer(admin()))).body.items;
    expect(scores).toEqual([
      expect.objectContaining({ period: '2025-Q1', employee_name: 'New Name', team_id: other }),
      expect.objectContaining({ period: '2024-Q4', employee_name: 'New Name', team_id: other }),
    ]);
    const summary = (await request(t.app).get(`/performance-scores/summary?team_id=${team}`).set(bearer(admin()))).body;
    expect(summary).toEqual({ items: [] });
    await request(t.app).delete(`/employees/${e.employee_id}`).set(bearer(admin())).expect(204);
    expect((await request(t.app).get(`/performance-scores?team_id=${other}`).set(bearer(admin()))).body.items).toEqual([]);
  });

  it('when the summary is asked for, then count, mean, min and max per team and period, chronological without a period; managers see their team, employees none', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const manager = await createUser(t, team, 'manager');
    const people = [await createEmployee(t, { team_id: team }), await createEmployee(t, { team_id: team }), await createEmployee(t, { team_id: team })];
    const record = (who: number, period: string, v: number) =>
      post(admin(), { employee_id: people[who]!.employee_id, period, kpi: v, completed_task: v, feedback_360: v }).expect(201);
    await record(0, '2025-Q1', 80);
    await record(1, '2025-Q1', 90.5);
    await record(2, '2025-Q1', 71.111);
    await record(0, '2024-Q4', 60);
    await record(1, '2024-Q4', 100);
    const trend = await request(t.app).get(`/performance-scores/summary?team_id=${team}`).set(bearer(admin()));
    expect(trend.body).toEqual({
      items: [
        { team_id: team, period: '2024-Q4', count: 2, mean: 80, min: 60, max: 100, total: 160 },
        { team_id: team, period: '2025-Q1', count: 3, mean: 80.54, min: 71.11, max: 90.5, total: 241.61 },
      ],
    });
    expect((await request(t.app).get('/performance-scores/summary?period=2025-Q1').set(bearer(manager.token))).body).toEqual({
      items: [{ team_id: team, period: '2025-Q1', count: 3, mean: 80.54, min: 71.11, max: 90.5, total: 241.61 }],
    });
    expectErrorBody(await request(t.app).get('/performance-scores/summary?team_id=QA').set(bearer(manager.token)), 403);
    const employee = await createUser(t, team, 'employee');
    expectErrorBody(await request(t.app).get('/performance-scores/summary').set(bearer(employee.token)), 403);
  });
});
