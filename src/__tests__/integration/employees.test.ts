import request from 'supertest';
import { eachBackend } from '../support/backends';
import {
  PASSWORD,
  bearer,
  createEmployee,
  createTeam,
  createUser,
  expectErrorBody,
  tokenFor,
  uniqueEmail,
  uniqueTeamId,
  useTestApp,
  type EmployeeBody,
  type TestApp,
} from '../support/test-app';

/** The employees contract of API.md ("Employees" and "Conventions"), as an admin sees it. */

interface PageBody<T> {
  items: T[];
  next_cursor: string | null;
}

interface UserBody {
  username: string;
  role: string;
  employee_id: string | null;
  team_id: string | null;
  disabled: boolean;
  created_at: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const todayUtc = () => new Date().toISOString().slice(0, 10);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const detailsOf = (response: request.Response) => (response.body as { details?: { field: string; message: string }[] }).details ?? [];
const detailFields = (response: request.Response) => detailsOf(response).map((detail) => detail.field);
const pageOf = <T>(response: request.Response) => response.body as PageBody<T>;
const ids = (employees: EmployeeBody[]) => employees.map((employee) => employee.employee_id);

/** Changes one character in the middle of the cursor's first segment, so the change is never a no-op. */
function tamper(cursor: string): string {
  const index = Math.min(5, cursor.indexOf('.') > 0 ? cursor.indexOf('.') - 1 : cursor.length - 1);
  const replacement = cursor[index] === 'A' ? 'B' : 'A';
  return `${cursor.slice(0, index)}${replacement}${cursor.slice(index + 1)}`;
}

describe.each(eachBackend())('employees on %s', (_name, backend) => {
  const testApp = useTestApp(backend);
  const admin = () => bearer(testApp().adminToken);
  const api = () => request(testApp().app);

  const post = (body: object) => api().post('/employees').set(admin()).send(body);
  const newBody = (teamId: string, fields: Record<string, unknown> = {}) => ({
    name: 'New Hire',
    email: uniqueEmail('hire'),
    team_id: teamId,
    position: 'Junior',
    ...fields,
  });

  async function listIds(query: string): Promise<string[]> {
    const response = await api().get(`/employees?${query}`).set(admin());
    expect(response.status).toBe(200);
    return ids(pageOf<EmployeeBody>(response).items);
  }

  async function users(t: TestApp): Promise<UserBody[]> {
    const response = await request(t.app).get('/users?limit=500').set(bearer(t.adminToken));
    expect(response.status).toBe(200);
    expect(pageOf<UserBody>(response).next_cursor).toBeNull();
    return pageOf<UserBody>(response).items;
  }

  /** Follows next_cursor to the end, checking each page's size, and returns the ids in the order they came. */
  async function walk(path: string, limit: number, from: string | null = null): Promise<string[]> {
    const seen: string[] = [];
    let cursor: string | null = from;
    for (let pages = 0; pages < 50; pages += 1) {
      const separator = path.includes('?') ? '&' : '?';
      const url = `${path}${separator}limit=${limit}${cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`}`;
      const response = await api().get(url).set(admin());
      expect(response.status).toBe(200);
      const page = pageOf<EmployeeBody>(response);
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...ids(page.items));
      if (page.next_cursor === null) return seen;
      cursor = page.next_cursor;
    }
    throw new Error(`${path}: the cursor walk did not end`);
  }

  describe('POST /employees', () => {
    it('when the required fields are sent, then it answers 201 with every field and the defaults', async () => {
      const team = await createTeam(testApp());
      const email = uniqueEmail('defaults');
      const before = todayUtc();
      const response = await post({ name: 'John Doe', email, team_id: team, position: 'Senior' });
      const after = todayUtc();

      expect(response.status).toBe(201);
      const body = response.body as EmployeeBody;
      expect(body).toEqual({
        employee_id: `${team}-001`,
        name: 'John Doe',
        email,
        team_id: team,
        position: 'Senior',
        job_title: null,
        status: 'active',
        hire_date: expect.any(String) as string,
        end_date: null,
        created_at: expect.stringMatching(ISO_INSTANT) as string,
        updated_at: expect.stringMatching(ISO_INSTANT) as string,
      });
      expect([before, after]).toContain(body.hire_date);
      expect((await api().get(`/employees/${body.employee_id}`).set(admin())).body).toEqual(body);
    });

    it('when every optional field is sent, then the employee carries them', async () => {
      const team = await createTeam(testApp());
      const response = await post(newBody(team, { job_title: 'Developer', status: 'inactive', hire_date: '2024-03-01', position: 'Lead' }));
      expect(response.status).toBe(201);
      expect(response.body).toEqual(
        expect.objectContaining({ job_title: 'Developer', status: 'inactive', hire_date: '2024-03-01', position: 'Lead', team_id: team }),
      );
    });

    it('when ids are omitted, then each team numbers its employees 001, 002, … on its own', async () => {
      const [teamA, teamB] = [await createTeam(testApp()), await createTeam(testApp())];
      const first = await post(newBody(teamA));
      const second = await post(newBody(teamA));
      const other = await post(newBody(teamB));
      const third = await post(newBody(teamA));
      expect([first.status, second.status, other.status, third.status]).toEqual([201, 201, 201, 201]);
      expect(ids([first.body, second.body, third.body] as EmployeeBody[])).toEqual([`${teamA}-001`, `${teamA}-002`, `${teamA}-003`]);
      expect((other.body as EmployeeBody).employee_id).toBe(`${teamB}-001`);
    });

    it("when an id with the team's prefix is supplied, then it is used and the next automatic id is one past it", async () => {
      const team = await createTeam(testApp());
      expect((await post(newBody(team))).body).toEqual(expect.objectContaining({ employee_id: `${team}-001` }));

      const supplied = await post(newBody(team, { employee_id: `${team}-010` }));
      expect(supplied.status).toBe(201);
      expect((supplied.body as EmployeeBody).employee_id).toBe(`${team}-010`);

      const next = await post(newBody(team));
      expect(next.status).toBe(201);
      expect((next.body as EmployeeBody).employee_id).toBe(`${team}-011`);

      // A supplied id below the counter does not move it back.
      expect((await post(newBody(team, { employee_id: `${team}-005` }))).status).toBe(201);
      expect((await post(newBody(team))).body).toEqual(expect.objectContaining({ employee_id: `${team}-012` }));
    });

    it("when the supplied id carries another team's prefix, then it answers 422 naming employee_id and creates nothing", async () => {
      const [team, other] = [await createTeam(testApp()), await createTeam(testApp())];
      const response = await post(newBody(team, { employee_id: `${other}-001` }));
      expectErrorBody(response, 422);
      expect(detailFields(response)).toContain('employee_id');
      expect(await listIds(`team_id=${team}`)).toEqual([]);
      expect(await listIds(`team_id=${other}`)).toEqual([]);
    });

    it('when the id and team code are sent in lower case, then they are stored upper-cased', async () => {
      const team = await createTeam(testApp());
      const response = await post(newBody(team.toLowerCase(), { employee_id: `${team.toLowerCase()}-042` }));
      expect(response.status).toBe(201);
      expect(response.body).toEqual(expect.objectContaining({ employee_id: `${team}-042`, team_id: team }));
      expect((await api().get(`/employees/${team}-042`).set(admin())).status).toBe(200);
    });

    it.each(['DEV-1', 'DEV-01', 'DEV-0001', 'DEV001', 'DEV_001', 'D-001', '-001', 'DEV-', 'DEV-000', 'DEV-01000'])(
      'when the supplied id is malformed (%s), then it answers 422 naming employee_id',
      async (employeeId) => {
        const response = await post(newBody('DEV', { employee_id: employeeId }));
        expectErrorBody(response, 422);
        expect(detailFields(response)).toContain('employee_id');
      },
    );

    it('when the email is already taken in another letter case, then it answers 409 and creates nothing', async () => {
      const [team, other] = [await createTeam(testApp()), await createTeam(testApp())];
      const email = uniqueEmail('Dup.Case');
      expect((await post(newBody(team, { email: email.toLowerCase() }))).status).toBe(201);
      const response = await post(newBody(other, { email: email.toUpperCase() }));
      expectErrorBody(response, 409);
      expect(await listIds(`team_id=${other}`)).toEqual([]);
    });

    it('when the supplied id is already taken, then it answers 409 and the first employee is unchanged', async () => {
      const team = await createTeam(testApp());
      const first = await post(newBody(team, { employee_id: `${team}-007`, name: 'First Holder' }));
      expect(first.status).toBe(201);
      const response = await post(newBody(team, { employee_id: `${team}-007`, name: 'Second Holder' }));
      expectErrorBody(response, 409);
      expect((await api().get(`/employees/${team}-007`).set(admin())).body).toEqual(first.body);
      expect(await listIds(`team_id=${team}`)).toEqual([`${team}-007`]);
    });

    it('when the team does not exist, then it answers 422 with a details entry for team_id', async () => {
      const missingTeam = uniqueTeamId();
      const response = await post(newBody(missingTeam));
      expectErrorBody(response, 422);
      expect(detailFields(response)).toContain('team_id');
      expect(await listIds(`team_id=${missingTeam}`)).toEqual([]);
    });

    it('when every required field is missing, then it answers 422 with one details entry per missing field', async () => {
      const response = await post({});
      expectErrorBody(response, 422);
      expect(detailFields(response).sort()).toEqual(['email', 'name', 'position', 'team_id']);
      for (const detail of detailsOf(response)) expect(detail.message).toEqual(expect.any(String));
    });

    it('when only some required fields are missing, then the details name exactly those', async () => {
      const team = await createTeam(testApp());
      const response = await post({ name: 'Half Done', team_id: team });
      expectErrorBody(response, 422);
      expect(detailFields(response).sort()).toEqual(['email', 'position']);
      expect(await listIds(`team_id=${team}`)).toEqual([]);
    });

    it.each([
      ['position', { position: 'Intern' }],
      ['position', { position: 'senior' }],
      ['status', { status: 'retired' }],
      ['email', { email: 'not-an-email' }],
      ['hire_date', { hire_date: '2025-02-30' }],
      ['hire_date', { hire_date: '01/03/2024' }],
      ['name', { name: '' }],
      ['job_title', { job_title: 42 }],
    ])('when %s is invalid (%j), then it answers 422 naming it', async (field, fields) => {
      const team = await createTeam(testApp());
      const response = await post(newBody(team, fields));
      expectErrorBody(response, 422);
      expect(detailFields(response)).toContain(field);
      expect(await listIds(`team_id=${team}`)).toEqual([]);
    });

    it.each(['hours_worked', 'employee_name', 'foo', 'created_at', 'updated_at'])(
      'when the body carries the unknown or read-only field %s, then it answers 422 naming it',
      async (field) => {
        const team = await createTeam(testApp());
        const response = await post(newBody(team, { [field]: field.endsWith('_at') ? new Date().toISOString() : 'x' }));
        expectErrorBody(response, 422);
        expect(detailFields(response).join(' ')).toContain(field);
        expect(await listIds(`team_id=${team}`)).toEqual([]);
      },
    );
  });

  describe('POST /employees with an account', () => {
    it('when an account is sent, then the employee and their login both exist and the login works by email in upper case', async () => {
      const t = testApp();
      const team = await createTeam(t);
      const email = uniqueEmail('with.login');
      const password = 'a-long-enough-password';
      const response = await post(newBody(team, { email, account: { password, role: 'manager' } }));
      expect(response.status).toBe(201);
      const employee = response.body as EmployeeBody;
      expect(employee.employee_id).toBe(`${team}-001`);
      expect(Object.keys(employee)).not.toContain('account');
      expect(JSON.stringify(response.body)).not.toContain(password);

      expect((await api().get(`/employees/${employee.employee_id}`).set(admin())).status).toBe(200);

      const token = await tokenFor(t.app, email.toUpperCase(), password);
      const me = await api().get('/me').set(bearer(token));
      expect(me.status).toBe(200);
      expect(me.body).toEqual(expect.objectContaining({ role: 'manager', employee_id: employee.employee_id, team_id: team }));

      const logins = (await users(t)).filter((user) => user.employee_id === employee.employee_id);
      expect(logins).toHaveLength(1);
      expect(logins[0]).toEqual(expect.objectContaining({ role: 'manager', team_id: team, disabled: false }));
    });

    it('when the email is a duplicate and an account is sent, then it answers 409 and no login is created', async () => {
      const t = testApp();
      const team = await createTeam(t);
      const email = uniqueEmail('taken');
      await createEmployee(t, { team_id: team, email });
      const before = (await users(t)).map((user) => user.username).sort();

      const response = await post(newBody(team, { email: email.toUpperCase(), account: { password: PASSWORD, role: 'employee' } }));
      expectErrorBody(response, 409);

      const after = await users(t);
      expect(after.map((user) => user.username).sort()).toEqual(before);
      expect(after.filter((user) => user.team_id === team)).toEqual([]);
      expect(await listIds(`team_id=${team}`)).toEqual([`${team}-001`]);
      const login = await api().post('/token').type('form').send({ username: email, password: PASSWORD });
      expect(login.body).toMatchObject({ error: 'invalid_grant' });
    });

    it.each([
      ['shorter than 10 bytes', 'too-short'],
      ['longer than 72 bytes', 'é'.repeat(37)],
    ])('when the account password is %s, then it answers 422 and no employee is created', async (_case, password) => {
      const t = testApp();
      const team = await createTeam(t);
      const response = await post(newBody(team, { account: { password, role: 'employee' } }));
      expectErrorBody(response, 422);
      expect(detailFields(response).join(' ')).toContain('password');
      expect(await listIds(`team_id=${team}`)).toEqual([]);
      expect((await users(t)).filter((user) => user.team_id === team)).toEqual([]);
    });

    it('when the account role is unknown, then it answers 422 and no employee is created', async () => {
      const team = await createTeam(testApp());
      const response = await post(newBody(team, { account: { password: PASSWORD, role: 'superuser' } }));
      expectErrorBody(response, 422);
      expect(await listIds(`team_id=${team}`)).toEqual([]);
    });
  });

  describe('concurrent creates', () => {
    it('when 20 employees are created at once in one team, then all get 201 and the ids 001 to 020 exactly once', async () => {
      const team = await createTeam(testApp());
      const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => post(newBody(team, { name: `Parallel ${i}` }))));
      expect(responses.map((response) => response.status)).toEqual(Array.from({ length: 20 }, () => 201));
      const created = ids(responses.map((response) => response.body as EmployeeBody)).sort();
      const expected = Array.from({ length: 20 }, (_, i) => `${team}-${String(i + 1).padStart(3, '0')}`);
      expect(created).toEqual(expected);
      expect(await listIds(`team_id=${team}&limit=500`)).toEqual(expected);
    });
  });

  describe('GET /employees/{id}', () => {
    it('when the employee exists, then it answers 200 with the employee', async () => {
      const employee = await createEmployee(testApp(), { team_id: await createTeam(testApp()), name: 'Read Me', job_title: 'Tester' });
      const response = await api().get(`/employees/${employee.employee_id}`).set(admin());
      expect(response.status).toBe(200);
      expect(response.body).toEqual(employee);
    });

    it('when the employee does not exist, then it answers 404', async () => {
      const team = await createTeam(testApp());
      expectErrorBody(await api().get(`/employees/${team}-999`).set(admin()), 404);
    });

    it('when the id in the path is lower case, then it finds the employee', async () => {
      const employee = await createEmployee(testApp(), { team_id: await createTeam(testApp()) });
      const response = await api().get(`/employees/${employee.employee_id.toLowerCase()}`).set(admin());
      expect(response.status).toBe(200);
      expect((response.body as EmployeeBody).employee_id).toBe(employee.employee_id);
    });

    it('when the id in the path is malformed, then it answers 422', async () => {
      expectErrorBody(await api().get('/employees/DEV-1').set(admin()), 422);
    });
  });

  describe('GET /employees', () => {
    /** A team of three with different names, positions and statuses, and a second team beside it. */
    async function filterFixture() {
      const t = testApp();
      const [team, other] = [await createTeam(t), await createTeam(t)];
      const alice = await createEmployee(t, { team_id: team, name: 'Alice Smith', position: 'Senior' });
      const bob = await createEmployee(t, { team_id: team, name: 'Bob Jones', position: 'Junior', status: 'inactive' });
      const carol = await createEmployee(t, { team_id: team, name: 'Carol SMITHERS', position: 'Senior' });
      const dave = await createEmployee(t, { team_id: other, name: 'Dave Smith', position: 'Senior' });
      return { team, other, alice: alice.employee_id, bob: bob.employee_id, carol: carol.employee_id, dave: dave.employee_id };
    }

    it('when employees are listed, then they come in employee_id order, whatever the order they were created in', async () => {
      const team = await createTeam(testApp());
      for (const n of ['010', '002', '005', '001']) await createEmployee(testApp(), { team_id: team, employee_id: `${team}-${n}` });
      expect(await listIds(`team_id=${team}`)).toEqual([`${team}-001`, `${team}-002`, `${team}-005`, `${team}-010`]);

      const all = await listIds('limit=500');
      expect(all).toEqual([...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    });

    it('when filtered by team_id or by its alias department, then only that team comes back', async () => {
      const f = await filterFixture();
      expect(await listIds(`team_id=${f.team}`)).toEqual([f.alice, f.bob, f.carol]);
      expect(await listIds(`department=${f.team}`)).toEqual([f.alice, f.bob, f.carol]);
      expect(await listIds(`department=${f.team.toLowerCase()}`)).toEqual([f.alice, f.bob, f.carol]);
      expect(await listIds(`team_id=${f.other}`)).toEqual([f.dave]);
    });

    it('when team_id and department are both given and agree, then they filter as one', async () => {
      const f = await filterFixture();
      expect(await listIds(`team_id=${f.team}&department=${f.team}`)).toEqual([f.alice, f.bob, f.carol]);
    });

    it('when team_id and department are both given but differ, then it answers 422', async () => {
      const f = await filterFixture();
      const response = await api().get(`/employees?team_id=${f.team}&department=${f.other}`).set(admin());
      expectErrorBody(response, 422);
      expect(detailFields(response).join(' ')).toMatch(/department|team_id/);
    });

    it('when filtered by position or status, then only matching employees come back', async () => {
      const f = await filterFixture();
      expect(await listIds(`team_id=${f.team}&position=Senior`)).toEqual([f.alice, f.carol]);
      expect(await listIds(`team_id=${f.team}&position=Junior`)).toEqual([f.bob]);
      expect(await listIds(`team_id=${f.team}&position=Lead`)).toEqual([]);
      expect(await listIds(`team_id=${f.team}&status=inactive`)).toEqual([f.bob]);
      expect(await listIds(`team_id=${f.team}&status=active`)).toEqual([f.alice, f.carol]);
      expect(await listIds(`team_id=${f.team}&status=active&position=Senior`)).toEqual([f.alice, f.carol]);
    });

    it('when a filter value is not allowed, then it answers 422', async () => {
      expectErrorBody(await api().get('/employees?position=Intern').set(admin()), 422);
      expectErrorBody(await api().get('/employees?status=gone').set(admin()), 422);
      expectErrorBody(await api().get('/employees?team_id=D3V').set(admin()), 422);
    });

    it('when q is part of a name in any letter case, then those employees come back', async () => {
      const f = await filterFixture();
      expect(await listIds(`team_id=${f.team}&q=smith`)).toEqual([f.alice, f.carol]);
      expect(await listIds(`team_id=${f.team}&q=SMITH`)).toEqual([f.alice, f.carol]);
      expect(await listIds(`team_id=${f.team}&q=ob%20jo`)).toEqual([f.bob]);
      expect(await listIds(`q=smith&department=${f.other}`)).toEqual([f.dave]);
      expect(await listIds(`team_id=${f.team}&q=nobody`)).toEqual([]);
    });

    it('when q is the start of an employee id, then the employees whose id starts with it come back', async () => {
      const f = await filterFixture();
      expect(await listIds(`q=${f.team}-`)).toEqual([f.alice, f.bob, f.carol]);
      expect(await listIds(`q=${f.team.toLowerCase()}-00`)).toEqual([f.alice, f.bob, f.carol]);
      expect(await listIds(`q=${f.bob}`)).toEqual([f.bob]);
      // A prefix, not a substring: the number alone does not match an id.
      expect(await listIds(`team_id=${f.team}&q=-002`)).toEqual([]);
    });

    it.each(['0', '501', 'abc', '-1', '2.5'])('when limit=%s, then it answers 422 naming limit, never clamping', async (limit) => {
      const response = await api().get(`/employees?limit=${limit}`).set(admin());
      expectErrorBody(response, 422);
      expect(detailFields(response).join(' ')).toContain('limit');
    });

    it('when limit=500 or limit=1, then it answers 200 with at most that many items', async () => {
      const team = await createTeam(testApp());
      await createEmployee(testApp(), { team_id: team });
      await createEmployee(testApp(), { team_id: team });
      const big = await api().get('/employees?limit=500').set(admin());
      expect(big.status).toBe(200);
      expect(pageOf<EmployeeBody>(big).items.length).toBeGreaterThanOrEqual(2);
      expect(pageOf<EmployeeBody>(big).items.length).toBeLessThanOrEqual(500);

      const one = await api().get(`/employees?team_id=${team}&limit=1`).set(admin());
      expect(one.status).toBe(200);
      expect(ids(pageOf<EmployeeBody>(one).items)).toEqual([`${team}-001`]);
      expect(pageOf<EmployeeBody>(one).next_cursor).toEqual(expect.any(String));
    });

    it('when limit is omitted, then a page holds at most 50 and the rest follows by cursor', async () => {
      const team = await createTeam(testApp());
      const responses = await Promise.all(Array.from({ length: 51 }, () => post(newBody(team))));
      expect(responses.every((response) => response.status === 201)).toBe(true);

      const response = await api().get(`/employees?team_id=${team}`).set(admin());
      expect(response.status).toBe(200);
      const page = pageOf<EmployeeBody>(response);
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items.length).toBeLessThanOrEqual(50);
      expect(page.next_cursor).toEqual(expect.any(String));
      const rest = await walk(`/employees?team_id=${team}`, 50, page.next_cursor);
      expect([...ids(page.items), ...rest]).toEqual(Array.from({ length: 51 }, (_, i) => `${team}-${String(i + 1).padStart(3, '0')}`));
    });

    it('when a team of 5 is walked with limit=2, then every employee comes exactly once, in order, and the last page has next_cursor null', async () => {
      const team = await createTeam(testApp());
      const created: string[] = [];
      for (let i = 0; i < 5; i += 1) created.push((await createEmployee(testApp(), { team_id: team })).employee_id);

      expect(await walk(`/employees?team_id=${team}`, 2)).toEqual(created);

      const first = await api().get(`/employees?team_id=${team}&limit=5`).set(admin());
      expect(ids(pageOf<EmployeeBody>(first).items)).toEqual(created);
      expect(pageOf<EmployeeBody>(first).next_cursor).toBeNull();
    });

    it('when a cursor is tampered with, then it answers 400', async () => {
      const team = await createTeam(testApp());
      for (let i = 0; i < 3; i += 1) await createEmployee(testApp(), { team_id: team });
      const page = pageOf<EmployeeBody>(await api().get(`/employees?team_id=${team}&limit=1`).set(admin()));
      expect(page.next_cursor).toEqual(expect.any(String));
      const cursor = page.next_cursor!;

      // The untouched cursor works, so the 400s below are the tampering's doing.
      expect(
        (
          await api()
            .get(`/employees?team_id=${team}&limit=1&cursor=${encodeURIComponent(cursor)}`)
            .set(admin())
        ).status,
      ).toBe(200);
      const forged = tamper(cursor);
      expect(forged).not.toBe(cursor);
      expectErrorBody(
        await api()
          .get(`/employees?team_id=${team}&limit=1&cursor=${encodeURIComponent(forged)}`)
          .set(admin()),
        400,
      );
      expectErrorBody(await api().get(`/employees?team_id=${team}&limit=1&cursor=not-a-cursor`).set(admin()), 400);
    });

    it('when a cursor from one team filter is reused with another team filter, then it answers 400', async () => {
      const [teamX, teamY] = [await createTeam(testApp()), await createTeam(testApp())];
      for (let i = 0; i < 3; i += 1) await createEmployee(testApp(), { team_id: teamX });
      await createEmployee(testApp(), { team_id: teamY });
      const cursor = pageOf<EmployeeBody>(await api().get(`/employees?team_id=${teamX}&limit=1`).set(admin())).next_cursor;
      expect(cursor).toEqual(expect.any(String));
      const response = await api()
        .get(`/employees?team_id=${teamY}&limit=1&cursor=${encodeURIComponent(cursor!)}`)
        .set(admin());
      expectErrorBody(response, 400);
    });

    it('when a cursor from /employees is reused on /teams, then it answers 400', async () => {
      const team = await createTeam(testApp());
      for (let i = 0; i < 2; i += 1) await createEmployee(testApp(), { team_id: team });
      const cursor = pageOf<EmployeeBody>(await api().get('/employees?limit=1').set(admin())).next_cursor;
      expect(cursor).toEqual(expect.any(String));
      expectErrorBody(
        await api()
          .get(`/teams?limit=1&cursor=${encodeURIComponent(cursor!)}`)
          .set(admin()),
        400,
      );
    });
  });

  describe('PUT /employees/{id}', () => {
    it('when some fields are sent, then only those and updated_at change', async () => {
      const before = await createEmployee(testApp(), { team_id: await createTeam(testApp()), name: 'Old Name', job_title: 'Analyst' });
      await sleep(10);
      const response = await api().put(`/employees/${before.employee_id}`).set(admin()).send({ name: 'New Name', position: 'Lead' });
      expect(response.status).toBe(200);
      const after = response.body as EmployeeBody;
      expect(after).toEqual({ ...before, name: 'New Name', position: 'Lead', updated_at: expect.stringMatching(ISO_INSTANT) as string });
      expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
      expect((await api().get(`/employees/${before.employee_id}`).set(admin())).body).toEqual(after);
    });

    it('when status, hire_date and email are changed, then the new values are kept', async () => {
      const before = await createEmployee(testApp(), { team_id: await createTeam(testApp()) });
      const email = uniqueEmail('changed');
      const response = await api().put(`/employees/${before.employee_id}`).set(admin()).send({ status: 'inactive', hire_date: '2020-02-29', email });
      expect(response.status).toBe(200);
      expect(response.body).toEqual(expect.objectContaining({ status: 'inactive', hire_date: '2020-02-29', email, name: before.name }));
    });

    it('when job_title is set to null, then it is cleared', async () => {
      const before = await createEmployee(testApp(), { team_id: await createTeam(testApp()), job_title: 'Developer' });
      expect(before.job_title).toBe('Developer');
      const response = await api().put(`/employees/${before.employee_id}`).set(admin()).send({ job_title: null });
      expect(response.status).toBe(200);
      expect((response.body as EmployeeBody).job_title).toBeNull();
      expect(((await api().get(`/employees/${before.employee_id}`).set(admin())).body as EmployeeBody).job_title).toBeNull();
    });

    it('when the employee moves to another team, then the id stays and their login sees the new team at once', async () => {
      const t = testApp();
      const [teamA, teamB] = [await createTeam(t), await createTeam(t)];
      const manager = await createUser(t, teamA, 'manager');
      const id = manager.employee.employee_id;
      expect((await api().get('/me').set(bearer(manager.token))).body).toEqual(expect.objectContaining({ employee_id: id, team_id: teamA }));

      const response = await api().put(`/employees/${id}`).set(admin()).send({ team_id: teamB.toLowerCase() });
      expect(response.status).toBe(200);
      expect(response.body).toEqual(expect.objectContaining({ employee_id: id, team_id: teamB }));
      expect(await listIds(`team_id=${teamB}`)).toEqual([id]);
      expect(await listIds(`team_id=${teamA}`)).toEqual([]);

      const me = await api().get('/me').set(bearer(manager.token));
      expect(me.status).toBe(200);
      expect(me.body).toEqual(expect.objectContaining({ employee_id: id, team_id: teamB, role: 'manager' }));

      // The next automatic id of the old team is not the moved employee's number again.
      expect((await post(newBody(teamA))).body).toEqual(expect.objectContaining({ employee_id: `${teamA}-002` }));
    });

    it('when the employee is moved to a team that does not exist, then it answers 422 and nothing changes', async () => {
      const before = await createEmployee(testApp(), { team_id: await createTeam(testApp()) });
      const response = await api().put(`/employees/${before.employee_id}`).set(admin()).send({ team_id: uniqueTeamId() });
      expectErrorBody(response, 422);
      expect(detailFields(response)).toContain('team_id');
      expect((await api().get(`/employees/${before.employee_id}`).set(admin())).body).toEqual(before);
    });

    it("when the new email is another employee's in another letter case, then it answers 409 and nothing changes", async () => {
      const team = await createTeam(testApp());
      const taken = await createEmployee(testApp(), { team_id: team });
      const before = await createEmployee(testApp(), { team_id: team });
      const response = await api().put(`/employees/${before.employee_id}`).set(admin()).send({ email: taken.email.toUpperCase(), name: 'Changed' });
      expectErrorBody(response, 409);
      expect((await api().get(`/employees/${before.employee_id}`).set(admin())).body).toEqual(before);
    });

    it('when the body is empty, then it answers 422', async () => {
      const before = await createEmployee(testApp(), { team_id: await createTeam(testApp()) });
      expectErrorBody(await api().put(`/employees/${before.employee_id}`).set(admin()).send({}), 422);
      expect((await api().get(`/employees/${before.employee_id}`).set(admin())).body).toEqual(before);
    });

    it.each([
      ['employee_id', (e: EmployeeBody) => ({ employee_id: e.employee_id })],
      ['created_at', () => ({ created_at: new Date().toISOString() })],
      ['account', () => ({ account: { password: PASSWORD, role: 'admin' } })],
      ['foo', () => ({ foo: 'bar', name: 'Sneaky' })],
    ])('when the body carries %s, then it answers 422 naming it and nothing changes', async (field, body) => {
      const before = await createEmployee(testApp(), { team_id: await createTeam(testApp()) });
      const response = await api().put(`/employees/${before.employee_id}`).set(admin()).send(body(before));
      expectErrorBody(response, 422);
      expect(detailFields(response).join(' ')).toContain(field);
      expect((await api().get(`/employees/${before.employee_id}`).set(admin())).body).toEqual(before);
    });

    it('when a field value is invalid, then it answers 422', async () => {
      const before = await createEmployee(testApp(), { team_id: await createTeam(testApp()) });
      for (const body of [{ position: 'Boss' }, { status: 'away' }, { email: 'nope' }, { hire_date: '2025-02-30' }, { name: '' }]) {
        expectErrorBody(await api().put(`/employees/${before.employee_id}`).set(admin()).send(body), 422);
      }
      expect((await api().get(`/employees/${before.employee_id}`).set(admin())).body).toEqual(before);
    });

    it('when the employee does not exist, then it answers 404', async () => {
      const team = await createTeam(testApp());
      expectErrorBody(await api().put(`/employees/${team}-999`).set(admin()).send({ name: 'Nobody' }), 404);
    });
  });

  describe('DELETE /employees/{id}', () => {
    it('when the employee exists, then it answers 204 and the employee is gone', async () => {
      const employee = await createEmployee(testApp(), { team_id: await createTeam(testApp()) });
      const response = await api().delete(`/employees/${employee.employee_id}`).set(admin());
      expect(response.status).toBe(204);
      expect(response.text).toBe('');
      expectErrorBody(await api().get(`/employees/${employee.employee_id}`).set(admin()), 404);
      expect(await listIds(`team_id=${employee.team_id}`)).toEqual([]);
    });

    it('when the employee has a login, then the login goes too and a token issued before gets 401', async () => {
      const t = testApp();
      const team = await createTeam(t);
      const user = await createUser(t, team, 'employee');
      expect((await api().get('/me').set(bearer(user.token))).status).toBe(200);

      expect((await api().delete(`/employees/${user.employee.employee_id}`).set(admin())).status).toBe(204);

      expectErrorBody(await api().get('/me').set(bearer(user.token)), 401);
      expect((await users(t)).filter((login) => login.employee_id === user.employee.employee_id)).toEqual([]);
      expect((await api().post('/token').type('form').send({ username: user.employee.email, password: PASSWORD })).body).toMatchObject({
        error: 'invalid_grant',
      });
    });

    it('when the employee does not exist, then it answers 404', async () => {
      const team = await createTeam(testApp());
      expectErrorBody(await api().delete(`/employees/${team}-999`).set(admin()), 404);
    });

    it('when an employee is deleted, then their number is not handed out again', async () => {
      const team = await createTeam(testApp());
      const first = await createEmployee(testApp(), { team_id: team });
      expect((await api().delete(`/employees/${first.employee_id}`).set(admin())).status).toBe(204);
      expect((await post(newBody(team))).body).toEqual(expect.objectContaining({ employee_id: `${team}-002` }));
    });
  });

  describe('request bodies', () => {
    it('when the JSON is malformed, then it answers 400', async () => {
      const response = await api().post('/employees').set(admin()).set('Content-Type', 'application/json').send('{"name": "Broken",');
      expectErrorBody(response, 400);
    });

    it('when the body is text/plain, then it answers 415', async () => {
      const team = await createTeam(testApp());
      const response = await api()
        .post('/employees')
        .set(admin())
        .set('Content-Type', 'text/plain')
        .send(JSON.stringify(newBody(team)));
      expectErrorBody(response, 415);
      expect(await listIds(`team_id=${team}`)).toEqual([]);
    });

    it('when a PUT body is text/plain, then it answers 415', async () => {
      const employee = await createEmployee(testApp(), { team_id: await createTeam(testApp()) });
      const response = await api().put(`/employees/${employee.employee_id}`).set(admin()).set('Content-Type', 'text/plain').send('{"name":"x"}');
      expectErrorBody(response, 415);
    });

    it('when the body is over the 100kb limit, then it answers 413', async () => {
      const team = await createTeam(testApp());
      const response = await post(newBody(team, { job_title: 'x'.repeat(150 * 1024) }));
      expectErrorBody(response, 413);
      expect(await listIds(`team_id=${team}`)).toEqual([]);
    });

    it('when there is no body at all, then it answers 422', async () => {
      expectErrorBody(await api().post('/employees').set(admin()), 422);
    });
  });
});
