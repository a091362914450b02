import type { IncomingMessage } from 'node:http';
import request from 'supertest';
import type { Backend } from '../support/backends';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, useTestApp } from '../support/test-app';

/**
 * On the Node server the CSV export streams (API.md "Corrections, audit and
 * exports"): with one person per slice, the rows of the first people reach
 * the client while the last person's attendance has not even been read. The
 * backend underneath is real; the read of the last person's attendance is
 * only held back until the client has seen the first rows (or 10 s pass).
 */
function holdingLastRead(backend: Backend, last: () => string, held: Promise<void>, asked: () => void): Backend {
  return {
    name: backend.name,
    async open() {
      const open = await backend.open();
      const attendance = open.database.repositories.attendance;
      const read = attendance.ofEmployees.bind(attendance);
      attendance.ofEmployees = async (ids, from, to) => {
        if (ids.includes(last())) {
          asked();
          await held;
        }
        return read(ids, from, to);
      };
      return open;
    },
  };
}

describe.each(eachBackend())('payroll export streaming on %s', (_name, backend) => {
  const clock = new ManualClock();
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let lastAsked = false;
  const people: string[] = [];
  const testApp = useTestApp(
    holdingLastRead(
      backend,
      () => people.at(-1)!,
      held,
      () => (lastAsked = true),
    ),
    { ORG_TIMEZONE: 'UTC', ATTENDANCE_START_DATE: '2025-03-01', EXPORT_PAGE_SIZE: '1' },
    clock,
  );
  let team: string;

  beforeAll(async () => {
    clock.set('2025-04-14T12:00:00Z');
    team = await createTeam(testApp());
    for (let i = 0; i < 3; i++) people.push((await createEmployee(testApp(), { team_id: team, hire_date: '2020-01-01', name: `Person ${i}` })).employee_id);
    people.sort();
    await request(testApp().app)
      .post('/attendance')
      .set(bearer(testApp().adminToken))
      .send({ employee_id: people[2], attendance_date: '2025-03-03', check_in_time: '09:00:00', check_out_time: '17:00:00' })
      .expect(201);
  });

  afterAll(() => release());

  it("sends the first people's rows before it reads the last person's attendance, then the rest, as the JSON export says", async () => {
    const rowOf = (id: string) => `\r\n${id},`;
    let beforeRelease = '';
    const fallback = setTimeout(() => release(), 10_000);
    const response = await request(testApp().app)
      .get(`/exports/attendance?month=2025-03&team_id=${team}`)
      .set(bearer(testApp().adminToken))
      .buffer(true)
      .parse((response, done) => {
        // superagent hands the parser the response as it arrives: Node's IncomingMessage.
        const res = response as unknown as IncomingMessage;
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
          if (beforeRelease === '' && text.includes(rowOf(people[1]!))) {
            beforeRelease = text;
            release();
          }
        });
        res.on('end', () => done(null, text));
      });
    clearTimeout(fallback);
    expect(response.status).toBe(200);
    expect(lastAsked).toBe(true);
    expect(beforeRelease).toContain(rowOf(people[0]!));
    expect(beforeRelease).not.toContain(rowOf(people[2]!));
    const text = response.body as string;
    const lines = text.split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[3]).toBe(`${people[2]},Person 2,${team},21,21,1,0,0,20,0,0,0,0,8`);
    const json = await request(testApp().app)
      .get(`/exports/attendance?month=2025-03&team_id=${team}&format=json`)
      .set(bearer(testApp().adminToken))
      .expect(200);
    expect(lines.slice(1, 4).map((line) => line.split(',')[0])).toEqual(
      (json.body as { items: { employee_id: string }[] }).items.map((row) => row.employee_id),
    );
  });
});
