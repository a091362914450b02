import autocannon from 'autocannon';

/** The figures of one run: /status latencies while the import ran, and the import itself. */
export interface StatusDuringImport {
  rows: number;
  importStatus: number;
  importMs: number;
  statusRequests: number;
  statusP50Ms: number;
  statusP99Ms: number;
  /** The longest wait: a few stalls hide under the p99 when they hold up only the requests then in flight. */
  statusMaxMs: number;
}

/** Working days (Monday to Friday) before `last`, newest first, `last` included. */
function workingDays(last: string, count: number): string[] {
  const days: string[] = [];
  for (const day = new Date(`${last}T00:00:00Z`); days.length < count; day.setUTCDate(day.getUTCDate() - 1)) {
    if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) days.push(day.toISOString().slice(0, 10));
  }
  return days;
}

const quantile = (sorted: number[], q: number) => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);

/**
 * One attendance import of `rows` rows (each active employee on the latest
 * generated working days, as check-in and check-out times) while a few
 * connections ask GET /status back to back: what the import costs every other
 * request. Only the responses that came back while the import was in flight
 * are counted.
 */
export async function statusDuringImport(base: string, token: string, employees: string[], lastDay: string, rows: number): Promise<StatusDuringImport> {
  const days = workingDays(lastDay, Math.ceil(rows / employees.length));
  const lines = days.flatMap((day) => employees.map((id) => `${id},${day},09:00:00,17:30:00`)).slice(0, rows);
  const csv = `employee_id,attendance_date,check_in_time,check_out_time\n${lines.join('\n')}\n`;
  const latencies: number[] = [];
  let importing = false;
  const load = autocannon({ url: `${base}/status`, connections: 4, duration: 600 }, () => undefined);
  load.on('response', (_client: unknown, _status: number, _bytes: number, latencyMs: number) => {
    if (importing) latencies.push(latencyMs);
  });
  // The load runs a moment first, so its connections are open before the import starts.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  importing = true;
  const began = performance.now();
  const response = await fetch(`${base}/attendance/bulk`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' },
    body: csv,
  });
  await response.arrayBuffer();
  const importMs = performance.now() - began;
  importing = false;
  load.stop();
  latencies.sort((a, b) => a - b);
  return {
    rows: lines.length,
    importStatus: response.status,
    importMs,
    statusRequests: latencies.length,
    statusP50Ms: quantile(latencies, 0.5),
    statusP99Ms: quantile(latencies, 0.99),
    statusMaxMs: latencies.at(-1) ?? 0,
  };
}
