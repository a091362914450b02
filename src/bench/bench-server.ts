import { start } from '../startup';
import { loadConfig } from '../config';
import type { Clock } from '../core/ports';

const DAY_MS = 86_400_000;

/**
 * The real server for benchmarks only, with one difference: SIGUSR2 moves its
 * clock a day on. Each employee checks in once a day, so every check-in round
 * needs a fresh day; server.ts never honours this.
 */
class ShiftableClock implements Clock {
  private offsetMs = 0;

  constructor(startsAt: Date) {
    this.offsetMs = startsAt.getTime() - Date.now();
  }

  nextDay(): void {
    this.offsetMs += DAY_MS;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  // Far enough ahead that no generated day is met again: 08:55 in the organisation's zone, on time.
  const clock = new ShiftableClock(new Date(process.env.BENCH_CLOCK_START ?? '2030-01-07T08:55:00Z'));
  process.on('SIGUSR2', () => clock.nextDay());
  const started = await start(config, clock);
  const server = started.container.app.listen(config.port, config.host, () => {
    const address = server.address();
    process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : config.port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => void started.close().finally(() => process.exit(0))));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
