import request from 'supertest';
import { OutOfScopeError } from '../../core/errors';
import { eachBackend } from '../support/backends';
import { operationsOf, type OpenApiDocument } from '../support/openapi-operations';
import { bearer, createEmployee, createTeam, createUser, expectErrorBody, uniqueTeamId, useTestApp, type TestApp } from '../support/test-app';

/**
 * Every operation of /openapi.json × role × in-scope / out-of-scope / missing
 * target (a test below holds the rows to the document). Two teams, A
 * and B: a manager of each ("a manager of another team" is B's for A's people),
 * an employee of A (selfA) with a peer in A who has no login, a fellow
 * manager in A, and a member of B. Scores and attendance are written per
 * target, so the managers' narrower write rules show beside their read scope.
 */
type Who = 'admin' | 'managerA' | 'managerB' | 'employeeA' | 'anonymous';
type Target = 'peerA' | 'selfA' | 'memberB' | 'missing' | 'managerA' | 'fellowManagerA';

interface Fixture {
  teamA: string;
  teamB: string;
  ids: Record<Exclude<Target, 'missing'>, string> & { missing: string };
  tokens: Record<Exclude<Who, 'anonymous'>, string>;
}

interface Row {
  route: string;
  method: 'get' | 'post' | 'put' | 'delete';
  /** Builds the path; `fresh` creates a throw-away target when a request may destroy it. */
  path: (f: Fixture, t: TestApp) => Promise<string> | string;
  body?: (f: Fixture) => object;
  expected: Record<Who, number>;
}

const all = (status: number, anonymous = 401): Record<Who, number> => ({ admin: status, managerA: status, managerB: status, employeeA: status, anonymous });
const adminOnly = (adminStatus: number): Record<Who, number> => ({ admin: adminStatus, managerA: 403, managerB: 403, employeeA: 403, anonymous: 401 });

const employeePath = (target: Target) => (f: Fixture) => `/employees/${f.ids[target]}`;
const freshIn = (team: 'teamA' | 'teamB') => async (f: Fixture, t: TestApp) => `/employees/${(await createEmployee(t, { team_id: f[team] })).employee_id}`;

let sequence = 0;
const freshPeriod = () => `${1900 + ++sequence}-Q1`;
const freshDate = () => new Date(Date.UTC(2020, 0, 1) - ++sequence * 86_400_000).toISOString().slice(0, 10);
const adminToken = (t: TestApp) => bearer(t.adminToken);

/** A score of the target for a period nobody else uses, made by the admin, as its path. */
const freshScore = (target: Target) => async (f: Fixture, t: TestApp) => {
  const period = freshPeriod();
  if (target !== 'missing') {
    await request(t.app)
      .post('/performance-scores')
      .set(adminToken(t))
      .send({ employee_id: f.ids[target], period, kpi: 1, completed_task: 2, feedback_360: 3 })
      .expect(201);
  }
  return `/performance-scores/${f.ids[target]}/${period}`;
};

/** An attendance record of the target on a day nobody else uses, made by the admin, as its path. */
const freshRecord = (target: Target) => async (f: Fixture, t: TestApp) => {
  const date = freshDate();
  if (target !== 'missing') {
    await request(t.app)
      .post('/attendance')
      .set(adminToken(t))
      .send({ employee_id: f.ids[target], attendance_date: date, check_in_time: '09:00:00' })
      .expect(201);
  }
  return `/attendance/${f.ids[target]}/${date}`;
};

/** A holiday of team A on a day nobody else uses, made by the admin, as its path. */
const freshHoliday = async (f: Fixture, t: TestApp) => {
  const response = await request(t.app).post('/holidays').set(adminToken(t)).send({ date: freshDate(), name: 'Team day', team_id: f.teamA }).expect(201);
  return `/holidays/${(response.body as { holiday_id: string }).holiday_id}`;
};
const MISSING_HOLIDAY = '/holidays/00000000-0000-4000-8000-000000000000';

/** Weekdays nobody else asks leave for, far ahead (UNPAID leave, so no balance runs out). */
let leaveDay = Date.UTC(2031, 0, 6);
const freshLeaveDate = () => {
  do leaveDay += 86_400_000;
  while ([0, 6].includes(new Date(leaveDay).getUTCDay()));
  return new Date(leaveDay).toISOString().slice(0, 10);
};
const leaveBody = () => {
  const date = freshLeaveDate();
  return { code: 'UNPAID', from: date, to: date };
};
/** A pending leave request of the target, filed by the admin, as its path. */
const freshLeave =
  (target: Target, suffix = '') =>
  async (f: Fixture, t: TestApp) => {
    if (target === 'missing') return `${MISSING_LEAVE}${suffix}`;
    const response = await request(t.app)
      .post('/leave-requests')
      .set(adminToken(t))
      .send({ employee_id: f.ids[target], ...leaveBody() })
      .expect(201);
    return `/leave-requests/${(response.body as { request_id: string }).request_id}${suffix}`;
  };
const MISSING_LEAVE = '/leave-requests/00000000-0000-4000-8000-000000000000';
/** A leave type nobody uses, made by the admin, as its path. */
let typeSequence = 0;
const freshType = async (_f: Fixture, t: TestApp) => {
  const code = `MATRIX_${++typeSequence}`;
  await request(t.app).post('/leave-types').set(adminToken(t)).send({ code, name: 'Matrix leave', annual_allowance_days: 1 }).expect(201);
  return `/leave-types/${code}`;
};

const LEAVE_TARGETS: readonly Target[] = ['selfA', 'peerA', 'fellowManagerA', 'memberB', 'missing'];
const inA = (target: Target) => ['selfA', 'peerA', 'fellowManagerA'].includes(target);
/** Who may decide: an admin; A's manager for selfA, the one member of A whose login is an employee's; nobody their own. */
const deciders =
  (status: number) =>
  (target: Target): Record<Who, number> => ({
    admin: target === 'missing' ? 404 : status,
    managerA: target === 'selfA' ? status : 403,
    managerB: 403,
    employeeA: 403,
    anonymous: 401,
  });
const leaveRows: Row[] = LEAVE_TARGETS.flatMap((target): Row[] => [
  {
    route: `POST /leave-requests (${target})`,
    method: 'post',
    path: () => '/leave-requests',
    body: (f) => ({ employee_id: f.ids[target], ...leaveBody() }),
    expected: {
      admin: target === 'missing' ? 404 : 201,
      managerA: inA(target) ? 201 : 403,
      managerB: target === 'memberB' ? 201 : 403,
      employeeA: target === 'selfA' ? 201 : 403,
      anonymous: 401,
    },
  },
  {
    route: `GET /leave-requests/{${target}}`,
    method: 'get',
    path: freshLeave(target),
    expected: {
      admin: target === 'missing' ? 404 : 200,
      managerA: inA(target) ? 200 : 404,
      managerB: target === 'memberB' ? 200 : 404,
      employeeA: target === 'selfA' ? 200 : 404,
      anonymous: 401,
    },
  },
  { route: `POST /leave-requests/{${target}}/approve`, method: 'post', path: freshLeave(target, '/approve'), expected: deciders(200)(target) },
  {
    route: `POST /leave-requests/{${target}}/reject`,
    method: 'post',
    path: freshLeave(target, '/reject'),
    body: () => ({ note: 'no' }),
    expected: deciders(200)(target),
  },
  {
    route: `POST /leave-requests/{${target}}/cancel`,
    method: 'post',
    path: freshLeave(target, '/cancel'),
    // While pending: the employee, the requester (the admin here) or a decider.
    expected: { ...deciders(200)(target), employeeA: target === 'selfA' ? 200 : 403 },
  },
]);

/** A day nobody else uses with an admin-made record of the target (so the day is tracked), as the body of a correction of it. */
let correctionDay: { employee_id: string; date: string } | undefined;
const trackedDay = (target: Target) => async (f: Fixture, t: TestApp) => {
  const date = freshDate();
  if (target !== 'missing') {
    await request(t.app)
      .post('/attendance')
      .set(adminToken(t))
      .send({ employee_id: f.ids[target], attendance_date: date, check_in_time: '09:00:00' })
      .expect(201);
  }
  correctionDay = { employee_id: f.ids[target], date };
  return '/attendance-corrections';
};
const correctionBody = () => ({ ...correctionDay!, check_out_time: '17:00:00', reason: 'Forgot to check out' });
/** Who files a target's correction: the employee with a login themselves, else their manager. */
const filer = (target: Target): Exclude<Who, 'anonymous'> => (target === 'selfA' ? 'employeeA' : target === 'memberB' ? 'managerB' : 'managerA');
const MISSING_CORRECTION = '/attendance-corrections/00000000-0000-4000-8000-000000000000';
/** A pending correction of the target, filed by filer(target), as its path. */
const freshCorrection =
  (target: Target, suffix = '') =>
  async (f: Fixture, t: TestApp) => {
    if (target === 'missing') return `${MISSING_CORRECTION}${suffix}`;
    await trackedDay(target)(f, t);
    const response = await request(t.app)
      .post('/attendance-corrections')
      .set(bearer(f.tokens[filer(target)]))
      .send(correctionBody())
      .expect(201);
    return `/attendance-corrections/${(response.body as { correction_id: string }).correction_id}${suffix}`;
  };
const correctionRows: Row[] = LEAVE_TARGETS.flatMap((target): Row[] => [
  {
    route: `POST /attendance-corrections (${target})`,
    method: 'post',
    path: trackedDay(target),
    body: correctionBody,
    expected: {
      admin: target === 'missing' ? 404 : 201,
      managerA: inA(target) ? 201 : 403,
      managerB: target === 'memberB' ? 201 : 403,
      employeeA: target === 'selfA' ? 201 : 403,
      anonymous: 401,
    },
  },
  {
    route: `GET /attendance-corrections/{${target}}`,
    method: 'get',
    path: freshCorrection(target),
    expected: {
      admin: target === 'missing' ? 404 : 200,
      managerA: inA(target) ? 200 : 404,
      managerB: target === 'memberB' ? 200 : 404,
      employeeA: target === 'selfA' ? 200 : 404,
      anonymous: 401,
    },
  },
  // Never whoever asked: A's manager filed peerA's and fellowManagerA's, B's manager memberB's (who have no employee login: an admin's to decide).
  { route: `POST /attendance-corrections/{${target}}/approve`, method: 'post', path: freshCorrection(target, '/approve'), expected: deciders(200)(target) },
  {
    route: `POST /attendance-corrections/{${target}}/reject`,
    method: 'post',
    path: freshCorrection(target, '/reject'),
    body: () => ({ note: 'no' }),
    expected: deciders(200)(target),
  },
  {
    route: `POST /attendance-corrections/{${target}}/cancel`,
    method: 'post',
    path: freshCorrection(target, '/cancel'),
    expected: {
      admin: target === 'missing' ? 404 : 403,
      managerA: target === 'missing' ? 403 : filer(target) === 'managerA' ? 200 : 403,
      managerB: target === 'missing' ? 403 : filer(target) === 'managerB' ? 200 : 403,
      employeeA: target === 'selfA' ? 200 : 403,
      anonymous: 401,
    },
  },
]);

/**
 * What API.md's role table says a manager writes: attendance of their team's
 * members but not their own; scores only of members whose login is an
 * employee's. Out of scope is 403 whether or not the target exists.
 */
const writes =
  (status: number, managerA: readonly Target[], managerB: readonly Target[]) =>
  (target: Target): Record<Who, number> => ({
    admin: target === 'missing' ? 404 : status,
    managerA: managerA.includes(target) ? status : 403,
    managerB: managerB.includes(target) ? status : 403,
    employeeA: 403,
    anonymous: 401,
  });
const scoreWrite = (status: number) => writes(status, ['selfA'], []);
const attendanceWrite = (status: number) => writes(status, ['selfA', 'peerA', 'fellowManagerA'], ['memberB']);
const WRITE_TARGETS: readonly Target[] = ['selfA', 'peerA', 'managerA', 'fellowManagerA', 'memberB', 'missing'];

const writeRows: Row[] = WRITE_TARGETS.flatMap((target): Row[] => [
  {
    route: `POST /performance-scores (${target})`,
    method: 'post',
    path: () => '/performance-scores',
    body: (f) => ({ employee_id: f.ids[target], period: freshPeriod(), kpi: 50, completed_task: 60, feedback_360: 70 }),
    expected: scoreWrite(201)(target),
  },
  {
    route: `PUT /performance-scores/{${target}}/{period}`,
    method: 'put',
    path: freshScore(target),
    body: () => ({ kpi: 100 }),
    expected: scoreWrite(200)(target),
  },
  { route: `DELETE /performance-scores/{${target}}/{period}`, method: 'delete', path: freshScore(target), expected: scoreWrite(204)(target) },
  {
    route: `POST /attendance (${target})`,
    method: 'post',
    path: () => '/attendance',
    body: (f) => ({ employee_id: f.ids[target], attendance_date: freshDate(), check_in_time: '09:00:00' }),
    expected: attendanceWrite(201)(target),
  },
  {
    route: `PUT /attendance/{${target}}/{date}`,
    method: 'put',
    path: freshRecord(target),
    body: () => ({ check_out_time: '17:00:00' }),
    expected: attendanceWrite(200)(target),
  },
  { route: `DELETE /attendance/{${target}}/{date}`, method: 'delete', path: freshRecord(target), expected: attendanceWrite(204)(target) },
]);

const rows: Row[] = [
  { route: 'GET /status', method: 'get', path: () => '/status', expected: all(200, 200) },
  { route: 'GET /.well-known/oauth-protected-resource', method: 'get', path: () => '/.well-known/oauth-protected-resource', expected: all(200, 200) },
  {
    route: 'GET /.well-known/oauth-protected-resource/mcp',
    method: 'get',
    path: () => '/.well-known/oauth-protected-resource/mcp',
    expected: all(200, 200),
  },
  { route: 'GET /.well-known/oauth-authorization-server', method: 'get', path: () => '/.well-known/oauth-authorization-server', expected: all(200, 200) },
  { route: 'GET /health', method: 'get', path: () => '/health', expected: all(200, 200) },
  { route: 'GET /openapi.json', method: 'get', path: () => '/openapi.json', expected: all(200, 200) },
  { route: 'GET /me', method: 'get', path: () => '/me', expected: all(200) },
  { route: 'GET /users', method: 'get', path: () => '/users', expected: adminOnly(200) },

  { route: 'GET /teams', method: 'get', path: () => '/teams', expected: all(200) },
  { route: 'GET /teams/{own team}', method: 'get', path: (f) => `/teams/${f.teamA}`, expected: all(200) },
  { route: 'GET /teams/{missing}', method: 'get', path: () => '/teams/NOSUCH', expected: all(404) },
  { route: 'POST /teams', method: 'post', path: () => '/teams', body: () => ({ team_id: uniqueTeamId(), team_name: 'New' }), expected: adminOnly(201) },
  { route: 'PUT /teams/{team}', method: 'put', path: (f) => `/teams/${f.teamA}`, body: () => ({ team_name: 'Renamed' }), expected: adminOnly(200) },
  { route: 'PUT /teams/{missing}', method: 'put', path: () => '/teams/NOSUCH', body: () => ({ team_name: 'x' }), expected: adminOnly(404) },
  { route: 'DELETE /teams/{empty team}', method: 'delete', path: async (_f, t) => `/teams/${await createTeam(t)}`, expected: adminOnly(204) },
  { route: 'DELETE /teams/{missing}', method: 'delete', path: () => '/teams/NOSUCH', expected: adminOnly(404) },

  {
    route: 'GET /employees/{peer in A}',
    method: 'get',
    path: employeePath('peerA'),
    expected: { admin: 200, managerA: 200, managerB: 404, employeeA: 404, anonymous: 401 },
  },
  {
    route: 'GET /employees/{self}',
    method: 'get',
    path: employeePath('selfA'),
    expected: { admin: 200, managerA: 200, managerB: 404, employeeA: 200, anonymous: 401 },
  },
  {
    route: 'GET /employees/{member of B}',
    method: 'get',
    path: employeePath('memberB'),
    expected: { admin: 200, managerA: 404, managerB: 200, employeeA: 404, anonymous: 401 },
  },
  { route: 'GET /employees/{missing}', method: 'get', path: employeePath('missing'), expected: all(404) },

  {
    route: 'POST /employees (team A)',
    method: 'post',
    path: () => '/employees',
    body: (f) => ({ name: 'New Hire', email: `new.${Math.random()}@example.com`, team_id: f.teamA, position: 'Junior' }),
    expected: adminOnly(201),
  },
  { route: 'PUT /employees/{peer in A}', method: 'put', path: employeePath('peerA'), body: () => ({ job_title: 'Engineer' }), expected: adminOnly(200) },
  { route: 'PUT /employees/{self}', method: 'put', path: employeePath('selfA'), body: () => ({ job_title: 'Engineer' }), expected: adminOnly(200) },
  { route: 'PUT /employees/{member of B}', method: 'put', path: employeePath('memberB'), body: () => ({ job_title: 'Engineer' }), expected: adminOnly(200) },
  { route: 'PUT /employees/{missing}', method: 'put', path: employeePath('missing'), body: () => ({ job_title: 'Engineer' }), expected: adminOnly(404) },
  { route: 'DELETE /employees/{someone in A}', method: 'delete', path: freshIn('teamA'), expected: adminOnly(204) },
  { route: 'DELETE /employees/{someone in B}', method: 'delete', path: freshIn('teamB'), expected: adminOnly(204) },
  { route: 'DELETE /employees/{missing}', method: 'delete', path: employeePath('missing'), expected: adminOnly(404) },

  {
    route: 'GET /employees/{peer in A}/teams',
    method: 'get',
    path: (f) => `/employees/${f.ids.peerA}/teams`,
    expected: { admin: 200, managerA: 200, managerB: 404, employeeA: 404, anonymous: 401 },
  },
  {
    route: 'GET /employees/{self}/teams',
    method: 'get',
    path: (f) => `/employees/${f.ids.selfA}/teams`,
    expected: { admin: 200, managerA: 200, managerB: 404, employeeA: 200, anonymous: 401 },
  },
  {
    route: 'GET /employees/{member of B}/teams',
    method: 'get',
    path: (f) => `/employees/${f.ids.memberB}/teams`,
    expected: { admin: 200, managerA: 404, managerB: 200, employeeA: 404, anonymous: 401 },
  },
  { route: 'GET /employees/{missing}/teams', method: 'get', path: (f) => `/employees/${f.ids.missing}/teams`, expected: all(404) },

  { route: 'GET /holidays', method: 'get', path: () => '/holidays', expected: all(200) },
  { route: 'GET /holidays/{holiday}', method: 'get', path: freshHoliday, expected: all(200) },
  { route: 'GET /holidays/{missing}', method: 'get', path: () => MISSING_HOLIDAY, expected: all(404) },
  { route: 'POST /holidays', method: 'post', path: () => '/holidays', body: () => ({ date: freshDate(), name: 'Founders day' }), expected: adminOnly(201) },
  { route: 'PUT /holidays/{holiday}', method: 'put', path: freshHoliday, body: () => ({ name: 'Renamed' }), expected: adminOnly(200) },
  { route: 'PUT /holidays/{missing}', method: 'put', path: () => MISSING_HOLIDAY, body: () => ({ name: 'Renamed' }), expected: adminOnly(404) },
  { route: 'DELETE /holidays/{holiday}', method: 'delete', path: freshHoliday, expected: adminOnly(204) },
  { route: 'DELETE /holidays/{missing}', method: 'delete', path: () => MISSING_HOLIDAY, expected: adminOnly(404) },
  { route: 'POST /holidays/bulk (a JSON body)', method: 'post', path: () => '/holidays/bulk', body: () => ({}), expected: adminOnly(415) },

  { route: 'GET /leave-types', method: 'get', path: () => '/leave-types', expected: all(200) },
  { route: 'GET /leave-types/{ANNUAL}', method: 'get', path: () => '/leave-types/ANNUAL', expected: all(200) },
  { route: 'GET /leave-types/{missing}', method: 'get', path: () => '/leave-types/NOSUCH', expected: all(404) },
  {
    route: 'POST /leave-types',
    method: 'post',
    path: () => '/leave-types',
    body: () => ({ code: `NEW_${++typeSequence}`, name: 'New leave', annual_allowance_days: 2 }),
    expected: adminOnly(201),
  },
  { route: 'PUT /leave-types/{unused}', method: 'put', path: freshType, body: () => ({ name: 'Renamed' }), expected: adminOnly(200) },
  { route: 'PUT /leave-types/{missing}', method: 'put', path: () => '/leave-types/NOSUCH', body: () => ({ name: 'Renamed' }), expected: adminOnly(404) },
  { route: 'DELETE /leave-types/{unused}', method: 'delete', path: freshType, expected: adminOnly(204) },
  { route: 'DELETE /leave-types/{missing}', method: 'delete', path: () => '/leave-types/NOSUCH', expected: adminOnly(404) },
  { route: 'GET /leave-requests', method: 'get', path: () => '/leave-requests', expected: all(200) },
  {
    route: 'POST /leave-requests (oneself)',
    method: 'post',
    path: () => '/leave-requests',
    body: leaveBody,
    expected: { admin: 422, managerA: 201, managerB: 201, employeeA: 201, anonymous: 401 },
  },
  { route: 'POST /leave-requests/bulk (a JSON body)', method: 'post', path: () => '/leave-requests/bulk', body: () => ({}), expected: adminOnly(415) },
  { route: 'GET /leave-balances', method: 'get', path: () => '/leave-balances', expected: all(200) },
  { route: 'GET /leave-ledger (peer in A)', method: 'get', path: (f) => `/leave-ledger?employee_id=${f.ids.peerA}`, expected: all(200) },
  {
    route: 'POST /leave-adjustments',
    method: 'post',
    path: () => '/leave-adjustments',
    body: (f) => ({ employee_id: f.ids.peerA, code: 'ANNUAL', year: 2031, days: 1.5, reason: 'carried over' }),
    expected: adminOnly(201),
  },
  ...leaveRows,
  ...correctionRows,
  { route: 'GET /attendance-corrections', method: 'get', path: () => '/attendance-corrections', expected: all(200) },
  { route: 'GET /audit', method: 'get', path: () => '/audit', expected: adminOnly(200) },
  { route: 'GET /exports/attendance', method: 'get', path: () => '/exports/attendance?month=2025-01', expected: { ...all(200), employeeA: 403 } },
  {
    route: 'GET /exports/attendance (team A)',
    method: 'get',
    path: (f) => `/exports/attendance?month=2025-01&team_id=${f.teamA}`,
    expected: { admin: 200, managerA: 200, managerB: 403, employeeA: 403, anonymous: 401 },
  },

  { route: 'GET /employees', method: 'get', path: () => '/employees', expected: all(200) },
  { route: 'POST /employees/bulk (a JSON body)', method: 'post', path: () => '/employees/bulk', body: () => ({}), expected: adminOnly(415) },
  { route: 'POST /token', method: 'post', path: () => '/token', body: () => ({ username: 'admin', password: 'admin-password' }), expected: all(200, 200) },
  {
    route: 'POST /me/password (a new password too short)',
    method: 'post',
    path: () => '/me/password',
    body: () => ({ current_password: 'whatever-it-is', new_password: 'short' }),
    expected: all(422),
  },
  { route: 'POST /chat', method: 'post', path: () => '/chat', body: () => ({ message: 'How many employees are there?' }), expected: all(200) },
  {
    route: 'POST /chatbot/query',
    method: 'post',
    path: () => '/chatbot/query',
    body: () => ({ message: 'How many employees are there?' }),
    expected: all(200),
  },

  // Checking oneself in and out: everyone with an employee record, in this order (the admin has none).
  {
    route: 'POST /attendance/check-in (oneself)',
    method: 'post',
    path: () => '/attendance/check-in',
    expected: { admin: 422, managerA: 201, managerB: 201, employeeA: 201, anonymous: 401 },
  },
  {
    route: 'POST /attendance/check-out (oneself)',
    method: 'post',
    path: () => '/attendance/check-out',
    expected: { admin: 422, managerA: 200, managerB: 200, employeeA: 200, anonymous: 401 },
  },
  {
    route: 'POST /attendance/check-in (missing)',
    method: 'post',
    path: () => '/attendance/check-in',
    body: (f) => ({ employee_id: f.ids.missing }),
    expected: { admin: 404, managerA: 403, managerB: 403, employeeA: 403, anonymous: 401 },
  },
  {
    route: 'POST /attendance/check-out (member of B)',
    method: 'post',
    path: () => '/attendance/check-out',
    body: (f) => ({ employee_id: f.ids.memberB }),
    expected: { admin: 409, managerA: 403, managerB: 409, employeeA: 403, anonymous: 401 },
  },
  { route: 'GET /attendance', method: 'get', path: () => '/attendance', expected: all(200) },
  { route: 'GET /attendance/summary', method: 'get', path: () => '/attendance/summary', expected: { ...all(200), employeeA: 403 } },
  {
    route: 'GET /attendance/summary (a range)',
    method: 'get',
    path: () => '/attendance/summary?from=2025-01-01&to=2025-01-31',
    expected: { ...all(200), employeeA: 403 },
  },
  { route: 'GET /summarize_attendance', method: 'get', path: () => '/summarize_attendance', expected: { ...all(200), employeeA: 403 } },
  {
    route: 'GET /attendance/employee/{peer in A}',
    method: 'get',
    path: (f) => `/attendance/employee/${f.ids.peerA}`,
    expected: { admin: 200, managerA: 200, managerB: 404, employeeA: 404, anonymous: 401 },
  },
  {
    route: 'GET /attendance/team/{team A}',
    method: 'get',
    path: (f) => `/attendance/team/${f.teamA}`,
    expected: { admin: 200, managerA: 200, managerB: 404, employeeA: 404, anonymous: 401 },
  },
  {
    route: 'GET /attendance/{self}/{date}',
    method: 'get',
    path: freshRecord('selfA'),
    expected: { admin: 200, managerA: 200, managerB: 404, employeeA: 200, anonymous: 401 },
  },
  { route: 'POST /attendance/bulk (a JSON body)', method: 'post', path: () => '/attendance/bulk', body: () => ({}), expected: { ...all(415), employeeA: 403 } },
  { route: 'GET /performance-scores', method: 'get', path: () => '/performance-scores', expected: all(200) },
  { route: 'GET /performance-scores/summary', method: 'get', path: () => '/performance-scores/summary', expected: { ...all(200), employeeA: 403 } },
  {
    route: 'GET /performance-scores/{self}/{period}',
    method: 'get',
    path: freshScore('selfA'),
    expected: { admin: 200, managerA: 200, managerB: 404, employeeA: 200, anonymous: 401 },
  },
  {
    route: 'POST /performance-scores/bulk (a JSON body)',
    method: 'post',
    path: () => '/performance-scores/bulk',
    body: () => ({}),
    expected: { ...all(415), employeeA: 403 },
  },

  {
    route: 'PUT /employees/{someone in A}/account',
    method: 'put',
    path: async (f, t) => `${await freshIn('teamA')(f, t)}/account`,
    body: () => ({ password: 'a-long-password' }),
    expected: adminOnly(201),
  },
  {
    route: 'PUT /employees/{missing}/account',
    method: 'put',
    path: (f) => `/employees/${f.ids.missing}/account`,
    body: () => ({ password: 'a-long-password' }),
    expected: adminOnly(404),
  },
  ...writeRows,
];

describe.each(eachBackend())('role matrix on %s', (_name, backend) => {
  const testApp = useTestApp(backend);
  let fixture: Fixture;

  beforeAll(async () => {
    const t = testApp();
    const [teamA, teamB] = [await createTeam(t), await createTeam(t)];
    // Hired long before the fresh dates records are written on: attendance outside employment is a 422.
    const hire_date = '2000-01-03';
    const managerA = await createUser(t, teamA, 'manager', { hire_date });
    const managerB = await createUser(t, teamB, 'manager', { hire_date });
    const employeeA = await createUser(t, teamA, 'employee', { hire_date });
    const peerA = await createEmployee(t, { team_id: teamA, hire_date });
    const memberB = await createEmployee(t, { team_id: teamB, hire_date });
    const fellowManagerA = await createEmployee(t, { team_id: teamA, position: 'Manager', hire_date }, { role: 'manager' });
    fixture = {
      teamA,
      teamB,
      ids: {
        peerA: peerA.employee_id,
        selfA: employeeA.employee.employee_id,
        memberB: memberB.employee_id,
        missing: `${teamA}-999`,
        managerA: managerA.employee.employee_id,
        fellowManagerA: fellowManagerA.employee_id,
      },
      tokens: { admin: t.adminToken, managerA: managerA.token, managerB: managerB.token, employeeA: employeeA.token },
    };
  });

  const cases = rows.flatMap((row) => (Object.keys(row.expected) as Who[]).map((who) => [row.route, who, row.expected[who], row] as const));

  it.each(cases)('%s as %s answers %i', async (_route, who, status, row) => {
    const t = testApp();
    const path = await row.path(fixture, t);
    let call = request(t.app)[row.method](path);
    if (who !== 'anonymous') call = call.set(bearer(fixture.tokens[who]));
    const response = row.body ? await call.send(row.body(fixture)) : await call;
    if (status >= 400) expectErrorBody(response, status);
    else expect(response.status).toBe(status);
    // The same words whether the target is missing, out of scope, or has no such score: a refusal tells nothing.
    if (status === 403 && writeRows.includes(row) && who !== 'employeeA') expect(response.body.message).toBe(new OutOfScopeError().message);
    // A refused write leaves its target as it was.
    if (status === 403 && row.method === 'delete' && path.startsWith('/employees/') && !path.endsWith('-999')) {
      expect((await request(t.app).get(path).set(bearer(t.adminToken))).status).toBe(200);
    }
  });

  it('covers every operation the OpenAPI document declares', async () => {
    const template = (path: string) => path.replace(/\{[^}]*\}/g, '{}');
    const covered = new Set(rows.map((row) => template(row.route.replace(/ \(.*\)$/, ''))));
    const document = (await request(testApp().app).get('/openapi.json').expect(200)).body as OpenApiDocument;
    const missing = operationsOf(document)
      .map((op) => `${op.method.toUpperCase()} ${template(op.path)}`)
      .filter((op) => !covered.has(op));
    expect(missing).toEqual([]);
  });

  describe('list routes narrow silently to the caller scope', () => {
    const listIds = async (token: string, query: string) => {
      const response = await request(testApp().app).get(`/employees?limit=500${query}`).set(bearer(token));
      expect(response.status).toBe(200);
      return (response.body as { items: { employee_id: string; team_id: string }[] }).items.map((e) => e.employee_id);
    };

    it('when a manager lists employees, then they see their own team only, whatever team they ask for', async () => {
      const own = await listIds(fixture.tokens.managerA, '');
      expect(own.length).toBeGreaterThanOrEqual(3);
      expect(own.every((id) => id.startsWith(`${fixture.teamA}-`))).toBe(true);
      expect(await listIds(fixture.tokens.managerA, `&team_id=${fixture.teamB}`)).toEqual([]);
      expect(await listIds(fixture.tokens.managerB, `&department=${fixture.teamA}`)).toEqual([]);
    });

    it('when an employee lists employees, then they see only themselves', async () => {
      expect(await listIds(fixture.tokens.employeeA, '')).toEqual([fixture.ids.selfA]);
      expect(await listIds(fixture.tokens.employeeA, `&team_id=${fixture.teamA}`)).toEqual([fixture.ids.selfA]);
      expect(await listIds(fixture.tokens.employeeA, `&q=${fixture.ids.peerA}`)).toEqual([]);
    });

    it('when an admin lists a team, then they see all of it', async () => {
      const ids = await listIds(fixture.tokens.admin, `&team_id=${fixture.teamA}`);
      expect(ids).toEqual(expect.arrayContaining([fixture.ids.peerA, fixture.ids.selfA]));
    });
  });
});
