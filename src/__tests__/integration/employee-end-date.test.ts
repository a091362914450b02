import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createTeam, expectErrorBody, useTestApp } from '../support/test-app';

/** `end_date` over HTTP (API.md "Work calendar", employment): a date or null, never before hire_date. */
describe.each(eachBackend())('employee end dates on %s', (_name, backend) => {
  const clock = new ManualClock();
  clock.set('2025-04-14T12:00:00Z');
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'UTC' }, clock);
  const admin = () => bearer(testApp().adminToken);
  const post = (body: object) => request(testApp().app).post('/employees').set(admin()).send(body);
  const put = (id: string, body: object) => request(testApp().app).put(`/employees/${id}`).set(admin()).send(body);
  const fields = (response: request.Response) => ((response.body as { details?: { field: string }[] }).details ?? []).map((d) => d.field);
  let sequence = 0;
  const person = async (extra: object = {}) => ({
    name: 'Ann Lee',
    email: `end.date.${++sequence}@example.com`,
    team_id: await createTeam(testApp()),
    position: 'Mid',
    hire_date: '2025-01-06',
    ...extra,
  });

  it('when an employee is created with an end date, then it is kept; without one it is null', async () => {
    expect((await post(await person({ status: 'inactive', end_date: '2025-03-31' }))).body).toMatchObject({ status: 'inactive', end_date: '2025-03-31' });
    expect((await post(await person())).body).toMatchObject({ status: 'active', end_date: null });
  });

  it('when the end date is before the hire date or no date, then 422 naming end_date', async () => {
    const before = await post(await person({ end_date: '2025-01-05' }));
    expectErrorBody(before, 422);
    expect(fields(before)).toEqual(['end_date']);
    expect(fields(await post(await person({ end_date: '2025-02-30' })))).toEqual(['end_date']);
  });

  it('when a PUT sets the end date and the status, then both hold; an end date before the hire date is 422', async () => {
    const created = (await post(await person())).body as { employee_id: string };
    const ended = await put(created.employee_id, { status: 'inactive', end_date: '2025-04-11' });
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ status: 'inactive', end_date: '2025-04-11' });
    expect(fields(await put(created.employee_id, { end_date: '2024-12-31' }))).toEqual(['end_date']);
  });
});
