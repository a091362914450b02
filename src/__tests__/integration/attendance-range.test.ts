import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

/** GET /attendance/summary?from=&to= (API.md "Attendance"): the range summary, its query rules and its scope. */
describe.each(eachBackend())('the range summary on %s', (_name, backend) => {
  const clock = new ManualClock();
  // Monday 14 April 2025: today for every request below.
  clock.set('2025-04-14T12:00:00Z');
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'UTC', ATTENDANCE_START_DATE: '2025-01-01' }, clock);
  const admin = () => bearer(testApp().adminToken);
  const summary = (query: string, token = admin()) => request(testApp().app).get(`/attendance/summary?${query}`).set(token);
  const detailFields = (response: request.Response) => ((response.body as { details?: { field: string }[] }).details ?? []).map((d) => d.field).sort();

  it.each([
    ['from without to', 'from=2025-04-01', ['to']],
    ['to without from', 'to=2025-04-01', ['from']],
    ['date with from and to', 'date=2025-04-10&from=2025-04-01&to=2025-04-10', ['date']],
    ['date with from alone', 'date=2025-04-10&from=2025-04-01', ['date', 'to']],
    ['from after to', 'from=2025-04-10&to=2025-04-01', ['from']],
    ['a date that does not exist', 'from=2025-02-29&to=2025-03-01', ['from']],
    ['to after today', 'from=2025-04-01&to=2025-04-15', ['to']],
    ['367 days', 'from=2024-04-13&to=2025-04-14', ['to']],
  ])('when the query has %s, then 422 naming each field', async (_case, query, fields) => {
    const response = await summary(query);
    expectErrorBody(response, 422);
    expect(detailFields(response)).toEqual(fields);
  });

  it('when the range is 366 days ending today, then it is summarised, today unrated', async () => {
    const response = await summary('from=2024-04-14&to=2025-04-14');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ from: '2024-04-14', to: '2025-04-14', team_id: null, totals: { days: 366 } });
  });

  it('when a team has records in the range, then its totals add the days up and the organisation totals include them', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const [a, b] = [await createEmployee(t, { team_id: team, hire_date: '2025-01-02' }), await createEmployee(t, { team_id: team, hire_date: '2025-01-02' })];
    const record = (employee_id: string, attendance_date: string, check_in_time: string, check_out_time: string | null) =>
      request(t.app)
        .post('/attendance')
        .set(admin())
        .send({ employee_id, attendance_date, check_in_time, ...(check_out_time && { check_out_time }) })
        .expect(201);
    // Thursday 10 and Friday 11 April: two expected each day; a is present, then late; b comes once and forgets to check out.
    await record(a.employee_id, '2025-04-10', '09:00:00', '17:00:00');
    await record(a.employee_id, '2025-04-11', '10:00:00', '17:00:00');
    await record(b.employee_id, '2025-04-11', '09:00:00', null);
    const response = await summary(`from=2025-04-10&to=2025-04-13&team_id=${team.toLowerCase()}`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      from: '2025-04-10',
      to: '2025-04-13',
      team_id: team,
      totals: { days: 4, rated_days: 2, expected: 4, on_leave: 0, present: 2, late: 1, half_day: 0, absent: 1, missing_check_out: 1, average_rate: 0.75 },
      teams: [
        {
          team_id: team,
          totals: { days: 4, rated_days: 2, expected: 4, on_leave: 0, present: 2, late: 1, half_day: 0, absent: 1, missing_check_out: 1, average_rate: 0.75 },
        },
      ],
    });
    const everyone = await summary('from=2025-04-10&to=2025-04-13');
    expect(everyone.body.team_id).toBeNull();
    expect(everyone.body.teams).toContainEqual({ team_id: team, totals: response.body.totals });
  });

  it('when no from and to are given, then it is the daily summary as before', async () => {
    const response = await summary('date=2025-04-11');
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ date: '2025-04-11', week: { from: '2025-04-05', to: '2025-04-11' } });
    expect(response.body.day).toEqual(expect.objectContaining({ closed: true, not_checked_in: 0, missing_check_out: expect.any(Number) }));
  });

  it("when a manager asks, then their own team's range is theirs, another team's is 403; an employee's is 403", async () => {
    const t = testApp();
    const [team, other] = [await createTeam(t), await createTeam(t)];
    const manager = await createUser(t, team, 'manager');
    const employee = await createUser(t, team, 'employee');
    const own = await summary('from=2025-04-01&to=2025-04-13', bearer(manager.token));
    expect(own.status).toBe(200);
    expect(own.body.team_id).toBe(team);
    expect(own.body.teams.map((x: { team_id: string }) => x.team_id)).toEqual([team]);
    expectErrorBody(await summary(`from=2025-04-01&to=2025-04-13&team_id=${other}`, bearer(manager.token)), 403);
    expectErrorBody(await summary('from=2025-04-01&to=2025-04-13', bearer(employee.token)), 403);
  });
});
