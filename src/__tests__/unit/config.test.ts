import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, ConfigError, LOCAL_ADMIN_PASSWORD, loadConfig } from '../../config';

describe('configuration', () => {
  it('runs with no configuration at all: embedded database, demo data, local admin', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      env: 'development',
      host: '127.0.0.1',
      port: 3000,
      database: { driver: 'postgres', pgliteDir: './.data/pglite', preparedStatements: true },
      seedDemoData: true,
      orgTimeZone: 'UTC',
      auth: { adminUsername: 'admin', adminPassword: LOCAL_ADMIN_PASSWORD, jwtExpiresIn: '1h', accountCacheTtlMs: 30_000 },
      http: { corsOrigins: [], trustProxy: false, bodyLimit: '100kb' },
    });
    expect(config.auth.jwtSecret).toBeUndefined();
  });

  it('does not seed demo data into a database server unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/hr' }).seedDemoData).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db/hr', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('refuses to start in production without JWT_SECRET and ADMIN_PASSWORD, naming both', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET[\s\S]*ADMIN_PASSWORD/);
    expect(() => loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32), ADMIN_PASSWORD: 'a-strong-password' })).not.toThrow();
  });

  describe('with AUTH_PROVIDER=cognito', () => {
    const pool = { AUTH_PROVIDER: 'cognito', COGNITO_USER_POOL_ID: 'eu-west-1_AbC123', COGNITO_CLIENT_ID: 'client-1' };

    it('refuses to start without the user pool and app client, naming both', () => {
      expect(() => loadConfig({ AUTH_PROVIDER: 'cognito' })).toThrow(ConfigError);
      expect(() => loadConfig({ AUTH_PROVIDER: 'cognito' })).toThrow(/COGNITO_USER_POOL_ID[\s\S]*COGNITO_CLIENT_ID/);
      expect(() => loadConfig({ AUTH_PROVIDER: 'cognito', COGNITO_USER_POOL_ID: 'eu-west-1_AbC123' })).toThrow(/COGNITO_CLIENT_ID: is required/);
    });

    it('needs neither JWT_SECRET nor ADMIN_PASSWORD in production, since nobody logs in locally', () => {
      expect(loadConfig({ ...pool, NODE_ENV: 'production' }).auth.provider).toBe('cognito');
    });

    it('accepts ID and access tokens and reads custom:employee_id unless told otherwise', () => {
      expect(loadConfig(pool).auth.cognito).toEqual({
        userPoolId: 'eu-west-1_AbC123',
        clientId: 'client-1',
        tokenUse: null,
        employeeIdClaim: 'custom:employee_id',
        jwksUri: undefined,
      });
      const narrowed = loadConfig({
        ...pool,
        COGNITO_TOKEN_USE: 'id',
        COGNITO_EMPLOYEE_ID_CLAIM: 'custom:staff_no',
        COGNITO_JWKS_URI: 'http://127.0.0.1:9/jwks.json',
      });
      expect(narrowed.auth.cognito).toMatchObject({ tokenUse: 'id', employeeIdClaim: 'custom:staff_no', jwksUri: 'http://127.0.0.1:9/jwks.json' });
    });

    it('is absent with local logins', () => {
      expect(loadConfig({ COGNITO_USER_POOL_ID: 'eu-west-1_AbC123' }).auth.cognito).toBeUndefined();
    });
  });

  it.each([
    ['AUTH_PROVIDER', 'ldap'],
    ['COGNITO_USER_POOL_ID', 'not-a-pool'],
    ['COGNITO_TOKEN_USE', 'refresh'],
    ['COGNITO_JWKS_URI', 'not a url'],
    ['PORT', 'http'],
    ['DB_DRIVER', 'mysql'],
    ['ORG_TIMEZONE', 'Mars/Olympus'],
    ['DATABASE_URL', 'mysql://x'],
    ['JWT_SECRET', 'short'],
    ['LOG_LEVEL', 'loud'],
    ['ACCOUNT_CACHE_TTL_SECONDS', '300'],
    ['BODY_LIMIT', 'huge'],
    ['SEED_DEMO_DATA', 'maybe'],
  ])('names %s when its value %p is bad', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('checks the admin password length in bytes', () => {
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it('prepares PostgreSQL statements unless PG_PREPARED_STATEMENTS says not to', () => {
    expect(loadConfig({ PG_PREPARED_STATEMENTS: 'false' }).database.preparedStatements).toBe(false);
    expect(loadConfig({ PG_PREPARED_STATEMENTS: 'yes' }).database.preparedStatements).toBe(true);
    expect(() => loadConfig({ PG_PREPARED_STATEMENTS: 'sometimes' })).toThrow(/PG_PREPARED_STATEMENTS/);
  });

  it('reads CORS origins, trust proxy and token lifetime', () => {
    const config = loadConfig({ CORS_ALLOW_ORIGINS: 'https://a.example, https://b.example', TRUST_PROXY: '1', JWT_EXPIRES_IN: '900' });
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.http.trustProxy).toBe(1);
    expect(config.auth.jwtExpiresIn).toBe('900s');
    expect(loadConfig({ CORS_ALLOW_ORIGINS: '*' }).http.corsOrigins).toBe('*');
  });
});

describe('the README', () => {
  it('documents every configuration variable the service reads', () => {
    const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf8');
    const undocumented = CONFIG_VARIABLES.filter((name) => !readme.includes(`| \`${name}\``));
    expect(undocumented).toEqual([]);
  });
});
