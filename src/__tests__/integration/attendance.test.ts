import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp, type TestApp } from '../support/test-app';

interface Record {
  employee_id: string;
  attendance_date: string;
  team_id: string;
  status: string;
  check_in_time: string | null;
  check_out_time: string | null;
  hours_worked: number | null;
  notes: string | null;
}

// Monday 14 April 2025, in UTC (the default ORG_TIMEZONE).
const MONDAY = '2025-04-14';
/** Long before every date the tests write: records outside the employment are refused. */
const HIRED = '2025-01-06';

describe.each(eachBackend())('attendance on %s', (_name, backend) => {
  const clock = new ManualClock();
  const testApp = useTestApp(backend, {}, clock);
  const at = (time: string, date = MONDAY) => clock.set(`${date}T${time}Z`);
  const checkIn = (token: string, body?: object) => {
    const call = request(testApp().app).post('/attendance/check-in').set(bearer(token));
    return body ? call.send(body) : call;
  };
  const checkOut = (token: string, body?: object) => {
    const call = request(testApp().app).post('/attendance/check-out').set(bearer(token));
    return body ? call.send(body) : call;
  };
  const admin = () => testApp().adminToken;

  describe('check-in and check-out', () => {
    it('when an employee checks in at 09:15:00, then 201 and on time; at 09:15:01, late', async () => {
      const t = testApp();
      const team = await createTeam(t);
      const [early, late] = [await createUser(t, team, 'employee', { hire_date: HIRED }), await createUser(t, team, 'employee', { hire_date: HIRED })];
      at('09:15:00');
      const first = await checkIn(early.token);
      expect(first.status).toBe(201);
      expect(first.body).toEqual({
        employee_id: early.employee.employee_id,
        attendance_date: MONDAY,
        team_id: team,
        status: 'present',
        check_in_time: '09:15:00',
        check_out_time: null,
        hours_worked: null,
        notes: null,
        missing_check_out: false,
      });
      at('09:15:01');
      expect((await checkIn(late.token)).body).toMatchObject({ status: 'late', check_in_time: '09:15:01' });
    });

    it('when someone checks in twice, checks out without checking in, or checks out twice, then 409 each time', async () => {
      const t = testApp();
      const user = await createUser(t, await createTeam(t), 'employee');
      at('08:00:00');
      expectErrorBody(await checkOut(user.token), 409);
      await checkIn(user.token).expect(201);
      const again = await checkIn(user.token);
      expectErrorBody(again, 409);
      expect(again.body.code).toBe('ALREADY_CHECKED_IN');
      at('16:00:00');
      await checkOut(user.token).expect(200);
      expect((await checkOut(user.token)).body.code).toBe('ALREADY_CHECKED_OUT');
    });

    it('when exactly four hours are worked, then not a half day; a second fewer is one, and half-day wins over late', async () => {
      const t = testApp();
      const team = await createTeam(t);
      const [full, short, lateShort] = [
        await createUser(t, team, 'employee', { hire_date: HIRED }),
        await createUser(t, team, 'employee', { hire_date: HIRED }),
        await createUser(t, team, 'employee', { hire_date: HIRED }),
      ];
      at('09:00:00');
      await checkIn(full.token).expect(201);
      await checkIn(short.token).expect(201);
      at('10:00:00');
      expect((await checkIn(lateShort.token)).body.status).toBe('late');
      at('13:00:00');
      expect((await checkOut(full.token)).body).toMatchObject({ status: 'present', check_out_time: '13:00:00', hours_worked: 4 });
      at('12:59:59');
      expect((await checkOut(short.token)).body).toMatchObject({ status: 'half-day', hours_worked: 4 });
      at('11:30:00');
      expect((await checkOut(lateShort.token)).body).toMatchObject({ status: 'half-day', hours_worked: 1.5 });
    });

    it('when an inactive employee checks in, then 409', async () => {
      const t = testApp();
      const user = await createUser(t, await createTeam(t), 'employee');
      await request(t.app).put(`/employees/${user.employee.employee_id}`).set(bearer(admin())).send({ status: 'inactive' }).expect(200);
      at('09:00:00');
      expect((await checkIn(admin(), { employee_id: user.employee.employee_id })).body.code).toBe('EMPLOYEE_INACTIVE');
    });

    it('when 20 check-ins of one employee race, then exactly one is 201 and 19 are 409', async () => {
      const t = testApp();
      const user = await createUser(t, await createTeam(t), 'employee');
      at('09:00:00');
      const responses = await Promise.all(Array.from({ length: 20 }, () => checkIn(user.token)));
      expect(responses.filter((r) => r.status === 201)).toHaveLength(1);
      expect(responses.filter((r) => r.status === 409)).toHaveLength(19);
    });

    it('when an admin or the manager checks someone in, then it is theirs; anyone else is 403, and only an admin learns 404', async () => {
      const t = testApp();
      const [team, other] = [await createTeam(t), await createTeam(t)];
      const manager = await createUser(t, team, 'manager', { hire_date: HIRED });
      const otherManager = await createUser(t, other, 'manager', { hire_date: HIRED });
      const peer = await createUser(t, team, 'employee', { hire_date: HIRED });
      const [a, b] = [await createEmployee(t, { team_id: team, hire_date: HIRED }), await createEmployee(t, { team_id: team, hire_date: HIRED })];
      at('09:00:00');
      expect((await checkIn(manager.token, { employee_id: a.employee_id })).body).toMatchObject({ employee_id: a.employee_id, team_id: team });
      expect((await checkIn(admin(), { employee_id: b.employee_id })).status).toBe(201);
      expectErrorBody(await checkIn(otherManager.token, { employee_id: a.employee_id }), 403);
      expectErrorBody(await checkIn(peer.token, { employee_id: a.employee_id }), 403);
      expectErrorBody(await checkIn(manager.token, { employee_id: `${team}-999` }), 403);
      expectErrorBody(await checkIn(admin(), { employee_id: `${team}-999` }), 404);
      expectErrorBody(await checkIn(admin()), 422);
    });
  });

  describe('direct entries and corrections', () => {
    const post = (token: string, body: object) => request(testApp().app).post('/attendance').set(bearer(token)).send(body);

    it('when an entry names times but no status, then the status is derived; a given status wins', async () => {
      const t = testApp();
      const [x, y] = [
        await createEmployee(t, { team_id: await createTeam(t), hire_date: HIRED }),
        await createEmployee(t, { team_id: await createTeam(t), hire_date: HIRED }),
      ];
      at('12:00:00');
      const derived = await post(admin(), {
        employee_id: x.employee_id,
        attendance_date: '2025-04-11',
        check_in_time: '09:20:00',
        check_out_time: '17:50:00',
        notes: 'Late train',
      });
      expect(derived.status).toBe(201);
      expect(derived.body).toMatchObject({ status: 'late', hours_worked: 8.5, notes: 'Late train', team_id: x.team_id });
      expect(
        (await post(admin(), { employee_id: y.employee_id, attendance_date: '2025-04-11', check_in_time: '09:20:00', status: 'present' })).body.status,
      ).toBe('present');
      expect((await post(admin(), { employee_id: y.employee_id, attendance_date: '2025-04-10', status: 'absent' })).body).toMatchObject({
        status: 'absent',
        check_in_time: null,
      });
      expectErrorBody(await post(admin(), { employee_id: y.employee_id, attendance_date: '2025-04-11', status: 'present' }), 409);
    });

    it.each([
      ['a future date', { attendance_date: '2025-04-15', status: 'present' }, 'attendance_date'],
      ['an impossible date', { attendance_date: '2025-02-30', status: 'present' }, 'attendance_date'],
      ['a check-out before the check-in', { attendance_date: '2025-04-11', check_in_time: '17:00:00', check_out_time: '09:00:00' }, 'check_out_time'],
      ['a client-sent hours_worked', { attendance_date: '2025-04-11', check_in_time: '09:00:00', hours_worked: 8 }, 'hours_worked'],
      ['a bad time', { attendance_date: '2025-04-11', check_in_time: '9:00' }, 'check_in_time'],
      ['nothing to go by', { attendance_date: '2025-04-11' }, 'status'],
    ])('when an entry has %s, then 422 names the field', async (_what, body, field) => {
      const t = testApp();
      const x = await createEmployee(t, { team_id: await createTeam(t), hire_date: HIRED });
      at('12:00:00');
      const response = await post(admin(), { employee_id: x.employee_id, ...body });
      expectErrorBody(response, 422);
      expect(response.body.details).toEqual([expect.objectContaining({ field })]);
    });

    it('when a manager records for their team, then 201; for another team, unknown or not, 403; an admin learns 404', async () => {
      const t = testApp();
      const [team, other] = [await createTeam(t), await createTeam(t)];
      const manager = await createUser(t, team, 'manager', { hire_date: HIRED });
      const [mine, theirs] = [await createEmployee(t, { team_id: team, hire_date: HIRED }), await createEmployee(t, { team_id: other, hire_date: HIRED })];
      at('12:00:00');
      await post(manager.token, { employee_id: mine.employee_id, attendance_date: '2025-04-11', status: 'present', check_in_time: '09:00:00' }).expect(201);
      expectErrorBody(await post(manager.token, { employee_id: theirs.employee_id, attendance_date: '2025-04-11', status: 'present' }), 403);
      expectErrorBody(await post(manager.token, { employee_id: `${team}-999`, attendance_date: '2025-04-11', status: 'present' }), 403);
      expectErrorBody(await post(admin(), { employee_id: `${team}-999`, attendance_date: '2025-04-11', status: 'present' }), 404);
      const employee = await createUser(t, team, 'employee', { hire_date: HIRED });
      expectErrorBody(await post(employee.token, { employee_id: employee.employee.employee_id, attendance_date: '2025-04-11', status: 'present' }), 403);
    });

    it('when a record is corrected, then changed times re-derive the status unless one is given, and notes alone keep it', async () => {
      const t = testApp();
      const x = await createEmployee(t, { team_id: await createTeam(t), hire_date: HIRED });
      at('12:00:00');
      await post(admin(), { employee_id: x.employee_id, attendance_date: '2025-04-11', check_in_time: '09:00:00', check_out_time: '17:00:00' }).expect(201);
      const path = `/attendance/${x.employee_id}/2025-04-11`;
      const put = (body: object) => request(t.app).put(path).set(bearer(admin())).send(body);
      expect((await put({ check_in_time: '09:30:00' })).body).toMatchObject({ status: 'late', hours_worked: 7.5 });
      expect((await put({ notes: 'Doctor' })).body).toMatchObject({ status: 'late', notes: 'Doctor' });
      expect((await put({ check_out_time: '12:00:00' })).body).toMatchObject({ status: 'half-day', hours_worked: 2.5 });
      expect((await put({ check_out_time: '17:30:00', status: 'present' })).body).toMatchObject({ status: 'present', hours_worked: 8 });
      expectErrorBody(await put({ check_out_time: '08:00:00' }), 422);
      expectErrorBody(await put({ hours_worked: 3 }), 422);
      expectErrorBody(await put({}), 422);
      expect((await request(t.app).get(path).set(bearer(admin()))).body).toMatchObject({ status: 'present', check_out_time: '17:30:00' });
    });

    it('when a record is deleted, then it is gone; missing is 404 for an admin and 403 for a manager', async () => {
      const t = testApp();
      const team = await createTeam(t);
      const manager = await createUser(t, team, 'manager', { hire_date: HIRED });
      const x = await createEmployee(t, { team_id: team, hire_date: HIRED });
      at('12:00:00');
      await post(admin(), { employee_id: x.employee_id, attendance_date: '2025-04-11', status: 'absent' }).expect(201);
      const path = `/attendance/${x.employee_id}/2025-04-11`;
      await request(t.app).delete(path).set(bearer(manager.token)).expect(204);
      expectErrorBody(await request(t.app).get(path).set(bearer(admin())), 404);
      expectErrorBody(await request(t.app).delete(path).set(bearer(admin())), 404);
      expectErrorBody(await request(t.app).delete(path).set(bearer(manager.token)), 403);
      expectErrorBody(await request(t.app).put(path).set(bearer(manager.token)).send({ notes: 'x' }), 403);
    });
  });

  describe('queries', () => {
    it('when people read attendance, then each sees their scope: lists narrow, path-scoped lists and records outside it are 404', async () => {
      const t = testApp();
      const [team, other] = [await createTeam(t), await createTeam(t)];
      const manager = await createUser(t, team, 'manager', { hire_date: HIRED });
      const [me, peer] = [await createUser(t, team, 'employee', { hire_date: HIRED }), await createUser(t, team, 'employee', { hire_date: HIRED })];
      const outsider = await createEmployee(t, { team_id: other, hire_date: HIRED });
      at('12:00:00');
      for (const id of [me.employee.employee_id, peer.employee.employee_id, outsider.employee_id]) {
        for (const day of ['2025-04-10', '2025-04-11']) {
          await request(t.app)
            .post('/attendance')
            .set(bearer(admin()))
            .send({ employee_id: id, attendance_date: day, status: 'present', check_in_time: '09:00:00' })
            .expect(201);
        }
      }
      const ids = async (token: string, path: string) => {
        const response = await request(t.app).get(path).set(bearer(token));
        expect(response.status).toBe(200);
        return (response.body.items as Record[]).map((r) => `${r.attendance_date} ${r.employee_id}`);
      };
      const ordered = (people: string[]) => ['2025-04-11', '2025-04-10'].flatMap((d) => [...people].sort().map((p) => `${d} ${p}`));
      expect(await ids(manager.token, '/attendance?limit=500')).toEqual(ordered([me.employee.employee_id, peer.employee.employee_id]));
      expect(await ids(manager.token, `/attendance?team_id=${other}`)).toEqual([]);
      expect(await ids(me.token, '/attendance')).toEqual(ordered([me.employee.employee_id]));
      expect(await ids(me.token, `/attendance/employee/${me.employee.employee_id}?from=2025-04-11`)).toEqual([`2025-04-11 ${me.employee.employee_id}`]);
      expect(await ids(admin(), `/attendance/team/${other}`)).toEqual(ordered([outsider.employee_id]));
      expect(await ids(manager.token, `/attendance/team/${team}?to=2025-04-10`)).toEqual(
        ordered([me.employee.employee_id, peer.employee.employee_id]).slice(2),
      );
      expectErrorBody(await request(t.app).get(`/attendance/employee/${peer.employee.employee_id}`).set(bearer(me.token)), 404);
      expectErrorBody(await request(t.app).get(`/attendance/employee/${outsider.employee_id}`).set(bearer(manager.token)), 404);
      expectErrorBody(await request(t.app).get(`/attendance/team/${team}`).set(bearer(me.token)), 404);
      expectErrorBody(await request(t.app).get(`/attendance/team/${other}`).set(bearer(manager.token)), 404);
      expectErrorBody(await request(t.app).get(`/attendance/${peer.employee.employee_id}/2025-04-11`).set(bearer(me.token)), 404);
      await request(t.app).get(`/attendance/${peer.employee.employee_id}/2025-04-11`).set(bearer(manager.token)).expect(200);
      expectErrorBody(await request(t.app).get('/attendance?from=2025-04-11&to=2025-04-10').set(bearer(admin())), 422);
      expectErrorBody(await request(t.app).get(`/attendance/${me.employee.employee_id}/2025-13-01`).set(bearer(admin())), 422);
    });

    it("when someone moves out of a manager's team, then the manager still reads their records from the team by path as by the list; never in the team is 404", async () => {
      const t = testApp();
      const [team, other] = [await createTeam(t), await createTeam(t)];
      const manager = await createUser(t, team, 'manager', { hire_date: HIRED });
      const leaver = await createUser(t, team, 'employee', { hire_date: HIRED });
      const outsider = await createEmployee(t, { team_id: other, hire_date: HIRED });
      const id = leaver.employee.employee_id;
      at('12:00:00');
      const record = (employee_id: string, attendance_date: string) =>
        request(t.app)
          .post('/attendance')
          .set(bearer(admin()))
          .send({ employee_id, attendance_date, status: 'present', check_in_time: '09:00:00' })
          .expect(201);
      await record(id, '2025-04-10');
      await record(id, '2025-04-11');
      await record(outsider.employee_id, '2025-04-11');
      await request(t.app).put(`/employees/${id}`).set(bearer(admin())).send({ team_id: other }).expect(200);
      await record(id, MONDAY);
      const ids = async (token: string, path: string) => {
        const response = await request(t.app).get(path).set(bearer(token));
        expect(response.status).toBe(200);
        return (response.body.items as Record[]).map((r) => `${r.attendance_date} ${r.team_id}`);
      };
      const fromTheTeam = [`2025-04-11 ${team}`, `2025-04-10 ${team}`];
      expect(await ids(manager.token, `/attendance?employee_id=${id}`)).toEqual(fromTheTeam);
      expect(await ids(manager.token, `/attendance/employee/${id}`)).toEqual(fromTheTeam);
      expect(await ids(manager.token, `/attendance/employee/${id}?from=2025-04-11`)).toEqual(fromTheTeam.slice(0, 1));
      expect(await ids(manager.token, `/attendance/employee/${id}?team_id=${other}`)).toEqual([]);
      expect(await ids(leaver.token, `/attendance/employee/${id}`)).toEqual([`${MONDAY} ${other}`, ...fromTheTeam]);
      expect(await ids(admin(), `/attendance/employee/${id}`)).toEqual([`${MONDAY} ${other}`, ...fromTheTeam]);
      expectErrorBody(await request(t.app).get(`/attendance/employee/${outsider.employee_id}`).set(bearer(manager.token)), 404);
      expectErrorBody(await request(t.app).get(`/attendance/employee/${other}-999`).set(bearer(manager.token)), 404);
      expectErrorBody(await request(t.app).get(`/attendance/employee/${outsider.employee_id}`).set(bearer(leaver.token)), 404);
    });

    it('when a path-scoped list is given the filters of GET /attendance, then they combine with the path, and one naming someone else is an empty page', async () => {
      const t = testApp();
      const [team, other] = [await createTeam(t), await createTeam(t)];
      const manager = await createUser(t, team, 'manager', { hire_date: HIRED });
      const [one, two] = [await createEmployee(t, { team_id: team, hire_date: HIRED }), await createEmployee(t, { team_id: team, hire_date: HIRED })];
      const outsider = await createEmployee(t, { team_id: other, hire_date: HIRED });
      at('12:00:00');
      for (const p of [one, two, outsider]) {
        for (const [day, status] of [
          ['2025-04-10', 'late'],
          ['2025-04-11', 'present'],
        ] as const) {
          await request(t.app)
            .post('/attendance')
            .set(bearer(admin()))
            .send({ employee_id: p.employee_id, attendance_date: day, status, check_in_time: '09:30:00' })
            .expect(201);
        }
      }
      const ids = async (token: string, path: string) => {
        const response = await request(t.app).get(path).set(bearer(token));
        expect(response.status).toBe(200);
        expect(response.body.next_cursor).toBeNull();
        return (response.body.items as Record[]).map((r) => `${r.attendance_date} ${r.employee_id}`);
      };
      const both = (id: string) => [`2025-04-11 ${id}`, `2025-04-10 ${id}`];
      expect(await ids(admin(), `/attendance/team/${team}?employee_id=${one.employee_id}`)).toEqual(both(one.employee_id));
      expect(await ids(manager.token, `/attendance/team/${team}?employee_id=${two.employee_id}&status=late`)).toEqual([`2025-04-10 ${two.employee_id}`]);
      expect(await ids(admin(), `/attendance/team/${team}?employee_id=${outsider.employee_id}`)).toEqual([]);
      expect(await ids(admin(), `/attendance/team/${team}?team_id=${other}`)).toEqual([]);
      expect(await ids(admin(), `/attendance/team/${team}?department=${other}`)).toEqual([]);
      expect(await ids(admin(), `/attendance/team/${team}?department=${team}&from=2025-04-11`)).toEqual([one, two].map((p) => `2025-04-11 ${p.employee_id}`));
      expect(await ids(admin(), `/attendance/employee/${one.employee_id}?team_id=${other}`)).toEqual([]);
      expect(await ids(admin(), `/attendance/employee/${one.employee_id}?department=${other}`)).toEqual([]);
      expect(await ids(admin(), `/attendance/employee/${one.employee_id}?employee_id=${two.employee_id}`)).toEqual([]);
      expect(await ids(manager.token, `/attendance/employee/${one.employee_id}?team_id=${team}&employee_id=${one.employee_id}`)).toEqual(both(one.employee_id));
      expectErrorBody(await request(t.app).get(`/attendance/employee/${one.employee_id}?team_id=${team}&department=${other}`).set(bearer(admin())), 422);
      expectErrorBody(await request(t.app).get(`/attendance/team/${team}?employee_id=nobody`).set(bearer(admin())), 422);
      const first = await request(t.app).get(`/attendance/team/${team}?employee_id=${one.employee_id}&limit=1`).set(bearer(admin())).expect(200);
      expect(first.body.next_cursor).toEqual(expect.any(String));
      const cursor = encodeURIComponent(first.body.next_cursor as string);
      const next = await request(t.app)
        .get(`/attendance/team/${team}?employee_id=${one.employee_id}&limit=1&cursor=${cursor}`)
        .set(bearer(admin()))
        .expect(200);
      expect((next.body.items as Record[]).map((r) => r.attendance_date)).toEqual(['2025-04-10']);
      expectErrorBody(await request(t.app).get(`/attendance/team/${team}?employee_id=${two.employee_id}&limit=1&cursor=${cursor}`).set(bearer(admin())), 400);
    });

    it('when a team is walked two records at a time, then every record comes once, newest first, and a cursor is bound to its filters', async () => {
      const t = testApp();
      const team = await createTeam(t);
      const people = [
        await createEmployee(t, { team_id: team, hire_date: HIRED }),
        await createEmployee(t, { team_id: team, hire_date: HIRED }),
        await createEmployee(t, { team_id: team, hire_date: HIRED }),
      ];
      at('12:00:00');
      for (const day of ['2025-04-09', '2025-04-10', '2025-04-11']) {
        for (const p of people)
          await request(t.app)
            .post('/attendance')
            .set(bearer(admin()))
            .send({ employee_id: p.employee_id, attendance_date: day, status: 'present', check_in_time: '09:00:00' })
            .expect(201);
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      let first: string | null = null;
      do {
        const page = await request(t.app)
          .get(`/attendance?team_id=${team}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)
          .set(bearer(admin()))
          .expect(200);
        seen.push(...(page.body.items as Record[]).map((r) => `${r.attendance_date} ${r.employee_id}`));
        cursor = page.body.next_cursor as string | null;
        first ??= cursor;
      } while (cursor);
      expect(seen).toEqual(['2025-04-11', '2025-04-10', '2025-04-09'].flatMap((d) => people.map((p) => `${d} ${p.employee_id}`)));
      expectErrorBody(
        await request(t.app)
          .get(`/attendance?team_id=${team}&status=late&cursor=${encodeURIComponent(first!)}`)
          .set(bearer(admin())),
        400,
      );
    });
  });

  describe('summaries', () => {
    /** Four people (hired before) and a known week ending Friday 11 April 2025. */
    async function knownWeek(t: TestApp) {
      const team = await createTeam(t);
      const people: string[] = [];
      for (let i = 0; i < 4; i++) people.push((await createEmployee(t, { team_id: team, hire_date: HIRED })).employee_id);
      const entry = (who: number, date: string, status: string) =>
        request(t.app)
          .post('/attendance')
          .set(bearer(admin()))
          .send({ employee_id: people[who], attendance_date: date, status, ...(status !== 'absent' && { check_in_time: '09:00:00' }) })
          .expect(201);
      at('12:00:00');
      for (const day of ['2025-04-07', '2025-04-10']) for (let i = 0; i < 4; i++) await entry(i, day, 'present');
      for (let i = 0; i < 3; i++) await entry(i, '2025-04-08', 'present');
      await entry(3, '2025-04-08', 'absent');
      await entry(0, '2025-04-09', 'present');
      await entry(1, '2025-04-09', 'late');
      await entry(2, '2025-04-09', 'half-day');
      await entry(0, '2025-04-11', 'present');
      await entry(1, '2025-04-11', 'late');
      await entry(2, '2025-04-11', 'half-day');
      await entry(3, '2025-04-05', 'present');
      return { team, people };
    }

    it('when an admin asks for a known week, then every figure is as counted by hand', async () => {
      const t = testApp();
      const { team } = await knownWeek(t);
      const response = await request(t.app).get(`/attendance/summary?date=2025-04-11&team_id=${team}`).set(bearer(admin()));
      expect(response.status).toBe(200);
      // The entries name a check-in and no check-out: on a day that has ended, each is a missing check-out.
      const day = (date: string, working: boolean, present: number, late: number, half: number, absent: number, rate: number | null) => ({
        date,
        working_day: working,
        holiday: null,
        closed: true,
        headcount: 4,
        expected: working ? 4 : 0,
        on_leave: 0,
        present,
        late,
        half_day: half,
        absent,
        not_checked_in: 0,
        missing_check_out: present + late + half,
        rate,
      });
      expect(response.body).toEqual({
        date: '2025-04-11',
        team_id: team,
        day: day('2025-04-11', true, 1, 1, 1, 1, 0.75),
        week: {
          from: '2025-04-05',
          to: '2025-04-11',
          days: [
            day('2025-04-05', false, 1, 0, 0, 0, null),
            day('2025-04-06', false, 0, 0, 0, 0, null),
            day('2025-04-07', true, 4, 0, 0, 0, 1),
            day('2025-04-08', true, 3, 0, 0, 1, 0.75),
            day('2025-04-09', true, 1, 1, 1, 1, 0.75),
            day('2025-04-10', true, 4, 0, 0, 0, 1),
            day('2025-04-11', true, 1, 1, 1, 1, 0.75),
          ],
          average_rate: 0.85,
          best_day: { date: '2025-04-07', rate: 1 },
          worst_day: { date: '2025-04-08', rate: 0.75 },
        },
        teams: [{ team_id: team, day: day('2025-04-11', true, 1, 1, 1, 1, 0.75), week_average_rate: 0.85 }],
      });
      const sentences = await request(t.app).get(`/summarize_attendance?date=2025-04-11&team_id=${team}`).set(bearer(admin()));
      expect(sentences.body).toEqual({
        yesterday_summary: `On 2025-04-11, team ${team} expected 4 of 4 people: 1 present, 1 late, 1 on a half day and 1 absent — an attendance rate of 75%. 3 people did not check out.`,
        last_week_summary: `From 2025-04-05 to 2025-04-11, team ${team} averaged 85% attendance over 5 rated days; the best day was 2025-04-07 (100%) and the worst 2025-04-08 (75%).`,
      });
    });

    it('when no date is given, then the summary is of yesterday in the organisation zone', async () => {
      at('08:00:00', '2025-04-12');
      const response = await request(testApp().app).get('/attendance/summary').set(bearer(admin()));
      expect(response.body.date).toBe('2025-04-11');
      expect(response.body.team_id).toBeNull();
    });

    it('when the date is after today, then 422 names it; today itself is a day to ask about', async () => {
      at('12:00:00', '2025-04-14');
      const ask = (date: string) => request(testApp().app).get(`/attendance/summary?date=${date}`).set(bearer(admin()));
      const future = await ask('2025-04-15');
      expectErrorBody(future, 422);
      expect(future.body.details).toEqual([expect.objectContaining({ field: 'date' })]);
      expect((await ask('2025-04-14')).status).toBe(200);
    });

    it("when a manager asks, then it is their team's; another team's is 403; an employee is refused", async () => {
      const t = testApp();
      const { team } = await knownWeek(t);
      const manager = await createUser(t, team, 'manager', { hire_date: '2025-06-01' });
      const employee = await createUser(t, team, 'employee', { hire_date: '2025-06-01' });
      const mine = await request(t.app).get('/attendance/summary?date=2025-04-11').set(bearer(manager.token));
      expect(mine.body).toMatchObject({ team_id: team, day: { headcount: 4, rate: 0.75 }, teams: [{ team_id: team }] });
      expectErrorBody(await request(t.app).get('/attendance/summary?date=2025-04-11&team_id=QA').set(bearer(manager.token)), 403);
      expectErrorBody(await request(t.app).get('/summarize_attendance?date=2025-04-11&team_id=QA').set(bearer(manager.token)), 403);
      // Whether or not the other team exists.
      expectErrorBody(await request(t.app).get('/attendance/summary?date=2025-04-11&team_id=NOSUCH').set(bearer(manager.token)), 403);
      expectErrorBody(await request(t.app).get('/attendance/summary').set(bearer(employee.token)), 403);
      expectErrorBody(await request(t.app).get('/summarize_attendance').set(bearer(employee.token)), 403);
    });

    it('when records change in every way, then the summary stays equal to a recount of the records', async () => {
      const t = testApp();
      const team = await createTeam(t);
      const users = [await createUser(t, team, 'employee', { hire_date: '2025-01-06' }), await createUser(t, team, 'employee', { hire_date: '2025-01-06' })];
      const x = await createEmployee(t, { team_id: team, hire_date: HIRED });
      const check = async () => {
        const records = (await request(t.app).get(`/attendance/team/${team}?from=${MONDAY}&to=${MONDAY}&limit=500`).set(bearer(admin()))).body
          .items as Record[];
        const summary = (await request(t.app).get(`/attendance/summary?date=${MONDAY}&team_id=${team}`).set(bearer(admin()))).body;
        const count = (status: string) => records.filter((r) => r.status === status).length;
        expect(summary.day).toMatchObject({ headcount: 3, present: count('present'), late: count('late'), half_day: count('half-day') });
      };
      at('09:00:00');
      await checkIn(users[0]!.token).expect(201);
      await check();
      at('09:40:00');
      await checkIn(users[1]!.token).expect(201);
      await check();
      at('11:00:00');
      await checkOut(users[0]!.token).expect(200);
      await check();
      await request(t.app)
        .post('/attendance')
        .set(bearer(admin()))
        .send({ employee_id: x.employee_id, attendance_date: MONDAY, status: 'present', check_in_time: '09:00:00' })
        .expect(201);
      await check();
      await request(t.app).put(`/attendance/${users[1]!.employee.employee_id}/${MONDAY}`).set(bearer(admin())).send({ check_in_time: '09:00:00' }).expect(200);
      await check();
      await request(t.app).delete(`/attendance/${x.employee_id}/${MONDAY}`).set(bearer(admin())).expect(204);
      await check();
      await request(t.app).delete(`/employees/${users[0]!.employee.employee_id}`).set(bearer(admin())).expect(204);
      const summary = (await request(t.app).get(`/attendance/summary?date=${MONDAY}&team_id=${team}`).set(bearer(admin()))).body;
      expect(summary.day).toMatchObject({ headcount: 2, present: 1, late: 0, half_day: 0 });
    });
  });
});

describe.each(eachBackend())('attendance in another time zone on %s', (_name, backend) => {
  const clock = new ManualClock();
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'America/Los_Angeles' }, clock);

  it('when someone checks in at 23:30 local time, then the record is of that local date, not of UTC', async () => {
    const t = testApp();
    const user = await createUser(t, await createTeam(t), 'employee', { hire_date: HIRED });
    // 06:30 UTC on the 15th is 23:30 on the 14th in Los Angeles.
    clock.set('2025-04-15T06:30:00Z');
    const response = await request(t.app).post('/attendance/check-in').set(bearer(user.token));
    expect(response.body).toMatchObject({ attendance_date: '2025-04-14', check_in_time: '23:30:00', status: 'late' });
    // And "today" for a direct entry is the local date too: the 15th is still the future there.
    const future = await request(t.app)
      .post('/attendance')
      .set(bearer(t.adminToken))
      .send({ employee_id: user.employee.employee_id, attendance_date: '2025-04-15', status: 'present' });
    expectErrorBody(future, 422);
  });
});
