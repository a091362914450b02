import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { Client } from 'pg';
import { startDynamoDbLocal } from '../__tests__/support/dynamodb-local';
import { run, startServer, type Running } from './processes';
import { compare } from './compare';
import { statusDuringImport } from './status-during-import';

/**
 * `npm run bench`: the service against its floor, route by route, then a
 * 60-second mixed load. See the README's Performance section for the latest
 * table. Figures are this machine's; the emulators' are marked as such.
 */

const ROOT = resolve(__dirname, '..', '..');
const DIST = join(ROOT, 'dist', 'bench');
const ADMIN_PASSWORD = 'bench-admin-password';
const MANAGER_PASSWORD = 'bench-manager-password';

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    'load-seconds': { type: 'string', default: '60' },
    backends: { type: 'string', default: 'postgres,pglite,dynamodb' },
    out: { type: 'string', default: join(ROOT, 'bench-results') },
    /** Another commit to compare this tree with, in interleaved pairs, instead of the full run (compare.ts). */
    compare: { type: 'string' },
    pairs: { type: 'string', default: '5' },
  },
});
const DURATION = Number(flags.duration);
const CONNECTIONS = Number(flags.connections);

interface Row {
  backend: string;
  route: string;
  rps: number;
  p50_ms: number;
  p99_ms: number;
  requests: number;
  unexpected: number;
  /** What the unexpected were: a status code, "errors" (no answer) or "timeouts", and how many of each. */
  unexpected_by: Record<string, number>;
  /** The server process's CPU time (every thread) per request, while this route alone ran on it. */
  server_cpu_us?: number;
  vs_floor?: number;
  /** Each turn's ratio to the floor's run just before it; vs_floor is their median. */
  pair_ratios?: number[];
}

interface Target {
  backend: string;
  data: string;
  env: NodeJS.ProcessEnv;
  emulator: boolean;
  /** Runs the generator for this backend. */
  seed(): Promise<void>;
  /** Just before the check-in rounds: whatever keeps the database's own housekeeping out of them. */
  beforeWrites?(): Promise<void>;
  cleanup(): Promise<void>;
}

const baseEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  PORT: '0',
  LOG_LEVEL: 'warn',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0000',
  ADMIN_PASSWORD,
  SEED_DEMO_DATA: 'false',
  // One client drives everything; the limit has its own tests.
  RATE_LIMIT_PER_MINUTE: '1000000',
  LOGIN_MAX_ATTEMPTS_PER_MINUTE: '1000000',
  ASSISTANT_RATE_LIMIT_PER_MINUTE: '100000',
  PG_POOL_MAX: '10',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
});

const seedWith = (env: NodeJS.ProcessEnv, employees: number, days: number, periods: number) => () =>
  run(process.execPath, [join(ROOT, 'dist', 'cli', 'seed.js'), '--employees', String(employees), '--days', String(days), '--periods', String(periods)], env);

async function postgresTarget(): Promise<Target> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/workforce_bench';
  const admin = new Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${new URL(url).pathname.slice(1)}`).catch((error: { code?: string }) => {
    if (error.code !== '42P04') throw error;
  });
  await admin.end();
  const env = { ...baseEnv(), DATABASE_URL: url };
  const employees = 4000;
  return {
    backend: 'PostgreSQL 15 server',
    data: '4,000 employees, 520 working days (~2 million attendance rows), 8 quarters of scores',
    env,
    emulator: false,
    async seed() {
      // Generated once; later runs reuse it (the generator skips existing employees, but rewriting 2 M rows takes minutes).
      const db = new Client({ connectionString: url });
      await db.connect();
      const count = await db.query<{ n: string }>('SELECT count(*) AS n FROM employees').then(
        (r) => Number(r.rows[0]!.n),
        () => 0,
      );
      // Autovacuum may be off (it is on the machine these figures come from), so reused data carries
      // every earlier run's dead rows: each check-out leaves one, and three runs left 125,792 in attendance.
      // A run starts from the state autovacuum keeps a live database in, with fresh statistics.
      if (count >= employees) await db.query('VACUUM (ANALYZE)');
      await db.end();
      if (count < employees) await seedWith(env, employees, 520, 8)();
    },
    /**
     * A checkpoint now, so no timed one (every checkpoint_timeout) starts
     * during the rounds. After a checkpoint, the first change to each page
     * writes the whole page to the WAL, and a day's check-ins touch a page
     * per employee in the primary key (employee_id, attendance_date): the
     * round after a checkpoint wrote 25.6 MB of WAL against 2.7-3.2 MB for
     * the next ones, and a checkpoint that started during the rounds took
     * one run's check-in p99 to 91 ms. The unmeasured first round pays it now.
     */
    async beforeWrites() {
      const db = new Client({ connectionString: url });
      await db.connect();
      try {
        await db.query('CHECKPOINT');
      } catch (error) {
        process.stdout.write(`(no CHECKPOINT before the check-in rounds: ${(error as Error).message})\n`);
      } finally {
        await db.end();
      }
    },
    cleanup: () => Promise.resolve(),
  };
}

function pgliteTarget(): Target {
  const dir = mkdtempSync(join(tmpdir(), 'workforce-bench-pglite-'));
  const env = { ...baseEnv(), PGLITE_DIR: dir };
  return {
    backend: 'PGlite (embedded, emulator)',
    data: '400 employees, 60 working days, 4 quarters',
    env,
    emulator: true,
    seed: seedWith(env, 400, 60, 4),
    cleanup: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
  };
}

async function dynamoTarget(): Promise<Target> {
  const dynamo = await startDynamoDbLocal();
  const env = { ...baseEnv(), DB_DRIVER: 'dynamodb', DYNAMODB_ENDPOINT: dynamo.endpoint, DYNAMODB_TABLE: 'bench' };
  return {
    backend: 'DynamoDB Local (emulator)',
    data: '100 employees, 10 working days, 2 quarters',
    env,
    emulator: true,
    seed: seedWith(env, 100, 10, 2),
    cleanup: async () => void (await dynamo.stop()),
  };
}

// ---------------------------------------------------------------- HTTP helpers

async function call<T>(base: string, method: string, path: string, token?: string, body?: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const login = async (base: string, username: string, password: string) =>
  (await call<{ access_token: string }>(base, 'POST', '/token', undefined, { username, password })).access_token;

interface Employee {
  employee_id: string;
  team_id: string;
  status: string;
}

async function allEmployees(base: string, token: string): Promise<Employee[]> {
  const all: Employee[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: Employee[]; next_cursor: string | null } = await call(base, 'GET', `/employees?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, token);
    all.push(...page.items);
    cursor = page.next_cursor;
  } while (cursor);
  return all;
}

// ---------------------------------------------------------------- measuring

type Request = autocannon.Request;

interface Drive {
  route: string;
  requests: Request[];
  /** Fixed number of requests instead of DURATION seconds. */
  amount?: number;
  connections?: number;
  duration?: number;
  /** Statuses that are the route working as intended. */
  expected?: number[];
  /** Other streams load the server at the same time, so its CPU time is not this route's. */
  shared?: boolean;
}

/** JIT, connection pools and caches reach their steady state before anything is counted. */
async function warmUp(base: string, spec: Drive): Promise<void> {
  await autocannon({ url: base, connections: spec.connections ?? CONNECTIONS, duration: 2, requests: spec.requests });
}

/** Counts by kind, leaving out kinds that never happened. */
function tally(counts: readonly (readonly [string, number])[]): Record<string, number> {
  const by: Record<string, number> = {};
  for (const [kind, n] of counts) if (n > 0) by[kind] = (by[kind] ?? 0) + n;
  return by;
}

/** The latency at quantile q of sorted samples (nearest rank), 0 for none. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

interface TimedRun {
  result: autocannon.Result;
  /** From the start to the last response. */
  seconds: number;
  /** Every response's latency (ms). */
  latencies: number[];
}

/**
 * A run, timed to its last response: autocannon's own duration and
 * requests.average only see whole sampling intervals (one second), so a
 * fixed-amount run of 1.2 s would count as 2 s. Each response's latency is
 * kept, for percentiles over several runs.
 */
function timedRun(options: autocannon.Options): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let last = started;
    const latencies: number[] = [];
    const instance = autocannon(options, (error, result) => (error ? reject(error as Error) : resolve({ result, seconds: (last - started) / 1000, latencies })));
    instance.on('response', (_client: unknown, _status: number, _bytes: number, latencyMs: number) => {
      last = performance.now();
      latencies.push(latencyMs);
    });
  });
}

/** A fixed-amount run's row keeps its latencies, so that rounds of one route can be pooled (`merge`). */
interface Measured extends Row {
  latencies?: number[];
}

async function drive(server: Running, backend: string, spec: Drive): Promise<Measured> {
  const base = `http://127.0.0.1:${server.port}`;
  if (spec.amount === undefined) await warmUp(base, spec);
  const cpuBefore = server.cpuMs();
  const { result, seconds, latencies } = await timedRun({
    url: base,
    connections: spec.connections ?? CONNECTIONS,
    ...(spec.amount !== undefined ? { amount: spec.amount } : { duration: spec.duration ?? DURATION }),
    requests: spec.requests,
  });
  const expected = new Set(spec.expected ?? [200]);
  const byStatus = Object.entries(result.statusCodeStats ?? {}) as [string, { count?: number }][];
  const unexpectedBy = tally([
    ...byStatus.filter(([status]) => !expected.has(Number(status))).map(([status, stats]) => [status, stats.count ?? 0] as const),
    ['errors', result.errors],
    ['timeouts', result.timeouts],
  ]);
  const unexpected = Object.values(unexpectedBy).reduce((sum, n) => sum + n, 0);
  const requests = result.requests.total;
  const cpuUs = spec.shared || requests === 0 ? undefined : ((server.cpuMs() - cpuBefore) * 1000) / requests;
  return { backend, route: spec.route, rps: requests / seconds, p50_ms: result.latency.p50, p99_ms: result.latency.p99, requests, unexpected, unexpected_by: unexpectedBy, ...(cpuUs !== undefined && { server_cpu_us: cpuUs }), ...(spec.amount !== undefined && { latencies }) };
}

const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

/** Cycles through values, one per request, across every connection. */
function cycling<T>(values: T[]): () => T {
  let i = 0;
  return () => values[i++ % values.length]!;
}

/**
 * Rounds that warm up and are not counted, as the other routes' first 2 s are
 * not: about 2 s of check-ins and check-outs on the PostgreSQL server. V8 was
 * still optimising and deoptimising their code through the second round
 * (--trace-opt --trace-deopt: 40 optimisations and 15 deoptimisations during
 * it, 0-4 in each later one), and that round's p99 was 15-18.5 ms where later
 * rounds without a mark-compact gave 11-14 ms.
 */
const WARM_UP_ROUNDS = 2;

/** Each active employee once: the server's clock moves a day on between rounds. */
async function checkInRounds(target: Target, server: Running, token: string, active: string[], rounds: number): Promise<Row[]> {
  const backend = target.backend;
  await target.beforeWrites?.();
  const rows: Measured[] = [];
  for (let round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
    if (round > 0) await server.signal('SIGUSR2', /^day /);
    for (const [route, path] of [
      ['POST /attendance/check-in', '/attendance/check-in'],
      ['POST /attendance/check-out', '/attendance/check-out'],
    ] as const) {
      const next = cycling(active);
      const row = await drive(server, backend, {
        route,
        amount: active.length,
        expected: [201, 200],
        requests: [{ method: 'POST', path, headers: json(token), setupRequest: (req) => ({ ...req, body: JSON.stringify({ employee_id: next() }) }) }],
      });
      if (round >= WARM_UP_ROUNDS) rows.push(row);
    }
  }
  return merge(rows);
}

/**
 * Rounds of one route as one row: totals summed, percentiles over every
 * round's responses together. (They were the worst round's percentiles,
 * which measure the slowest of several samples rather than the route: one
 * round with one stall set the check-in p99.)
 */
function merge(rows: Measured[]): Row[] {
  const byRoute = new Map<string, Measured[]>();
  for (const row of rows) byRoute.set(row.route, [...(byRoute.get(row.route) ?? []), row]);
  return [...byRoute.values()].map((group) => {
    const latencies = group.flatMap((r) => r.latencies ?? []).sort((a, b) => a - b);
    const { latencies: _pooled, ...first } = group[0]!;
    return {
      ...first,
      rps: group.reduce((sum, r) => sum + r.rps, 0) / group.length,
      p50_ms: quantile(latencies, 0.5),
      p99_ms: quantile(latencies, 0.99),
      requests: group.reduce((sum, r) => sum + r.requests, 0),
      ...(group.every((r) => r.server_cpu_us !== undefined) && { server_cpu_us: group.reduce((sum, r) => sum + r.server_cpu_us! * r.requests, 0) / group.reduce((sum, r) => sum + r.requests, 0) }),
      unexpected: group.reduce((sum, r) => sum + r.unexpected, 0),
      unexpected_by: tally(group.flatMap((r) => Object.entries(r.unexpected_by))),
    };
  });
}

/** The default IMPORT_MAX_ROWS: the largest import a client may send. */
const IMPORT_ROWS = 50_000;
const STATUS_DURING_IMPORT = 'GET /status during an attendance import';

const CHAT_QUESTIONS = ['How many employees are in QA?', 'Who is DEV-901?', 'What was the attendance rate last week?', 'Compare DEV and QA performance', 'Who are the top 5 performers?'];

/** The generator's newest day: the last working day before today. Bench check-ins land on later, simulated days. */
function lastGeneratedDay(): string {
  const day = new Date();
  do day.setUTCDate(day.getUTCDate() - 1);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  return day.toISOString().slice(0, 10);
}

/**
 * Every route in the service's default configuration (the summary cache on,
 * as deployed), or, with `cacheOff`, the two summaries alone with the cache
 * off: what their queries cost when every read misses. With a floor server,
 * GET /employees/{id} and the floor take turns, FLOOR_PAIRS times each, so a
 * passing slowdown of the machine weighs on both sides of the ratio.
 */
async function routes(target: Target, cacheOff: boolean, floor?: Running): Promise<Row[]> {
  const server = await startServer(join(DIST, 'bench-server.js'), { ...target.env, ...(cacheOff && { SUMMARY_CACHE_TTL_SECONDS: '0' }) });
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const token = await login(base, 'admin', ADMIN_PASSWORD);
    const staff = await allEmployees(base, token);
    const ids = staff.map((e) => e.employee_id);
    const active = staff.filter((e) => e.status === 'active').map((e) => e.employee_id);
    const day = lastGeneratedDay();
    const auth = { authorization: `Bearer ${token}` };
    const label = (route: string) => (cacheOff ? `${route} (cache off)` : route);
    const rows: Row[] = [];
    const summaries: Drive[] = [
      { route: label('GET /attendance/summary'), requests: [{ method: 'GET', path: `/attendance/summary?date=${day}`, headers: auth }] },
      { route: label('GET /performance-scores/summary'), requests: [{ method: 'GET', path: '/performance-scores/summary', headers: auth }] },
    ];
    if (cacheOff) {
      for (const spec of summaries) rows.push(await drive(server, target.backend, spec));
      return rows;
    }
    const nextId = cycling(ids);
    const byId = (headers: Record<string, string>, duration?: number): Drive => ({ route: 'GET /employees/{id}', duration, requests: [{ method: 'GET', headers, setupRequest: (req) => ({ ...req, path: `/employees/${nextId()}` }) }] });
    if (floor) {
      const floorRuns: Row[] = [];
      const serviceRuns: Row[] = [];
      for (let pair = 0; pair < FLOOR_PAIRS; pair++) {
        floorRuns.push(await drive(floor, FLOOR, byId({}, PAIR_DURATION)));
        serviceRuns.push(await drive(server, target.backend, byId(auth, PAIR_DURATION)));
      }
      const ratios = serviceRuns.map((row, pair) => row.rps / floorRuns[pair]!.rps);
      rows.push(middle(floorRuns), { ...middle(serviceRuns), vs_floor: median(ratios), pair_ratios: ratios });
    } else {
      rows.push(await drive(server, target.backend, byId(auth)));
    }
    rows.push(await drive(server, target.backend, { route: 'GET /employees?team_id=DEV', requests: [{ method: 'GET', path: '/employees?team_id=DEV', headers: auth }] }));
    for (const spec of summaries) rows.push(await drive(server, target.backend, spec));
    const question = cycling(CHAT_QUESTIONS);
    rows.push(await drive(server, target.backend, { route: 'POST /chat (builtin)', requests: [{ method: 'POST', path: '/chat', headers: json(token), setupRequest: (req) => ({ ...req, body: JSON.stringify({ message: question() }) }) }] }));
    const during = await statusDuringImport(base, token, active, day, IMPORT_ROWS);
    rows.push({ backend: target.backend, route: `${STATUS_DURING_IMPORT} (${during.rows} rows, import ${(during.importMs / 1000).toFixed(1)} s)`, rps: during.statusRequests / (during.importMs / 1000), p50_ms: during.statusP50Ms, p99_ms: during.statusP99Ms, requests: during.statusRequests, unexpected: during.importStatus === 200 ? 0 : 1, unexpected_by: during.importStatus === 200 ? {} : { [`import ${during.importStatus}`]: 1 } });
    rows.push(...(await checkInRounds(target, server, token, active, target.emulator ? 1 : 2)));
    return rows;
  } finally {
    await server.stop();
  }
}

const FLOOR = 'floor: node:http + pg';
/**
 * This machine's speed wanders by a fifth within a minute (the same server's
 * CPU per request, run after run), so long turns compared the floor and the
 * service at different speeds: a ratio from short turns, each against the
 * floor's turn just before it, then the median of several.
 */
const FLOOR_PAIRS = 6;
const PAIR_DURATION = Math.max(1, Math.round(DURATION / 2));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The run of the median throughput (the upper of the middle two), whole: its latencies are that run's own. */
function middle(runs: Row[]): Row {
  return [...runs].sort((a, b) => a.rps - b.rps)[Math.floor(runs.length / 2)]!;
}

interface LoadReport {
  seconds: number;
  streams: Row[];
  total_rps: number;
  unexpected: number;
  rss_mb_start: number;
  rss_mb_end: number;
}

/** A working morning: check-ins in bursts, managers reading their teams, an admin importing CSV every five seconds. */
async function load(target: Target): Promise<LoadReport> {
  const lastDay = lastGeneratedDay();
  const seconds = Number(flags['load-seconds']);
  const server = await startServer(join(DIST, 'bench-server.js'), target.env);
  const base = `http://127.0.0.1:${server.port}`;
  try {
    const token = await login(base, 'admin', ADMIN_PASSWORD);
    const staff = await allEmployees(base, token);
    const active = staff.filter((e) => e.status === 'active');
    const managers = [];
    for (const team of [...new Set(active.map((e) => e.team_id))]) {
      const manager = active.find((e) => e.team_id === team)!;
      await fetch(`${base}/employees/${manager.employee_id}/account`, { method: 'PUT', headers: json(token), body: JSON.stringify({ role: 'manager', password: MANAGER_PASSWORD }) });
      managers.push({ team, token: await login(base, manager.employee_id, MANAGER_PASSWORD) });
    }
    const rssStart = server.rssMb();
    const deadline = Date.now() + seconds * 1000;

    const checkIns = (async () => {
      const rows: Measured[] = [];
      for (let day = 0; Date.now() < deadline; day++) {
        if (day > 0) await server.signal('SIGUSR2', /^day /);
        const ids = active.map((e) => e.employee_id);
        for (const path of ['/attendance/check-in', '/attendance/check-out']) {
          if (Date.now() >= deadline) break;
          const next = cycling(ids);
          rows.push(await drive(server, target.backend, { route: 'check-in/out bursts', shared: true, amount: ids.length, connections: 16, expected: [200, 201], requests: [{ method: 'POST', path, headers: json(token), setupRequest: (req) => ({ ...req, body: JSON.stringify({ employee_id: next() }) }) }] }));
        }
      }
      return merge(rows);
    })();

    const nextManager = cycling(managers.flatMap((m) => [`/employees?team_id=${m.team}&token=${m.token}`, `/attendance/team/${m.team}?limit=50&token=${m.token}`]));
    const reads = drive(server, target.backend, {
      route: 'managers reading their team',
      shared: true,
      connections: 8,
      duration: seconds,
      requests: [
        {
          method: 'GET',
          setupRequest: (req) => {
            const [path, tokenPart] = nextManager().split('&token=');
            return { ...req, path: path!, headers: { authorization: `Bearer ${tokenPart}` } };
          },
        },
      ],
    });

    const imports = (async () => {
      const csv = ['employee_id,attendance_date,check_in_time,check_out_time', ...active.slice(0, 500).map((e) => `${e.employee_id},${lastDay},09:00:00,17:30:00`)].join('\n');
      const latencies: number[] = [];
      const failed: string[] = [];
      while (Date.now() < deadline) {
        const began = performance.now();
        const response = await fetch(`${base}/attendance/bulk`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' }, body: csv });
        await response.arrayBuffer();
        latencies.push(performance.now() - began);
        if (response.status !== 200) failed.push(String(response.status));
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 5000 - (performance.now() - began))));
      }
      latencies.sort((a, b) => a - b);
      return { backend: target.backend, route: 'admin CSV import (500 rows, every 5 s)', rps: latencies.length / seconds, p50_ms: quantile(latencies, 0.5), p99_ms: quantile(latencies, 0.99), requests: latencies.length, unexpected: failed.length, unexpected_by: tally(failed.map((status) => [status, 1] as const)) } satisfies Row;
    })();

    const streams = [...(await checkIns), await reads, await imports];
    return {
      seconds,
      streams,
      total_rps: streams.reduce((sum, row) => sum + row.rps, 0),
      unexpected: streams.reduce((sum, row) => sum + row.unexpected, 0),
      rss_mb_start: rssStart,
      rss_mb_end: server.rssMb(),
    };
  } finally {
    await server.stop();
  }
}

// ---------------------------------------------------------------- report

const TARGETS = [
  { route: 'GET /employees/{id}', what: '≥ 75 % of the floor', met: (r: Row) => (r.vs_floor ?? 0) >= 0.75 },
  { route: 'POST /attendance/check-in', what: 'p99 < 20 ms', met: (r: Row) => r.p99_ms < 20 },
  { route: 'GET /attendance/summary', what: 'p50 < 30 ms', met: (r: Row) => r.p50_ms < 30 },
  { route: 'POST /chat (builtin)', what: 'p50 < 15 ms', met: (r: Row) => r.p50_ms < 15 },
  { route: STATUS_DURING_IMPORT, what: 'p99 < 100 ms', met: (r: Row) => r.p99_ms < 100 },
];

/** "5 (503: 5)": how many, and what they were. */
function unexpectedCell(row: Row): string {
  const kinds = Object.entries(row.unexpected_by);
  return kinds.length === 0 ? String(row.unexpected) : `${row.unexpected} (${kinds.map(([kind, n]) => `${kind}: ${n}`).join(', ')})`;
}

function markdown(rows: Row[], loadReport: LoadReport | undefined, data: string[]): string {
  const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lines = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}. ${CONNECTIONS} connections, ${DURATION} s per route; routes are measured after a 2 s warm-up; GET /employees/{id} and the floor take ${FLOOR_PAIRS} turns of ${PAIR_DURATION} s each, each row shows its run of median req/s, and "vs floor" is the median of the turns' ratios, each to the floor's turn just before it; server CPU is the server process's, all threads, per request (PGlite runs inside it); check-in/out rounds send each active employee once per simulated day, after ${WARM_UP_ROUNDS} unmeasured rounds, and their percentiles are over every measured round's responses together.`,
    '',
    ...data.map((line) => `- ${line}`),
    '',
    '| Backend | Route | req/s | p50 ms | p99 ms | server CPU µs/req | vs floor | unexpected | target |',
    '|---|---|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => {
      const target = r.backend.startsWith('PostgreSQL') ? TARGETS.find((t) => r.route === t.route || r.route.startsWith(`${t.route} (`)) : undefined;
      const vsFloor = r.vs_floor === undefined ? '' : `${fmt(r.vs_floor * 100)} %${r.pair_ratios ? ` (${fmt(Math.min(...r.pair_ratios) * 100)}–${fmt(Math.max(...r.pair_ratios) * 100)} %)` : ''}`;
      return `| ${r.backend} | ${r.route} | ${fmt(r.rps)} | ${fmt(r.p50_ms, 1)} | ${fmt(r.p99_ms, 1)} | ${r.server_cpu_us === undefined ? '' : fmt(r.server_cpu_us)} | ${vsFloor} | ${unexpectedCell(r)} | ${target ? `${target.what}: ${target.met(r) ? 'met' : '**missed**'}` : ''} |`;
    }),
  ];
  if (loadReport) {
    lines.push(
      '',
      `Mixed load, ${loadReport.seconds} s on the PostgreSQL server: ${fmt(loadReport.total_rps)} req/s in all, ${loadReport.unexpected} unexpected responses, server RSS ${fmt(loadReport.rss_mb_start)} MB at the start and ${fmt(loadReport.rss_mb_end)} MB at the end.`,
      '',
      '| Stream | req/s | p50 ms | p99 ms | requests | unexpected |',
      '|---|---:|---:|---:|---:|---:|',
      ...loadReport.streams.map((r) => `| ${r.route} | ${fmt(r.rps, 1)} | ${fmt(r.p50_ms, 1)} | ${fmt(r.p99_ms, 1)} | ${r.requests} | ${unexpectedCell(r)} |`),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function compareWith(rev: string): Promise<void> {
  const target = await postgresTarget();
  try {
    await target.seed();
    const table = await compare({ base: rev, pairs: Number(flags.pairs), seconds: 5, connections: CONNECTIONS, env: target.env, adminPassword: ADMIN_PASSWORD, questions: CHAT_QUESTIONS });
    mkdirSync(flags.out, { recursive: true });
    writeFileSync(join(flags.out, 'compare.md'), `${table}\n`);
    process.stdout.write(`\n${table}\n\nWritten to ${join(flags.out, 'compare.md')}\n`);
  } finally {
    await target.cleanup();
  }
}

async function main(): Promise<void> {
  if (flags.compare !== undefined) return compareWith(flags.compare);
  const wanted = flags.backends.split(',');
  const rows: Row[] = [];
  const data: string[] = [];
  let loadReport: LoadReport | undefined;
  for (const make of [
    ['postgres', postgresTarget],
    ['pglite', pgliteTarget],
    ['dynamodb', dynamoTarget],
  ] as const) {
    if (!wanted.includes(make[0])) continue;
    const target = await make[1]();
    try {
      process.stdout.write(`\n== ${target.backend}: seeding ${target.data}\n`);
      await target.seed();
      data.push(`${target.backend}: ${target.data}`);
      const floor = target.emulator ? undefined : await startServer(join(DIST, 'floor-server.js'), target.env);
      try {
        rows.push(...(await routes(target, false, floor)));
      } finally {
        await floor?.stop();
      }
      rows.push(...(await routes(target, true)));
      if (!target.emulator) loadReport = await load(target);
    } finally {
      await target.cleanup();
    }
  }
  mkdirSync(flags.out, { recursive: true });
  writeFileSync(join(flags.out, 'latest.json'), JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, duration_s: DURATION, rows, load: loadReport }, null, 2));
  const table = markdown(rows, loadReport, data);
  writeFileSync(join(flags.out, 'latest.md'), table);
  process.stdout.write(`\n${table}\nWritten to ${join(flags.out, 'latest.json')} and latest.md\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
