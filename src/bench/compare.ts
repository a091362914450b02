import { addDays } from '../core/work-calendar/dates';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { startServer, type Running } from './processes';
import { allEmployees } from './bench-http';
import { CHAT_EVALUATION, evaluationRequests } from './chat-questions';
import { buildOther, otherDatabase } from './compare-builds';
import { median } from './median';

/**
 * `npm run bench -- --compare <rev>`: this tree against another commit (its
 * parent, say) on the PostgreSQL server's bench data, in interleaved pairs.
 * This machine's speed wanders by a fifth within a minute, so one run of each
 * decides nothing: each pair runs both builds back to back, the order
 * alternating from pair to pair, and each route reports the median of the
 * pairs' ratios (this tree ÷ the other) with their range.
 */

const ROOT = resolve(__dirname, '..', '..');

export interface CompareOptions {
  base: string;
  pairs: number;
  seconds: number;
  connections: number;
  env: NodeJS.ProcessEnv;
  adminPassword: string;
  questions: readonly string[];
  /** The generator's newest day, which the cache-off summary asks for, as the bench's own cache-off row does. */
  summaryDate: string;
}

interface Turn {
  rps: number;
  p50: number;
  p99: number;
  cpuUsPerRequest: number;
}

interface Session {
  base: string;
  token: string;
  ids: string[];
  active: string[];
  importable: string[];
}

interface Route {
  name: string;
  /** One connection for a row whose figures are one question's time alone, not a server's throughput. */
  connections?: number;
  requests: (s: Session, options: CompareOptions) => autocannon.Request[] | Promise<autocannon.Request[]>;
}

const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
const cycle = <T>(values: readonly T[]) => {
  let i = 0;
  return () => values[i++ % values.length]!;
};

const ROUTES: Route[] = [
  {
    name: 'GET /employees/{id}',
    requests: ({ token, ids }) => {
      const next = cycle(ids);
      return [{ method: 'GET', path: '/', headers: json(token), setupRequest: (req) => ({ ...req, path: `/employees/${next()}` }) }];
    },
  },
  {
    name: 'POST /chat (builtin)',
    requests: ({ token }, { questions }) => {
      const next = cycle(questions);
      return [{ method: 'POST', path: '/chat', headers: json(token), setupRequest: (req) => ({ ...req, body: JSON.stringify({ message: next() }) }) }];
    },
  },
  { name: 'GET /attendance/summary', requests: ({ token }) => [{ method: 'GET', path: '/attendance/summary', headers: json(token) }] },
  { name: CHAT_EVALUATION, connections: 1, requests: async ({ base, token }) => evaluationRequests(base, token, await allEmployees(base, token)) },
];

/**
 * With the cache on, the summary above is nearly all cache hits, so a change
 * to how the summary is computed hardly shows in it. These run on servers of
 * their own started with SUMMARY_CACHE_TTL_SECONDS=0, which leaves the
 * repositories unwrapped (withSummaryCache): every request runs the query.
 * Named as the bench's own cache-off row, on the same day.
 */
const CACHE_OFF_ROUTES: Route[] = [
  {
    name: 'GET /attendance/summary (cache off)',
    requests: ({ token }, { summaryDate: day }) => [{ method: 'GET', path: `/attendance/summary?date=${day}`, headers: json(token) }],
  },
  // A parent without the range route answers 422; the table's unexpected count says so.
  {
    name: 'GET /attendance/summary (a month, cache off)',
    requests: ({ token }, { summaryDate: day }) => [{ method: 'GET', path: `/attendance/summary?from=${addDays(day, -30)}&to=${day}`, headers: json(token) }],
  },
];

async function session(server: Running, password: string): Promise<Session> {
  const base = `http://127.0.0.1:${server.port}`;
  const login = await fetch(`${base}/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password }),
  });
  if (!login.ok) throw new Error(`login: ${login.status} (run \`npm run bench -- --backends postgres\` once to make the bench data)`);
  const { access_token: token } = (await login.json()) as { access_token: string };
  type EmployeePage = { items: { employee_id: string; status: string }[]; next_cursor: string | null };
  const first = (await (await fetch(`${base}/employees?limit=500`, { headers: json(token) })).json()) as EmployeePage;
  const second = first.next_cursor
    ? ((await (await fetch(`${base}/employees?limit=500&cursor=${encodeURIComponent(first.next_cursor)}`, { headers: json(token) })).json()) as EmployeePage)
    : { items: [] };
  const active = [...first.items, ...second.items].filter((e) => e.status === 'active').map((e) => e.employee_id);
  // The first page only, as before, for the routes that cycle through employees; the check-ins' day too.
  return {
    base,
    token,
    ids: first.items.map((e) => e.employee_id),
    active: active.slice(0, first.items.filter((e) => e.status === 'active').length),
    importable: active,
  };
}

async function turn(server: Running, url: string, requests: autocannon.Request[], seconds: number, connections: number): Promise<Turn> {
  const cpuBefore = server.cpuMs();
  const result = await autocannon({ url, connections, duration: seconds, requests });
  const served = result.requests.total;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUsPerRequest: served > 0 ? ((server.cpuMs() - cpuBefore) * 1000) / served : 0,
  };
}

const percent = (ratio: number) => `${Math.round(ratio * 100)} %`;

interface Build {
  script: string;
  env: NodeJS.ProcessEnv;
}

/** Both builds' servers, started with `extraEnv`, each route in interleaved pairs on them: a table line per route. */
async function measure(routes: Route[], builds: Build[], extraEnv: NodeJS.ProcessEnv, options: CompareOptions): Promise<string[]> {
  const servers = await Promise.all(builds.map((build) => startServer(build.script, { ...build.env, ...extraEnv })));
  try {
    const sessions = await Promise.all(servers.map((server) => session(server, options.adminPassword)));
    const lines: string[] = [];
    for (const route of routes) {
      const requests = await Promise.all(sessions.map(async (s) => route.requests(s, options)));
      const connections = route.connections ?? options.connections;
      // Warm-up, unmeasured: JIT, pools and caches of both.
      for (const [i, server] of servers.entries()) await turn(server, sessions[i]!.base, requests[i]!, 2, connections);
      const turns: Turn[][] = [[], []];
      for (let pair = 0; pair < options.pairs; pair++) {
        const order = pair % 2 === 0 ? [0, 1] : [1, 0];
        for (const i of order) turns[i]!.push(await turn(servers[i]!, sessions[i]!.base, requests[i]!, options.seconds, connections));
      }
      const ratios = turns[0]!.map((mine, i) => mine.rps / turns[1]![i]!.rps);
      const stat = (which: number, pick: (t: Turn) => number) => median(turns[which]!.map(pick));
      lines.push(
        `| ${route.name} | ${percent(median(ratios))} (${percent(Math.min(...ratios))}–${percent(Math.max(...ratios))}) | ${stat(0, (t) => t.p50)} / ${stat(0, (t) => t.p99)} | ${stat(1, (t) => t.p50)} / ${stat(1, (t) => t.p99)} | ${Math.round(stat(0, (t) => t.cpuUsPerRequest))} / ${Math.round(stat(1, (t) => t.cpuUsPerRequest))} |`,
      );
    }
    return lines;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/**
 * Check-ins, which a timed turn cannot measure (each employee checks in once
 * a day): per turn, the server's clock moves to a new day (SIGUSR2) and every
 * active employee of the first page checks in once, at the same connections;
 * the first day of each build unmeasured; the order alternating per pair.
 */
async function checkInPairs(builds: Build[], options: CompareOptions): Promise<string> {
  const servers = await Promise.all(builds.map((build) => startServer(build.script, build.env)));
  try {
    const sessions = await Promise.all(servers.map((server) => session(server, options.adminPassword)));
    const day = async (i: number) => {
      await servers[i]!.signal('SIGUSR2', /^day /);
      const next = cycle(sessions[i]!.active);
      const cpuBefore = servers[i]!.cpuMs();
      const result = await autocannon({
        url: sessions[i]!.base,
        connections: options.connections,
        amount: sessions[i]!.active.length,
        requests: [
          {
            method: 'POST',
            path: '/attendance/check-in',
            headers: json(sessions[i]!.token),
            setupRequest: (req) => ({ ...req, body: JSON.stringify({ employee_id: next() }) }),
          },
        ],
      });
      return {
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        cpuUsPerRequest: ((servers[i]!.cpuMs() - cpuBefore) * 1000) / Math.max(1, result.requests.total),
      };
    };
    for (const i of [0, 1]) await day(i);
    const turns: Turn[][] = [[], []];
    for (let pair = 0; pair < options.pairs; pair++) for (const i of pair % 2 === 0 ? [0, 1] : [1, 0]) turns[i]!.push(await day(i));
    const ratios = turns[0]!.map((mine, i) => mine.p99 / turns[1]![i]!.p99);
    const stat = (which: number, pick: (t: Turn) => number) => median(turns[which]!.map(pick));
    return `| POST /attendance/check-in (p99 ratio, ${sessions[0]!.active.length} a day) | ${percent(median(ratios))} (${percent(Math.min(...ratios))}–${percent(Math.max(...ratios))}) | ${stat(0, (t) => t.p50)} / ${stat(0, (t) => t.p99)} | ${stat(1, (t) => t.p50)} / ${stat(1, (t) => t.p99)} | ${Math.round(stat(0, (t) => t.cpuUsPerRequest))} / ${Math.round(stat(1, (t) => t.cpuUsPerRequest))} |`;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

/**
 * A 1,000-row attendance import (records of the bench's newest day, rewritten
 * with new times each turn, so every row is an update), timed per request:
 * per turn the median of three imports, the order alternating per pair.
 */
async function importPairs(builds: Build[], options: CompareOptions): Promise<string> {
  const servers = await Promise.all(builds.map((build) => startServer(build.script, build.env)));
  try {
    const sessions = await Promise.all(servers.map((server) => session(server, options.adminPassword)));
    const ids = sessions.map((s) => s.importable.slice(0, IMPORT_ROWS));
    let minute = 0;
    const once = async (i: number) => {
      minute = (minute + 1) % 50;
      const csv = [
        'employee_id,attendance_date,check_in_time,check_out_time',
        ...ids[i]!.map((id) => `${id},${options.summaryDate},09:${String(minute).padStart(2, '0')}:00,17:30:00`),
      ].join('\n');
      const started = performance.now();
      const response = await fetch(`${sessions[i]!.base}/attendance/bulk?mode=partial`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sessions[i]!.token}`, 'content-type': 'text/csv' },
        body: csv,
      });
      if (!response.ok) throw new Error(`import: ${response.status} ${await response.text()}`);
      return performance.now() - started;
    };
    const turnOf = async (i: number) => median([await once(i), await once(i), await once(i)]);
    for (const i of [0, 1]) await turnOf(i);
    const times: number[][] = [[], []];
    for (let pair = 0; pair < options.pairs; pair++) for (const i of pair % 2 === 0 ? [0, 1] : [1, 0]) times[i]!.push(await turnOf(i));
    const ratios = times[0]!.map((mine, i) => mine / times[1]![i]!);
    const ms = (which: number) => Math.round(median(times[which]!));
    return `| POST /attendance/bulk (time ratio, ${ids[0]!.length} rows) | ${percent(median(ratios))} (${percent(Math.min(...ratios))}–${percent(Math.max(...ratios))}) | ${ms(0)} | ${ms(1)} | |`;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
  }
}

const IMPORT_ROWS = 1000;

export async function compare(options: CompareOptions): Promise<string> {
  const sha = execFileSync('git', ['rev-parse', '--short', options.base], { cwd: ROOT, encoding: 'utf8' }).trim();
  const otherDir = buildOther(sha);
  const otherUrl = await otherDatabase(options.env.DATABASE_URL!, sha, otherDir, options.env);
  const builds: Build[] = [
    { script: join(ROOT, 'dist', 'bench', 'bench-server.js'), env: options.env },
    { script: join(otherDir, 'dist', 'bench', 'bench-server.js'), env: { ...options.env, DATABASE_URL: otherUrl } },
  ];
  return [
    `This tree against ${options.base}: ${options.pairs} interleaved pairs of ${options.seconds} s turns per route, ${options.connections} connections, PostgreSQL bench data.`,
    '',
    '| Route | req/s ratio, median (range) | this tree p50 / p99 ms | other p50 / p99 ms | server CPU µs/req, this / other |',
    '|---|---:|---:|---:|---:|',
    ...(await measure(ROUTES, builds, {}, options)),
    ...(await measure(CACHE_OFF_ROUTES, builds, { SUMMARY_CACHE_TTL_SECONDS: '0' }, options)),
    await checkInPairs(builds, options),
    await importPairs(builds, options),
  ].join('\n');
}
