/**
 * The absence rule, hand-computed, through the HTTP API on every backend:
 * an organisation holiday, a team holiday, a morning half holiday, a
 * weekend, a day before tracking started, a leaver, a new hire, a team move
 * in the middle of the month, today before anyone checks in, a missing
 * check-out and a record on a holiday. The figures below were worked out
 * by hand from the story, not read from the code.
 */
import request from 'supertest';
import { allBackends, eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, useTestApp, type TestApp } from '../support/test-app';

describe.each(eachBackend(allBackends()))('the work calendar on %s', (_name, backend) => {
  const clock = new ManualClock();
  // Bootstrap runs at the first instant: an empty database starts tracking that day, Monday 2 June 2025.
  clock.set('2025-06-02T08:00:00Z');
  const app = useTestApp(backend, { ORG_TIMEZONE: 'UTC' }, clock);
  const ids: Record<string, string> = {};

  const as = (t: TestApp) => ({
    get: (path: string) => request(t.app).get(path).set(bearer(t.adminToken)),
    post: (path: string, body?: object) => request(t.app).post(path).set(bearer(t.adminToken)).send(body),
    put: (path: string, body: object) => request(t.app).put(path).set(bearer(t.adminToken)).send(body),
  });
  const record = async (employee: string, date: string, check_in_time: string, check_out_time: string | null) => {
    const response = await as(app()).post('/attendance', {
      employee_id: ids[employee],
      attendance_date: date,
      check_in_time,
      ...(check_out_time && { check_out_time }),
    });
    expect(response.status).toBe(201);
    return response.body as { status: string; team_id: string };
  };
  const day = async (date: string, team: string) => {
    const response = await as(app()).get(`/attendance/summary?date=${date}&team_id=${team}`);
    expect(response.status).toBe(200);
    return response.body.day as Record<string, unknown>;
  };

  beforeAll(async () => {
    const t = app();
    const hire = async (key: string, team_id: string, hire_date: string) => {
      ids[key] = (await createEmployee(t, { team_id, hire_date, position: 'Mid' })).employee_id;
    };
    await hire('D1', 'DEV', '2025-01-01');
    await hire('D2', 'DEV', '2025-01-01');
    await hire('D3', 'DEV', '2025-06-16');
    await hire('Q1', 'QA', '2025-01-01');
    await hire('M', 'QA', '2025-01-01');
    for (const holiday of [
      { date: '2025-06-09', name: 'Whit Monday', team_id: null, half: null },
      { date: '2025-06-10', name: 'DEV offsite', team_id: 'DEV', half: null },
      { date: '2025-06-11', name: 'Morning off', team_id: null, half: 'am' },
    ]) {
      expect((await as(t).post('/holidays', holiday)).status).toBe(201);
    }

    // Check-in on a whole holiday is refused; on a morning off, lateness counts from the afternoon.
    clock.set('2025-06-09T09:00:00Z');
    expect((await as(t).post('/attendance/check-in', { employee_id: ids.D1 })).status).toBe(409);
    clock.set('2025-06-10T09:00:00Z');
    expect((await as(t).post('/attendance/check-in', { employee_id: ids.D1 })).status).toBe(409);
    clock.set('2025-06-11T13:10:00Z');
    const checkedIn = await as(t).post('/attendance/check-in', { employee_id: ids.D1 });
    expect(checkedIn.status).toBe(201);
    expect(checkedIn.body.status).toBe('present');
    clock.set('2025-06-11T17:10:00Z');
    expect((await as(t).post('/attendance/check-out', { employee_id: ids.D1 })).status).toBe(200);

    // M moves from QA to DEV on Wednesday 18 June.
    clock.set('2025-06-18T09:00:00Z');
    expect((await as(t).put(`/employees/${ids.M}`, { team_id: 'DEV' })).status).toBe(200);

    // Today is Monday 30 June, 10:00.
    clock.set('2025-06-30T10:00:00Z');
    const leaver = await as(t).put(`/employees/${ids.D2}`, { status: 'inactive', end_date: '2025-06-13' });
    expect(leaver.status).toBe(200);
    expect(leaver.body.end_date).toBe('2025-06-13');

    expect((await record('Q1', '2025-06-11', '13:20:00', '17:20:00')).status).toBe('late');
    await record('D1', '2025-06-10', '09:00:00', '17:00:00');
    await record('D1', '2025-06-12', '09:00:00', null);
    await record('D2', '2025-06-12', '09:00:00', '17:00:00');
    await record('Q1', '2025-06-12', '09:00:00', '17:00:00');
    expect((await record('M', '2025-06-17', '09:00:00', '17:00:00')).team_id).toBe('QA');
    await record('D1', '2025-06-19', '09:00:00', '17:00:00');
    expect((await record('M', '2025-06-19', '09:00:00', '17:00:00')).team_id).toBe('DEV');
    await record('D1', '2025-06-30', '09:00:00', null);
  });

  it('a day before tracking started and a weekend expect nobody and give no rate', async () => {
    expect(await day('2025-05-30', 'DEV')).toMatchObject({ working_day: true, closed: true, headcount: 2, expected: 0, absent: 0, rate: null });
    expect(await day('2025-06-07', 'DEV')).toMatchObject({ working_day: false, expected: 0, absent: 0, rate: null });
  });

  it('an organisation holiday is nobody expected, named in the day', async () => {
    expect(await day('2025-06-09', 'DEV')).toMatchObject({ working_day: true, holiday: 'Whit Monday', expected: 0, absent: 0, rate: null });
  });

  it("a team holiday takes that team's day away, a record on it counts as present but not in the rate, and the other team is rated", async () => {
    expect(await day('2025-06-10', 'DEV')).toMatchObject({ holiday: 'DEV offsite', headcount: 2, expected: 0, present: 1, absent: 0, rate: null });
    expect(await day('2025-06-10', 'QA')).toMatchObject({ holiday: null, headcount: 2, expected: 2, absent: 2, rate: 0 });
    const all = (await as(app()).get('/attendance/summary?date=2025-06-10')).body.day;
    expect(all).toMatchObject({ holiday: null, headcount: 4, expected: 2, present: 1, absent: 2, rate: 0 });
  });

  it('a morning half holiday expects half days, with lateness judged from the afternoon start', async () => {
    expect(await day('2025-06-11', 'DEV')).toMatchObject({ holiday: 'Morning off', headcount: 2, expected: 1, present: 1, absent: 0.5, rate: 0.5 });
    expect(await day('2025-06-11', 'QA')).toMatchObject({ headcount: 2, expected: 1, late: 1, absent: 0.5, rate: 0.5 });
  });

  it('a forgotten check-out is flagged on the record and counted, and the day still attended', async () => {
    expect(await day('2025-06-12', 'DEV')).toMatchObject({ headcount: 2, expected: 2, present: 2, absent: 0, missing_check_out: 1, rate: 1 });
    const found = await as(app()).get(`/attendance/${ids.D1}/2025-06-12`);
    expect(found.body).toMatchObject({ missing_check_out: true, hours_worked: null, status: 'present' });
    expect((await as(app()).get(`/attendance/${ids.D2}/2025-06-12`)).body.missing_check_out).toBe(false);
  });

  it('a leaver counts until their end date and not after; a new hire from their hire date', async () => {
    expect(await day('2025-06-13', 'DEV')).toMatchObject({ headcount: 2, expected: 2, absent: 2 });
    expect(await day('2025-06-16', 'DEV')).toMatchObject({ headcount: 2, expected: 2, absent: 2, rate: 0 });
    expect(await day('2025-06-13', 'DEV')).not.toMatchObject({ headcount: 3 });
  });

  it('a team move counts the mover in the old team before it and the new one from the day it was made', async () => {
    expect(await day('2025-06-17', 'QA')).toMatchObject({ headcount: 2, present: 1, expected: 2, absent: 1 });
    expect(await day('2025-06-18', 'QA')).toMatchObject({ headcount: 1 });
    expect(await day('2025-06-19', 'DEV')).toMatchObject({ headcount: 3, expected: 3, present: 2, absent: 1, rate: 0.6667 });
    expect(await day('2025-06-19', 'QA')).toMatchObject({ headcount: 1, expected: 1, absent: 1, rate: 0 });
    const periods = await as(app()).get(`/employees/${ids.M}/teams`);
    expect(periods.body.items).toEqual([
      { team_id: 'QA', from: '2025-01-01', to: '2025-06-17' },
      { team_id: 'DEV', from: '2025-06-18', to: null },
    ]);
  });

  it('today, before everyone has checked in, has nobody absent and no rate, and says who has not checked in', async () => {
    const summary = (await as(app()).get('/attendance/summary?date=2025-06-30&team_id=DEV')).body;
    expect(summary.day).toMatchObject({ closed: false, headcount: 3, expected: 3, present: 1, not_checked_in: 2, absent: 0, missing_check_out: 0, rate: null });
    expect((await as(app()).get(`/attendance/${ids.D1}/2025-06-30`)).body.missing_check_out).toBe(false);
  });

  it('totals a range by pooling what was expected over the rated days', async () => {
    const response = await as(app()).get('/attendance/summary?from=2025-06-02&to=2025-06-13&team_id=DEV');
    expect(response.status).toBe(200);
    // Rated: 2–6 June (2 expected, 2 absent each), 11 June (1, 0.5), 12 June (2, 0), 13 June (2, 2).
    expect(response.body.totals).toEqual({
      days: 12,
      rated_days: 8,
      expected: 15,
      on_leave: 0,
      present: 4,
      late: 0,
      half_day: 0,
      absent: 12.5,
      missing_check_out: 1,
      average_rate: 0.1667,
    });
  });

  it('refuses writes outside the employment (422) and date changes that would strand records (409), and a late reactivation (409)', async () => {
    expect((await as(app()).post('/attendance', { employee_id: ids.D2, attendance_date: '2025-06-16', check_in_time: '09:00:00' })).status).toBe(422);
    expect((await as(app()).post('/attendance', { employee_id: ids.D3, attendance_date: '2025-06-13', check_in_time: '09:00:00' })).status).toBe(422);
    expect((await as(app()).put(`/employees/${ids.D2}`, { end_date: '2025-06-11' })).status).toBe(409);
    expect((await as(app()).put(`/employees/${ids.D2}`, { status: 'active' })).status).toBe(409);
    expect((await as(app()).get(`/employees/${ids.D2}`)).body).toMatchObject({ status: 'inactive', end_date: '2025-06-13' });
  });

  it('a cached open day is counted as closed once it has ended: the absentees appear the next morning', async () => {
    const path = '/attendance/summary?date=2025-06-30&team_id=DEV';
    expect((await as(app()).get(path)).body.day).toMatchObject({ closed: false, absent: 0, not_checked_in: 2 });
    // Within the cache's lifetime, with no write in between: only the calendar has moved on.
    clock.set('2025-07-01T08:00:00Z');
    expect((await as(app()).get(path)).body.day).toMatchObject({ closed: true, absent: 2, not_checked_in: 0, missing_check_out: 1, rate: 0.3333 });
  });
});
