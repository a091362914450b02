/** The payroll export of a month for everyone: how long it takes, and how much memory the server takes for it above idle. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN_PASSWORD, DIST, EXPORT_MEMORY, EXPORT_ROUTE } from './bench-options';
import { login } from './bench-http';
import { quantile, tally, timedRun } from './bench-measure';
import type { Row } from './bench-report';
import type { Target } from './bench-targets';
import { startServer } from './processes';

const EXPORTS = 10;

/** A figure of /proc/<pid>/status in MB (the kernel gives kB). */
const statusField = (pid: number, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/**
 * On a server of its own, after login and a second's rest: idle RSS (VmRSS),
 * then the kernel's peak mark (VmHWM) is reset (clear_refs 5) and the month is
 * exported once unmeasured and EXPORTS times one after another; the peak is
 * the higher of VmHWM afterwards and VmRSS sampled every 10 ms meanwhile.
 */
export async function exportRows(target: Target, month: string): Promise<Row[]> {
  const server = await startServer(join(DIST, 'bench-server.js'), target.env);
  const pid = server.process.pid!;
  try {
    const base = `http://127.0.0.1:${server.port}`;
    const token = await login(base, 'admin', ADMIN_PASSWORD);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const idle = statusField(pid, 'VmRSS');
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    let sampled = idle;
    const sampler = setInterval(() => (sampled = Math.max(sampled, statusField(pid, 'VmRSS'))), 10);
    const request = { method: 'GET' as const, path: `/exports/attendance?month=${month}`, headers: { authorization: `Bearer ${token}` } };
    try {
      await timedRun({ url: base, connections: 1, amount: 1, requests: [request] });
      const cpuBefore = server.cpuMs();
      const { result, seconds, latencies } = await timedRun({ url: base, connections: 1, amount: EXPORTS, requests: [request], timeout: 60 });
      const sorted = [...latencies].sort((a, b) => a - b);
      const failed = result.requests.total - (result['2xx'] ?? 0);
      const peak = Math.max(sampled, statusField(pid, 'VmHWM'));
      const common = { backend: target.backend, requests: result.requests.total, unexpected: failed, unexpected_by: tally([['not 200', failed]]) };
      return [
        {
          ...common,
          route: EXPORT_ROUTE,
          rps: result.requests.total / seconds,
          p50_ms: quantile(sorted, 0.5),
          p99_ms: quantile(sorted, 0.99),
          server_cpu_us: ((server.cpuMs() - cpuBefore) * 1000) / result.requests.total,
        },
        { ...common, route: EXPORT_MEMORY, rps: 0, p50_ms: 0, p99_ms: 0, rss_above_idle_mb: peak - idle, rss_idle_mb: idle },
      ];
    } finally {
      clearInterval(sampler);
    }
  } finally {
    await server.stop();
  }
}
