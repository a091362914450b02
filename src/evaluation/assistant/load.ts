import type { Express } from 'express';
import request from 'supertest';
import { TRACKING_START } from './dataset/calendar';
import type { Dataset } from './dataset/dataset';
import { email } from './dataset/people';

/** Every login of the data set has this password. */
export const LOGIN_PASSWORD = 'evaluation-password';

/** The app's settings the expected answers assume. */
export const EVALUATION_ENV: Record<string, string> = {
  ORG_TIMEZONE: 'UTC',
  WORK_WEEK: 'mon,tue,wed,thu,fri',
  ATTENDANCE_START_DATE: TRACKING_START,
  ASSISTANT_PROVIDER: 'builtin',
  ASSISTANT_RATE_LIMIT_PER_MINUTE: '100000',
  RATE_LIMIT_PER_MINUTE: '1000000',
  SEED_DEMO_DATA: 'false',
};

type Call = (r: ReturnType<typeof request>) => request.Test;

async function expectStatus(label: string, status: number, test: request.Test): Promise<request.Response> {
  const response = await test;
  if (response.status !== status) throw new Error(`loading ${label}: ${response.status} ${JSON.stringify(response.body).slice(0, 400)}`);
  return response;
}

const csv = (rows: Array<Array<string | number | null>>) => rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(',')).join('\n') + '\n';

/** The requests loadDataset makes: a person, holiday and leave request each, a decision each, a leaver each, and two bulk imports. */
export function loadRequests(data: Dataset): number {
  const decided = data.leave.filter((l) => l.status !== 'pending').length;
  return data.people.length + data.holidays.length + 2 + data.leave.length + decided + data.people.filter((p) => p.end !== null).length;
}

/** Loads the data set through the HTTP API as an admin would, in an order the API accepts (leavers leave last). */
export async function loadDataset(app: Express, adminToken: string, data: Dataset): Promise<void> {
  const as = (call: Call) => call(request(app)).set('Authorization', `Bearer ${adminToken}`);
  for (const p of data.people) {
    const body = {
      employee_id: p.id,
      name: p.name,
      email: email(p),
      team_id: p.team,
      position: p.position,
      job_title: p.title,
      hire_date: p.hire,
      ...(p.login && { account: { role: p.login, password: LOGIN_PASSWORD } }),
    };
    await expectStatus(`employee ${p.id}`, 201, as((r) => r.post('/employees')).send(body));
  }
  for (const h of data.holidays) {
    await expectStatus(`holiday ${h.date}`, 201, as((r) => r.post('/holidays')).send({ date: h.date, name: h.name, team_id: h.team, half: h.half }));
  }
  const attendance = csv([
    ['employee_id', 'attendance_date', 'status', 'check_in_time', 'check_out_time'],
    ...data.attendance.map((a) => [a.employee, a.date, a.status, a.checkIn, a.checkOut]),
  ]);
  await expectStatus(
    'attendance',
    200,
    as((r) => r.post('/attendance/bulk'))
      .set('Content-Type', 'text/csv')
      .send(attendance),
  );
  const scores = csv([
    ['employee_id', 'period', 'kpi', 'completed_task', 'feedback_360'],
    ...data.scores.map((s) => [s.employee, s.period, s.kpi, s.completedTask, s.feedback360]),
  ]);
  await expectStatus(
    'scores',
    200,
    as((r) => r.post('/performance-scores/bulk'))
      .set('Content-Type', 'text/csv')
      .send(scores),
  );
  for (const l of data.leave) {
    const body = { employee_id: l.employee, code: l.code, from: l.from, to: l.to, ...(l.half && { half_day: l.half }) };
    const filed = await expectStatus(`leave of ${l.employee} from ${l.from}`, 201, as((r) => r.post('/leave-requests')).send(body));
    const id = (filed.body as { request_id: string }).request_id;
    const decision = { approved: 'approve', rejected: 'reject', cancelled: 'cancel', pending: null }[l.status];
    if (decision) await expectStatus(`${decision} ${id}`, 200, as((r) => r.post(`/leave-requests/${id}/${decision}`)).send({}));
  }
  for (const p of data.people.filter((x) => x.end !== null)) {
    await expectStatus(`leaver ${p.id}`, 200, as((r) => r.put(`/employees/${p.id}`)).send({ status: 'inactive', end_date: p.end }));
  }
}

export async function tokenOf(app: Express, username: string, password = LOGIN_PASSWORD): Promise<string> {
  const response = await expectStatus(`login ${username}`, 200, request(app).post('/token').type('form').send({ username, password }));
  return (response.body as { access_token: string }).access_token;
}
