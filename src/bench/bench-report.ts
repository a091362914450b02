/** The bench's table: rows, targets met or missed, and the mixed load. */
import { CHAT_EVALUATION } from './chat-questions';
import { cpus, totalmem } from 'node:os';
import { CONNECTIONS, DURATION, EXPORT_MEMORY, EXPORT_ROUTE, FLOOR_PAIRS, PAIR_DURATION, STATUS_DURING_IMPORT, WARM_UP_ROUNDS } from './bench-options';

export interface Row {
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
  /** A memory row: the server's peak resident memory while the route ran, less its resident memory idle just before (MB); its latency cells are left empty. */
  rss_above_idle_mb?: number;
  rss_idle_mb?: number;
}

export interface LoadReport {
  seconds: number;
  streams: Row[];
  total_rps: number;
  unexpected: number;
  rss_mb_start: number;
  rss_mb_end: number;
}

/** A read tool call over MCP: a server and transport made for the request, the caller's tools registered, one service call. */
export const MCP_READ = 'MCP tools/call read';

export const TARGETS = [
  { route: 'GET /employees/{id}', what: '≥ 75 % of the floor', met: (r: Row) => (r.vs_floor ?? 0) >= 0.75 },
  { route: 'POST /attendance/check-in', what: 'p99 < 20 ms', met: (r: Row) => r.p99_ms < 20 },
  { route: 'GET /attendance/summary', exact: true, what: 'p50 < 30 ms', met: (r: Row) => r.p50_ms < 30 },
  { route: 'GET /attendance/summary (a month) (cache off, 1 connection)', exact: true, what: 'p50 < 150 ms', met: (r: Row) => r.p50_ms < 150 },
  { route: 'POST /chat (builtin)', what: 'p50 < 15 ms', met: (r: Row) => r.p50_ms < 15 },
  { route: CHAT_EVALUATION, exact: true, what: 'p50 < 15 ms, p99 < 50 ms', met: (r: Row) => r.p50_ms < 15 && r.p99_ms < 50 },
  { route: STATUS_DURING_IMPORT, what: 'p99 < 100 ms', met: (r: Row) => r.p99_ms < 100 },
  { route: 'POST /leave-requests', what: 'p99 < 20 ms', met: (r: Row) => r.p99_ms < 20 },
  { route: 'GET /leave-requests?status=pending', what: 'p50 < 10 ms', met: (r: Row) => r.p50_ms < 10 },
  { route: MCP_READ, what: 'p50 < 10 ms', met: (r: Row) => r.p50_ms < 10 },
  { route: EXPORT_ROUTE, exact: true, what: 'p50 < 1.5 s', met: (r: Row) => r.p50_ms < 1500 },
  { route: EXPORT_MEMORY, exact: true, what: '≤ 50 MB', met: (r: Row) => (r.rss_above_idle_mb ?? Infinity) <= 50 },
];

/** "5 (503: 5)": how many, and what they were. */
export function unexpectedCell(row: Row): string {
  const kinds = Object.entries(row.unexpected_by);
  return kinds.length === 0 ? String(row.unexpected) : `${row.unexpected} (${kinds.map(([kind, n]) => `${kind}: ${n}`).join(', ')})`;
}

export function markdown(rows: Row[], loadReport: LoadReport | undefined, data: string[]): string {
  const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  const lines = [
    `Machine: ${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${fmt(totalmem() / 2 ** 30)} GiB, Node ${process.version}. ${CONNECTIONS} connections, ${DURATION} s per route; routes are measured after a 2 s warm-up; GET /employees/{id} and the floor take ${FLOOR_PAIRS} turns of ${PAIR_DURATION} s each, each row shows its run of median req/s, and "vs floor" is the median of the turns' ratios, each to the floor's turn just before it; server CPU is the server process's, all threads, per request (PGlite runs inside it); check-in/out rounds send each active employee once per simulated day, after ${WARM_UP_ROUNDS} unmeasured rounds, and their percentiles are over every measured round's responses together.`,
    '',
    ...data.map((line) => `- ${line}`),
    '',
    '| Backend | Route | req/s | p50 ms | p99 ms | server CPU µs/req | vs floor | server RSS MB above idle | unexpected | target |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---|',
    ...rows.map((r) => {
      const target = r.backend.startsWith('PostgreSQL')
        ? TARGETS.find((t) => r.route === t.route || (!('exact' in t) && r.route.startsWith(`${t.route} (`)))
        : undefined;
      const vsFloor =
        r.vs_floor === undefined
          ? ''
          : `${fmt(r.vs_floor * 100)} %${r.pair_ratios ? ` (${fmt(Math.min(...r.pair_ratios) * 100)}–${fmt(Math.max(...r.pair_ratios) * 100)} %)` : ''}`;
      const memory = r.rss_above_idle_mb === undefined ? '' : `${fmt(r.rss_above_idle_mb, 1)} (idle ${fmt(r.rss_idle_mb ?? 0)})`;
      const latency = r.rss_above_idle_mb === undefined ? `${fmt(r.rps)} | ${fmt(r.p50_ms, 1)} | ${fmt(r.p99_ms, 1)}` : ' | | ';
      return `| ${r.backend} | ${r.route} | ${latency} | ${r.server_cpu_us === undefined ? '' : fmt(r.server_cpu_us)} | ${vsFloor} | ${memory} | ${unexpectedCell(r)} | ${target ? `${target.what}: ${target.met(r) ? 'met' : '**missed**'}` : ''} |`;
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
