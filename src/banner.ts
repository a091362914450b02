import { LOCAL_ADMIN_PASSWORD, type Config } from './config';
import type { Database } from './infrastructure/database';
import { DEMO_PASSWORD, type BootstrapReport } from './services/bootstrap.service';

export interface BannerFacts {
  config: Config;
  database: Pick<Database, 'description'>;
  bootstrap: Pick<BootstrapReport, 'createdAdmin'>;
}

/**
 * What the server prints once it listens. Outside production it shows how to
 * log in; the admin's password only when it is the documented default, since
 * a password someone chose would otherwise end up in terminal scrollback and
 * captured logs.
 */
export function banner({ config, database, bootstrap }: BannerFacts, url: string): string {
  const lines = ['', `  workforce-api is listening on ${url}`, `  API docs:      ${url}/docs`, `  Database:      ${database.description}`];
  if (config.env !== 'production' && config.auth.provider === 'local') {
    const isDefault = config.auth.adminPassword === LOCAL_ADMIN_PASSWORD;
    const password = isDefault ? LOCAL_ADMIN_PASSWORD : '(the ADMIN_PASSWORD you set)';
    lines.push(`  Admin login:   ${config.auth.adminUsername} / ${password}`);
    if (config.seedDemoData) lines.push(`  Demo logins:   DEV-001 (manager), DEV-003 (employee) / ${DEMO_PASSWORD}`);
    const curlPassword = isDefault ? LOCAL_ADMIN_PASSWORD : '$ADMIN_PASSWORD';
    lines.push(`  Try:           curl -s -d "username=${config.auth.adminUsername}&password=${curlPassword}" ${url}/token`);
  }
  if (bootstrap.createdAdmin) lines.push('  (first start: teams and the admin login were created)');
  return `${lines.join('\n')}\n`;
}
