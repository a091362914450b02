/** Driving one route with autocannon and reading what came back: percentiles, unexpected answers, server CPU. */
import autocannon from 'autocannon';
import { type Running } from './processes';
import { CONNECTIONS, DURATION, WARM_UP_ROUNDS } from './bench-options';
import type { Row } from './bench-report';
import type { Target } from './bench-targets';

export type Request = autocannon.Request;

export interface Drive {
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
export async function warmUp(base: string, spec: Drive): Promise<void> {
  await autocannon({ url: base, connections: spec.connections ?? CONNECTIONS, duration: 2, requests: spec.requests });
}

/** Counts by kind, leaving out kinds that never happened. */
export function tally(counts: readonly (readonly [string, number])[]): Record<string, number> {
  const by: Record<string, number> = {};
  for (const [kind, n] of counts) if (n > 0) by[kind] = (by[kind] ?? 0) + n;
  return by;
}

/** The latency at quantile q of sorted samples (nearest rank), 0 for none. */
export function quantile(sorted: readonly number[], q: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export interface TimedRun {
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
export function timedRun(options: autocannon.Options): Promise<TimedRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let last = started;
    const latencies: number[] = [];
    const instance = autocannon(options, (error, result) =>
      error ? reject(error as Error) : resolve({ result, seconds: (last - started) / 1000, latencies }),
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, latencyMs: number) => {
      last = performance.now();
      latencies.push(latencyMs);
    });
  });
}

/** A fixed-amount run's row keeps its latencies, so that rounds of one route can be pooled (`merge`). */
export interface Measured extends Row {
  latencies?: number[];
}

export async function drive(server: Running, backend: string, spec: Drive): Promise<Measured> {
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
  return {
    backend,
    route: spec.route,
    rps: requests / seconds,
    p50_ms: result.latency.p50,
    p99_ms: result.latency.p99,
    requests,
    unexpected,
    unexpected_by: unexpectedBy,
    ...(cpuUs !== undefined && { server_cpu_us: cpuUs }),
    ...(spec.amount !== undefined && { latencies }),
  };
}

export const json = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });

/** Cycles through values, one per request, across every connection. */
export function cycling<T>(values: T[]): () => T {
  let i = 0;
  return () => values[i++ % values.length]!;
}

/** Each active employee once: the server's clock moves a day on between rounds. */
export async function checkInRounds(target: Target, server: Running, token: string, active: string[], rounds: number): Promise<Row[]> {
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
export function merge(rows: Measured[]): Row[] {
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
      ...(group.every((r) => r.server_cpu_us !== undefined) && {
        server_cpu_us: group.reduce((sum, r) => sum + r.server_cpu_us! * r.requests, 0) / group.reduce((sum, r) => sum + r.requests, 0),
      }),
      unexpected: group.reduce((sum, r) => sum + r.unexpected, 0),
      unexpected_by: tally(group.flatMap((r) => Object.entries(r.unexpected_by))),
    };
  });
}

/** The default IMPORT_MAX_ROWS: the largest import a client may send. */
