import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

/** The payroll export (API.md "Corrections, audit and exports"), hand-computed for March 2025; the clock says Monday 14 April. */

interface Row {
  employee_id: string;
  name: string;
  team_id: string;
  working_days: number;
  expected_days: number;
  present: number;
  late: number;
  half_day: number;
  absent: number;
  on_leave_paid: number;
  on_leave_unpaid: number;
  holidays: number;
  missing_check_out: number;
  hours_worked: number;
}

describe.each(eachBackend())('payroll export on %s', (_name, backend) => {
  const clock = new ManualClock();
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'UTC', ATTENDANCE_START_DATE: '2025-03-01' }, clock);
  const admin = () => bearer(testApp().adminToken);
  const api = () => request(testApp().app);
  let team: string;
  let a: string;
  let b: string;

  beforeAll(async () => {
    clock.set('2025-04-14T12:00:00Z');
    team = await createTeam(testApp());
    a = (await createEmployee(testApp(), { team_id: team, hire_date: '2020-01-01', name: '=HYPERLINK("http://x")' })).employee_id;
    b = (await createEmployee(testApp(), { team_id: team, hire_date: '2025-03-24', name: 'Late, Starter' })).employee_id;
    await api().post('/holidays').set(admin()).send({ date: '2025-03-17', name: 'Team day', team_id: team }).expect(201);
    await api().post('/holidays').set(admin()).send({ date: '2025-03-18', name: 'Team morning', team_id: team, half: 'am' }).expect(201);
    const record = (date: string, check_in_time: string, check_out_time?: string) =>
      api()
        .post('/attendance')
        .set(admin())
        .send({ employee_id: a, attendance_date: date, check_in_time, ...(check_out_time && { check_out_time }) })
        .expect(201);
    await record('2025-03-03', '09:00:00', '17:00:00');
    await record('2025-03-04', '10:00:00', '17:00:00');
    await record('2025-03-05', '09:00:00', '12:00:00');
    await record('2025-03-06', '09:00:00');
    for (const leave of [
      { code: 'ANNUAL', from: '2025-03-10', to: '2025-03-11' },
      { code: 'UNPAID', from: '2025-03-12', to: '2025-03-12' },
      { code: 'SICK', from: '2025-03-13', to: '2025-03-13', half_day: 'pm' },
    ]) {
      const filed = await api()
        .post('/leave-requests')
        .set(admin())
        .send({ employee_id: a, ...leave })
        .expect(201);
      await api()
        .post(`/leave-requests/${(filed.body as { request_id: string }).request_id}/approve`)
        .set(admin())
        .expect(200);
    }
  });

  const exported = async (query: string, token = admin()) => {
    const response = await api().get(`/exports/attendance?${query}`).set(token);
    expect(response.status).toBe(200);
    return response;
  };

  it('adds up each person’s counted days by the absence rule: records, holidays, paid and unpaid leave, the days before a hire', async () => {
    const body = (await exported(`month=2025-03&team_id=${team}&format=json`)).body as { month: string; items: Row[] };
    expect(body.month).toBe('2025-03');
    expect(body.items).toEqual([
      // March has 21 weekdays; the team's day and morning off take 1.5; leave takes 2 + 1 (unpaid) + 0.5, so 16 are expected.
      // Four days attended (an open record counts), half of the 13th expected and missed: 12 absent.
      {
        employee_id: a,
        name: '=HYPERLINK("http://x")',
        team_id: team,
        working_days: 21,
        expected_days: 16,
        present: 2,
        late: 1,
        half_day: 1,
        absent: 12,
        on_leave_paid: 2.5,
        on_leave_unpaid: 1,
        holidays: 1.5,
        missing_check_out: 1,
        hours_worked: 18,
      },
      // Hired on Monday the 24th: six working days, none attended.
      {
        employee_id: b,
        name: 'Late, Starter',
        team_id: team,
        working_days: 6,
        expected_days: 6,
        present: 0,
        late: 0,
        half_day: 0,
        absent: 6,
        on_leave_paid: 0,
        on_leave_unpaid: 0,
        holidays: 0,
        missing_check_out: 0,
        hours_worked: 0,
      },
    ]);
    const summary = await api().get(`/attendance/summary?from=2025-03-01&to=2025-03-31&team_id=${team}`).set(admin()).expect(200);
    const totals = (summary.body as { totals: Record<string, number> }).totals;
    const sum = (key: keyof Row) => body.items.reduce((total, row) => total + (row[key] as number), 0);
    expect({
      present: sum('present'),
      late: sum('late'),
      half_day: sum('half_day'),
      absent: sum('absent'),
      on_leave: sum('on_leave_paid') + sum('on_leave_unpaid'),
      missing_check_out: sum('missing_check_out'),
    }).toEqual({
      present: totals.present,
      late: totals.late,
      half_day: totals.half_day,
      absent: totals.absent,
      on_leave: totals.on_leave,
      missing_check_out: totals.missing_check_out,
    });
  });

  it('writes CSV by RFC 4180 with a header row, CRLF line ends, quoted cells and no formula a spreadsheet would run', async () => {
    const response = await exported(`month=2025-03&team_id=${team}`);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    const text = response.text;
    expect(text.endsWith('\r\n')).toBe(true);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'employee_id,name,team_id,working_days,expected_days,present,late,half_day,absent,on_leave_paid,on_leave_unpaid,holidays,missing_check_out,hours_worked',
    );
    expect(lines[1]).toBe(`${a},"'=HYPERLINK(""http://x"")",${team},21,16,2,1,1,12,2.5,1,1.5,1,18`);
    expect(lines[2]).toBe(`${b},"Late, Starter",${team},6,6,0,0,0,6,0,0,0,0,0`);
    expect(lines).toHaveLength(4);
    // A parser nobody here wrote reads it back as the JSON export, the apostrophe aside.
    const json = (await exported(`month=2025-03&team_id=${team}&format=json`)).body as { items: Row[] };
    const records = parse<Row>(text, {
      columns: true,
      cast: (value, context) =>
        context.header || context.column === 'name' || context.column === 'employee_id' || context.column === 'team_id' ? value : Number(value),
    });
    expect(records).toEqual(json.items.map((row) => ({ ...row, name: row.name.startsWith('=') ? `'${row.name}` : row.name })));
  });

  it('leaves out the days after today in the current month, and refuses a month ahead', async () => {
    const april = (await exported(`month=2025-04&team_id=${team}&format=json`)).body as { items: Row[] };
    // 1–4, 7–11 and today the 14th are working days so far; only the closed ones (up to the 11th) are expected.
    expect(april.items.find((r) => r.employee_id === b)).toMatchObject({ working_days: 10, expected_days: 9, absent: 9 });
    expectErrorBody(await api().get('/exports/attendance?month=2025-05').set(admin()), 422);
    expectErrorBody(await api().get('/exports/attendance?month=2025-13').set(admin()), 422);
    expectErrorBody(await api().get('/exports/attendance?month=2025-03&format=xml').set(admin()), 422);
  });

  it("gives a manager their own team's export and refuses another team's; an employee none", async () => {
    const other = await createTeam(testApp());
    const manager = await createUser(testApp(), other, 'manager', { hire_date: '2020-01-01' });
    expectErrorBody(await api().get(`/exports/attendance?month=2025-03&team_id=${team}`).set(bearer(manager.token)), 403);
    const own = (await exported('month=2025-03&format=json', bearer(manager.token))).body as { items: Row[] };
    expect(own.items.map((r) => r.team_id)).toEqual([other]);
    const employee = await createUser(testApp(), team, 'employee', { hire_date: '2020-01-01' });
    expectErrorBody(await api().get('/exports/attendance?month=2025-03').set(bearer(employee.token)), 403);
    // Without a team, everyone employed in the month.
    const everyone = (await exported('month=2025-03&format=json')).body as { items: Row[] };
    expect(everyone.items.map((r) => r.employee_id)).toEqual(expect.arrayContaining([a, b, manager.employee.employee_id]));
  });
});
