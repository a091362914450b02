import { addDays } from '../core/work-calendar/dates';
import { MANAGER_PASSWORD } from './bench-options';
import { login } from './bench-http';
import { drive, json } from './bench-measure';
import type { Row } from './bench-report';
import type { Target } from './bench-targets';
import type { Running } from './processes';

/**
 * A manager's queue of pending leave, and filing leave: each request is for
 * another active employee on a weekday of its own far ahead (UNPAID, so no
 * balance runs out; still checked and reserved like any), on a week this run
 * alone uses, so reruns on the same data never overlap.
 */
export async function leaveRows(server: Running, target: Target, base: string, token: string, active: string[]): Promise<Row[]> {
  const manager = active.find((id) => id.startsWith('DEV-'))!;
  await fetch(`${base}/employees/${manager}/account`, {
    method: 'PUT',
    headers: json(token),
    body: JSON.stringify({ role: 'manager', password: MANAGER_PASSWORD }),
  });
  const managerToken = await login(base, manager, MANAGER_PASSWORD);
  // Four at a time: people file and read leave, not machines; 32 connections on two cores would measure the queue.
  const queue = await drive(server, target.backend, {
    route: "GET /leave-requests?status=pending (a manager's queue, 4 connections)",
    connections: 4,
    requests: [{ method: 'GET', path: '/leave-requests?status=pending', headers: { authorization: `Bearer ${managerToken}` } }],
  });
  const week = addDays('2100-01-04', 7 * (Math.floor(Date.now() / 60_000) % 20_000));
  let n = 0;
  const next = () => {
    const employee = active[n % active.length]!;
    const date = addDays(week, Math.floor(n / active.length) % 5);
    n += 1;
    return JSON.stringify({ employee_id: employee, code: 'UNPAID', from: date, to: date, reason: 'bench' });
  };
  const create = await drive(server, target.backend, {
    route: 'POST /leave-requests (4 connections)',
    connections: 4,
    expected: [201],
    requests: [{ method: 'POST', path: '/leave-requests', headers: json(token), setupRequest: (req) => ({ ...req, body: next() }) }],
  });
  return [queue, create];
}
