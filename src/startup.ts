import { ConfigError, loadConfig, type Config } from './config';
import { buildContainer, type Container } from './container';
import { DatabaseUnavailableError } from './core/errors';
import type { Clock } from './core/ports';
import { keepShortLivedObjectsYoung } from './heap-tuning';
import type { RedisConnection } from './infrastructure/cache/redis-connection';
import type { Database } from './infrastructure/database';
import { openDatabase } from './infrastructure/database.factory';
import { createLogger, type Logger } from './logger';
import type { BootstrapReport } from './services/bootstrap.service';

export interface Started {
  config: Config;
  logger: Logger;
  database: Database;
  embedded: boolean;
  container: Container;
  bootstrap: BootstrapReport;
  /** Closes the database and Redis. */
  close: () => Promise<void>;
}

/** Reads the configuration or exits naming what is wrong: bad settings never half-start a server. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/**
 * Opens and migrates the database, wires the services and fills a new
 * database. A database that is not up yet (a container starting beside it)
 * is retried with backoff for DB_CONNECT_RETRY_SECONDS; any other failure
 * stops at once, since waiting would not fix it.
 */
export async function start(config: Config, clock?: Clock): Promise<Started> {
  keepShortLivedObjectsYoung();
  const logger = createLogger(config.logLevel);
  const redis = config.redisUrl ? await openRedis(config.redisUrl, logger) : undefined;
  const deadline = Date.now() + config.dbConnectRetrySeconds * 1000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(config, logger, redis, clock);
    } catch (error) {
      const delayMs = Math.min(250 * 2 ** (attempt - 1), 5000);
      if (!(error instanceof DatabaseUnavailableError) || Date.now() + delayMs > deadline) {
        await redis?.close();
        throw error;
      }
      logger.warn('the database is not reachable yet; retrying', { attempt, retry_in_ms: delayMs, error: describe(error.cause) });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

/** The Redis client is loaded only when used: its ~480 modules held 20 MB in every server without Redis. */
async function openRedis(url: string, logger: Logger): Promise<RedisConnection> {
  const { RedisConnection } = await import('./infrastructure/cache/redis-connection');
  return RedisConnection.open(url, logger);
}

async function startOnce(config: Config, logger: Logger, redis: RedisConnection | undefined, clock: Clock | undefined): Promise<Started> {
  const { database, embedded, migrated } = await openDatabase(config.database, clock);
  if (migrated.length > 0) logger.info('migrations applied', { migrations: migrated });
  try {
    const container = await buildContainer(config, database, logger, clock, redis);
    const bootstrap = await container.services.bootstrap.run({
      adminUsername: config.auth.adminUsername,
      adminPassword: config.auth.provider === 'local' ? config.auth.adminPassword : null,
      demoData: config.seedDemoData,
    });
    if (bootstrap.demoEmployees > 0) await database.refreshStatistics();
    const close = async () => {
      await Promise.all([database.close(), redis?.close()]);
    };
    return { config, logger, database, embedded, container, bootstrap, close };
  } catch (error) {
    await database.close();
    throw error;
  }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
