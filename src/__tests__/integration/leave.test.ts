import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

/** Leave (API.md "Leave"), with hand-computed cases: the clock says Monday 2025-04-14. */

interface Balance {
  employee_id: string;
  year: number;
  code: string;
  allocated: number;
  adjusted: number;
  taken: number;
  pending: number;
  available: number;
}
interface LeaveRequestBody {
  request_id: string;
  employee_id: string;
  code: string;
  from: string;
  to: string;
  half_day: 'am' | 'pm' | null;
  days: number;
  status: string;
  decided_by: string | null;
}
interface Entry {
  kind: string;
  days: number;
  year: number;
  code: string;
  request_id: string | null;
  actor: string;
  reason: string | null;
}

describe.each(eachBackend())('leave on %s', (_name, backend) => {
  const clock = new ManualClock();
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'UTC', ATTENDANCE_START_DATE: '2024-01-01' }, clock);
  const admin = () => bearer(testApp().adminToken);
  const api = () => request(testApp().app);

  beforeAll(() => clock.set('2025-04-14T12:00:00Z'));

  const balances = async (query: string, token = admin()) => {
    const response = await api().get(`/leave-balances?${query}`).set(token);
    expect(response.status).toBe(200);
    return (response.body as { items: Balance[] }).items;
  };
  const balanceOf = async (employeeId: string, code = 'ANNUAL', year = 2025) =>
    (await balances(`employee_id=${employeeId}&year=${year}`)).find((b) => b.code === code)!;
  const ledger = async (employeeId: string, query = '') => {
    const response = await api().get(`/leave-ledger?employee_id=${employeeId}&limit=500${query}`).set(admin());
    expect(response.status).toBe(200);
    return (response.body as { items: Entry[] }).items;
  };
  const ask = (body: object, token = admin()) => api().post('/leave-requests').set(token).send(body);
  const filed = async (body: object, token = admin()) => {
    const response = await ask(body, token);
    expect(response.status).toBe(201);
    return response.body as LeaveRequestBody;
  };
  const decide = (id: string, decision: 'approve' | 'reject' | 'cancel', token = admin(), note?: string) =>
    api()
      .post(`/leave-requests/${id}/${decision}`)
      .set(token)
      .send(note === undefined ? {} : { note });
  const team = async () => {
    const teamId = await createTeam(testApp());
    const manager = await createUser(testApp(), teamId, 'manager', { hire_date: '2020-01-01' });
    const employee = await createUser(testApp(), teamId, 'employee', { hire_date: '2020-01-01' });
    return { teamId, manager, employee };
  };

  describe('types', () => {
    it('has ANNUAL, SICK and UNPAID for everyone; an admin adds, changes and deletes a type; one in use stays', async () => {
      const { employee } = await team();
      const listed = await api().get('/leave-types').set(bearer(employee.token)).expect(200);
      expect((listed.body as { items: { code: string }[] }).items.map((t) => t.code)).toEqual(expect.arrayContaining(['ANNUAL', 'SICK', 'UNPAID']));
      expect((await api().get('/leave-types/UNPAID').set(bearer(employee.token)).expect(200)).body).toMatchObject({
        paid: false,
        annual_allowance_days: 0,
        allow_negative: true,
      });
      expectErrorBody(await api().post('/leave-types').set(bearer(employee.token)).send({ code: 'STUDY', name: 'Study', annual_allowance_days: 5 }), 403);
      const made = await api().post('/leave-types').set(admin()).send({ code: 'study', name: 'Study leave', annual_allowance_days: 5, allow_half_day: false });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ code: 'STUDY', paid: true, allow_half_day: false, allow_negative: false, annual_allowance_days: 5 });
      expectErrorBody(await api().post('/leave-types').set(admin()).send({ code: 'STUDY', name: 'Again', annual_allowance_days: 1 }), 409);
      expectErrorBody(await api().post('/leave-types').set(admin()).send({ code: 'STUDY2', name: 'Odd', annual_allowance_days: 1.25 }), 422);
      expect((await api().put('/leave-types/STUDY').set(admin()).send({ annual_allowance_days: 6 }).expect(200)).body).toMatchObject({
        annual_allowance_days: 6,
      });
      await filed({ employee_id: employee.employee.employee_id, code: 'STUDY', from: '2025-05-06', to: '2025-05-06' });
      expectErrorBody(await api().delete('/leave-types/STUDY').set(admin()), 409);
      expectErrorBody(await api().delete('/leave-types/NOPE').set(admin()), 404);
    });
  });

  describe('grants', () => {
    it('pro-rates a mid-year hire by whole months, rounded down to a half day', async () => {
      const teamId = await createTeam(testApp());
      const mid = await createEmployee(testApp(), { team_id: teamId, hire_date: '2025-03-15' });
      // April to December: 9 whole months. ANNUAL 20 × 9 / 12 = 15; SICK 10 × 9 / 12 = 7.5.
      const items = await balances(`employee_id=${mid.employee_id}&year=2025`);
      expect(items.map((b) => [b.code, b.allocated, b.available])).toEqual(
        expect.arrayContaining([
          ['ANNUAL', 15, 15],
          ['SICK', 7.5, 7.5],
          ['UNPAID', 0, 0],
        ]),
      );
      const first = await createEmployee(testApp(), { team_id: teamId, hire_date: '2025-03-01' });
      // March to December: 10 months, 16.67 rounded down to 16.5.
      expect((await balanceOf(first.employee_id)).allocated).toBe(16.5);
      expect(await ledger(first.employee_id, '&year=2025&code=ANNUAL')).toEqual([expect.objectContaining({ kind: 'grant', days: 16.5, actor: 'system' })]);
    });

    it('gives a leaver the months they work, and a compensating grant when the end date changes', async () => {
      const teamId = await createTeam(testApp());
      const leaver = await createEmployee(testApp(), { team_id: teamId, hire_date: '2020-01-01', end_date: '2025-06-30' });
      // January to June: 6 months, 10 days.
      expect((await balanceOf(leaver.employee_id)).allocated).toBe(10);
      await api().put(`/employees/${leaver.employee_id}`).set(admin()).send({ end_date: '2025-06-29' }).expect(200);
      // Now June is not whole: 5 months, 8.33 rounded down to 8.
      expect((await balanceOf(leaver.employee_id)).allocated).toBe(8);
      expect((await ledger(leaver.employee_id, '&code=ANNUAL')).map((e) => [e.kind, e.days])).toEqual([
        ['grant', 10],
        ['grant', -2],
      ]);
    });

    it('refuses an adjustment to a year outside the employment or before tracking (422 naming year), and writes nothing', async () => {
      const teamId = await createTeam(testApp());
      // Hired 2023, left mid-2025; tracking starts 2024-01-01 in this suite.
      const leaver = await createEmployee(testApp(), { team_id: teamId, hire_date: '2023-03-01', end_date: '2025-06-30' });
      const adjust = (year: unknown) =>
        api().post('/leave-adjustments').set(admin()).send({ employee_id: leaver.employee_id, code: 'ANNUAL', year, days: 1, reason: 'carried over' });
      for (const year of [1900, 2022, 2023, 2026, 2201, '2025']) {
        const response = await adjust(year);
        expectErrorBody(response, 422);
        expect((response.body as { details: { field: string }[] }).details.map((d) => d.field)).toEqual(['year']);
      }
      expect(await ledger(leaver.employee_id, '&code=ANNUAL&year=1900')).toEqual([]);
      expect((await ledger(leaver.employee_id, '&code=ANNUAL')).filter((e) => e.kind === 'adjustment')).toEqual([]);
      // The first and last years it is employed in (and tracked) are fine.
      await adjust(2024).expect(201);
      await adjust(2025).expect(201);
    });
  });

  describe('employment', () => {
    it('refuses an end date that would leave pending or approved leave outside the employment, and forgets rejected leave', async () => {
      const { employee } = await team();
      const id = employee.employee.employee_id;
      const june = await filed({ code: 'ANNUAL', from: '2025-06-02', to: '2025-06-03' }, bearer(employee.token));
      expectErrorBody(await api().put(`/employees/${id}`).set(admin()).send({ end_date: '2025-05-30' }), 409);
      await decide(june.request_id, 'reject', admin()).expect(200);
      await api().put(`/employees/${id}`).set(admin()).send({ end_date: '2025-05-30' }).expect(200);
      expectErrorBody(await ask({ employee_id: id, code: 'ANNUAL', from: '2025-05-30', to: '2025-06-02' }), 422);
    });
  });

  describe('requests', () => {
    it('charges neither the weekend nor a holiday, and a half day is half', async () => {
      const { employee } = await team();
      await api().post('/holidays').set(admin()).send({ date: '2025-04-21', name: 'Easter Monday' }).expect(201);
      // Friday 18 to Tuesday 22: Friday and Tuesday; the weekend and Easter Monday cost nothing.
      const long = await filed({ code: 'ANNUAL', from: '2025-04-18', to: '2025-04-22' }, bearer(employee.token));
      expect(long).toMatchObject({ days: 2, status: 'pending', employee_id: employee.employee.employee_id, half_day: null, decided_by: null });
      const half = await filed({ code: 'ANNUAL', from: '2025-04-23', to: '2025-04-23', half_day: 'pm' }, bearer(employee.token));
      expect(half.days).toBe(0.5);
      expect(await balanceOf(employee.employee.employee_id)).toMatchObject({ allocated: 20, pending: 2.5, available: 17.5 });
      // Only weekend days, or a half already off: nothing to take.
      expectErrorBody(await ask({ code: 'ANNUAL', from: '2025-04-26', to: '2025-04-27' }, bearer(employee.token)), 422);
      expectErrorBody(await ask({ code: 'ANNUAL', from: '2025-04-21', to: '2025-04-21', half_day: 'am' }, bearer(employee.token)), 422);
      // The morning of the 23rd does not clash with its afternoon; the 22nd does.
      expect((await filed({ code: 'ANNUAL', from: '2025-04-23', to: '2025-04-23', half_day: 'am' }, bearer(employee.token))).days).toBe(0.5);
      expectErrorBody(await ask({ code: 'ANNUAL', from: '2025-04-22', to: '2025-04-24' }, bearer(employee.token)), 409);
      expect((await ask({ code: 'ANNUAL', from: '2025-04-24', to: '2025-04-24', half_day: 'am' }, bearer(employee.token))).status).toBe(201);
    });

    it('charges a range across New Year to each year, and refuses what a year cannot pay unless the type allows it', async () => {
      const { employee } = await team();
      const id = employee.employee.employee_id;
      await api().post('/holidays').set(admin()).send({ date: '2026-01-01', name: "New Year's Day" }).expect(201);
      // Mon 29, Tue 30, Wed 31 December; 1 January is a holiday; Fri 2 January.
      const span = await filed({ code: 'ANNUAL', from: '2025-12-29', to: '2026-01-02' }, bearer(employee.token));
      expect(span.days).toBe(4);
      expect(await balanceOf(id, 'ANNUAL', 2025)).toMatchObject({ pending: 3, available: 17 });
      expect(await balanceOf(id, 'ANNUAL', 2026)).toMatchObject({ allocated: 20, pending: 1, available: 19 });
      await api()
        .post('/leave-adjustments')
        .set(admin())
        .send({ employee_id: id, code: 'ANNUAL', year: 2025, days: -16, reason: 'carried over wrongly' })
        .expect(201);
      // One day is left in 2025: two are refused, one goes through.
      expectErrorBody(await ask({ code: 'ANNUAL', from: '2025-06-02', to: '2025-06-03' }, bearer(employee.token)), 409);
      await filed({ code: 'ANNUAL', from: '2025-06-02', to: '2025-06-02' }, bearer(employee.token));
      // Unpaid leave may go below zero.
      expect((await filed({ code: 'UNPAID', from: '2025-06-09', to: '2025-06-10' }, bearer(employee.token))).days).toBe(2);
      expect(await balanceOf(id, 'UNPAID')).toMatchObject({ allocated: 0, pending: 2, available: -2 });
      // At most 366 days, from first to last.
      expectErrorBody(await ask({ code: 'UNPAID', from: '2026-01-01', to: '2027-01-02' }, bearer(employee.token)), 422);
      expect((await filed({ code: 'UNPAID', from: '2027-01-04', to: '2028-01-04' }, bearer(employee.token))).status).toBe('pending');
    });

    it('appends a compensating grant when a type’s allowance changes, the next time the year is read', async () => {
      const { employee } = await team();
      const id = employee.employee.employee_id;
      await api().post('/leave-types').set(admin()).send({ code: 'VOLUNTEER', name: 'Volunteering', annual_allowance_days: 3 }).expect(201);
      expect(await balanceOf(id, 'VOLUNTEER')).toMatchObject({ allocated: 3 });
      await api().put('/leave-types/VOLUNTEER').set(admin()).send({ annual_allowance_days: 4.5 }).expect(200);
      expect(await balanceOf(id, 'VOLUNTEER')).toMatchObject({ allocated: 4.5, available: 4.5 });
      expect((await ledger(id, '&code=VOLUNTEER')).map((e) => [e.kind, e.days])).toEqual([
        ['grant', 3],
        ['grant', 1.5],
      ]);
    });

    it('lets only the people API.md names decide, and approval moves the reservation to taken', async () => {
      const { manager, employee } = await team();
      const other = await team();
      const asked = await filed({ code: 'ANNUAL', from: '2025-05-05', to: '2025-05-07' }, bearer(employee.token));
      expectErrorBody(await decide(asked.request_id, 'approve', bearer(employee.token)), 403);
      expectErrorBody(await decide(asked.request_id, 'approve', bearer(other.manager.token)), 403);
      const approved = await decide(asked.request_id, 'approve', bearer(manager.token), 'enjoy');
      expect(approved.status).toBe(200);
      expect(approved.body).toMatchObject({ status: 'approved', decided_by: manager.employee.employee_id, decision_note: 'enjoy' });
      expectErrorBody(await decide(asked.request_id, 'approve', admin()), 409);
      expect(await balanceOf(employee.employee.employee_id)).toMatchObject({ taken: 3, pending: 0, available: 17 });
      expect((await ledger(employee.employee.employee_id, '&year=2025&code=ANNUAL')).map((e) => [e.kind, e.days, e.request_id])).toEqual([
        ['grant', 20, null],
        ['taken', -3, asked.request_id],
      ]);
      // A manager's own leave is an admin's to decide.
      const own = await filed({ code: 'ANNUAL', from: '2025-05-12', to: '2025-05-12' }, bearer(manager.token));
      expectErrorBody(await decide(own.request_id, 'approve', bearer(manager.token)), 403);
      expect((await decide(own.request_id, 'reject', admin())).body).toMatchObject({ status: 'rejected' });
      expect(await balanceOf(manager.employee.employee_id)).toMatchObject({ pending: 0, taken: 0, available: 20 });
    });

    it('gives the days back on a cancellation after approval: the employee before it starts, an approver after', async () => {
      const { manager, employee } = await team();
      const id = employee.employee.employee_id;
      const future = await filed({ code: 'ANNUAL', from: '2025-05-19', to: '2025-05-20' }, bearer(employee.token));
      await decide(future.request_id, 'approve', bearer(manager.token)).expect(200);
      expect((await decide(future.request_id, 'cancel', bearer(employee.token))).body).toMatchObject({ status: 'cancelled' });
      expect(await balanceOf(id)).toMatchObject({ taken: 0, available: 20 });
      expect((await ledger(id, '&code=ANNUAL')).map((e) => [e.kind, e.days])).toEqual([
        ['grant', 20],
        ['taken', -2],
        ['reversal', 2],
      ]);
      const started = await filed({ code: 'ANNUAL', from: '2025-04-14', to: '2025-04-15' }, bearer(employee.token));
      await decide(started.request_id, 'approve', bearer(manager.token)).expect(200);
      expectErrorBody(await decide(started.request_id, 'cancel', bearer(employee.token)), 403);
      await decide(started.request_id, 'cancel', bearer(manager.token)).expect(200);
      expectErrorBody(await decide(started.request_id, 'cancel', bearer(manager.token)), 409);
      expect(await balanceOf(id)).toMatchObject({ taken: 0, pending: 0, available: 20 });
    });

    it('gives a day back when a holiday is added over approved leave, and takes it again when the holiday goes', async () => {
      const { manager, employee } = await team();
      const id = employee.employee.employee_id;
      const leave = await filed({ code: 'ANNUAL', from: '2025-06-16', to: '2025-06-18' }, bearer(employee.token));
      await decide(leave.request_id, 'approve', bearer(manager.token)).expect(200);
      const holiday = await api().post('/holidays').set(admin()).send({ date: '2025-06-17', name: 'Team day', team_id: employee.employee.team_id }).expect(201);
      expect(await balanceOf(id)).toMatchObject({ taken: 2, available: 18 });
      await api()
        .delete(`/holidays/${(holiday.body as { holiday_id: string }).holiday_id}`)
        .set(admin())
        .expect(204);
      expect(await balanceOf(id)).toMatchObject({ taken: 3, available: 17 });
      expect((await ledger(id, '&code=ANNUAL')).map((e) => [e.kind, e.days])).toEqual([
        ['grant', 20],
        ['taken', -3],
        ['reversal', 1],
        ['taken', -1],
      ]);
    });

    it('never lets 20 racing requests reserve more than the balance', async () => {
      const { employee } = await team();
      const id = employee.employee.employee_id;
      await api()
        .post('/leave-adjustments')
        .set(admin())
        .send({ employee_id: id, code: 'ANNUAL', year: 2025, days: -17, reason: 'used elsewhere' })
        .expect(201);
      const dates = Array.from({ length: 20 }, (_, i) => `2025-07-${String(i + 1).padStart(2, '0')}`).filter(
        (d) => ![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay()),
      );
      const results = await Promise.all(dates.map((date) => ask({ code: 'ANNUAL', from: date, to: date }, bearer(employee.token))));
      expect(results.filter((r) => r.status === 201)).toHaveLength(3);
      for (const r of results.filter((x) => x.status !== 201)) expectErrorBody(r, 409);
      expect(await balanceOf(id)).toMatchObject({ pending: 3, available: 0 });
    });
  });

  describe('attendance', () => {
    it('counts approved leave as leave in the summary, never as absent, and refuses a check-in on it', async () => {
      const { manager, employee } = await team();
      const peer = await createEmployee(testApp(), { team_id: employee.employee.team_id, hire_date: '2020-01-01' });
      // Thursday 10 April: the employee is on approved leave; the peer and the manager have no record.
      const leave = await filed({ code: 'SICK', from: '2025-04-10', to: '2025-04-14' }, bearer(employee.token));
      await decide(leave.request_id, 'approve', bearer(manager.token)).expect(200);
      await api()
        .post('/attendance')
        .set(admin())
        .send({ employee_id: manager.employee.employee_id, attendance_date: '2025-04-10', check_in_time: '09:00:00', check_out_time: '17:00:00' })
        .expect(201);
      const summary = await api().get(`/attendance/summary?date=2025-04-10&team_id=${employee.employee.team_id}`).set(admin()).expect(200);
      expect((summary.body as { day: object }).day).toMatchObject({ headcount: 3, expected: 2, on_leave: 1, present: 1, absent: 1, rate: 0.5 });
      expect(peer.employee_id).toBeDefined();
      const refused = await api().post('/attendance/check-in').set(bearer(employee.token));
      expectErrorBody(refused, 409);
      expect(refused.body).toMatchObject({ message: expect.stringContaining('on leave') as string });
      // The assistant says the same, in the manager's scope: today (the 14th) is a day of the leave.
      const asked = await api().post('/chat').set(bearer(manager.token)).send({ message: 'Who is on leave today?' }).expect(200);
      const body = asked.body as { answer: string; data: { people: { employee_id: string }[] } };
      expect(body.data.people.map((p) => p.employee_id)).toEqual([employee.employee.employee_id]);
      expect(body.answer).toMatch(/on leave/);
    });

    it('tells the assistant what of a request under way today is taken by today, and the rest is ahead', async () => {
      const { manager, employee } = await team();
      // Thursday 10 to Wednesday 16 April: five working days, three of them (Thursday, Friday, today) gone by.
      const leave = await filed({ code: 'ANNUAL', from: '2025-04-10', to: '2025-04-16' }, bearer(employee.token));
      await decide(leave.request_id, 'approve', bearer(manager.token)).expect(200);
      const asked = await api().post('/chat').set(bearer(employee.token)).send({ message: 'How much annual leave have I taken this year?' }).expect(200);
      expect((asked.body as { answer: string }).answer).toMatch(
        /taken 3 days of annual leave in 2025 so far; 2 more days approved ahead: 5 days taken or booked in all/,
      );
      const ours = await api().post('/chat').set(bearer(manager.token)).send({ message: 'annual leave taken by my team this month' }).expect(200);
      expect((ours.body as { answer: string }).answer).toMatch(/\(3 days taken so far; 2 more days approved ahead: 5 days taken or booked in all\)/);
    });

    it('imports records over leave like single entries: a whole day given back, lateness from the afternoon on a morning off', async () => {
      const { manager, employee } = await team();
      const id = employee.employee.employee_id;
      const day = await filed({ code: 'ANNUAL', from: '2025-03-10', to: '2025-03-11' }, bearer(employee.token));
      const morning = await filed({ code: 'ANNUAL', from: '2025-03-12', to: '2025-03-12', half_day: 'am' }, bearer(employee.token));
      for (const r of [day, morning]) await decide(r.request_id, 'approve', bearer(manager.token)).expect(200);
      expect(await balanceOf(id)).toMatchObject({ taken: 2.5 });
      const file = [
        'employee_id,attendance_date,check_in_time,check_out_time',
        `${id},2025-03-11,09:00:00,17:00:00`,
        `${id},2025-03-12,13:10:00,17:30:00`,
      ].join('\r\n');
      const imported = await api().post('/attendance/bulk').set(admin()).set('Content-Type', 'text/csv').send(file);
      expect(imported.status).toBe(200);
      expect(await balanceOf(id)).toMatchObject({ taken: 1.5 });
      expect((await api().get(`/attendance/${id}/2025-03-12`).set(admin()).expect(200)).body).toMatchObject({ status: 'present' });
    });

    it('judges lateness from the afternoon on a morning of approved leave at check-in, at check-out and when the times are changed', async () => {
      const { manager, employee } = await team();
      const id = employee.employee.employee_id;
      const morning = await filed({ code: 'ANNUAL', from: '2025-04-22', to: '2025-04-22', half_day: 'am' }, bearer(employee.token));
      await decide(morning.request_id, 'approve', bearer(manager.token)).expect(200);
      try {
        clock.set('2025-04-22T13:10:00Z');
        expect((await api().post('/attendance/check-in').set(bearer(employee.token)).expect(201)).body).toMatchObject({ status: 'present' });
        clock.set('2025-04-22T17:30:00Z');
        expect((await api().post('/attendance/check-out').set(bearer(employee.token)).expect(200)).body).toMatchObject({ status: 'present' });
        const changed = await api().put(`/attendance/${id}/2025-04-22`).set(bearer(manager.token)).send({ check_out_time: '17:45:00' });
        expect(changed.status).toBe(200);
        expect(changed.body).toMatchObject({ status: 'present', check_in_time: '13:10:00', check_out_time: '17:45:00' });
        // The afternoon start plus the grace, then one second more, as on any morning.
        const later = await api().put(`/attendance/${id}/2025-04-22`).set(admin()).send({ check_in_time: '13:15:01' });
        expect(later.body).toMatchObject({ status: 'late' });
      } finally {
        clock.set('2025-04-14T12:00:00Z');
      }
    });

    it('lists days of approved leave without a record as on-leave, in order and page by page; a record made on one gives the day back', async () => {
      const { manager, employee } = await team();
      const id = employee.employee.employee_id;
      const leave = await filed({ code: 'ANNUAL', from: '2025-04-04', to: '2025-04-08' }, bearer(employee.token));
      expect(leave.days).toBe(3);
      await decide(leave.request_id, 'approve', bearer(manager.token)).expect(200);
      const record = (date: string) =>
        api()
          .post('/attendance')
          .set(bearer(manager.token))
          .send({ employee_id: id, attendance_date: date, check_in_time: '09:00:00', check_out_time: '17:00:00' });
      await record('2025-04-07').expect(201);
      await record('2025-04-09').expect(201);
      expect(await balanceOf(id)).toMatchObject({ taken: 2, available: 18 });
      const rows = async (query: string, token = bearer(employee.token)) => {
        const items: { attendance_date: string; status: string; leave_code?: string }[] = [];
        let cursor: string | null = null;
        do {
          const response = await api()
            .get(`/attendance?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
            .set(token);
          expect(response.status).toBe(200);
          const body = response.body as { items: typeof items; next_cursor: string | null };
          items.push(...body.items);
          cursor = body.next_cursor;
        } while (cursor !== null);
        return items.map((r) => [r.attendance_date, r.status, r.leave_code ?? null]);
      };
      const expected = [
        ['2025-04-09', 'present', null],
        ['2025-04-08', 'on-leave', 'ANNUAL'],
        ['2025-04-07', 'present', null],
        ['2025-04-04', 'on-leave', 'ANNUAL'],
      ];
      expect(await rows('from=2025-04-01&to=2025-04-13')).toEqual(expected);
      for (const limit of [1, 2, 3]) expect(await rows(`from=2025-04-01&to=2025-04-13&limit=${limit}`)).toEqual(expected);
      expect(await rows(`employee_id=${id}&status=on-leave&limit=1`, bearer(manager.token))).toEqual([expected[1], expected[3]]);
      expect(await rows(`employee_id=${id}&status=present&from=2025-04-01`, bearer(manager.token))).toEqual([expected[0], expected[2]]);
      expectErrorBody(await api().post('/attendance').set(admin()).send({ employee_id: id, attendance_date: '2025-04-03', status: 'on-leave' }), 422);
      expectErrorBody(await api().get(`/attendance/${id}/2025-04-08`).set(admin()), 404);
      // Deleting the record takes the day again.
      await api().delete(`/attendance/${id}/2025-04-07`).set(admin()).expect(204);
      expect(await balanceOf(id)).toMatchObject({ taken: 3, available: 17 });
    });
  });
});
