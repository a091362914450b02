import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

/** Leave lists in scope, page by page, and history imported as approved leave (API.md "Leave"). */

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe.each(eachBackend())('leave lists and imports on %s', (_name, backend) => {
  const clock = new ManualClock();
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'UTC', ATTENDANCE_START_DATE: '2024-01-01' }, clock);
  const admin = () => bearer(testApp().adminToken);
  const api = () => request(testApp().app);

  beforeAll(() => clock.set('2025-04-14T12:00:00Z'));

  async function walk<T>(path: string, token: Record<string, string>, limit: number): Promise<T[]> {
    const items: T[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const response = await api()
        .get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
        .set(token);
      expect(response.status).toBe(200);
      const body = response.body as { items: T[]; next_cursor: string | null };
      expect(body.items.length).toBeLessThanOrEqual(limit);
      items.push(...body.items);
      cursor = body.next_cursor;
      if (++pages > 200) throw new Error('the cursor walk does not end');
    } while (cursor !== null);
    return items;
  }

  it('lists requests newest first within the caller’s scope, filtered by status and dates', async () => {
    const teamId = await createTeam(testApp());
    const other = await createTeam(testApp());
    const manager = await createUser(testApp(), teamId, 'manager', { hire_date: '2020-01-01' });
    const employee = await createUser(testApp(), teamId, 'employee', { hire_date: '2020-01-01' });
    const stranger = await createUser(testApp(), other, 'employee', { hire_date: '2020-01-01' });
    const ids: string[] = [];
    for (const [token, from] of [
      [employee.token, '2025-05-05'],
      [manager.token, '2025-05-06'],
      [employee.token, '2025-05-07'],
      [stranger.token, '2025-05-08'],
    ] as const) {
      clock.advance(1000);
      const response = await api().post('/leave-requests').set(bearer(token)).send({ code: 'ANNUAL', from, to: from }).expect(201);
      ids.push((response.body as { request_id: string }).request_id);
    }
    await api().post(`/leave-requests/${ids[2]}/approve`).set(bearer(manager.token)).expect(200);
    const idsOf = (items: { request_id: string }[]) => items.map((r) => r.request_id);
    expect(idsOf(await walk(`/leave-requests?team_id=${teamId}`, admin(), 1))).toEqual([ids[2], ids[1], ids[0]]);
    expect(idsOf(await walk('/leave-requests', bearer(manager.token), 2))).toEqual([ids[2], ids[1], ids[0]]);
    expect(idsOf(await walk('/leave-requests', bearer(employee.token), 50))).toEqual([ids[2], ids[0]]);
    expect(idsOf(await walk(`/leave-requests?team_id=${other}`, bearer(manager.token), 50))).toEqual([]);
    expect(idsOf(await walk('/leave-requests?status=approved', bearer(manager.token), 50))).toEqual([ids[2]]);
    expect(idsOf(await walk('/leave-requests?status=pending&from=2025-05-06&to=2025-05-10', bearer(manager.token), 50))).toEqual([ids[1]]);
    expectErrorBody(await api().get(`/leave-requests/${ids[3]}`).set(bearer(manager.token)), 404);
    expectErrorBody(await api().get('/leave-requests?status=maybe').set(admin()), 422);
    expectErrorBody(await api().get('/leave-requests?from=2025-05-10&to=2025-05-01').set(admin()), 422);
  });

  it('lists balances by employee and code, page by page, in scope; the ledger of someone out of scope is empty', async () => {
    const teamId = await createTeam(testApp());
    const manager = await createUser(testApp(), teamId, 'manager', { hire_date: '2020-01-01' });
    const employee = await createUser(testApp(), teamId, 'employee', { hire_date: '2025-07-01' });
    const later = await createEmployee(testApp(), { team_id: teamId, hire_date: '2026-02-01' });
    const all = await walk<{ employee_id: string; code: string; year: number; allocated: number }>(`/leave-balances?team_id=${teamId}`, admin(), 50);
    // The one hired next year has no balance this year; the mid-year hire has six months of it.
    expect(all.map((b) => [b.employee_id, b.code, b.year])).toEqual(
      [manager.employee.employee_id, employee.employee.employee_id].sort().flatMap((id) => ['ANNUAL', 'SICK', 'UNPAID'].map((code) => [id, code, 2025])),
    );
    expect(all.find((b) => b.employee_id === employee.employee.employee_id && b.code === 'ANNUAL')?.allocated).toBe(10);
    for (const limit of [1, 2, 4]) expect(await walk(`/leave-balances?team_id=${teamId}`, bearer(manager.token), limit)).toEqual(all);
    expect((await walk<{ employee_id: string }>('/leave-balances', bearer(employee.token), 50)).map((b) => b.employee_id)).toEqual([
      employee.employee.employee_id,
      employee.employee.employee_id,
      employee.employee.employee_id,
    ]);
    expect(await walk(`/leave-balances?employee_id=${later.employee_id}&year=2026`, admin(), 50)).toHaveLength(3);
    expect(await walk(`/leave-ledger?employee_id=${manager.employee.employee_id}`, bearer(employee.token), 50)).toEqual([]);
    expect((await walk<{ kind: string }>('/leave-ledger', bearer(employee.token), 50)).map((e) => e.kind)).toEqual(['grant', 'grant']);
    expectErrorBody(await api().get('/leave-ledger').set(admin()), 422);
    expectErrorBody(await api().get('/leave-balances?year=25').set(admin()), 422);
  });

  it('imports history as approved leave with its taken days, all or nothing, or the rows that pass', async () => {
    const teamId = await createTeam(testApp());
    const a = await createEmployee(testApp(), { team_id: teamId, hire_date: '2020-01-01' });
    const b = await createEmployee(testApp(), { team_id: teamId, hire_date: '2025-10-01' });
    const file = csv(
      'employee_id,code,from,to,half_day,reason',
      `${a.employee_id},ANNUAL,2025-03-03,2025-03-05,,spring`,
      `${a.employee_id},SICK,2025-03-10,2025-03-10,am,`,
      `${a.employee_id},ANNUAL,2025-03-05,2025-03-06,,overlaps row 2`,
      `${teamId}-999,ANNUAL,2025-03-03,2025-03-03,,nobody`,
      `${b.employee_id},ANNUAL,2025-03-03,2025-03-03,,before the hire date`,
      `${a.employee_id},ANNUAL,2025-04-01,2025-04-30,,more than is left`,
    );
    const rejected = await api().post('/leave-requests/bulk').set(admin()).set('Content-Type', 'text/csv').send(file);
    expectErrorBody(rejected, 422);
    expect((rejected.body as { failed: { row: number }[] }).failed.map((f) => f.row)).toEqual([4, 5, 6, 7]);
    expect(await walk(`/leave-requests?employee_id=${a.employee_id}`, admin(), 50)).toEqual([]);

    const partial = await api().post('/leave-requests/bulk?mode=partial').set(admin()).set('Content-Type', 'text/csv').send(file);
    expect(partial.status).toBe(200);
    expect(partial.body).toMatchObject({ created: 2, updated: 0 });
    expect((partial.body as { failed: { row: number }[] }).failed.map((f) => f.row)).toEqual([4, 5, 6, 7]);
    const imported = await walk<{ status: string; days: number; code: string }>(`/leave-requests?employee_id=${a.employee_id}`, admin(), 50);
    expect(imported.map((r) => [r.code, r.status, r.days]).sort()).toEqual([
      ['ANNUAL', 'approved', 3],
      ['SICK', 'approved', 0.5],
    ]);
    const balances = await walk<{ code: string; taken: number; pending: number }>(`/leave-balances?employee_id=${a.employee_id}&year=2025`, admin(), 50);
    expect(balances.map((x) => [x.code, x.taken, x.pending])).toEqual([
      ['ANNUAL', 3, 0],
      ['SICK', 0.5, 0],
      ['UNPAID', 0, 0],
    ]);
  });
});
