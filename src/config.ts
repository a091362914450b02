import { z } from 'zod';
import { isCalendarDate, isTimeZone } from './core/calendar';
import { parseWorkWeek, type WorkWeek } from './core/work-calendar/work-week';

/**
 * Every setting the service reads, validated once at start-up: a bad value
 * stops the process with a message naming the variable.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(3000),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug', 'silent']).default('info'),
  DB_DRIVER: z.enum(['postgres', 'dynamodb']).default('postgres'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL').optional(),
  PGLITE_DIR: z.string().min(1).default('./.data/pglite'),
  PG_POOL_MAX: int(1, 200).default(10),
  PG_QUERY_TIMEOUT_MS: int(100, 600_000).default(30_000),
  PG_PREPARED_STATEMENTS: booleanFlag.default(true),
  DYNAMODB_TABLE: z.string().regex(/^[\w.-]{3,255}$/, 'must be 3–255 letters, digits, _ . or -').default('workforce'),
  DYNAMODB_ENDPOINT: z.url('must be a URL such as http://127.0.0.1:8000').optional(),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  SEED_DEMO_DATA: booleanFlag.optional(),
  AUTH_PROVIDER: z.enum(['local', 'cognito']).default('local'),
  COGNITO_USER_POOL_ID: z.string().regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'must be a user pool id such as eu-west-1_AbC123xyz').optional(),
  COGNITO_CLIENT_ID: z.string().min(1).optional(),
  COGNITO_TOKEN_USE: z.enum(['id', 'access', 'any']).default('any'),
  COGNITO_EMPLOYEE_ID_CLAIM: z.string().min(1).default('custom:employee_id'),
  COGNITO_JWKS_URI: z.url('must be a URL such as https://keys.example.com/jwks.json').optional(),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  JWT_EXPIRES_IN: z
    .string()
    .regex(/^\d+(s|m|h|d)?$/, 'must be seconds, or a number with s, m, h or d (e.g. 3600, 1h)')
    .default('1h'),
  ADMIN_USERNAME: z.string().min(3).default('admin'),
  ADMIN_PASSWORD: z.string().optional(),
  BCRYPT_ROUNDS: int(4, 15).default(10),
  ACCOUNT_CACHE_TTL_SECONDS: int(0, 30).default(30),
  LOGIN_MAX_FAILURES_PER_USERNAME_AND_CLIENT: int(1, 100_000).default(10),
  LOGIN_MAX_FAILURES_PER_USERNAME: int(1, 1_000_000).default(200),
  LOGIN_MAX_FAILURES_PER_CLIENT: int(1, 100_000).default(50),
  LOGIN_MAX_ATTEMPTS_PER_MINUTE: int(1, 1_000_000).default(30),
  LOGIN_FAILURE_WINDOW_MINUTES: int(1, 24 * 60).default(15),
  REDIS_URL: z.string().regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL').optional(),
  REDIS_KEY_PREFIX: z.string().regex(/^[\w:.-]{1,64}$/, 'must be 1–64 letters, digits, _ : . or -').default('workforce:'),
  SUMMARY_CACHE_TTL_SECONDS: int(0, 24 * 3600).default(60),
  RATE_LIMIT_PER_MINUTE: int(1, 1_000_000).default(600),
  DB_CONNECT_RETRY_SECONDS: int(0, 600).default(30),
  CORS_ALLOW_ORIGINS: z.string().default(''),
  TRUST_PROXY: z.string().default('false'),
  BODY_LIMIT: z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb').default('100kb'),
  IMPORT_MAX_BYTES: z.string().regex(/^\d+(b|kb|mb)$/i, 'must look like 5mb or 800kb').default('10mb'),
  IMPORT_MAX_ROWS: int(1, 1_000_000).default(50_000),
  EXPORT_PAGE_SIZE: int(1, 10_000).default(250),
  ORG_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris').default('UTC'),
  WORKDAY_START: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, such as 09:00').default('09:00'),
  AFTERNOON_START: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, such as 13:00').default('13:00'),
  LATE_GRACE_MINUTES: int(0, 24 * 60).default(15),
  WORK_WEEK: z
    .string()
    .refine((value) => parseWorkWeek(value) !== null, 'must list distinct days such as mon,tue,wed,thu,fri')
    .default('mon,tue,wed,thu,fri'),
  ATTENDANCE_START_DATE: z.string().refine(isCalendarDate, 'must be a date YYYY-MM-DD').optional(),
  HALF_DAY_HOURS: z.coerce.number().min(0).max(24).default(4),
  ATTENDANCE_ALERT_RATE: z.coerce.number().min(0).max(1).default(0.9),
  ASSISTANT_PROVIDER: z.enum(['builtin', 'bedrock', 'openai']).default('builtin'),
  ASSISTANT_RATE_LIMIT_PER_MINUTE: int(1, 100_000).default(30),
  BEDROCK_MODEL_ID: z.string().min(1).default('anthropic.claude-3-haiku-20240307-v1:0'),
  BEDROCK_ENDPOINT: z.url('must be a URL such as https://bedrock-runtime.us-east-1.amazonaws.com').optional(),
  OPENAI_BASE_URL: z.url('must be a URL such as https://api.openai.com/v1').optional(),
  OPENAI_API_KEY: z.string().min(1).optional(),
  OPENAI_MODEL: z.string().min(1).optional(),
  LLM_TIMEOUT_MS: int(100, 600_000).default(20_000),
  LLM_MAX_TOOL_ROUNDS: int(1, 20).default(5),
  LLM_PRICE_INPUT_PER_1K: z.coerce.number().min(0).default(0.00025),
  LLM_PRICE_OUTPUT_PER_1K: z.coerce.number().min(0).default(0.00125),
});

export type Env = z.infer<typeof EnvSchema>;

/** Every variable the service reads (the README documents each). */
export const CONFIG_VARIABLES = Object.keys(EnvSchema.shape);

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
    if (unset.length > 0) throw new ConfigError(`Invalid configuration:\n  ${unset.map((name) => `${name}: is required when ASSISTANT_PROVIDER=openai`).join('\n  ')}`);
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
    http: { corsOrigins: parseOrigins(env.CORS_ALLOW_ORIGINS), trustProxy: parseTrustProxy(env.TRUST_PROXY), rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE, bodyLimit: env.BODY_LIMIT, importMaxBytes: env.IMPORT_MAX_BYTES, importMaxRows: env.IMPORT_MAX_ROWS, exportPageSize: env.EXPORT_PAGE_SIZE, routesOnFirstUse: false },
    orgTimeZone: env.ORG_TIMEZONE,
    attendance: { workdayStart: env.WORKDAY_START, afternoonStart: env.AFTERNOON_START, lateGraceMinutes: env.LATE_GRACE_MINUTES, halfDayHours: env.HALF_DAY_HOURS },
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
