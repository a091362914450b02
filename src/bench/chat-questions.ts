import type { Request } from 'autocannon';
import type { Caller } from '../evaluation/assistant/expectation';
import { HELD_BACK } from '../evaluation/assistant/questions/held-back';
import { WORKING } from '../evaluation/assistant/questions/working';
import { MANAGER_PASSWORD } from './bench-options';
import { login, type Employee } from './bench-http';
import { cycling, drive, json } from './bench-measure';
import type { Row } from './bench-report';
import type { Target } from './bench-targets';
import type { Running } from './processes';

/** Both halves of the assistant's evaluation set (docs/ASSISTANT-EVALUATION.md): only their words and who asks; the answers are not graded here. */
const QUESTIONS = [...WORKING, ...HELD_BACK].map((q) => ({ who: q.who, text: q.text }));

export const CHAT_EVALUATION = `POST /chat (builtin, the evaluation's ${QUESTIONS.length} questions, each by its role, 1 connection)`;

/**
 * The login the bench data gives each of the evaluation's callers: the admin,
 * or someone active in the caller's team with the caller's role (the bench's
 * ids and names are not the evaluation's, so people named are mostly not
 * found, or several: the answer's path is still the reader's and the services').
 */
async function tokens(base: string, adminToken: string, staff: Employee[]): Promise<Map<Caller, string>> {
  const byCaller = new Map<Caller, string>([['admin', adminToken]]);
  for (const who of new Set(QUESTIONS.map((q) => q.who))) {
    if (who === 'admin') continue;
    const [team, number] = who.split('-') as [string, string];
    const role = number === '001' ? 'manager' : 'employee';
    const person = staff.filter((e) => e.team_id === team && e.status === 'active')[Number(number) + 1]!;
    await fetch(`${base}/employees/${person.employee_id}/account`, {
      method: 'PUT',
      headers: json(adminToken),
      body: JSON.stringify({ role, password: MANAGER_PASSWORD }),
    });
    byCaller.set(who, await login(base, person.employee_id, MANAGER_PASSWORD));
  }
  return byCaller;
}

/** The evaluation's questions in turn, each asked with its caller's login (made here, on the server at `base`). */
export async function evaluationRequests(base: string, adminToken: string, staff: Employee[]): Promise<Request[]> {
  const byCaller = await tokens(base, adminToken, staff);
  const next = cycling(QUESTIONS);
  return [
    {
      method: 'POST',
      path: '/chat',
      setupRequest: (req) => {
        const q = next();
        return { ...req, headers: json(byCaller.get(q.who)!), body: JSON.stringify({ message: q.text }) };
      },
    },
  ];
}

/** Issue 29's speed target: built-in answers over the whole evaluation set, one at a time, in turn. */
export async function evaluationChatRow(server: Running, target: Target, base: string, adminToken: string, staff: Employee[]): Promise<Row> {
  return drive(server, target.backend, { route: CHAT_EVALUATION, connections: 1, requests: await evaluationRequests(base, adminToken, staff) });
}
