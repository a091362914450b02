import { z } from 'zod';
import { isCalendarDate, isTimeZone } from './core/calendar';
import { parseWorkWeek } from './core/work-calendar/work-week';

/**
 * Every setting the service reads, validated once at start-up: a bad value
 * stops the process with a message naming the variable.
 */
const booleanFlag = z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => ['true', '1', 'yes'].includes(v));
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: int(0, 65535).default(3000),
  LOG_LEVEL: z.enum(['error', 'warn', 'info', 'debug', 'silent']).default('info'),
  DB_DRIVER: z.enum(['postgres', 'dynamodb']).default('postgres'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  PGLITE_DIR: z.string().min(1).default('./.data/pglite'),
  PG_POOL_MAX: int(1, 200).default(10),
  PG_QUERY_TIMEOUT_MS: int(100, 600_000).default(30_000),
  PG_PREPARED_STATEMENTS: booleanFlag.default(true),
  DYNAMODB_TABLE: z
    .string()
    .regex(/^[\w.-]{3,255}$/, 'must be 3–255 letters, digits, _ . or -')
    .default('workforce'),
  DYNAMODB_ENDPOINT: z.url('must be a URL such as http://127.0.0.1:8000').optional(),
  AWS_REGION: z.string().min(1).default('us-east-1'),
  SEED_DEMO_DATA: booleanFlag.optional(),
  AUTH_PROVIDER: z.enum(['local', 'cognito']).default('local'),
  COGNITO_USER_POOL_ID: z
    .string()
    .regex(/^[\w-]+_[0-9a-zA-Z]+$/, 'must be a user pool id such as eu-west-1_AbC123xyz')
    .optional(),
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
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  REDIS_KEY_PREFIX: z
    .string()
    .regex(/^[\w:.-]{1,64}$/, 'must be 1–64 letters, digits, _ : . or -')
    .default('workforce:'),
  SUMMARY_CACHE_TTL_SECONDS: int(0, 24 * 3600).default(60),
  RATE_LIMIT_PER_MINUTE: int(1, 1_000_000).default(600),
  DB_CONNECT_RETRY_SECONDS: int(0, 600).default(30),
  CORS_ALLOW_ORIGINS: z.string().default(''),
  TRUST_PROXY: z.string().default('false'),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 100kb or 1mb')
    .default('100kb'),
  IMPORT_MAX_BYTES: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i, 'must look like 5mb or 800kb')
    .default('10mb'),
  IMPORT_MAX_ROWS: int(1, 1_000_000).default(50_000),
  EXPORT_PAGE_SIZE: int(1, 10_000).default(250),
  ORG_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Paris').default('UTC'),
  WORKDAY_START: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, such as 09:00')
    .default('09:00'),
  AFTERNOON_START: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM, such as 13:00')
    .default('13:00'),
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
