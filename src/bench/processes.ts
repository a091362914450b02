import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Running {
  port: number;
  process: ChildProcess;
  /** Resident memory now, from /proc (Linux). */
  rssMb(): number;
  /** CPU time used so far, user and system, every thread, from /proc (Linux). */
  cpuMs(): number;
  /** Sends a signal and resolves once the server prints a line matching `ack`: its answer that the signal was handled. */
  signal(name: NodeJS.Signals, ack: RegExp): Promise<void>;
  stop(): Promise<void>;
}

/** Linux reports a process's times in USER_HZ, 100 a second on every architecture it runs on. */
const MS_PER_TICK = 10;

/** utime + stime: the 14th and 15th fields, counted after the command name (which may hold spaces). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
}

/** Starts a server script that prints `ready <port>` once it listens. */
export async function startServer(script: string, env: NodeJS.ProcessEnv): Promise<Running> {
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code} before it was ready`)));
    lines.on('line', (line) => {
      const match = /^ready (\d+)$/.exec(line);
      if (match) resolve(Number(match[1]));
    });
  });
  child.removeAllListeners('exit');
  lines.removeAllListeners('line');
  return {
    port,
    process: child,
    rssMb: () => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
    cpuMs: () => cpuMsOf(child.pid!),
    signal: (name, ack) =>
      new Promise((resolve, reject) => {
        const onExit = (code: number | null) => reject(new Error(`${script} exited with ${code} before it answered ${name}`));
        const onLine = (line: string) => {
          if (!ack.test(line)) return;
          lines.off('line', onLine);
          child.off('exit', onExit);
          resolve();
        };
        lines.on('line', onLine);
        child.once('exit', onExit);
        child.kill(name);
      }),
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Runs a command to completion, its output shown, failing on a non-zero exit. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: 'inherit' });
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}
