import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

/** Attendance corrections (API.md "Corrections, audit and exports"); the clock says Monday 2025-04-14, 12:00 UTC. */

interface Correction {
  correction_id: string;
  employee_id: string;
  date: string;
  check_in_time: string | null;
  check_out_time: string | null;
  status: string | null;
  state: string;
  record_version: number | null;
  requested_by: string;
  decided_by: string | null;
}

describe.each(eachBackend())('attendance corrections on %s', (_name, backend) => {
  const clock = new ManualClock();
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'UTC', ATTENDANCE_START_DATE: '2024-01-01', WORKDAY_START: '09:00', LATE_GRACE_MINUTES: '10' }, clock);
  const admin = () => bearer(testApp().adminToken);
  const api = () => request(testApp().app);

  beforeAll(() => clock.set('2025-04-14T12:00:00Z'));

  const team = async () => {
    const teamId = await createTeam(testApp());
    const manager = await createUser(testApp(), teamId, 'manager', { hire_date: '2024-06-03' });
    const employee = await createUser(testApp(), teamId, 'employee', { hire_date: '2024-06-03' });
    return { teamId, manager, employee, asManager: bearer(manager.token), asEmployee: bearer(employee.token), id: employee.employee.employee_id };
  };
  const ask = (body: object, token: Record<string, string>) => api().post('/attendance-corrections').set(token).send(body);
  const asked = async (body: object, token: Record<string, string>) => {
    const response = await ask(body, token);
    expect(response.status).toBe(201);
    return response.body as Correction;
  };
  const decide = (id: string, decision: 'approve' | 'reject' | 'cancel', token: Record<string, string>, note?: string) =>
    api()
      .post(`/attendance-corrections/${id}/${decision}`)
      .set(token)
      .send(note === undefined ? {} : { note });
  const record = async (employeeId: string, date: string) =>
    (await api().get(`/attendance/${employeeId}/${date}`).set(admin())).body as Record<string, unknown>;

  it('fixes a forgotten check-out: the employee asks, their manager approves, the record is written as a direct edit would', async () => {
    const t = await team();
    await api().post('/attendance').set(admin()).send({ employee_id: t.id, attendance_date: '2025-04-10', check_in_time: '09:20:00' }).expect(201);
    expect(await record(t.id, '2025-04-10')).toMatchObject({ status: 'late', missing_check_out: true, hours_worked: null });

    const correction = await asked(
      { date: '2025-04-10', check_in_time: '09:05:00', check_out_time: '17:35:00', reason: 'The badge reader was down' },
      t.asEmployee,
    );
    expect(correction).toMatchObject({
      employee_id: t.id,
      date: '2025-04-10',
      state: 'pending',
      record_version: 1,
      requested_by: t.id,
      decided_by: null,
      status: null,
    });
    // Nothing changes before the decision.
    expect(await record(t.id, '2025-04-10')).toMatchObject({ check_out_time: null, missing_check_out: true });

    const approved = await decide(correction.correction_id, 'approve', t.asManager, 'Seen the badge log');
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ state: 'approved', decided_by: t.manager.employee.employee_id, decision_note: 'Seen the badge log' });
    // Status derived from the new times (on time within the grace), hours computed, the missing check-out cleared.
    expect(await record(t.id, '2025-04-10')).toMatchObject({
      check_in_time: '09:05:00',
      check_out_time: '17:35:00',
      status: 'present',
      hours_worked: 8.5,
      missing_check_out: false,
    });
    expect((await decide(correction.correction_id, 'reject', t.asManager)).body).toMatchObject({ code: 'NOT_PENDING' });
  });

  it('creates the record when there was none (an explicit status wins over the times), and a day with no record and no status is refused', async () => {
    const t = await team();
    const c = await asked(
      { employee_id: t.id, date: '2025-04-09', check_in_time: '09:00:00', check_out_time: '13:00:00', status: 'half-day', reason: 'Doctor in the afternoon' },
      t.asEmployee,
    );
    expect(c.record_version).toBeNull();
    await decide(c.correction_id, 'approve', admin()).expect(200);
    expect(await record(t.id, '2025-04-09')).toMatchObject({ status: 'half-day', hours_worked: 4, team_id: t.teamId });
    const empty = await ask({ date: '2025-04-08', check_out_time: null, reason: 'Nothing to say' }, t.asEmployee);
    expectErrorBody(empty, 422);
  });

  it('refuses an open or future day, a day before tracking or employment, and another team’s people', async () => {
    const t = await team();
    const other = await team();
    for (const date of ['2025-04-14', '2025-04-15', '2023-12-29', '2024-05-31']) {
      const response = await ask({ date, check_in_time: '09:00:00', reason: 'x' }, t.asEmployee);
      expectErrorBody(response, 422);
    }
    expect((await ask({ employee_id: other.id, date: '2025-04-10', check_in_time: '09:00:00', reason: 'x' }, t.asManager)).status).toBe(403);
    expect((await ask({ employee_id: other.id, date: '2025-04-10', check_in_time: '09:00:00', reason: 'x' }, t.asEmployee)).status).toBe(403);
    expectErrorBody(await ask({ date: '2025-04-10', reason: 'no change named' }, t.asEmployee), 422);
    expectErrorBody(await ask({ date: '2025-04-10', check_in_time: '25:00:00', reason: 'x' }, t.asEmployee), 422);
  });

  it('approval of a record that changed after the request is 409 RECORD_CHANGED, and the record keeps the newer change', async () => {
    const t = await team();
    await api().post('/attendance').set(admin()).send({ employee_id: t.id, attendance_date: '2025-04-11', check_in_time: '09:00:00' }).expect(201);
    const c = await asked({ date: '2025-04-11', check_out_time: '18:00:00', reason: 'Forgot' }, t.asEmployee);
    await api().put(`/attendance/${t.id}/2025-04-11`).set(admin()).send({ check_out_time: '16:00:00' }).expect(200);
    const stale = await decide(c.correction_id, 'approve', t.asManager);
    expectErrorBody(stale, 409);
    expect(stale.body).toMatchObject({ code: 'RECORD_CHANGED' });
    expect(await record(t.id, '2025-04-11')).toMatchObject({ check_out_time: '16:00:00' });
    expect((await api().get(`/attendance-corrections/${c.correction_id}`).set(t.asEmployee)).body).toMatchObject({ state: 'pending' });
    // Asking again against the record as it is now goes through.
    const again = await asked({ date: '2025-04-11', check_out_time: '18:00:00', reason: 'Forgot, again' }, t.asEmployee);
    expect(again.record_version).toBe(2);
    await decide(again.correction_id, 'approve', t.asManager).expect(200);
    expect(await record(t.id, '2025-04-11')).toMatchObject({ check_out_time: '18:00:00' });
  });

  it('is decided by an admin or the day’s team manager for an employee login, never by whoever asked; cancelled only by whoever asked', async () => {
    const t = await team();
    const noLogin = await createEmployee(testApp(), { team_id: t.teamId, hire_date: '2024-06-03' });
    // The manager asks for a member: someone else must decide, and a member without an employee login is an admin's.
    const forMember = await asked(
      { employee_id: noLogin.employee_id, date: '2025-04-10', status: 'present', check_in_time: '09:00:00', reason: 'Was at a client' },
      t.asManager,
    );
    expect((await decide(forMember.correction_id, 'approve', t.asManager)).status).toBe(403);
    // A write out of scope is 403 whether or not it exists.
    expect((await decide(forMember.correction_id, 'cancel', t.asEmployee)).status).toBe(403);
    await decide(forMember.correction_id, 'approve', admin()).expect(200);
    // The manager's own correction: not theirs to decide, and an admin asking cannot approve their own either.
    const own = await asked({ date: '2025-04-10', check_in_time: '09:00:00', reason: 'Mine' }, t.asManager);
    expect((await decide(own.correction_id, 'approve', t.asManager)).status).toBe(403);
    const byAdmin = await asked({ employee_id: t.id, date: '2025-04-07', check_in_time: '09:00:00', reason: 'Admin asks' }, admin());
    expect((await decide(byAdmin.correction_id, 'approve', admin())).status).toBe(403);
    await decide(byAdmin.correction_id, 'approve', t.asManager).expect(200);
    // Only whoever asked cancels, while pending.
    const mine = await asked({ date: '2025-04-04', check_in_time: '09:00:00', reason: 'Oops' }, t.asEmployee);
    expect((await decide(mine.correction_id, 'cancel', t.asManager)).status).toBe(403);
    expect((await decide(mine.correction_id, 'cancel', t.asEmployee)).body).toMatchObject({ state: 'cancelled' });
    expect((await decide(mine.correction_id, 'approve', t.asManager)).status).toBe(409);
  });

  it('lists within scope, newest first, filtered by state and days', async () => {
    const t = await team();
    const other = await team();
    const first = await asked({ date: '2025-04-01', check_in_time: '09:00:00', reason: 'a' }, t.asEmployee);
    clock.advance(1000);
    const second = await asked({ date: '2025-04-02', check_in_time: '09:00:00', reason: 'b' }, t.asEmployee);
    clock.advance(1000);
    const elsewhere = await asked({ date: '2025-04-02', check_in_time: '09:00:00', reason: 'c' }, other.asEmployee);
    await decide(first.correction_id, 'reject', t.asManager, 'No').expect(200);
    const ids = async (query: string, token: Record<string, string>) =>
      ((await api().get(`/attendance-corrections?${query}`).set(token).expect(200)).body as { items: Correction[] }).items.map((c) => c.correction_id);
    expect(await ids('', t.asEmployee)).toEqual([second.correction_id, first.correction_id]);
    expect(await ids(`team_id=${other.teamId}`, t.asManager)).toEqual([]);
    expect(await ids('', t.asManager)).toEqual([second.correction_id, first.correction_id]);
    expect(await ids('state=pending', t.asManager)).toEqual([second.correction_id]);
    expect(await ids(`state=rejected&team_id=${t.teamId}`, admin())).toEqual([first.correction_id]);
    expect(await ids(`from=2025-04-02&to=2025-04-02&team_id=${other.teamId}`, admin())).toEqual([elsewhere.correction_id]);
    expect((await api().get(`/attendance-corrections/${elsewhere.correction_id}`).set(t.asManager)).status).toBe(404);
    expectErrorBody(await api().get('/attendance-corrections?state=maybe').set(admin()), 422);
  });
});
