import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const SERVERLESS_YML = resolve(__dirname, '..', '..', 'serverless', 'serverless.yml');

/** What the deploying shell must supply (serverless.yml defaults them to empty, and a production start refuses empty). */
const SUPPLIED_AT_DEPLOY: Record<string, string> = {
  JWT_SECRET: 'measure-secret-measure-secret-measure-secret',
  ADMIN_PASSWORD: 'measure-admin-password',
};

/** The `key: value` lines of a block of serverless.yml, by its name and indentation. */
function block(config: string, name: string, indent: string): Map<string, string> {
  const start = config.indexOf(`\n${indent}${name}:\n`);
  if (start < 0) throw new Error(`serverless.yml has no ${name} block`);
  const entries = new Map<string, string>();
  for (const line of config.slice(start + name.length + indent.length + 3).split('\n')) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const entry = new RegExp(`^${indent}  (\\w+):\\s*(.*)$`).exec(line);
    if (!entry) break;
    entries.set(entry[1]!, entry[2]!);
  }
  return entries;
}

const unquoted = (value: string) => value.replace(/^'(.*)'$/, '$1');

/**
 * The function's environment as serverless.yml deploys it with its default
 * parameters, for running the bundle as deployed (`npm run measure:lambda`):
 * `${env:NAME, 'default'}` takes the default, `${param:name}` the params'
 * default, and the table is the caller's. The secrets the deploying shell
 * supplies get stand-ins, so the function starts as in production.
 */
export function deployedEnvironment(table: string): Record<string, string> {
  const config = readFileSync(SERVERLESS_YML, 'utf8');
  const params = block(config, 'default', '  ');
  const environment: Record<string, string> = {};
  for (const [key, raw] of block(config, 'environment', '  ')) {
    const fromEnv = /^\$\{env:\w+, '([^']*)'\}$/.exec(raw);
    const fromParam = /^\$\{param:(\w+)\}$/.exec(raw);
    let value = fromEnv ? fromEnv[1]! : fromParam ? unquoted(params.get(fromParam[1]!) ?? '') : unquoted(raw);
    if (key === 'DYNAMODB_TABLE') value = table;
    else if (value.includes('${')) throw new Error(`serverless.yml's ${key} (${raw}) is not read here`);
    if (value === '' && key in SUPPLIED_AT_DEPLOY) value = SUPPLIED_AT_DEPLOY[key]!;
    environment[key] = value;
  }
  return environment;
}
