import request from 'supertest';
import { eachBackend } from '../support/backends';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, uniqueTeamId, useTestApp } from '../support/test-app';

/** The teams contract of API.md ("Teams"), as an admin sees it. */

interface TeamBody {
  team_id: string;
  team_name: string;
  created_at: string;
  updated_at: string;
}

interface PageBody<T> {
  items: T[];
  next_cursor: string | null;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const SEEDED = [
  ['DEV', 'Development'],
  ['QA', 'Quality Assurance'],
  ['DAT', 'Data'],
  ['SEC', 'Security'],
  ['AI', 'Artificial Intelligence'],
] as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const detailFields = (response: request.Response) => ((response.body as { details?: { field: string }[] }).details ?? []).map((detail) => detail.field);
const byBytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe.each(eachBackend())('teams on %s', (_name, backend) => {
  const testApp = useTestApp(backend);
  const admin = () => bearer(testApp().adminToken);
  const api = () => request(testApp().app);

  const getTeam = (teamId: string) => api().get(`/teams/${teamId}`).set(admin());

  describe('seeded teams', () => {
    it.each(SEEDED)('when %s is read, then it exists with the name %s', async (teamId, teamName) => {
      const response = await getTeam(teamId);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        team_id: teamId,
        team_name: teamName,
        created_at: expect.stringMatching(ISO_INSTANT) as string,
        updated_at: expect.stringMatching(ISO_INSTANT) as string,
      });
    });

    it('when the teams are listed, then the five seeded teams are among them', async () => {
      const response = await api().get('/teams?limit=500').set(admin());
      expect(response.status).toBe(200);
      const teams = (response.body as PageBody<TeamBody>).items;
      for (const [teamId, teamName] of SEEDED) expect(teams).toContainEqual(expect.objectContaining({ team_id: teamId, team_name: teamName }));
    });

    it('when a team code in the path is lower case, then the team is found', async () => {
      const response = await getTeam('dev');
      expect(response.status).toBe(200);
      expect((response.body as TeamBody).team_id).toBe('DEV');
    });
  });

  describe('POST /teams', () => {
    it('when a new code and name are sent, then it answers 201 with the team and the team can be read', async () => {
      const teamId = uniqueTeamId();
      const response = await api().post('/teams').set(admin()).send({ team_id: teamId, team_name: 'Platform Engineering' });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        team_id: teamId,
        team_name: 'Platform Engineering',
        created_at: expect.stringMatching(ISO_INSTANT) as string,
        updated_at: expect.stringMatching(ISO_INSTANT) as string,
      });
      expect((await getTeam(teamId)).body).toEqual(response.body);
    });

    it('when the code is sent in lower case, then it is stored upper-cased', async () => {
      const teamId = uniqueTeamId();
      const response = await api().post('/teams').set(admin()).send({ team_id: teamId.toLowerCase(), team_name: 'Lower Case' });
      expect(response.status).toBe(201);
      expect((response.body as TeamBody).team_id).toBe(teamId);
      expect((await getTeam(teamId)).status).toBe(200);
    });

    it('when the code already exists, in any letter case, then it answers 409 and the team keeps its name', async () => {
      const teamId = await createTeam(testApp());
      expectErrorBody(await api().post('/teams').set(admin()).send({ team_id: teamId, team_name: 'Again' }), 409);
      expectErrorBody(await api().post('/teams').set(admin()).send({ team_id: teamId.toLowerCase(), team_name: 'Again' }), 409);
      expectErrorBody(await api().post('/teams').set(admin()).send({ team_id: 'DEV', team_name: 'Another Development' }), 409);
      expect(((await getTeam(teamId)).body as TeamBody).team_name).toBe(`Team ${teamId}`);
      expect(((await getTeam('DEV')).body as TeamBody).team_name).toBe('Development');
    });

    it.each([
      ['one letter', 'X'],
      ['eleven letters', 'ABCDEFGHIJK'],
      ['digits', 'DEV1'],
      ['only digits', '42'],
      ['a dash', 'QA-X'],
      ['an empty string', ''],
    ])('when the code has %s (%j), then it answers 422 naming team_id and nothing is created', async (_case, teamId) => {
      const response = await api().post('/teams').set(admin()).send({ team_id: teamId, team_name: 'Bad Code' });
      expectErrorBody(response, 422);
      expect(detailFields(response)).toContain('team_id');
      const list = await api().get('/teams?limit=500').set(admin());
      expect((list.body as PageBody<TeamBody>).items.map((team) => team.team_id)).not.toContain(teamId.toUpperCase());
      expect((list.body as PageBody<TeamBody>).items.every((team) => /^[A-Z]{2,10}$/.test(team.team_id))).toBe(true);
    });

    it('when the code has ten letters, then it is accepted', async () => {
      const teamId = `${uniqueTeamId()}ZZZZZZZZZZ`.slice(0, 10);
      const response = await api().post('/teams').set(admin()).send({ team_id: teamId, team_name: 'Ten Letters' });
      expect(response.status).toBe(201);
      expect((response.body as TeamBody).team_id).toBe(teamId);
    });

    it('when the name or code is missing, then it answers 422 with a details entry for each', async () => {
      const response = await api().post('/teams').set(admin()).send({});
      expectErrorBody(response, 422);
      expect(detailFields(response).sort()).toEqual(['team_id', 'team_name']);
      expectErrorBody(await api().post('/teams').set(admin()).send({ team_id: uniqueTeamId(), team_name: '' }), 422);
    });

    it('when the body carries an unknown field, then it answers 422 naming it', async () => {
      const teamId = uniqueTeamId();
      const response = await api().post('/teams').set(admin()).send({ team_id: teamId, team_name: 'Extra', created_at: new Date().toISOString() });
      expectErrorBody(response, 422);
      expect(detailFields(response).join(' ')).toContain('created_at');
      expectErrorBody(await getTeam(teamId), 404);
    });
  });

  describe('PUT /teams/{team_id}', () => {
    it('when a new name is sent, then only team_name and updated_at change', async () => {
      const teamId = await createTeam(testApp());
      const before = (await getTeam(teamId)).body as TeamBody;
      await sleep(10);
      const response = await api().put(`/teams/${teamId}`).set(admin()).send({ team_name: 'Renamed Team' });
      expect(response.status).toBe(200);
      const after = response.body as TeamBody;
      expect(after).toEqual({ ...before, team_name: 'Renamed Team', updated_at: expect.stringMatching(ISO_INSTANT) as string });
      expect(Date.parse(after.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
      expect((await getTeam(teamId)).body).toEqual(after);
    });

    it('when a team with employees is renamed, then its employees stay in it', async () => {
      const t = testApp();
      const teamId = await createTeam(t);
      const employee = await createEmployee(t, { team_id: teamId });
      expect((await api().put(`/teams/${teamId.toLowerCase()}`).set(admin()).send({ team_name: 'Still Here' })).status).toBe(200);
      expect(((await api().get(`/employees/${employee.employee_id}`).set(admin())).body as { team_id: string }).team_id).toBe(teamId);
    });

    it('when the body carries team_id, then it answers 422 and the team is unchanged', async () => {
      const teamId = await createTeam(testApp());
      const before = (await getTeam(teamId)).body as TeamBody;
      const response = await api().put(`/teams/${teamId}`).set(admin()).send({ team_id: uniqueTeamId(), team_name: 'Moved' });
      expectErrorBody(response, 422);
      expect(detailFields(response).join(' ')).toContain('team_id');
      expect((await getTeam(teamId)).body).toEqual(before);
    });

    it('when the name is empty or missing, then it answers 422', async () => {
      const teamId = await createTeam(testApp());
      expectErrorBody(await api().put(`/teams/${teamId}`).set(admin()).send({ team_name: '' }), 422);
      expectErrorBody(await api().put(`/teams/${teamId}`).set(admin()).send({}), 422);
      expect(((await getTeam(teamId)).body as TeamBody).team_name).toBe(`Team ${teamId}`);
    });
  });

  describe('DELETE /teams/{team_id}', () => {
    it('when the team is empty, then it answers 204 and the team is gone', async () => {
      const teamId = await createTeam(testApp());
      const response = await api().delete(`/teams/${teamId}`).set(admin());
      expect(response.status).toBe(204);
      expectErrorBody(await getTeam(teamId), 404);
      const list = await api().get('/teams?limit=500').set(admin());
      expect((list.body as PageBody<TeamBody>).items.map((team) => team.team_id)).not.toContain(teamId);
    });

    it('when an employee belongs to the team, then it answers 409 and the team and employee still exist', async () => {
      const t = testApp();
      const teamId = await createTeam(t);
      const employee = await createEmployee(t, { team_id: teamId });
      expectErrorBody(await api().delete(`/teams/${teamId}`).set(admin()), 409);
      expect((await getTeam(teamId)).status).toBe(200);
      expect((await api().get(`/employees/${employee.employee_id}`).set(admin())).status).toBe(200);
    });

    it('when the last employee has left the team, then the team can be deleted', async () => {
      const t = testApp();
      const teamId = await createTeam(t);
      const user = await createUser(t, teamId, 'employee');
      expectErrorBody(await api().delete(`/teams/${teamId}`).set(admin()), 409);
      expect((await api().delete(`/employees/${user.employee.employee_id}`).set(admin())).status).toBe(204);
      expect((await api().delete(`/teams/${teamId}`).set(admin())).status).toBe(204);
      expectErrorBody(await getTeam(teamId), 404);
    });
  });

  describe('GET /teams', () => {
    it('when the teams are walked with limit=2, then every team comes exactly once, in team_id order', async () => {
      const t = testApp();
      const created = [await createTeam(t), await createTeam(t), await createTeam(t)];

      const walked: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
        const response = await api().get(`/teams?limit=2${query}`).set(admin());
        expect(response.status).toBe(200);
        const page = response.body as PageBody<TeamBody>;
        expect(page.items.length).toBeLessThanOrEqual(2);
        walked.push(...page.items.map((team) => team.team_id));
        cursor = page.next_cursor;
        pages += 1;
      } while (cursor !== null && pages < 100);

      expect(cursor).toBeNull();
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked).toEqual([...walked].sort(byBytes));
      expect(walked).toEqual(expect.arrayContaining([...SEEDED.map(([teamId]) => teamId), ...created]));

      const all = await api().get('/teams?limit=500').set(admin());
      expect(all.status).toBe(200);
      expect((all.body as PageBody<TeamBody>).next_cursor).toBeNull();
      expect(walked).toEqual((all.body as PageBody<TeamBody>).items.map((team) => team.team_id));
    });

    it.each(['0', '501', 'abc'])('when limit=%s, then it answers 422', async (limit) => {
      expectErrorBody(await api().get(`/teams?limit=${limit}`).set(admin()), 422);
    });

    it('when a cursor is forged, then it answers 400', async () => {
      expectErrorBody(await api().get('/teams?limit=1&cursor=eyJwIjoiREVWIn0.forged').set(admin()), 400);
    });
  });

  describe('unknown teams', () => {
    it('when a team does not exist, then reading, renaming and deleting it answer 404', async () => {
      const teamId = uniqueTeamId();
      expectErrorBody(await getTeam(teamId), 404);
      expectErrorBody(await api().put(`/teams/${teamId}`).set(admin()).send({ team_name: 'Ghost' }), 404);
      expectErrorBody(await api().delete(`/teams/${teamId}`).set(admin()), 404);
      expectErrorBody(await getTeam(teamId), 404);
    });

    it('when the code in the path is malformed, then it answers 422', async () => {
      expectErrorBody(await getTeam('D3V'), 422);
    });
  });
});
