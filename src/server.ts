import 'dotenv/config';
import type { Server } from 'node:http';
import { banner } from './banner';
import { createHttpServer } from './http/http-server';
import { configOrExit, start, type Started } from './startup';

const SHUTDOWN_GRACE_MS = 10_000;

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
