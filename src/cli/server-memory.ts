import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

export interface MemoryReading {
  /** From the spawn to the first 200 from GET /status. */
  readyMs: number;
  /** Resident memory then (VmRSS), in MiB. */
  rssMb: number;
  /** The most the process had held until then (VmHWM), in MiB. */
  peakMb: number;
}

/** The process's resident set and its peak, from Linux's /proc. */
export function residentMemory(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

/** The settings a measurement sets itself, so a developer's own environment does not leak in. */
const OWN = ['DATABASE_URL', 'DB_DRIVER', 'PGLITE_DIR', 'REDIS_URL', 'SEED_DEMO_DATA', 'PORT', 'HOST', 'LOG_LEVEL'];

async function answersStatus(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/status`, { signal: AbortSignal.timeout(2000) })).ok;
  } catch {
    return false;
  }
}

/**
 * Starts `node dist/server.js` as `npm start` does (after its build check),
 * waits for its first answer to GET /status, reads its memory, and stops it.
 * The port is the one the banner prints (PORT=0 lets the system choose).
 */
export async function measureServer(env: Record<string, string>, timeoutMs: number): Promise<MemoryReading> {
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => !OWN.includes(name)));
  const started = Date.now();
  const child = spawn(process.execPath, ['dist/server.js'], {
    env: { ...base, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`the server stopped with exit code ${child.exitCode}:\n${output}`);
      if (Date.now() - started > timeoutMs) throw new Error(`the server did not answer GET /status within ${timeoutMs / 1000} s:\n${output}`);
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url && (await answersStatus(url))) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { readyMs: Date.now() - started, ...residentMemory(child.pid!) };
  } finally {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  }
}
