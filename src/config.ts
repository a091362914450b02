import { EnvSchema, type Env } from './config-env';
import { parseWorkWeek, type WorkWeek } from './core/work-calendar/work-week';

export { CONFIG_VARIABLES, type Env } from './config-env';

/** The documented default for local use only; production must set its own. */
export const LOCAL_ADMIN_PASSWORD = 'admin-password';

/** Amazon Cognito settings, present only when AUTH_PROVIDER=cognito. */
export interface CognitoConfig {
  userPoolId: string;
  clientId: string;
  /** Which Cognito tokens are accepted; null accepts both ID and access tokens. */
  tokenUse: 'id' | 'access' | null;
  employeeIdClaim: string;
  /** Where to fetch the pool's signing keys instead of Cognito's own URL (tests, private endpoints). */
  jwksUri?: string;
}

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  database: {
    driver: Env['DB_DRIVER'];
    url?: string;
    pgliteDir: string;
    poolMax: number;
    /** How long a statement may go unanswered before its connection is given up as dead (a 503). */
    queryTimeoutMs: number;
    /** Off behind a pooler that moves sessions between server connections. */
    preparedStatements: boolean;
    dynamoTable: string;
    /** A local DynamoDB endpoint; the table is created there when missing. */
    dynamoEndpoint?: string;
    awsRegion: string;
  };
  seedDemoData: boolean;
  /** Shared counters and cache for every instance; without it each process keeps its own. */
  redisUrl?: string;
  /** Namespaces every key, so deployments (or test runs) can share one Redis. */
  redisKeyPrefix: string;
  summaryCacheTtlSeconds: number;
  /** How long start-up keeps trying a database that is not up yet. */
  dbConnectRetrySeconds: number;
  auth: {
    provider: Env['AUTH_PROVIDER'];
    cognito?: CognitoConfig;
    /** Absent locally: one is generated and kept with the data. */
    jwtSecret?: string;
    jwtExpiresIn: string;
    adminUsername: string;
    adminPassword: string;
    bcryptRounds: number;
    accountCacheTtlMs: number;
    loginLimits: { perUsernameAndClient: number; perClient: number; perUsername: number; windowMs: number; attemptsPerMinute: number };
  };
  http: {
    corsOrigins: string[] | '*';
    trustProxy: boolean | number | string;
    /** Requests per minute per client address, across the whole API. */
    rateLimitPerMinute: number;
    bodyLimit: string;
    importMaxBytes: string;
    importMaxRows: number;
    /** Set by the Lambda handler, never by the environment: each group of routes is registered by its first request (route-groups.ts). */
    routesOnFirstUse: boolean;
    /** People per slice of a payroll export, read and written together. */
    exportPageSize: number;
  };
  orgTimeZone: string;
  attendance: { workdayStart: string; afternoonStart: string; lateGraceMinutes: number; halfDayHours: number };
  calendar: {
    workWeek: WorkWeek;
    /** ATTENDANCE_START_DATE: fixed; otherwise the start is kept in the database. */
    trackingStart: string | null;
  };
  assistant: {
    provider: Env['ASSISTANT_PROVIDER'];
    rateLimitPerMinute: number;
    alertRate: number;
    bedrock: { modelId: string; region: string; endpoint?: string };
    openai: { baseUrl: string; model: string; apiKey?: string } | null;
    timeoutMs: number;
    maxToolRounds: number;
    pricePer1k: { input: number; output: number };
  };
}

export class ConfigError extends Error {}

function parseTrustProxy(value: string): boolean | number | string {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

function parseOrigins(value: string): string[] | '*' {
  if (value.trim() === '*') return '*';
  return value
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** Seconds, or 30s / 15m / 1h / 7d, the forms jsonwebtoken accepts. */
function jwtLifetime(value: string): string {
  return /^\d+$/.test(value) ? `${value}s` : value;
}

export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' and compose files' habits.
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  // Parsed once: zod's compiled fast path for objects (a generated function) would cost more to build than it saves.
  const parsed = EnvSchema.safeParse(present, { jitless: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const env = parsed.data;
  const cognito = env.AUTH_PROVIDER === 'cognito';
  // With Cognito nobody logs in locally, so production needs no admin password;
  // without JWT_SECRET the cursor-signing secret is generated and kept with the data.
  const required = env.NODE_ENV !== 'production' ? [] : cognito ? [] : (['JWT_SECRET', 'ADMIN_PASSWORD'] as const);
  const problems = required.filter((name) => env[name] === undefined).map((name) => `${name}: is required when NODE_ENV=production`);
  if (cognito) {
    const pool = (['COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID'] as const).filter((name) => env[name] === undefined);
    problems.push(...pool.map((name) => `${name}: is required when AUTH_PROVIDER=cognito`));
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  const adminPassword = env.ADMIN_PASSWORD ?? LOCAL_ADMIN_PASSWORD;
  const passwordBytes = Buffer.byteLength(adminPassword);
  if (passwordBytes < 10 || passwordBytes > 72) {
    throw new ConfigError('Invalid configuration:\n  ADMIN_PASSWORD: must be 10 to 72 bytes');
  }
  if (env.ASSISTANT_PROVIDER === 'openai') {
    const unset = (['OPENAI_BASE_URL', 'OPENAI_MODEL'] as const).filter((name) => env[name] === undefined);
    if (unset.length > 0)
      throw new ConfigError(`Invalid configuration:\n  ${unset.map((name) => `${name}: is required when ASSISTANT_PROVIDER=openai`).join('\n  ')}`);
  }
  const embedded = env.DB_DRIVER === 'postgres' && env.DATABASE_URL === undefined;
  return {
    env: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    database: {
      driver: env.DB_DRIVER,
      url: env.DATABASE_URL,
      pgliteDir: env.PGLITE_DIR,
      poolMax: env.PG_POOL_MAX,
      queryTimeoutMs: env.PG_QUERY_TIMEOUT_MS,
      preparedStatements: env.PG_PREPARED_STATEMENTS,
      dynamoTable: env.DYNAMODB_TABLE,
      dynamoEndpoint: env.DYNAMODB_ENDPOINT,
      awsRegion: env.AWS_REGION,
    },
    seedDemoData: env.SEED_DEMO_DATA ?? embedded,
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    summaryCacheTtlSeconds: env.SUMMARY_CACHE_TTL_SECONDS,
    dbConnectRetrySeconds: env.DB_CONNECT_RETRY_SECONDS,
    auth: {
      provider: env.AUTH_PROVIDER,
      ...(cognito && {
        cognito: {
          userPoolId: env.COGNITO_USER_POOL_ID!,
          clientId: env.COGNITO_CLIENT_ID!,
          tokenUse: env.COGNITO_TOKEN_USE === 'any' ? null : env.COGNITO_TOKEN_USE,
          employeeIdClaim: env.COGNITO_EMPLOYEE_ID_CLAIM,
          jwksUri: env.COGNITO_JWKS_URI,
        },
      }),
      jwtSecret: env.JWT_SECRET,
      jwtExpiresIn: jwtLifetime(env.JWT_EXPIRES_IN),
      adminUsername: env.ADMIN_USERNAME,
      adminPassword,
      bcryptRounds: env.BCRYPT_ROUNDS,
      accountCacheTtlMs: env.ACCOUNT_CACHE_TTL_SECONDS * 1000,
      loginLimits: {
        perUsernameAndClient: env.LOGIN_MAX_FAILURES_PER_USERNAME_AND_CLIENT,
        perClient: env.LOGIN_MAX_FAILURES_PER_CLIENT,
        perUsername: env.LOGIN_MAX_FAILURES_PER_USERNAME,
        windowMs: env.LOGIN_FAILURE_WINDOW_MINUTES * 60_000,
        attemptsPerMinute: env.LOGIN_MAX_ATTEMPTS_PER_MINUTE,
      },
    },
    http: {
      corsOrigins: parseOrigins(env.CORS_ALLOW_ORIGINS),
      trustProxy: parseTrustProxy(env.TRUST_PROXY),
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      bodyLimit: env.BODY_LIMIT,
      importMaxBytes: env.IMPORT_MAX_BYTES,
      importMaxRows: env.IMPORT_MAX_ROWS,
      exportPageSize: env.EXPORT_PAGE_SIZE,
      routesOnFirstUse: false,
    },
    orgTimeZone: env.ORG_TIMEZONE,
    attendance: {
      workdayStart: env.WORKDAY_START,
      afternoonStart: env.AFTERNOON_START,
      lateGraceMinutes: env.LATE_GRACE_MINUTES,
      halfDayHours: env.HALF_DAY_HOURS,
    },
    calendar: { workWeek: parseWorkWeek(env.WORK_WEEK)!, trackingStart: env.ATTENDANCE_START_DATE ?? null },
    assistant: {
      provider: env.ASSISTANT_PROVIDER,
      rateLimitPerMinute: env.ASSISTANT_RATE_LIMIT_PER_MINUTE,
      alertRate: env.ATTENDANCE_ALERT_RATE,
      bedrock: { modelId: env.BEDROCK_MODEL_ID, region: env.AWS_REGION, ...(env.BEDROCK_ENDPOINT !== undefined && { endpoint: env.BEDROCK_ENDPOINT }) },
      openai:
        env.OPENAI_BASE_URL !== undefined && env.OPENAI_MODEL !== undefined
          ? { baseUrl: env.OPENAI_BASE_URL, model: env.OPENAI_MODEL, ...(env.OPENAI_API_KEY !== undefined && { apiKey: env.OPENAI_API_KEY }) }
          : null,
      timeoutMs: env.LLM_TIMEOUT_MS,
      maxToolRounds: env.LLM_MAX_TOOL_ROUNDS,
      pricePer1k: { input: env.LLM_PRICE_INPUT_PER_1K, output: env.LLM_PRICE_OUTPUT_PER_1K },
    },
  };
}
