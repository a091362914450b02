import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import { measureServer, type MemoryReading } from './server-memory';

/** A first start on a loaded machine (initdb, migrations, demo data) has taken 70 s. */
const START_TIMEOUT_MS = 300_000;

const mb = (value: number) => `${value.toFixed(0)} MB`.padStart(7);

/** A new database on the server at `url`, dropped when `use` is done. */
async function withFreshDatabase<T>(url: string, use: (url: string) => Promise<T>): Promise<T> {
  const name = `workforce_memory_${process.pid}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
    try {
      const fresh = new URL(url);
      fresh.pathname = `/${name}`;
      return await use(fresh.toString());
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    }
  } finally {
    await admin.end();
  }
}

/** What a bare `node` holds, the floor under every figure. */
function nodeItself(): number {
  const status = execFileSync(process.execPath, ['-e', "process.stdout.write(require('fs').readFileSync('/proc/self/status', 'utf8'))"], { encoding: 'utf8' });
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1]) / 1024;
}

function line(label: string, reading: MemoryReading): string {
  return `${label.padEnd(44)}${mb(reading.rssMb)}  ${mb(reading.peakMb)}  ${(reading.readyMs / 1000).toFixed(1).padStart(6)} s`;
}

/**
 * `npm run measure:memory`: the server's resident memory just after it first
 * answers GET /status, as `npm start` runs it: on the embedded database's
 * first start (a new data folder: initdb, migrations, demo data), on a
 * later start of the same folder, and on a PostgreSQL server (a database
 * made for the run and dropped after it; pass --database-url or set
 * DATABASE_URL, else that row is left out). Linux only (/proc).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'database-url': { type: 'string' } } });
  const serverUrl = values['database-url'] ?? process.env.DATABASE_URL;
  const load = loadavg()
    .map((value) => value.toFixed(1))
    .join(', ');
  const dir = mkdtempSync(join(tmpdir(), 'workforce-memory-'));
  try {
    const floor = nodeItself();
    const first = await measureServer({ PGLITE_DIR: join(dir, 'pglite') }, START_TIMEOUT_MS);
    const later = await measureServer({ PGLITE_DIR: join(dir, 'pglite') }, START_TIMEOUT_MS);
    const server = serverUrl ? await withFreshDatabase(serverUrl, (url) => measureServer({ DATABASE_URL: url }, START_TIMEOUT_MS)) : null;
    console.log(`load average ${load}; resident memory (VmRSS) at the first answer to GET /status, its peak (VmHWM) until then`);
    console.log(`${''.padEnd(44)}    RSS     peak   ready in`);
    console.log(line('PGlite, first start (with demo data)', first));
    console.log(line('PGlite, later start', later));
    if (server) console.log(line('PostgreSQL server (a new database)', server));
    console.log(`\nnode itself: ${mb(floor).trim()}`);
    if (server) {
      console.log(`our code and its packages (PostgreSQL server - node): ${mb(server.rssMb - floor).trim()}`);
      console.log(`PGlite (later start - PostgreSQL server): ${mb(later.rssMb - server.rssMb).trim()}`);
    }
    console.log(`the first start's extra (demo data, a fuller WASM heap): ${mb(first.rssMb - later.rssMb).trim()}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
