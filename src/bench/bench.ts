import { addDays } from '../core/work-calendar/dates';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, type Running } from './processes';
import { compare } from './compare';
import { ADMIN_PASSWORD, CONNECTIONS, DIST, DURATION, FLOOR_PAIRS, MANAGER_PASSWORD, PAIR_DURATION, STATUS_DURING_IMPORT, flags } from './bench-options';
import { allEmployees, login } from './bench-http';
import { checkInRounds, cycling, drive, json, merge, quantile, tally, type Drive, type Measured } from './bench-measure';
import { markdown, MCP_READ, type LoadReport, type Row } from './bench-report';
import { dynamoTarget, pgliteTarget, postgresTarget, type Target } from './bench-targets';
import { exportRows } from './export-rows';
import { leaveRows } from './leave-rows';
import { CHAT_QUESTIONS, lastGeneratedDay } from './bench-data';
import { evaluationChatRow } from './chat-questions';
import { median, middle } from './median';
import { statusDuringImport } from './status-during-import';

/**
 * `npm run bench`: the service against its floor, route by route, then a
 * 60-second mixed load. See the README's Benchmarks section for the latest
 * table. Figures are this machine's; the emulators' are marked as such.
 */

const IMPORT_ROWS = 50_000;

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
    const label = (route: string) => (cacheOff ? `${route} (cache off, 1 connection)` : route);
    const rows: Row[] = [];
    const summaries: Drive[] = [
      { route: label('GET /attendance/summary'), requests: [{ method: 'GET', path: `/attendance/summary?date=${day}`, headers: auth }] },
      {
        route: label('GET /attendance/summary (a month)'),
        requests: [{ method: 'GET', path: `/attendance/summary?from=${addDays(day, -30)}&to=${day}`, headers: auth }],
      },
      { route: label('GET /performance-scores/summary'), requests: [{ method: 'GET', path: '/performance-scores/summary', headers: auth }] },
    ];
    if (cacheOff) {
      // One request at a time: what a summary's queries cost, without 32 of them queueing for two cores.
      for (const spec of summaries) rows.push(await drive(server, target.backend, { ...spec, connections: 1 }));
      return rows;
    }
    const nextId = cycling(ids);
    const byId = (headers: Record<string, string>, duration?: number): Drive => ({
      route: 'GET /employees/{id}',
      duration,
      requests: [{ method: 'GET', headers, setupRequest: (req) => ({ ...req, path: `/employees/${nextId()}` }) }],
    });
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
    rows.push(
      await drive(server, target.backend, {
        route: 'GET /employees?team_id=DEV',
        requests: [{ method: 'GET', path: '/employees?team_id=DEV', headers: auth }],
      }),
    );
    for (const spec of summaries) rows.push(await drive(server, target.backend, spec));
    const question = cycling(CHAT_QUESTIONS);
    rows.push(
      await drive(server, target.backend, {
        route: 'POST /chat (builtin)',
        requests: [{ method: 'POST', path: '/chat', headers: json(token), setupRequest: (req) => ({ ...req, body: JSON.stringify({ message: question() }) }) }],
      }),
    );
    rows.push(await evaluationChatRow(server, target, base, token, staff));
    const mcpHeaders = { ...json(token), accept: 'application/json, text/event-stream' };
    const mcpRead = (id: string) =>
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'get_employee', arguments: { employee_id: id } } });
    rows.push(
      await drive(server, target.backend, {
        route: `${MCP_READ} (get_employee)`,
        requests: [{ method: 'POST', path: '/mcp', headers: mcpHeaders, setupRequest: (req) => ({ ...req, body: mcpRead(nextId()) }) }],
      }),
    );
    rows.push(...(await leaveRows(server, target, base, token, active)));
    const during = await statusDuringImport(base, token, active, day, IMPORT_ROWS);
    rows.push({
      backend: target.backend,
      route: `${STATUS_DURING_IMPORT} (${during.rows} rows, import ${(during.importMs / 1000).toFixed(1)} s)`,
      rps: during.statusRequests / (during.importMs / 1000),
      p50_ms: during.statusP50Ms,
      p99_ms: during.statusP99Ms,
      requests: during.statusRequests,
      unexpected: during.importStatus === 200 ? 0 : 1,
      unexpected_by: during.importStatus === 200 ? {} : { [`import ${during.importStatus}`]: 1 },
    });
    rows.push(...(await checkInRounds(target, server, token, active, target.emulator ? 1 : 2)));
    return rows;
  } finally {
    await server.stop();
  }
}

const FLOOR = 'floor: node:http + pg';

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
      await fetch(`${base}/employees/${manager.employee_id}/account`, {
        method: 'PUT',
        headers: json(token),
        body: JSON.stringify({ role: 'manager', password: MANAGER_PASSWORD }),
      });
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
          rows.push(
            await drive(server, target.backend, {
              route: 'check-in/out bursts',
              shared: true,
              amount: ids.length,
              connections: 16,
              expected: [200, 201],
              requests: [{ method: 'POST', path, headers: json(token), setupRequest: (req) => ({ ...req, body: JSON.stringify({ employee_id: next() }) }) }],
            }),
          );
        }
      }
      return merge(rows);
    })();

    const nextManager = cycling(
      managers.flatMap((m) => [`/employees?team_id=${m.team}&token=${m.token}`, `/attendance/team/${m.team}?limit=50&token=${m.token}`]),
    );
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
      const csv = [
        'employee_id,attendance_date,check_in_time,check_out_time',
        ...active.slice(0, 500).map((e) => `${e.employee_id},${lastDay},09:00:00,17:30:00`),
      ].join('\n');
      const latencies: number[] = [];
      const failed: string[] = [];
      while (Date.now() < deadline) {
        const began = performance.now();
        const response = await fetch(`${base}/attendance/bulk`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
          body: csv,
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - began);
        if (response.status !== 200) failed.push(String(response.status));
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, 5000 - (performance.now() - began))));
      }
      latencies.sort((a, b) => a - b);
      return {
        backend: target.backend,
        route: 'admin CSV import (500 rows, every 5 s)',
        rps: latencies.length / seconds,
        p50_ms: quantile(latencies, 0.5),
        p99_ms: quantile(latencies, 0.99),
        requests: latencies.length,
        unexpected: failed.length,
        unexpected_by: tally(failed.map((status) => [status, 1] as const)),
      } satisfies Row;
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

async function compareWith(rev: string): Promise<void> {
  const target = await postgresTarget();
  try {
    await target.seed();
    const table = await compare({
      base: rev,
      pairs: Number(flags.pairs),
      seconds: 5,
      connections: CONNECTIONS,
      env: target.env,
      adminPassword: ADMIN_PASSWORD,
      questions: CHAT_QUESTIONS,
      summaryDate: lastGeneratedDay(),
    });
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
      // The last whole month the generator wrote.
      rows.push(...(await exportRows(target, addDays(`${lastGeneratedDay().slice(0, 7)}-01`, -1).slice(0, 7))));
      if (!target.emulator) loadReport = await load(target);
    } finally {
      await target.cleanup();
    }
  }
  mkdirSync(flags.out, { recursive: true });
  writeFileSync(
    join(flags.out, 'latest.json'),
    JSON.stringify({ at: new Date().toISOString(), connections: CONNECTIONS, duration_s: DURATION, rows, load: loadReport }, null, 2),
  );
  const table = markdown(rows, loadReport, data);
  writeFileSync(join(flags.out, 'latest.md'), table);
  process.stdout.write(`\n${table}\nWritten to ${join(flags.out, 'latest.json')} and latest.md\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
