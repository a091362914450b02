import 'dotenv/config';
import type { Server } from 'node:http';
import { createHttpServer } from './http/http-server';
import { DEMO_PASSWORD } from './services/bootstrap.service';
import { configOrExit, start, type Started } from './startup';

const SHUTDOWN_GRACE_MS = 10_000;

function banner(started: Started, url: string): string {
  const { config, database, bootstrap } = started;
  const lines = [
    '',
    `  workforce-api is listening on ${url}`,
    `  API docs:      ${url}/docs`,
    `  Database:      ${database.description}`,
  ];
  if (config.env !== 'production' && config.auth.provider === 'local') {
    lines.push(`  Admin login:   ${config.auth.adminUsername} / ${config.auth.adminPassword}`);
    if (config.seedDemoData) lines.push(`  Demo logins:   DEV-001 (manager), DEV-003 (employee) / ${DEMO_PASSWORD}`);
    lines.push(`  Try:           curl -s -d 'username=${config.auth.adminUsername}&password=${config.auth.adminPassword}' ${url}/token`);
  }
  if (bootstrap.createdAdmin) lines.push('  (first start: teams and the admin login were created)');
  return `${lines.join('\n')}\n`;
}

/** Stop accepting, let in-flight requests finish, then close the database and Redis. */
function shutdownOnSignals(server: Server, started: Started): void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    started.logger.info('shutting down', { signal });
    const force = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
    force.unref();
    server.close(() => {
      clearTimeout(force);
      started.close().then(
        () => process.exit(0),
        (error: unknown) => {
          started.logger.error('closing the database failed', { error });
          process.exit(1);
        },
      );
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

async function main(): Promise<void> {
  const config = configOrExit();
  const started = await start(config);
  const server = createHttpServer(started.container.app).listen(config.port, config.host);
  server.on('listening', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    process.stdout.write(banner(started, `http://${host}:${port}`));
  });
  server.on('error', (error) => {
    started.logger.error('server failed', { error });
    void started.close().finally(() => process.exit(1));
  });
  shutdownOnSignals(server, started);
}

main().catch((error: unknown) => {
  process.stderr.write(`workforce-api failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
