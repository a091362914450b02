import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

describe.each(eachBackend())('bulk import on %s', (_name, backend) => {
  const clock = new ManualClock();
  const testApp = useTestApp(backend, {}, clock);
  const admin = () => testApp().adminToken;
  const send = (path: string, body: string, token = admin()) => request(testApp().app).post(path).set(bearer(token)).set('Content-Type', 'text/csv').send(body);
  const upload = (path: string, body: string, token = admin()) =>
    request(testApp().app).post(path).set(bearer(token)).attach('file', Buffer.from(body), { filename: 'import.csv', contentType: 'text/csv' });
  const teamList = async (team: string) =>
    (await request(testApp().app).get(`/employees?team_id=${team}&limit=500`).set(bearer(admin()))).body.items as Record<string, string>[];

  beforeAll(() => clock.set('2025-04-14T12:00:00Z'));

  it('when employees come as a CSV body, then each is created with its team numbering, quoting, BOM and CRLF intact', async () => {
    const team = await createTeam(testApp());
    const body = `\ufeff${csv(
      'name,email,team_id,position,job_title',
      `"Doe, Jane",jane.${team}@example.com,${team},Senior,"Lead, Platform"`,
      `John Roe,john.${team}@example.com,${team},Mid,"Writes
two-line titles"`,
      `Ann Lee,ann.${team}@example.com,${team},Junior,`,
    )}`;
    const response = await send('/employees/bulk', body);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ created: 3, updated: 0, failed: [] });
    const people = await teamList(team);
    expect(people.map((p) => [p.employee_id, p.name, p.job_title])).toEqual([
      [`${team}-001`, 'Doe, Jane', 'Lead, Platform'],
      [`${team}-002`, 'John Roe', 'Writes\ntwo-line titles'],
      [`${team}-003`, 'Ann Lee', null],
    ]);
  });

  it('when the same file comes as multipart, then rows whose key exists are updated, by id or by email', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const existing = await createEmployee(t, { team_id: team, email: `keep.${team}@example.com`, position: 'Junior' });
    const other = await createEmployee(t, { team_id: team, email: `other.${team}@example.com` });
    const body = csv(
      'employee_id,name,email,team_id,position',
      `${existing.employee_id},Renamed,,,`,
      `,,other.${team}@example.com,,Lead`,
      `,Brand New,new.${team}@example.com,${team},Mid`,
    );
    const response = await upload('/employees/bulk', body);
    expect(response.body).toEqual({ created: 1, updated: 2, failed: [] });
    const byId = Object.fromEntries((await teamList(team)).map((p) => [p.employee_id, p]));
    expect(byId[existing.employee_id]).toMatchObject({ name: 'Renamed', position: 'Junior', email: existing.email });
    expect(byId[other.employee_id]).toMatchObject({ position: 'Lead', name: other.name });
    expect(Object.keys(byId)).toHaveLength(3);
  });

  it('when one row is invalid, then 422 with every error of every failing row, by the line it starts on, and nothing is written', async () => {
    const team = await createTeam(testApp());
    const body = csv(
      'name,email,team_id,position,hire_date',
      `Good One,good.${team}@example.com,${team},Mid,2025-01-06`,
      `"Multi
line",not-an-email,${team},Boss,2025-02-30`,
      `No Team,no.team.${team}@example.com,NOPE,Mid,`,
      `,missing.${team}@example.com,,,`,
    );
    const response = await send('/employees/bulk', body);
    expectErrorBody(response, 422);
    expect(response.body).toMatchObject({ created: 0, updated: 0 });
    const failed = response.body.failed as { row: number; errors: { field: string }[] }[];
    expect(failed.map((f) => f.row)).toEqual([3, 5, 6]);
    expect(failed[0]!.errors.map((e) => e.field).sort()).toEqual(['email', 'hire_date', 'position']);
    expect(failed[1]!.errors.map((e) => e.field)).toEqual(['team_id']);
    expect(failed[2]!.errors.map((e) => e.field).sort()).toEqual(['name', 'position', 'team_id']);
    expect(await teamList(team)).toEqual([]);
  });

  it('when the mode is partial, then the valid rows are written and the rest reported; a key repeated in the file fails its later rows', async () => {
    const team = await createTeam(testApp());
    const body = csv(
      'employee_id,name,email,team_id,position',
      `${team}-010,First,first.${team}@example.com,${team},Mid`,
      `${team}-010,Again,again.${team}@example.com,${team},Mid`,
      `,Same Mail,FIRST.${team}@example.com,${team},Mid`,
      `QA-011,Wrong Prefix,prefix.${team}@example.com,${team},Mid`,
      `,Fine,fine.${team}@example.com,${team},Lead`,
    );
    const response = await send('/employees/bulk?mode=partial', body);
    expect(response.status).toBe(200);
    expect(response.body.created).toBe(2);
    expect((response.body.failed as { row: number; errors: { field: string; message: string }[] }[]).map((f) => [f.row, f.errors[0]!.field])).toEqual([
      [3, 'employee_id'],
      [4, 'email'],
      [5, 'employee_id'],
    ]);
    expect((await teamList(team)).map((p) => p.employee_id)).toEqual([`${team}-010`, `${team}-011`]);
  });

  it.each([
    ['/employees/bulk', 'name,email,team_id,position,salary', 'salary'],
    ['/employees/bulk', 'name,email,team_id,position,created_at', 'created_at'],
    ['/performance-scores/bulk', 'employee_id,period,kpi,completed_task,feedback_360,final_score', 'final_score'],
    ['/attendance/bulk', 'employee_id,attendance_date,status,team_id', 'team_id'],
    ['/attendance/bulk', 'employee_id,attendance_date,status,hours_worked', 'hours_worked'],
  ])('when %s has the column of the header "%s", then 422 names %s', async (path, header, column) => {
    const response = await send(path, csv(header, 'x,y,z,w,v,u'));
    expectErrorBody(response, 422);
    expect(response.body.details).toEqual([expect.objectContaining({ field: column })]);
  });

  it('when the body is JSON, malformed CSV or an unknown multipart field, then 415, 400 and 422', async () => {
    expectErrorBody(await request(testApp().app).post('/employees/bulk').set(bearer(admin())).send({ rows: [] }), 415);
    expectErrorBody(await send('/employees/bulk', 'name,email\n"unclosed,x\n'), 400);
    const noFile = await request(testApp().app).post('/employees/bulk').set(bearer(admin())).field('other', 'x');
    expectErrorBody(noFile, 422);
  });

  it('when scores are imported, then final scores are computed, existing ones updated, and bad or foreign rows reported', async () => {
    const t = testApp();
    const [team, other] = [await createTeam(t), await createTeam(t)];
    const manager = await createUser(t, team, 'manager');
    const [a, b] = [await createEmployee(t, { team_id: team }, { role: 'employee' }), await createEmployee(t, { team_id: team }, { role: 'employee' })];
    const outsider = await createEmployee(t, { team_id: other });
    await request(t.app)
      .post('/performance-scores')
      .set(bearer(admin()))
      .send({ employee_id: a.employee_id, period: '2025-Q1', kpi: 50, completed_task: 50, feedback_360: 50 })
      .expect(201);
    const body = csv(
      'employee_id,period,kpi,completed_task,feedback_360',
      `${a.employee_id},2025-Q1,90,,`,
      `${b.employee_id},2025-Q1,85.335,85.335,85.335`,
      `${outsider.employee_id},2025-Q1,70,70,70`,
      `${b.employee_id},2025-Q2,abc,70,70`,
      `${b.employee_id},2025-Q3,70,70,`,
      `${team}-999,2025-Q1,70,70,70`,
    );
    const response = await upload('/performance-scores/bulk?mode=partial', body, manager.token);
    expect(response.body.created).toBe(1);
    expect(response.body.updated).toBe(1);
    expect((response.body.failed as { row: number; errors: { field: string }[] }[]).map((f) => [f.row, f.errors.map((e) => e.field)])).toEqual([
      [4, ['employee_id']],
      [5, ['kpi']],
      [6, ['feedback_360']],
      [7, ['employee_id']],
    ]);
    expect((await request(t.app).get(`/performance-scores/${a.employee_id}/2025-Q1`).set(bearer(admin()))).body).toMatchObject({ kpi: 90, final_score: 63.33 });
    expect((await request(t.app).get(`/performance-scores/${b.employee_id}/2025-Q1`).set(bearer(admin()))).body.final_score).toBe(85.34);
  });

  it('when attendance is imported for people who moved teams, then each new record goes to the team of its own day', async () => {
    const t = testApp();
    const [from, to] = [await createTeam(t), await createTeam(t)];
    const movers = [await createEmployee(t, { team_id: from, hire_date: '2025-03-03' }), await createEmployee(t, { team_id: from, hire_date: '2025-03-03' })];
    const stayer = await createEmployee(t, { team_id: from, hire_date: '2025-03-03' });
    for (const mover of movers)
      expect((await request(t.app).put(`/employees/${mover.employee_id}`).set(bearer(admin())).send({ team_id: to })).status).toBe(200);
    const days = ['2025-04-07', '2025-04-14'];
    const rows = [...movers, stayer].flatMap((e) => days.map((day) => `${e.employee_id},${day},09:00:00,17:00:00`));
    expect((await send('/attendance/bulk', csv('employee_id,attendance_date,check_in_time,check_out_time', ...rows))).body).toEqual({
      created: 6,
      updated: 0,
      failed: [],
    });
    const teamOf = async (id: string, day: string) => (await request(t.app).get(`/attendance/${id}/${day}`).set(bearer(admin()))).body.team_id as string;
    for (const mover of movers) expect([await teamOf(mover.employee_id, days[0]!), await teamOf(mover.employee_id, days[1]!)]).toEqual([from, to]);
    expect([await teamOf(stayer.employee_id, days[0]!), await teamOf(stayer.employee_id, days[1]!)]).toEqual([from, from]);
  });

  it('when attendance is imported, then statuses are derived, rules hold per row, and the summary agrees with the records', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const people = [
      await createEmployee(t, { team_id: team, hire_date: '2025-01-06' }),
      await createEmployee(t, { team_id: team, hire_date: '2025-01-06' }),
      await createEmployee(t, { team_id: team, hire_date: '2025-01-06' }),
    ];
    const [x, y, z] = people.map((p) => p.employee_id);
    const body = csv(
      'employee_id,attendance_date,status,check_in_time,check_out_time,notes',
      `${x},2025-04-11,,09:00:00,17:30:00,Regular day`,
      `${y},2025-04-11,,09:20:00,17:00:00,`,
      `${z},2025-04-11,,10:00:00,12:00:00,`,
      `${x},2025-04-15,present,,,`,
      `${y},2025-04-10,,17:00:00,09:00:00,`,
    );
    const response = await upload(`/attendance/bulk?mode=partial`, body);
    expect(response.body.created).toBe(3);
    expect((response.body.failed as { row: number; errors: { field: string }[] }[]).map((f) => [f.row, f.errors[0]!.field])).toEqual([
      [5, 'attendance_date'],
      [6, 'check_out_time'],
    ]);
    const records = (await request(t.app).get(`/attendance/team/${team}`).set(bearer(admin()))).body.items as {
      employee_id: string;
      status: string;
      hours_worked: number;
    }[];
    expect(Object.fromEntries(records.map((r) => [r.employee_id, [r.status, r.hours_worked]]))).toEqual({
      [x!]: ['present', 8.5],
      [y!]: ['late', 7.67],
      [z!]: ['half-day', 2],
    });
    const again = await send('/attendance/bulk', csv('employee_id,attendance_date,check_out_time', `${x},2025-04-11,12:00:00`));
    expect(again.body).toEqual({ created: 0, updated: 1, failed: [] });
    const summary = (await request(t.app).get(`/attendance/summary?date=2025-04-11&team_id=${team}`).set(bearer(admin()))).body;
    expect(summary.day).toMatchObject({ headcount: 3, present: 0, late: 1, half_day: 2, absent: 0 });
  });

  it('when a manager imports rows the role table keeps from them, then those rows fail alike and nothing of theirs is written', async () => {
    const t = testApp();
    const [team, other] = [await createTeam(t), await createTeam(t)];
    const manager = await createUser(t, team, 'manager');
    const member = await createEmployee(t, { team_id: team, hire_date: '2025-01-06' }, { role: 'employee' });
    const fellow = await createEmployee(t, { team_id: team, hire_date: '2025-01-06' }, { role: 'manager' });
    const noLogin = await createEmployee(t, { team_id: team, hire_date: '2025-01-06' });
    const self = manager.employee.employee_id;
    const scores = csv(
      'employee_id,period,kpi,completed_task,feedback_360',
      ...[member, fellow, noLogin].map((e) => `${e.employee_id},2025-Q1,100,100,100`),
      `${self},2025-Q1,100,100,100`,
      `${other}-001,2025-Q1,100,100,100`,
    );
    const scored = await send('/performance-scores/bulk?mode=partial', scores, manager.token);
    expect(scored.body.created).toBe(1);
    const refusals = (scored.body.failed as { row: number; errors: { field: string; message: string }[] }[]).map((f) => [f.row, f.errors]);
    expect(refusals.map(([row]) => row)).toEqual([3, 4, 5, 6]);
    // One wording for a fellow manager, a member without a login, oneself and someone who may not exist.
    expect(new Set(refusals.map(([, errors]) => JSON.stringify(errors).replace(/[A-Z]+-\d+/, 'ID'))).size).toBe(1);
    expect((await request(t.app).get(`/performance-scores/${self}/2025-Q1`).set(bearer(admin()))).status).toBe(404);

    // A record keeps the team it was written in: once its employee moves here, it is still not this manager's.
    const mover = await createEmployee(t, { team_id: other, hire_date: '2025-01-06' });
    await request(t.app)
      .post('/attendance')
      .set(bearer(admin()))
      .send({ employee_id: mover.employee_id, attendance_date: '2025-04-10', check_in_time: '09:00:00' })
      .expect(201);
    await request(t.app).put(`/employees/${mover.employee_id}`).set(bearer(admin())).send({ team_id: team }).expect(200);
    expectErrorBody(
      await request(t.app).put(`/attendance/${mover.employee_id}/2025-04-10`).set(bearer(manager.token)).send({ check_out_time: '12:00:00' }),
      403,
    );
    const attendance = csv(
      'employee_id,attendance_date,check_in_time,check_out_time',
      `${mover.employee_id},2025-04-10,09:00:00,12:00:00`,
      `${self},2025-04-10,09:00:00,17:00:00`,
      `${fellow.employee_id},2025-04-10,09:00:00,17:00:00`,
      `${mover.employee_id},2025-04-11,09:00:00,17:00:00`,
    );
    const recorded = await send('/attendance/bulk?mode=partial', attendance, manager.token);
    expect(recorded.body.created).toBe(2);
    expect((recorded.body.failed as { row: number }[]).map((f) => f.row)).toEqual([2, 3]);
    expect((await request(t.app).get(`/attendance/${mover.employee_id}/2025-04-10`).set(bearer(admin()))).body.check_out_time).toBeNull();
    expect((await request(t.app).get(`/attendance/${self}/2025-04-10`).set(bearer(admin()))).status).toBe(404);
  });

  it('when a bulk import moves a manager to another team, then their token scopes to the new team at once', async () => {
    const t = testApp();
    const [from, to] = [await createTeam(t), await createTeam(t)];
    const manager = await createUser(t, from, 'manager');
    // Read once, so this instance holds the old team in its account cache.
    expect((await request(t.app).get('/me').set(bearer(manager.token))).body.team_id).toBe(from);
    expect((await send('/employees/bulk', csv('employee_id,team_id', `${manager.employee.employee_id},${to}`))).body).toEqual({
      created: 0,
      updated: 1,
      failed: [],
    });
    expect((await request(t.app).get('/me').set(bearer(manager.token))).body.team_id).toBe(to);
    expect((await request(t.app).get(`/employees?team_id=${to}`).set(bearer(manager.token))).status).toBe(200);
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'])(
    'when a CSV column is named %s, then 422 with well-formed details naming it',
    async (column) => {
      const response = await send('/attendance/bulk', csv(`employee_id,attendance_date,${column}`, 'DEV-001,2025-04-11,x'));
      expectErrorBody(response, 422);
      expect(response.body.details).toEqual([{ field: column, message: expect.stringContaining('is not a column of this import') }]);
    },
  );

  it('when an employee or a manager imports what they may not, then 403 before the body is read', async () => {
    const t = testApp();
    const team = await createTeam(t);
    const [manager, employee] = [await createUser(t, team, 'manager'), await createUser(t, team, 'employee')];
    expectErrorBody(await send('/employees/bulk', 'x', manager.token), 403);
    expectErrorBody(await send('/attendance/bulk', 'x', employee.token), 403);
  });
});

describe.each(eachBackend())('import limits on %s', (_name, backend) => {
  const testApp = useTestApp(backend, { IMPORT_MAX_ROWS: '3', IMPORT_MAX_BYTES: '1kb' });
  const rows = (n: number) => csv('name,email,team_id,position', ...Array.from({ length: n }, (_, i) => `P${i},p${i}.${Date.now()}@example.com,DEV,Mid`));

  it('when a file has more rows than IMPORT_MAX_ROWS, then 413 and nothing is written', async () => {
    const response = await request(testApp().app).post('/employees/bulk').set(bearer(testApp().adminToken)).set('Content-Type', 'text/csv').send(rows(4));
    expectErrorBody(response, 413);
  });

  it('when a body or an uploaded file is larger than IMPORT_MAX_BYTES, then 413', async () => {
    const big = rows(2) + `${'x'.repeat(2000)}\n`;
    expectErrorBody(await request(testApp().app).post('/employees/bulk').set(bearer(testApp().adminToken)).set('Content-Type', 'text/csv').send(big), 413);
    expectErrorBody(await request(testApp().app).post('/employees/bulk').set(bearer(testApp().adminToken)).attach('file', Buffer.from(big), 'big.csv'), 413);
  });
});
