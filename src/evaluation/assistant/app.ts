import type { Express } from 'express';
import { ManualClock } from '../../__tests__/support/manual-clock';
import { loadConfig } from '../../config';
import { buildContainer } from '../../container';
import { openDatabase } from '../../infrastructure/database.factory';
import { createLogger } from '../../logger';
import { NOW } from './dataset/calendar';
import { dataset } from './dataset/dataset';
import { EVALUATION_ENV, loadDataset, tokenOf } from './load';

export interface EvaluationApp {
  app: Express;
  token(username: string): Promise<string>;
  close(): Promise<void>;
}

const ADMIN_PASSWORD = 'evaluation-admin-password';

/** A fresh app in this process, on an in-memory PGlite, its clock stopped at the evaluation's "now", holding the data set. */
export async function startEvaluationApp(): Promise<EvaluationApp> {
  const config = loadConfig({
    ...EVALUATION_ENV,
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PGLITE_DIR: 'memory://',
    BCRYPT_ROUNDS: '4',
    JWT_SECRET: 'evaluation-secret-that-is-long-enough-for-hs256',
    ADMIN_USERNAME: 'admin',
    ADMIN_PASSWORD,
  });
  const clock = new ManualClock();
  clock.set(NOW);
  const { database } = await openDatabase(config.database);
  try {
    const container = await buildContainer(config, database, createLogger('silent'), clock);
    await container.services.bootstrap.run({ adminUsername: 'admin', adminPassword: ADMIN_PASSWORD, demoData: false });
    const app = container.app;
    await loadDataset(app, await tokenOf(app, 'admin', ADMIN_PASSWORD), dataset());
    const tokens = new Map<string, string>();
    return {
      app,
      async token(username) {
        if (!tokens.has(username)) tokens.set(username, username === 'admin' ? await tokenOf(app, 'admin', ADMIN_PASSWORD) : await tokenOf(app, username));
        return tokens.get(username)!;
      },
      close: () => database.close(),
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}
