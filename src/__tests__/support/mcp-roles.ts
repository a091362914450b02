import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import type { FetchLike } from '@modelcontextprotocol/sdk/shared/transport.js';
import { callTool, connectMcp, errorOf, structuredOf } from './mcp-client';

/**
 * The MCP server as each role meets it, over any door that speaks HTTP (a
 * listening Node server, the Lambda bundle behind API Gateway events): the
 * same assertions, so the two runtimes are held to one behaviour.
 */
export interface Door {
  baseUrl: string;
  fetch: FetchLike;
}

export interface RoleFixture {
  teamA: string;
  teamB: string;
  ids: { managerA: string; employeeA: string; memberB: string };
  tokens: { admin: string; manager: string; employee: string };
}

const PASSWORD = 'correct-horse-battery';

async function rest(door: Door, method: string, path: string, token: string | null, body?: object): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await door.fetch(`${door.baseUrl}${path}`, {
    method,
    headers: { ...(token && { Authorization: `Bearer ${token}` }), ...(body && { 'Content-Type': 'application/json' }) },
    ...(body && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? {} : (JSON.parse(text) as Record<string, unknown>) };
}

async function created(door: Door, path: string, token: string, body: object): Promise<Record<string, unknown>> {
  const response = await rest(door, 'POST', path, token, body);
  if (response.status !== 201) throw new Error(`POST ${path}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

async function login(door: Door, username: string, password: string): Promise<string> {
  const response = await rest(door, 'POST', '/token', null, { username, password });
  if (response.status !== 200) throw new Error(`login as ${username}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.access_token as string;
}

/** Two teams: a manager and an employee (with logins) in A, a member of B; each made through the REST API as an admin would. */
export async function seedRoles(door: Door, admin: { username: string; password: string }, teams: [string, string]): Promise<RoleFixture> {
  const adminToken = await login(door, admin.username, admin.password);
  const [teamA, teamB] = teams;
  for (const team of teams) await created(door, '/teams', adminToken, { team_id: team, team_name: `Team ${team}` });
  const person = (team: string, name: string, role?: string) =>
    created(door, '/employees', adminToken, {
      name,
      email: `${name.toLowerCase().replace(/ /g, '.')}.${team.toLowerCase()}@example.com`,
      team_id: team,
      position: role === 'manager' ? 'Manager' : 'Mid',
      hire_date: '2024-01-02',
      ...(role && { account: { role, password: PASSWORD } }),
    });
  const managerA = (await person(teamA, 'Mona Manager', 'manager')).employee_id as string;
  const employeeA = (await person(teamA, 'Eli Employee', 'employee')).employee_id as string;
  const memberB = (await person(teamB, 'Bea Member')).employee_id as string;
  return {
    teamA,
    teamB,
    ids: { managerA, employeeA, memberB },
    tokens: { admin: adminToken, manager: await login(door, managerA, PASSWORD), employee: await login(door, employeeA, PASSWORD) },
  };
}

export const EVERY_ROLE_TOOLS = [
  'whoami',
  'get_employee',
  'search_employees',
  'list_teams',
  'get_team',
  'list_attendance',
  'employee_attendance',
  'get_attendance',
  'list_scores',
  'get_score',
  'list_leave_balances',
  'leave_ledger',
  'list_leave_requests',
  'get_leave_request',
  'list_holidays',
  'ask',
  'check_in',
  'check_out',
  'request_leave',
  'cancel_leave',
];
export const DECIDING_TOOLS = [
  'attendance_summary',
  'attendance_range_summary',
  'score_summary',
  'approve_leave',
  'reject_leave',
  'approve_correction',
  'reject_correction',
];

export async function connectAs(door: Door, token: string, clients: Client[]): Promise<Client> {
  const client = await connectMcp(door.baseUrl, token, door.fetch);
  clients.push(client);
  return client;
}

/** tools/list per role: an admin and a manager see every tool, an employee all but the summaries and leave decisions. */
export async function expectToolLists(door: Door, f: RoleFixture, clients: Client[]): Promise<void> {
  const names = async (token: string) => (await (await connectAs(door, token, clients)).listTools()).tools.map((tool) => tool.name).sort();
  const everything = [...EVERY_ROLE_TOOLS, ...DECIDING_TOOLS].sort();
  expect(await names(f.tokens.admin)).toEqual(everything);
  expect(await names(f.tokens.manager)).toEqual(everything);
  expect(await names(f.tokens.employee)).toEqual([...EVERY_ROLE_TOOLS].sort());
}

/** Each role reads within its scope, and reads outside it as not found, exactly as REST answers 404. */
export async function expectScopedReads(door: Door, f: RoleFixture, clients: Client[]): Promise<void> {
  const admin = await connectAs(door, f.tokens.admin, clients);
  const manager = await connectAs(door, f.tokens.manager, clients);
  const employee = await connectAs(door, f.tokens.employee, clients);
  const rested = await rest(door, 'GET', `/employees/${f.ids.memberB}`, f.tokens.admin);
  expect(structuredOf(await callTool(admin, 'get_employee', { employee_id: f.ids.memberB }))).toEqual(rested.body);

  const refusedRest = await rest(door, 'GET', `/employees/${f.ids.memberB}`, f.tokens.manager);
  expect(refusedRest.status).toBe(404);
  expect(errorOf(await callTool(manager, 'get_employee', { employee_id: f.ids.memberB }))).toEqual(refusedRest.body);
  expect(structuredOf(await callTool(manager, 'get_employee', { employee_id: f.ids.employeeA }))).toMatchObject({
    employee_id: f.ids.employeeA,
    team_id: f.teamA,
  });

  expect(errorOf(await callTool(employee, 'get_employee', { employee_id: f.ids.managerA }))).toMatchObject({ error: 'Not Found' });
  expect(structuredOf(await callTool(employee, 'whoami'))).toEqual({
    username: f.ids.employeeA,
    role: 'employee',
    employee_id: f.ids.employeeA,
    team_id: f.teamA,
  });
  // A list filter outside the scope narrows to nothing, as on REST.
  expect(structuredOf(await callTool(manager, 'search_employees', { team_id: f.teamB }))).toEqual({ items: [], next_cursor: null });
}

/** A write in scope goes through its service; outside the scope it is forbidden, whether or not the target exists. */
export async function expectWrites(door: Door, f: RoleFixture, clients: Client[]): Promise<void> {
  const manager = await connectAs(door, f.tokens.manager, clients);
  const employee = await connectAs(door, f.tokens.employee, clients);
  const checkedIn = structuredOf<{ employee_id: string; attendance_date: string; check_in_time: string }>(await callTool(employee, 'check_in'));
  expect(checkedIn).toMatchObject({ employee_id: f.ids.employeeA, check_out_time: null });
  const stored = await rest(door, 'GET', `/attendance/${f.ids.employeeA}/${checkedIn.attendance_date}`, f.tokens.admin);
  expect(stored.body).toMatchObject({ check_in_time: checkedIn.check_in_time });
  // A second check-in the same day is the REST conflict, as a tool refusal.
  expect(errorOf(await callTool(employee, 'check_in'))).toMatchObject({ error: 'Conflict' });

  for (const target of [f.ids.memberB, `${f.teamB}-999`]) {
    expect(errorOf(await callTool(manager, 'check_in', { employee_id: target }))).toEqual({
      error: 'Forbidden',
      message: 'That is outside what you may change',
      code: 'FORBIDDEN',
    });
  }

  const filed = structuredOf<{ request_id: string; status: string }>(
    await callTool(employee, 'request_leave', { code: 'UNPAID', from: '2031-03-03', to: '2031-03-03', reason: 'Moving house' }),
  );
  expect(filed.status).toBe('pending');
  // Not among an employee's tools, so not callable either.
  expect(await callTool(employee, 'approve_leave', { request_id: filed.request_id })).toEqual({
    content: [{ type: 'text', text: expect.stringContaining('approve_leave not found') }],
    isError: true,
  });
  expect(structuredOf(await callTool(manager, 'approve_leave', { request_id: filed.request_id, note: 'Fine' }))).toMatchObject({
    status: 'approved',
    decided_by: f.ids.managerA,
    decision_note: 'Fine',
  });
  expect(structuredOf(await callTool(employee, 'cancel_leave', { request_id: filed.request_id }))).toMatchObject({ status: 'cancelled' });
  const after = await rest(door, 'GET', `/leave-requests/${filed.request_id}`, f.tokens.admin);
  expect(after.body).toMatchObject({ status: 'cancelled' });

  // A correction asked for over REST and approved through MCP: the record is written, and the trail says which door.
  const day = '2025-03-04';
  await created(door, '/attendance', f.tokens.admin, { employee_id: f.ids.employeeA, attendance_date: day, check_in_time: '09:00:00' });
  const asked = await created(door, '/attendance-corrections', f.tokens.employee, { date: day, check_out_time: '17:00:00', reason: 'Forgot to check out' });
  expect(await callTool(employee, 'approve_correction', { correction_id: asked.correction_id })).toMatchObject({ isError: true });
  expect(structuredOf(await callTool(manager, 'approve_correction', { correction_id: asked.correction_id, note: 'Seen' }))).toMatchObject({
    state: 'approved',
    decision_note: 'Seen',
  });
  expect((await rest(door, 'GET', `/attendance/${f.ids.employeeA}/${day}`, f.tokens.admin)).body).toMatchObject({
    check_out_time: '17:00:00',
    hours_worked: 8,
  });
  const trail = await rest(door, 'GET', `/audit?entity=correction&entity_id=${String(asked.correction_id)}`, f.tokens.admin);
  expect(trail.body.items).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ action: 'approve', via: 'mcp', actor: f.ids.managerA }),
      expect.objectContaining({ action: 'create', via: 'rest', actor: f.ids.employeeA }),
    ]),
  );
}

/**
 * Callers of different roles and scopes at once, round after round: the
 * servers lent from request to request (mcp-server-pool.ts) hold no caller,
 * so each still gets only their own tools and their own scope's data.
 */
export async function expectCallersApart(door: Door, f: RoleFixture, clients: Client[]): Promise<void> {
  const admin = await connectAs(door, f.tokens.admin, clients);
  const manager = await connectAs(door, f.tokens.manager, clients);
  const employee = await connectAs(door, f.tokens.employee, clients);
  const names = async (client: Client) => (await client.listTools()).tools.map((tool) => tool.name).sort();
  const teamOf = async (client: Client) =>
    structuredOf<{ items: { team_id: string }[] }>(await callTool(client, 'search_employees', { limit: 500 })).items.map((e) => e.team_id);
  for (let round = 0; round < 3; round += 1) {
    const [employeeTools, managerTools, managerMe, employeeMe, managerReadsB, adminReadsB, employeeReadsManager, managerTeams, employeeTeams] =
      await Promise.all([
        names(employee),
        names(manager),
        callTool(manager, 'whoami'),
        callTool(employee, 'whoami'),
        callTool(manager, 'get_employee', { employee_id: f.ids.memberB }),
        callTool(admin, 'get_employee', { employee_id: f.ids.memberB }),
        callTool(employee, 'get_employee', { employee_id: f.ids.managerA }),
        teamOf(manager),
        teamOf(employee),
      ]);
    expect(employeeTools).toEqual([...EVERY_ROLE_TOOLS].sort());
    expect(managerTools).toEqual([...EVERY_ROLE_TOOLS, ...DECIDING_TOOLS].sort());
    expect(structuredOf(managerMe)).toMatchObject({ username: f.ids.managerA, role: 'manager', team_id: f.teamA });
    expect(structuredOf(employeeMe)).toMatchObject({ username: f.ids.employeeA, role: 'employee' });
    expect(errorOf(managerReadsB)).toMatchObject({ error: 'Not Found' });
    expect(structuredOf(adminReadsB)).toMatchObject({ employee_id: f.ids.memberB, team_id: f.teamB });
    expect(errorOf(employeeReadsManager)).toMatchObject({ error: 'Not Found' });
    expect(new Set(managerTeams)).toEqual(new Set([f.teamA]));
    expect(employeeTeams).toEqual([f.teamA]);
  }
}
