import request from 'supertest';
import { eachBackend } from '../support/backends';
import { ManualClock } from '../support/manual-clock';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, useTestApp } from '../support/test-app';

/** Holidays (API.md "Work calendar"): every role reads them, an admin writes them, one per scope and date. */

interface HolidayBody {
  holiday_id: string;
  date: string;
  name: string;
  team_id: string | null;
  half: 'am' | 'pm' | null;
  created_at: string;
  updated_at: string;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MISSING = '00000000-0000-4000-8000-000000000000';
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;
const detailFields = (response: request.Response) => ((response.body as { details?: { field: string }[] }).details ?? []).map((d) => d.field).sort();

/** Each test works on dates of its own year, so organisation holidays of one never meet another's. */
let year = 2040;
const yearOf = () => ++year;

describe.each(eachBackend())('holidays on %s', (_name, backend) => {
  const clock = new ManualClock();
  const testApp = useTestApp(backend, { ORG_TIMEZONE: 'UTC' }, clock);
  const admin = () => bearer(testApp().adminToken);
  const api = () => request(testApp().app);
  const create = (body: object, token = admin()) => api().post('/holidays').set(token).send(body);
  const created = async (body: object) => {
    const response = await create(body);
    expect(response.status).toBe(201);
    return response.body as HolidayBody;
  };
  const list = async (query: string, token = admin()) => {
    const response = await api().get(`/holidays?${query}`).set(token);
    expect(response.status).toBe(200);
    return response.body as { items: HolidayBody[]; next_cursor: string | null };
  };
  const bulk = (body: string, mode = '', token = admin()) => api().post(`/holidays/bulk${mode}`).set(token).set('Content-Type', 'text/csv').send(body);

  beforeAll(() => clock.set('2025-04-14T12:00:00Z'));

  describe('create and read', () => {
    it('when a name and date are sent, then it answers 201 with an organisation-wide whole-day holiday under a new id, readable by id', async () => {
      const y = yearOf();
      const response = await create({ date: `${y}-01-01`, name: "New Year's Day" });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        holiday_id: expect.stringMatching(UUID) as string,
        date: `${y}-01-01`,
        name: "New Year's Day",
        team_id: null,
        half: null,
        created_at: expect.stringMatching(ISO_INSTANT) as string,
        updated_at: expect.stringMatching(ISO_INSTANT) as string,
      });
      const read = await api()
        .get(`/holidays/${(response.body as HolidayBody).holiday_id}`)
        .set(admin());
      expect(read.status).toBe(200);
      expect(read.body).toEqual(response.body);
    });

    it("when a team and a half are given, then the holiday is that team's half day, the team code upper-cased", async () => {
      const team = await createTeam(testApp());
      const holiday = await created({ date: `${yearOf()}-03-02`, name: ' Offsite morning ', team_id: team.toLowerCase(), half: 'am' });
      expect(holiday).toMatchObject({ name: 'Offsite morning', team_id: team, half: 'am' });
    });

    it('when the same scope already has a holiday that date, then 409, while another scope that date is fine', async () => {
      const team = await createTeam(testApp());
      const date = `${yearOf()}-05-01`;
      await created({ date, name: 'Labour Day' });
      expectErrorBody(await create({ date, name: 'Again', half: 'pm' }), 409);
      await created({ date, name: 'Team day', team_id: team });
      const again = await create({ date, name: 'Team day again', team_id: team });
      expectErrorBody(again, 409);
      expect((again.body as { code: string }).code).toBe('HOLIDAY_EXISTS');
      expect((await list(`from=${date}&to=${date}`)).items.map((h) => [h.name, h.team_id])).toEqual(
        expect.arrayContaining([
          ['Labour Day', null],
          ['Team day', team],
        ]),
      );
    });

    it.each([
      ['a date that does not exist', { date: '2041-02-29', name: 'x' }, ['date']],
      ['a date in another format', { date: '01/02/2041', name: 'x' }, ['date']],
      ['no date and no name', {}, ['date', 'name']],
      ['an empty name', { date: '2041-01-02', name: '  ' }, ['name']],
      ['a name of 101 characters', { date: '2041-01-02', name: 'x'.repeat(101) }, ['name']],
      ['a half that is neither am nor pm', { date: '2041-01-02', name: 'x', half: 'noon' }, ['half']],
      ['a team code that is no code', { date: '2041-01-02', name: 'x', team_id: 'DEV-1' }, ['team_id']],
      ['an id of its own', { holiday_id: 'mine', date: '2041-01-02', name: 'x' }, ['holiday_id']],
    ])('when the body has %s, then 422 naming each field and nothing is created', async (_case, body, fields) => {
      const response = await create(body);
      expectErrorBody(response, 422);
      expect(detailFields(response)).toEqual(fields);
    });

    it('when the team does not exist, then 422 naming team_id', async () => {
      const response = await create({ date: '2041-01-03', name: 'Nobody', team_id: 'NOSUCHTEAM' });
      expectErrorBody(response, 422);
      expect(detailFields(response)).toEqual(['team_id']);
      expect((await list('from=2041-01-03&to=2041-01-03')).items).toEqual([]);
    });

    it('when a name has 100 characters, then it is accepted', async () => {
      expect((await created({ date: `${yearOf()}-01-05`, name: 'x'.repeat(100) })).name).toHaveLength(100);
    });
  });

  describe('list', () => {
    it("when listed with a team, then that team's and the organisation's come, each with its own team_id, by date then id; other teams' do not", async () => {
      const t = testApp();
      const [team, other] = [await createTeam(t), await createTeam(t)];
      const y = yearOf();
      const org = await created({ date: `${y}-06-02`, name: 'Org day' });
      const mine = await created({ date: `${y}-06-01`, name: 'Team day', team_id: team });
      const sameDay = await created({ date: `${y}-06-02`, name: 'Team half', team_id: team, half: 'pm' });
      const theirs = await created({ date: `${y}-06-01`, name: 'Other team day', team_id: other });
      const range = `from=${y}-01-01&to=${y}-12-31`;
      const byDateThenId = (a: HolidayBody, b: HolidayBody) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.holiday_id < b.holiday_id ? -1 : 1);
      expect((await list(`${range}&team_id=${team}`)).items).toEqual([mine, org, sameDay].sort(byDateThenId));
      expect((await list(range)).items).toEqual([mine, theirs, org, sameDay].sort(byDateThenId));
    });

    it('when listed a page at a time, then the cursor walks every holiday of the range once', async () => {
      const y = yearOf();
      for (const month of ['01', '02', '03']) await created({ date: `${y}-${month}-10`, name: `Day ${month}` });
      const first = await list(`from=${y}-01-01&to=${y}-12-31&limit=2`);
      expect(first.items.map((h) => h.date)).toEqual([`${y}-01-10`, `${y}-02-10`]);
      expect(first.next_cursor).not.toBeNull();
      const second = await list(`from=${y}-01-01&to=${y}-12-31&limit=2&cursor=${encodeURIComponent(first.next_cursor!)}`);
      expect(second.items.map((h) => h.date)).toEqual([`${y}-03-10`]);
      expect(second.next_cursor).toBeNull();
      // A cursor is bound to its filters.
      expectErrorBody(
        await api()
          .get(`/holidays?from=${y}-02-01&to=${y}-12-31&limit=2&cursor=${encodeURIComponent(first.next_cursor!)}`)
          .set(admin()),
        400,
      );
    });

    it('when from is after to, or a date or limit is invalid, then 422', async () => {
      expect(detailFields(await api().get('/holidays?from=2041-02-01&to=2041-01-01').set(admin()))).toEqual(['from']);
      expect(detailFields(await api().get('/holidays?from=2041-13-01').set(admin()))).toEqual(['from']);
      expect(detailFields(await api().get('/holidays?limit=0').set(admin()))).toEqual(['limit']);
    });
  });

  describe('change and delete', () => {
    it('when a PUT names one field, then only that changes', async () => {
      const holiday = await created({ date: `${yearOf()}-07-01`, name: 'Summer', half: 'pm' });
      const response = await api().put(`/holidays/${holiday.holiday_id}`).set(admin()).send({ name: 'Midsummer' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ holiday_id: holiday.holiday_id, date: holiday.date, name: 'Midsummer', team_id: null, half: 'pm' });
    });

    it('when a PUT moves a holiday to a team and back to the organisation and to a whole day, then each change holds', async () => {
      const team = await createTeam(testApp());
      const holiday = await created({ date: `${yearOf()}-07-02`, name: 'Moving', half: 'am' });
      const path = `/holidays/${holiday.holiday_id}`;
      expect((await api().put(path).set(admin()).send({ team_id: team })).body).toMatchObject({ team_id: team, half: 'am' });
      expect((await api().put(path).set(admin()).send({ team_id: null, half: null })).body).toMatchObject({ team_id: null, half: null });
    });

    it('when a PUT moves a holiday onto a date its scope already has, then 409 and it stays', async () => {
      const y = yearOf();
      await created({ date: `${y}-08-01`, name: 'Taken' });
      const holiday = await created({ date: `${y}-08-02`, name: 'Mover' });
      expectErrorBody(
        await api()
          .put(`/holidays/${holiday.holiday_id}`)
          .set(admin())
          .send({ date: `${y}-08-01` }),
        409,
      );
      expect((await api().get(`/holidays/${holiday.holiday_id}`).set(admin())).body).toEqual(holiday);
    });

    it('when a PUT clashes, then the 409 names the holiday as it would be (date and scope after the change) and the holiday it clashes with', async () => {
      const team = await createTeam(testApp());
      const y = yearOf();
      const teamDay = await created({ date: `${y}-08-04`, name: 'Team offsite', team_id: team });
      const orgDay = await created({ date: `${y}-08-05`, name: 'Org day' });
      const mover = await created({ date: `${y}-08-04`, name: 'Mover' });
      const put = (body: object) => api().put(`/holidays/${mover.holiday_id}`).set(admin()).send(body);
      const message = (response: request.Response) => {
        expectErrorBody(response, 409);
        expect((response.body as { code: string }).code).toBe('HOLIDAY_EXISTS');
        return (response.body as { message: string }).message;
      };
      // Only the team changes: the date comes from the holiday, the scope from the body.
      const teamOnly = message(await put({ team_id: team }));
      expect(teamOnly).toBe(
        `Holiday ${mover.holiday_id} would be on ${y}-08-04 for team ${team}, which already has holiday ${teamDay.holiday_id} (Team offsite) that date`,
      );
      // Only the date changes: the scope is the holiday's (the organisation), not the body's (none).
      const dateOnly = message(await put({ date: `${y}-08-05` }));
      expect(dateOnly).toBe(
        `Holiday ${mover.holiday_id} would be on ${y}-08-05 for the organisation, which already has holiday ${orgDay.holiday_id} (Org day) that date`,
      );
      expect((await api().get(`/holidays/${mover.holiday_id}`).set(admin())).body).toEqual(mover);
    });

    it('when a PUT is empty, names an unknown team or has a bad half, then 422', async () => {
      const holiday = await created({ date: `${yearOf()}-08-03`, name: 'Fixed' });
      const path = `/holidays/${holiday.holiday_id}`;
      expectErrorBody(await api().put(path).set(admin()).send({}), 422);
      expect(detailFields(await api().put(path).set(admin()).send({ team_id: 'NOSUCHTEAM' }))).toEqual(['team_id']);
      expect(detailFields(await api().put(path).set(admin()).send({ half: 'evening' }))).toEqual(['half']);
      expect(detailFields(await api().put(path).set(admin()).send({ created_at: '2025-01-01T00:00:00Z' }))).toContain('created_at');
    });

    it('when a holiday is deleted, then 204 and it is gone; a second delete is 404', async () => {
      const holiday = await created({ date: `${yearOf()}-09-01`, name: 'Brief' });
      const path = `/holidays/${holiday.holiday_id}`;
      expect((await api().delete(path).set(admin())).status).toBe(204);
      expectErrorBody(await api().get(path).set(admin()), 404);
      expectErrorBody(await api().delete(path).set(admin()), 404);
    });

    it('when the id names no holiday, then GET, PUT and DELETE answer 404; an id that is no id is 422', async () => {
      expectErrorBody(await api().get(`/holidays/${MISSING}`).set(admin()), 404);
      expectErrorBody(await api().put(`/holidays/${MISSING}`).set(admin()).send({ name: 'x' }), 404);
      expectErrorBody(await api().delete(`/holidays/${MISSING}`).set(admin()), 404);
      expect(
        detailFields(
          await api()
            .get(`/holidays/${'x'.repeat(65)}`)
            .set(admin()),
        ),
      ).toEqual(['holiday_id']);
    });
  });

  describe('roles', () => {
    it('when a manager or an employee reads, then they see every holiday; when they write, then 403 and nothing changes', async () => {
      const t = testApp();
      const [team, other] = [await createTeam(t), await createTeam(t)];
      const manager = await createUser(t, team, 'manager');
      const employee = await createUser(t, team, 'employee');
      const y = yearOf();
      const theirs = await created({ date: `${y}-10-01`, name: 'Other team day', team_id: other });
      for (const token of [bearer(manager.token), bearer(employee.token)]) {
        expect((await list(`from=${y}-01-01&to=${y}-12-31`, token)).items).toEqual([theirs]);
        expect((await api().get(`/holidays/${theirs.holiday_id}`).set(token)).status).toBe(200);
        expectErrorBody(await create({ date: `${y}-10-02`, name: 'Mine' }, token), 403);
        expectErrorBody(await api().put(`/holidays/${theirs.holiday_id}`).set(token).send({ name: 'Renamed' }), 403);
        expectErrorBody(await api().delete(`/holidays/${theirs.holiday_id}`).set(token), 403);
        expectErrorBody(await bulk(csv('date,name', `${y}-10-03,Mine`), '', token), 403);
      }
      expect((await list(`from=${y}-01-01&to=${y}-12-31`)).items).toEqual([theirs]);
    });
  });

  describe('POST /holidays/bulk', () => {
    it('when rows are new or match a date and scope, then new ones are created and matching ones get the new name and half, keeping their id', async () => {
      const team = await createTeam(testApp());
      const y = yearOf();
      const existing = await created({ date: `${y}-12-25`, name: 'Xmas', half: 'am' });
      const teamExisting = await created({ date: `${y}-12-24`, name: 'Team eve', team_id: team });
      const response = await bulk(
        csv(
          'date,name,team_id,half',
          `${y}-12-25,Christmas Day,,`,
          `${y}-12-24,Christmas Eve,,pm`,
          `${y}-12-24,Team Christmas Eve,${team},am`,
          `"${y}-12-31","New Year's Eve, early",${team},pm`,
        ),
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ created: 2, updated: 2, failed: [] });
      const items = (await list(`from=${y}-01-01&to=${y}-12-31`)).items;
      expect(items.map((h) => [h.date, h.name, h.team_id, h.half]).sort()).toEqual(
        [
          [`${y}-12-24`, 'Christmas Eve', null, 'pm'],
          [`${y}-12-24`, 'Team Christmas Eve', team, 'am'],
          [`${y}-12-25`, 'Christmas Day', null, null],
          [`${y}-12-31`, "New Year's Eve, early", team, 'pm'],
        ].sort(),
      );
      expect(items.find((h) => h.date === `${y}-12-25`)!.holiday_id).toBe(existing.holiday_id);
      expect(items.find((h) => h.team_id === team && h.date === `${y}-12-24`)!.holiday_id).toBe(teamExisting.holiday_id);
    });

    it('when a row is bad, then all-or-nothing answers 422 with every failing row and writes nothing; partial writes the rest', async () => {
      const y = yearOf();
      const body = csv(
        'date,name,team_id,half',
        `${y}-04-01,Good,,`,
        `${y}-02-30,Bad date,,`,
        `${y}-04-02,Bad half,,noon`,
        `${y}-04-03,Nobody's,NOSUCHTEAM,`,
        `${y}-04-01,Repeat,,pm`,
        `${y}-04-04,,,`,
      );
      const rejected = await bulk(body);
      expectErrorBody(rejected, 422);
      expect(rejected.body).toMatchObject({ code: 'IMPORT_REJECTED', created: 0, updated: 0 });
      const failed = rejected.body.failed as { row: number; errors: { field: string }[] }[];
      expect(failed.map((f) => [f.row, f.errors.map((e) => e.field)])).toEqual([
        [3, ['date']],
        [4, ['half']],
        [5, ['team_id']],
        [6, ['date']],
        [7, ['name']],
      ]);
      expect((await list(`from=${y}-01-01&to=${y}-12-31`)).items).toEqual([]);

      const partial = await bulk(body, '?mode=partial');
      expect(partial.status).toBe(200);
      expect(partial.body).toMatchObject({ created: 1, updated: 0 });
      expect((partial.body.failed as { row: number }[]).map((f) => f.row)).toEqual([3, 4, 5, 6, 7]);
      expect((await list(`from=${y}-01-01&to=${y}-12-31`)).items.map((h) => [h.date, h.name])).toEqual([[`${y}-04-01`, 'Good']]);
    });

    it('when the header names an unknown or read-only column, then 422 naming it; multipart works as the body does', async () => {
      const y = yearOf();
      expect(detailFields(await bulk(csv('holiday_id,date,name', `x,${y}-01-01,x`)))).toContain('holiday_id');
      const upload = await api()
        .post('/holidays/bulk')
        .set(admin())
        .attach('file', Buffer.from(csv('name,date', `Uploaded,${y}-01-02`)), { filename: 'holidays.csv', contentType: 'text/csv' });
      expect(upload.body).toEqual({ created: 1, updated: 0, failed: [] });
    });
  });

  describe('summaries follow holiday writes', () => {
    it('when a team holiday is created, changed and deleted on a counted day, then the summary of that day follows each at once', async () => {
      const t = testApp();
      const team = await createTeam(t);
      const person = await createEmployee(t, { team_id: team, hire_date: '2025-01-02' });
      const day = '2025-04-10';
      await api()
        .post('/attendance')
        .set(admin())
        .send({ employee_id: person.employee_id, attendance_date: day, check_in_time: '09:00:00', check_out_time: '17:00:00' })
        .expect(201);
      const summaryDay = async () =>
        (await api().get(`/attendance/summary?date=${day}&team_id=${team}`).set(admin()).expect(200)).body.day as Record<string, unknown>;
      expect(await summaryDay()).toMatchObject({ holiday: null, expected: 1, present: 1, rate: 1 });

      const holiday = await created({ date: day, name: 'Team day', team_id: team });
      expect(await summaryDay()).toMatchObject({ holiday: 'Team day', expected: 0, present: 1, rate: null });
      await api().put(`/holidays/${holiday.holiday_id}`).set(admin()).send({ half: 'pm' }).expect(200);
      expect(await summaryDay()).toMatchObject({ expected: 0.5, rate: 1 });
      await api().delete(`/holidays/${holiday.holiday_id}`).set(admin()).expect(204);
      expect(await summaryDay()).toMatchObject({ holiday: null, expected: 1, rate: 1 });
      await bulk(csv('date,name,team_id', `${day},Imported day,${team}`)).expect(200);
      expect(await summaryDay()).toMatchObject({ holiday: 'Imported day', expected: 0 });
    });
  });
});
