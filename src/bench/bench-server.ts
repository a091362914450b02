import { loadConfig } from '../config';
import type { Clock } from '../core/ports';
import { createHttpServer } from '../http/http-server';
import { start } from '../startup';

const DAY_MS = 86_400_000;

/**
 * The real server for benchmarks only, with one difference: SIGUSR2 moves its
 * clock a day on, and it prints `day <date>` once it has. Each employee checks
 * in once a day, so every check-in round needs a fresh day; server.ts never
 * honours this.
 */
class ShiftableClock implements Clock {
  private offsetMs = 0;

  moveTo(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }

  nextDay(): void {
    this.offsetMs += DAY_MS;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
}

/** 08:55 (UTC, on time) on the Monday after the newest attendance day: no day a check-in round meets has records yet. */
function firstFreshMorning(newestDay: string | undefined): Date {
  const day = new Date(`${newestDay ?? '2030-01-01'}T08:55:00Z`);
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() !== 1);
  return day;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const clock = new ShiftableClock();
  // The answer lets the bench wait for it: a round sent at once raced the signal, and its first check-in could land on yesterday (a 409).
  process.on('SIGUSR2', () => {
    clock.nextDay();
    process.stdout.write(`day ${clock.now().toISOString().slice(0, 10)}\n`);
  });
  const started = await start(config, clock);
  const newest = await started.database.repositories.attendance.list({}, { limit: 1 });
  clock.moveTo(firstFreshMorning(newest.items[0]?.attendance_date));
  const server = createHttpServer(started.container.app).listen(config.port, config.host, () => {
    const address = server.address();
    process.stdout.write(`ready ${typeof address === 'object' && address ? address.port : config.port}\n`);
  });
  process.on('SIGTERM', () => server.close(() => void started.close().finally(() => process.exit(0))));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench server failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
