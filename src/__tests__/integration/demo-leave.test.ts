import request from 'supertest';
import { eachBackend, sqlBackends } from '../support/backends';
import { bearer, useTestApp } from '../support/test-app';

/**
 * The demo shows leave the way the README tells it: taken days, a half day,
 * one pending and one planned. On the backends the demo is served on (`npm
 * start`'s PGlite, Compose's PostgreSQL); the leave it files goes through the
 * same service every backend's suites cover.
 */
describe.each(eachBackend(sqlBackends()))('demo leave on %s', (_name, backend) => {
  const testApp = useTestApp(backend, { SEED_DEMO_DATA: 'true', ORG_TIMEZONE: 'UTC' });

  it('files approved, half-day and pending leave through the rules, and the summary counts the taken days as leave', async () => {
    const t = testApp();
    const listed = await request(t.app).get('/leave-requests?limit=50').set(bearer(t.adminToken)).expect(200);
    const items = (listed.body as { items: { employee_id: string; status: string; half_day: string | null; from: string; to: string; days: number }[] }).items;
    expect(items.map((r) => r.status).sort()).toEqual(['approved', 'approved', 'approved', 'pending']);
    expect(items.filter((r) => r.half_day !== null)).toHaveLength(1);
    const taken = items.find((r) => r.employee_id === 'DEV-002')!;
    const balance = await request(t.app)
      .get(`/leave-balances?employee_id=DEV-002&year=${taken.from.slice(0, 4)}`)
      .set(bearer(t.adminToken))
      .expect(200);
    const annual = (balance.body as { items: { code: string; taken: number }[] }).items.find((b) => b.code === 'ANNUAL')!;
    // Nobody has a record on their days of leave, so all of it is taken (in the year it starts, unless it crosses New Year).
    if (taken.from.slice(0, 4) === taken.to.slice(0, 4)) expect(annual.taken).toBe(taken.days);
    expect(taken.days).toBeGreaterThanOrEqual(2);
    const summary = await request(t.app).get(`/attendance/summary?date=${taken.from}&team_id=DEV`).set(bearer(t.adminToken)).expect(200);
    expect((summary.body as { day: { on_leave: number } }).day.on_leave).toBe(1);
    // The demo employee sees their own pending request.
    const token = (await request(t.app).post('/token').type('form').send({ username: 'DEV-003', password: 'demo-password' }).expect(200)).body as {
      access_token: string;
    };
    const own = await request(t.app).get('/leave-requests').set(bearer(token.access_token)).expect(200);
    expect((own.body as { items: { status: string }[] }).items.map((r) => r.status)).toEqual(['pending']);
  });
});
