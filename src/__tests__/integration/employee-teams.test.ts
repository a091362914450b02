import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

/** GET /employees/{id}/teams (API.md "Work calendar"): membership periods, scoped as a read of the employee. */
describe.each(eachBackend())('employee team periods on %s', (_name, backend) => {
  const clock = new ManualClock();
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'UTC' }, clock);
  const admin = () => bearer(testApp().adminToken);
  const periods = (employeeId: string, token = admin()) => request(testApp().app).get(`/employees/${employeeId}/teams`).set(token);
  const move = (employeeId: string, team_id: string) => request(testApp().app).put(`/employees/${employeeId}`).set(admin()).send({ team_id }).expect(200);

  beforeAll(() => clock.set('2025-03-01T12:00:00Z'));

  it('when an employee is hired, then they have one open period in their team from the hire date', async () => {
    const team = await createTeam(testApp());
    const person = await createEmployee(testApp(), { team_id: team, hire_date: '2025-01-06' });
    const response = await periods(person.employee_id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ items: [{ team_id: team, from: '2025-01-06', to: null }] });
  });

  it('when an employee moves, then the old period ends the day before and the new one opens that day; a second move that day only changes the team', async () => {
    const t = testApp();
    const [first, second, third] = [await createTeam(t), await createTeam(t), await createTeam(t)];
    const person = await createEmployee(t, { team_id: first, hire_date: '2025-01-06' });
    clock.set('2025-03-10T09:00:00Z');
    await move(person.employee_id, second);
    await move(person.employee_id, third);
    expect((await periods(person.employee_id)).body).toEqual({
      items: [
        { team_id: first, from: '2025-01-06', to: '2025-03-09' },
        { team_id: third, from: '2025-03-10', to: null },
      ],
    });
    clock.set('2025-04-01T09:00:00Z');
    await move(person.employee_id, first);
    expect((await periods(person.employee_id)).body.items).toEqual([
      { team_id: first, from: '2025-01-06', to: '2025-03-09' },
      { team_id: third, from: '2025-03-10', to: '2025-03-31' },
      { team_id: first, from: '2025-04-01', to: null },
    ]);
  });

  it("when a manager or an employee asks outside their scope, then 404 as if absent; their own team's and their own are read", async () => {
    const t = testApp();
    const [team, other] = [await createTeam(t), await createTeam(t)];
    const manager = await createUser(t, team, 'manager');
    const employee = await createUser(t, team, 'employee');
    const peer = await createEmployee(t, { team_id: team });
    const stranger = await createEmployee(t, { team_id: other });
    expect((await periods(peer.employee_id, bearer(manager.token))).status).toBe(200);
    expect((await periods(employee.employee.employee_id, bearer(employee.token))).status).toBe(200);
    expectErrorBody(await periods(stranger.employee_id, bearer(manager.token)), 404);
    expectErrorBody(await periods(peer.employee_id, bearer(employee.token)), 404);
  });

  it('when the employee does not exist, then 404; when the id is no id, then 422', async () => {
    const team = await createTeam(testApp());
    expectErrorBody(await periods(`${team}-999`), 404);
    expectErrorBody(await periods('DEV-0001'), 422);
  });
});
