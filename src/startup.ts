import { ConfigError, loadConfig, type Config } from './config';
import { buildContainer, type Container } from './container';
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

/** Opens and migrates the database, wires the services and fills a new database. */
export async function start(config: Config): Promise<Started> {
  const logger = createLogger(config.logLevel);
  const { database, embedded, migrated } = await openDatabase(config.database);
  if (migrated.length > 0) logger.info('migrations applied', { migrations: migrated });
  try {
    const container = await buildContainer(config, database, logger);
    const bootstrap = await container.services.bootstrap.run({
      adminUsername: config.auth.adminUsername,
      adminPassword: config.auth.provider === 'local' ? config.auth.adminPassword : null,
      demoData: config.seedDemoData,
    });
    return { config, logger, database, embedded, container, bootstrap };
  } catch (error) {
    await database.close();
    throw error;
  }
}
