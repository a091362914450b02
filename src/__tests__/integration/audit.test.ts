import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createTeam, createUser, expectErrorBody, PASSWORD, useTestApp } from '../support/test-app';

/** The audit trail over HTTP (API.md "Corrections, audit and exports"); the clock says Monday 2025-04-14 in Europe/Berlin. */

interface Entry {
  audit_id: string;
  at: string;
  actor: string;
  via: string;
  client: string | null;
  action: string;
  entity: string;
  entity_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  request_id: string | null;
}

/** A set clock that moves a millisecond every time it is read, as a real one would between requests: entries of the same millisecond have no order among them. */
class TickingClock extends ManualClock {
  override now(): Date {
    this.advance(1);
    return super.now();
  }
}

describe.each(eachBackend())('the audit trail on %s', (_name, backend) => {
  const clock = new TickingClock();
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'Europe/Berlin', ATTENDANCE_START_DATE: '2024-01-01' }, clock);
  const admin = () => bearer(testApp().adminToken);
  const api = () => request(testApp().app);

  beforeAll(() => clock.set('2025-04-14T10:00:00Z'));

  const trail = async (query: string) => {
    const response = await api().get(`/audit?limit=500&${query}`).set(admin());
    expect(response.status).toBe(200);
    return (response.body as { items: Entry[] }).items;
  };

  it('records who, through which client and request, what was before and after; only admins read it', async () => {
    const teamId = await createTeam(testApp());
    const agent = `curl/8.5.0 ${'x'.repeat(200)}`;
    await api()
      .put(`/teams/${teamId}`)
      .set(admin())
      .set('User-Agent', agent)
      .set('X-Request-Id', 'rename-req-1')
      .send({ team_name: 'Renamed team' })
      .expect(200);
    const [entry] = await trail(`entity=team&entity_id=${teamId}`);
    expect(entry).toMatchObject({
      actor: 'admin',
      via: 'rest',
      action: 'update',
      entity: 'team',
      entity_id: teamId,
      request_id: 'rename-req-1',
      after: { team_name: 'Renamed team' },
    });
    expect(entry!.client).toBe(agent.slice(0, 100));
    expect(entry!.before).toMatchObject({ team_id: teamId });
    expect(entry!.at).toMatch(/^2025-04-14T10:00:00\.\d{3}Z$/);

    const manager = await createUser(testApp(), teamId, 'manager', { hire_date: '2024-02-01' });
    expect((await api().get('/audit').set(bearer(manager.token))).status).toBe(403);
    expect((await api().get('/audit')).status).toBe(401);
  });

  it('never holds a password or its hash; a login change says the password changed', async () => {
    const teamId = await createTeam(testApp());
    const user = await createUser(testApp(), teamId, 'employee', { hire_date: '2024-02-01' });
    const id = user.employee.employee_id;
    await api().put(`/employees/${id}/account`).set(admin()).send({ password: 'another-long-password', role: 'manager' }).expect(200);
    const [change] = await trail(`entity=login&entity_id=${id}`);
    expect(change).toMatchObject({ action: 'login_change', before: { role: 'employee' }, after: { role: 'manager', password_changed: true } });
    const text = JSON.stringify(await trail(''));
    for (const secret of [PASSWORD, 'another-long-password', 'password_hash', '$2b$', '$2a$']) expect(text).not.toContain(secret);
  });

  it('writes one entry per imported row, through "import", in the request that imported them', async () => {
    const teamId = await createTeam(testApp());
    const user = await createUser(testApp(), teamId, 'employee', { hire_date: '2024-02-01' });
    const id = user.employee.employee_id;
    const csv = `employee_id,attendance_date,check_in_time,check_out_time\n${id},2025-04-07,09:00:00,17:00:00\n${id},2025-04-08,09:30:00,17:00:00\n${id},2025-04-09,09:00:00,\n`;
    await api().post('/attendance/bulk').set(admin()).set('X-Request-Id', 'import-req-7').set('Content-Type', 'text/csv').send(csv).expect(200);
    const entries = await trail(`entity=attendance&actor=admin`);
    const imported = entries.filter((e) => e.request_id === 'import-req-7');
    expect(imported.map((e) => e.entity_id).sort()).toEqual([`${id}/2025-04-07`, `${id}/2025-04-08`, `${id}/2025-04-09`]);
    for (const e of imported) expect(e).toMatchObject({ via: 'import', action: 'create', before: null });
    expect(imported.find((e) => e.entity_id === `${id}/2025-04-08`)!.after).toMatchObject({ status: 'late', check_in_time: '09:30:00' });
  });

  it('keeps a deleted employee’s history, and audits leave and corrections with their reasons', async () => {
    const teamId = await createTeam(testApp());
    const manager = await createUser(testApp(), teamId, 'manager', { hire_date: '2024-02-01' });
    const user = await createUser(testApp(), teamId, 'employee', { hire_date: '2024-02-01' });
    const id = user.employee.employee_id;
    const asked = await api()
      .post('/leave-requests')
      .set(bearer(user.token))
      .send({ code: 'ANNUAL', from: '2025-05-05', to: '2025-05-06', reason: 'Family' })
      .expect(201);
    const requestId = (asked.body as { request_id: string }).request_id;
    await api().post(`/leave-requests/${requestId}/approve`).set(bearer(manager.token)).send({ note: 'Enjoy' }).expect(200);
    const adjusted = await api()
      .post('/leave-adjustments')
      .set(admin())
      .send({ employee_id: id, code: 'ANNUAL', year: 2025, days: 2, reason: 'Carried over' })
      .expect(201);
    expect(adjusted.status).toBe(201);
    await api().post('/attendance').set(admin()).send({ employee_id: id, attendance_date: '2025-04-10', check_in_time: '09:00:00' }).expect(201);
    const correction = await api()
      .post('/attendance-corrections')
      .set(bearer(user.token))
      .send({ date: '2025-04-10', check_out_time: '17:00:00', reason: 'Forgot' })
      .expect(201);
    const correctionId = (correction.body as { correction_id: string }).correction_id;
    await api().post(`/attendance-corrections/${correctionId}/approve`).set(bearer(manager.token)).send({}).expect(200);

    const leave = await trail(`entity=leave_request&entity_id=${requestId}`);
    expect(leave.map((e) => `${e.actor} ${e.action}`)).toEqual([`${manager.employee.employee_id} approve`, `${id} create`]);
    expect(leave[0]).toMatchObject({ reason: 'Enjoy', before: { status: 'pending' }, after: { status: 'approved' } });
    expect(leave[1]).toMatchObject({ reason: 'Family', after: { from: '2025-05-05', to: '2025-05-06' } });
    const [adjustment] = await trail('entity=leave_adjustment');
    const ledger = (await api().get(`/leave-ledger?employee_id=${id}&limit=500`).set(admin()).expect(200)).body as {
      items: { entry_id: string; kind: string }[];
    };
    expect(adjustment).toMatchObject({
      action: 'adjust',
      reason: 'Carried over',
      entity_id: ledger.items.find((e) => e.kind === 'adjustment')!.entry_id,
      after: { days: 2 },
    });
    const [approval] = await trail(`entity=correction&entity_id=${correctionId}`);
    expect(approval).toMatchObject({
      action: 'approve',
      before: { state: 'pending', record: { check_out_time: null } },
      after: { state: 'approved', record: { check_out_time: '17:00:00' } },
    });

    await api().delete(`/employees/${id}`).set(admin()).expect(204);
    const history = await trail(`entity=employee&entity_id=${id}`);
    expect(history.map((e) => e.action)).toEqual(['delete', 'create']);
    expect(history[0]!.before).toMatchObject({ employee_id: id, login: id });
  });

  it('reads from and to as instants or as whole days in ORG_TIMEZONE, and refuses anything else', async () => {
    const teamId = await createTeam(testApp());
    // 23:30 UTC on the 15th is already the 16th in Berlin.
    clock.set('2025-04-15T23:30:00Z');
    await api().put(`/teams/${teamId}`).set(admin()).send({ team_name: 'Late rename' }).expect(200);
    clock.set('2025-04-14T10:00:00Z');
    const found = async (query: string) => (await trail(`entity=team&entity_id=${teamId}&${query}`)).map((e) => e.action);
    expect(await found('from=2025-04-16&to=2025-04-16')).toEqual(['update']);
    expect(await found('from=2025-04-15&to=2025-04-15')).toEqual([]);
    expect(await found('from=2025-04-15T23:30:00Z&to=2025-04-15T23:30:01.000Z')).toEqual(['update']);
    expect(await found('to=2025-04-15T23:29:59.999Z')).toEqual(['create']);
    for (const bad of ['from=yesterday', 'to=2025-02-30', 'entity=salary', 'from=2025-04-15T10:00:00', 'limit=0']) {
      expectErrorBody(await api().get(`/audit?${bad}`).set(admin()), 422);
    }
  });

  it('when from is after to, in either form or mixed, then 422 naming from, as on the other range routes; one day or one instant is fine', async () => {
    const details = async (query: string) => {
      const response = await api().get(`/audit?${query}`).set(admin());
      expectErrorBody(response, 422);
      return (response.body as { details: { field: string; message: string }[] }).details;
    };
    const attendance = await api().get('/attendance?from=2025-04-16&to=2025-04-15').set(admin());
    expectErrorBody(attendance, 422);
    const rule = (attendance.body as { details: unknown[] }).details;
    expect(await details('from=2025-04-16&to=2025-04-15')).toEqual(rule);
    expect(await details('from=2025-04-15T10:00:01Z&to=2025-04-15T10:00:00Z')).toEqual(rule);
    // Berlin (this suite's zone): the 16th starts at 22:00 UTC on the 15th.
    expect(await details('from=2025-04-16&to=2025-04-15T21:59:59Z')).toEqual(rule);
    expect(await details('from=2025-04-15T22:00:00Z&to=2025-04-15')).toEqual(rule);
    await api().get('/audit?from=2025-04-16&to=2025-04-16').set(admin()).expect(200);
    await api().get('/audit?from=2025-04-16&to=2025-04-15T22:00:00Z').set(admin()).expect(200);
    await api().get('/audit?from=2025-04-15T10:00:00Z&to=2025-04-15T10:00:00Z').set(admin()).expect(200);
  });
});
