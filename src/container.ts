import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bundleInfo } from './bundle-info';
import type { Config } from './config';
import type { Clock } from './core/ports';
import { createApp, type AppDeps } from './http/app';
import type { AppInfo } from './http/app-info';
import type { Principal } from './core/access';
import { BcryptPasswordHasher } from './infrastructure/auth/bcrypt-password-hasher';
import { CognitoIdentityVerifier } from './infrastructure/auth/cognito-identity-verifier';
import { JwtTokenService } from './infrastructure/auth/jwt-token-service';
import { MemoryCache } from './infrastructure/cache/memory-cache';
import { RedisCache } from './infrastructure/cache/redis-cache';
import type { RedisConnection } from './infrastructure/cache/redis-connection';
import { redisRateLimitStore } from './infrastructure/cache/rate-limit-store';
import type { Database } from './infrastructure/database';
import { systemClock } from './infrastructure/system-clock';
import type { Logger } from './logger';
import { AccountStateCache } from './services/account-state-cache';
import { AccountService } from './services/account.service';
import { LazyAssistant } from './services/assistant/lazy-assistant';
import { AttendanceService, type AttendanceLeave } from './services/attendance.service';
import { AuthService } from './services/auth.service';
import { toAccountState } from './core/account';
import { BootstrapService } from './services/bootstrap.service';
import { EmployeeService } from './services/employee.service';
import { FederatedAuthService } from './services/federated-auth.service';
import { demoLeaveFiler } from './services/demo/demo-leave';
import { HolidayService } from './services/holidays/holiday.service';
import { leaveServices } from './services/leave/leave-services';
import { PayrollExport } from './services/exports/payroll-export';
import { AuditService } from './services/audit/audit.service';
import { CorrectionService } from './services/corrections/correction.service';
import { ImportService } from './services/import.service';
import { ScoreService } from './services/score.service';
import { withSummaryCache } from './services/summary-cache';
import { CalendarService } from './services/work-calendar/calendar.service';
import { TeamService } from './services/team.service';

const JWT_SECRET_SETTING = 'jwt_secret';

function packageVersion(): string {
  if (bundleInfo) return bundleInfo.version;
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/**
 * Locally, with no JWT_SECRET, a random one is generated once and kept with
 * the data, so tokens survive restarts without anyone configuring anything.
 */
async function signingSecret(config: Config, database: Database): Promise<string> {
  if (config.auth.jwtSecret) return config.auth.jwtSecret;
  return database.repositories.settings.putIfAbsent(JWT_SECRET_SETTING, randomBytes(48).toString('base64url'));
}

/** Who a bearer token speaks for: our own tokens, or Cognito's when it signs people in. */
function authenticator(config: Config, database: Database, auth: AuthService): (token: string) => Promise<Principal> {
  const cognito = config.auth.cognito;
  if (!cognito) return auth.authenticate.bind(auth);
  const federated = new FederatedAuthService(new CognitoIdentityVerifier(cognito), database.repositories.employees);
  return federated.authenticate.bind(federated);
}

/** A user pool's issuer, as its tokens' iss claim names it: the region is the pool id's prefix. */
const cognitoIssuer = (userPoolId: string) => `https://cognito-idp.${userPoolId.split('_')[0]}.amazonaws.com/${userPoolId}`;

export interface Container {
  app: Awaited<ReturnType<typeof createApp>>;
  /** The services the app is given, less the two only it uses, plus start-up's own. */
  services: Omit<AppDeps['services'], 'corrections' | 'audit'> & { bootstrap: BootstrapService };
}

/** The composition root: every adapter meets every service here, and only here. */
export async function buildContainer(
  config: Config,
  database: Database,
  logger: Logger,
  clock: Clock = systemClock,
  redis?: RedisConnection,
): Promise<Container> {
  const cache = redis ? new RedisCache(redis, logger, `${config.redisKeyPrefix}cache:`) : new MemoryCache();
  const repositories = withSummaryCache(database.repositories, cache, config.summaryCacheTtlSeconds);
  const secret = await signingSecret(config, database);
  const hasher = new BcryptPasswordHasher(config.auth.bcryptRounds);
  const tokens = new JwtTokenService(secret, config.auth.jwtExpiresIn as `${number}${'s' | 'm' | 'h' | 'd'}`);
  const accountStates = new AccountStateCache(
    async (username) => {
      const account = await repositories.accounts.get(username);
      return account && toAccountState(account);
    },
    config.auth.accountCacheTtlMs,
    clock,
  );

  const accounts = new AccountService(repositories.accounts, repositories.employees, hasher, accountStates, clock);
  const teams = new TeamService(repositories.teams, clock);
  const calendars = new CalendarService(repositories.holidays, repositories.attendance, repositories.settings, repositories.leave, clock, {
    workWeek: config.calendar.workWeek,
    fixedTrackingStart: config.calendar.trackingStart,
    timeZone: config.orgTimeZone,
  });
  const leave = leaveServices(repositories.leave, repositories.employees, repositories.attendance, repositories.accounts, calendars, clock);
  const attendanceLeave: AttendanceLeave = {
    approved: leave.approved,
    rows: leave.rows,
    recordsChanged: (employeeId, dates, audit) => leave.recharge.recordsChanged(employeeId, dates, audit),
  };
  const employees = new EmployeeService(
    repositories.employees,
    repositories.teams,
    hasher,
    accountStates,
    clock,
    config.orgTimeZone,
    repositories.attendance,
    (id) => leave.requests.span(id),
  );
  const scores = new ScoreService(repositories.scores, repositories.employees, repositories.accounts, clock);
  const attendance = new AttendanceService(
    repositories.attendance,
    repositories.employees,
    repositories.teams,
    clock,
    config.orgTimeZone,
    config.attendance,
    calendars,
    attendanceLeave,
  );
  // The cached repository: a holiday write invalidates the summaries the calendar decides.
  const holidays = new HolidayService(repositories.holidays, repositories.teams, (dates, audit) => leave.recharge.datesChanged(dates, audit), clock);
  const corrections = new CorrectionService(
    repositories.corrections,
    repositories.attendance,
    repositories.employees,
    repositories.accounts,
    calendars,
    attendanceLeave,
    config.attendance,
    clock,
  );
  const services = {
    auth: new AuthService(repositories.accounts, repositories.employees, hasher, tokens, accountStates, clock),
    accounts,
    teams,
    employees,
    scores,
    imports: new ImportService(
      repositories.employees,
      repositories.teams,
      repositories.scores,
      repositories.attendance,
      repositories.accounts,
      clock,
      config.orgTimeZone,
      config.attendance,
      accountStates,
      calendars,
      attendanceLeave,
    ),
    attendance,
    holidays,
    leave,
    corrections,
    audit: new AuditService(repositories.audit, config.orgTimeZone),
    payroll: new PayrollExport(repositories.employees, repositories.attendance, repositories.leave, calendars, { pageSize: config.http.exportPageSize }),
    assistant: new LazyAssistant(async () =>
      (await import('./assistant-wiring')).buildAssistant(config, { employees, attendance, scores, leave, holidays, corrections, teams, calendars }, clock),
    ),
    bootstrap: new BootstrapService(
      repositories.teams,
      repositories.employees,
      repositories.settings,
      repositories.attendance,
      repositories.scores,
      accounts,
      hasher,
      clock,
      config.orgTimeZone,
      config.attendance,
      repositories.holidays,
      calendars,
      config.calendar.workWeek,
      demoLeaveFiler(leave.requests, config.auth.adminUsername),
    ),
  };
  const info: AppInfo = { service: 'workforce-api', version: packageVersion(), environment: config.env };
  const app = await createApp({
    info,
    logger,
    services,
    authenticate: authenticator(config, database, services.auth),
    localLogins: config.auth.provider === 'local',
    tokenIssuer: config.auth.cognito ? cognitoIssuer(config.auth.cognito.userPoolId) : null,
    ping: () => database.ping(),
    cursorSecret: secret,
    http: { ...config.http, loginLimits: config.auth.loginLimits, assistantRateLimitPerMinute: config.assistant.rateLimitPerMinute },
    limiterStores: redis ? (limiter) => redisRateLimitStore(redis, config.redisKeyPrefix, limiter) : () => undefined,
  });
  return { app, services };
}
