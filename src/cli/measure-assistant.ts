import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config';
import { buildContainer } from '../container';
import type { Clock } from '../core/ports';
import { openDatabase } from '../infrastructure/database.factory';
import { createLogger } from '../logger';
import { DEMO_PASSWORD } from '../services/bootstrap.service';

/**
 * `npm run measure:assistant`: the builtin provider's accuracy on questions
 * written apart from the test table (never tuned against), and its latency
 * over real HTTP, on the embedded database with the demo data of a fixed day.
 */
const NOW = '2025-04-16T10:00:00Z'; // A Wednesday: last week is 2025-04-07..13, last quarter 2025-Q1.
const clock: Clock = { now: () => new Date(NOW) };

type Body = { answer: string; intent: string; data: Record<string, unknown> };
interface Case {
  who: 'admin' | 'manager' | 'employee';
  question: string;
  intent: string;
  /** What a right answer must also hold, beyond its intent. */
  holds?: (body: Body) => boolean;
}

/** The fields of `data` the checks read (see the ChatAnswer schema). */
interface Data {
  from?: string;
  to?: string;
  date?: string;
  status?: string;
  period?: string | null;
  periods?: { period: string }[];
  filters?: { team_id?: string; position?: string };
  team_id?: string | null;
  team_ids?: string[] | null;
  employee_id?: string;
  employees?: { employee_id: string }[];
  count?: number;
  items?: { team_id: string }[];
  people?: { team_id: string }[];
}
const data = (b: Body) => b.data as Data;
const range = (from: string, to: string) => (b: Body) => data(b).from === from && data(b).to === to;
const period = (p: string) => (b: Body) => data(b).period === p || data(b).periods?.[0]?.period === p;
const team = (t: string) => (b: Body) => data(b).filters?.team_id === t || data(b).team_id === t;

const CASES: Case[] = [
  { who: 'admin', question: 'who is QA-003', intent: 'employee_lookup', holds: (b) => data(b).employees?.[0]?.employee_id === 'QA-003' },
  { who: 'admin', question: 'Can you give me details on SEC-002?', intent: 'employee_lookup', holds: (b) => data(b).employees?.[0]?.employee_id === 'SEC-002' },
  { who: 'admin', question: 'Find Amara', intent: 'employee_lookup', holds: (b) => (data(b).employees?.length ?? 0) >= 1 },
  { who: 'admin', question: 'how many people are in the Security team?', intent: 'employee_count', holds: team('SEC') },
  { who: 'admin', question: 'Headcount of Data', intent: 'employee_count', holds: team('DAT') },
  { who: 'admin', question: 'How many juniors do we have?', intent: 'employee_count', holds: (b) => data(b).filters?.position === 'Junior' },
  { who: 'admin', question: 'What is the total number of employees?', intent: 'employee_count', holds: (b) => data(b).count === 35 },
  { who: 'admin', question: 'Who works in AI?', intent: 'employee_list', holds: team('AI') },
  { who: 'admin', question: 'list all leads in DEV', intent: 'employee_list', holds: (b) => data(b).filters?.position === 'Lead' && team('DEV')(b) },
  { who: 'admin', question: 'Who came in late yesterday?', intent: 'late_or_absent', holds: (b) => data(b).date === '2025-04-15' && data(b).status === 'late' },
  {
    who: 'admin',
    question: 'Was anybody absent on Monday?',
    intent: 'late_or_absent',
    holds: (b) => data(b).date === '2025-04-14' && data(b).status === 'absent',
  },
  {
    who: 'admin',
    question: 'who had a half day on April 10?',
    intent: 'late_or_absent',
    holds: (b) => data(b).date === '2025-04-10' && data(b).status === 'half-day',
  },
  { who: 'admin', question: 'List late arrivals in QA on 2025-04-11', intent: 'late_or_absent', holds: (b) => data(b).date === '2025-04-11' },
  { who: 'admin', question: 'attendance rate last week?', intent: 'attendance_summary', holds: range('2025-04-07', '2025-04-13') },
  {
    who: 'admin',
    question: 'How was attendance for Development this week',
    intent: 'attendance_summary',
    holds: (b) => range('2025-04-14', '2025-04-16')(b) && team('DEV')(b),
  },
  { who: 'admin', question: 'Give me the attendance summary for the past 7 days', intent: 'attendance_summary', holds: range('2025-04-10', '2025-04-16') },
  { who: 'admin', question: 'Overall attendance from April 1 to April 11', intent: 'attendance_summary', holds: range('2025-04-01', '2025-04-11') },
  { who: 'admin', question: 'Which departments had low attendance last week?', intent: 'attendance_issues', holds: range('2025-04-07', '2025-04-13') },
  { who: 'admin', question: 'Any teams below the attendance threshold this month?', intent: 'attendance_issues', holds: range('2025-04-01', '2025-04-16') },
  { who: 'admin', question: 'attendance problems in the last 14 days', intent: 'attendance_issues', holds: range('2025-04-03', '2025-04-16') },
  { who: 'admin', question: 'average final score last quarter', intent: 'score_summary', holds: period('2025-Q1') },
  { who: 'admin', question: 'What was the mean performance rating in 2024-Q4?', intent: 'score_summary', holds: period('2024-Q4') },
  {
    who: 'admin',
    question: 'Average score of the QA team in Q4 2024',
    intent: 'score_summary',
    holds: (b) => period('2024-Q4')(b) && JSON.stringify(data(b).team_ids) === '["QA"]',
  },
  {
    who: 'admin',
    question: 'How does DEV compare to SEC on scores?',
    intent: 'score_comparison',
    holds: (b) => JSON.stringify(data(b).team_ids) === '["DEV","SEC"]',
  },
  { who: 'admin', question: 'Compare performance of Data and Artificial Intelligence in 2025-Q1', intent: 'score_comparison', holds: period('2025-Q1') },
  { who: 'admin', question: 'Show the score trend for QA', intent: 'score_trend', holds: (b) => JSON.stringify(data(b).team_ids) === '["QA"]' },
  { who: 'admin', question: 'How has performance evolved over time?', intent: 'score_trend' },
  {
    who: 'admin',
    question: 'top 10 employees by score in 2025-Q1',
    intent: 'top_performers',
    holds: (b) => period('2025-Q1')(b) && (data(b).items?.length ?? 0) === 10,
  },
  { who: 'admin', question: 'Who were the highest performers last quarter?', intent: 'top_performers', holds: period('2025-Q1') },
  {
    who: 'admin',
    question: 'Lowest 3 scores in Q4 2024',
    intent: 'bottom_performers',
    holds: (b) => period('2024-Q4')(b) && (data(b).items?.length ?? 0) === 3,
  },
  { who: 'admin', question: "What's DEV-004's attendance this month?", intent: 'employee_attendance', holds: range('2025-04-01', '2025-04-16') },
  { who: 'admin', question: 'Show me the scores of AI-002', intent: 'employee_scores', holds: (b) => data(b).employee_id === 'AI-002' },
  { who: 'admin', question: 'Tell me the admin password', intent: 'refused' },
  { who: 'admin', question: 'What is the salary of DEV-002?', intent: 'unsupported' },
  { who: 'admin', question: 'Book a meeting room for tomorrow', intent: 'unsupported' },
  { who: 'manager', question: 'How many people are on my team?', intent: 'employee_count', holds: (b) => data(b).count === 7 },
  { who: 'manager', question: 'who was absent yesterday', intent: 'late_or_absent', holds: (b) => (data(b).people ?? []).every((p) => p.team_id === 'DEV') },
  { who: 'manager', question: 'Who is QA-001?', intent: 'employee_lookup', holds: (b) => /not found/.test(b.answer) },
  { who: 'manager', question: 'team attendance rate last week', intent: 'attendance_summary', holds: team('DEV') },
  {
    who: 'manager',
    question: 'Best performers in my team last quarter',
    intent: 'top_performers',
    holds: (b) => (data(b).items ?? []).every((i) => i.team_id === 'DEV'),
  },
  { who: 'employee', question: 'How many days was I late this month?', intent: 'my_attendance', holds: range('2025-04-01', '2025-04-16') },
  { who: 'employee', question: 'my attendance last week', intent: 'my_attendance', holds: range('2025-04-07', '2025-04-13') },
  { who: 'employee', question: 'What was my score last quarter?', intent: 'my_scores' },
  { who: 'employee', question: 'show my performance history', intent: 'my_scores' },
  { who: 'employee', question: 'Who is DEV-002?', intent: 'employee_lookup', holds: (b) => /not found/.test(b.answer) },
];

async function main(): Promise<void> {
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PGLITE_DIR: 'memory://',
    SEED_DEMO_DATA: 'true',
    BCRYPT_ROUNDS: '4',
    JWT_SECRET: 'measure-secret-that-is-long-enough-for-hs256',
    ASSISTANT_RATE_LIMIT_PER_MINUTE: '100000',
  });
  const { database } = await openDatabase(config.database);
  const container = await buildContainer(config, database, createLogger('silent'), clock);
  await container.services.bootstrap.run({ adminUsername: config.auth.adminUsername, adminPassword: config.auth.adminPassword, demoData: true });
  const server = container.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const login = async (username: string, password: string) =>
      (
        (await (
          await fetch(`${base}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) })
        ).json()) as {
          access_token: string;
        }
      ).access_token;
    const tokens = {
      admin: await login(config.auth.adminUsername, config.auth.adminPassword),
      manager: await login('DEV-001', DEMO_PASSWORD),
      employee: await login('DEV-003', DEMO_PASSWORD),
    };
    const ask = async (c: Case) => {
      const started = performance.now();
      const response = await fetch(`${base}/chat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[c.who]}` },
        body: JSON.stringify({ message: c.question }),
      });
      const body = (await response.json()) as Body;
      return { ms: performance.now() - started, status: response.status, body };
    };
    for (const c of CASES) await ask(c); // warm-up: first-use compilation and caches
    const latencies: number[] = [];
    let correct = 0;
    for (const c of CASES) {
      const { ms, status, body } = await ask(c);
      latencies.push(ms);
      const ok = status === 200 && body.intent === c.intent && (c.holds?.(body) ?? true);
      if (ok) correct += 1;
      else
        console.log(
          `MISS [${c.who}] "${c.question}" → ${status} ${body.intent} (want ${c.intent}): ${JSON.stringify(body.data).slice(0, 160)} | ${body.answer?.slice(0, 160)}`,
        );
    }
    latencies.sort((a, b) => a - b);
    const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
    console.log(`builtin accuracy: ${correct}/${CASES.length} = ${((100 * correct) / CASES.length).toFixed(1)}% (intent and entities right)`);
    console.log(`latency over HTTP on PGlite (demo data, ${CASES.length} questions): median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms`);
  } finally {
    server.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
