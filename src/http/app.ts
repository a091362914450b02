import cors from 'cors';
import express, { type Express } from 'express';
import type { AccountService } from '../services/account.service';
import type { AssistantService } from '../services/assistant/assistant.service';
import type { AttendanceService } from '../services/attendance.service';
import type { ImportService } from '../services/import.service';
import type { ScoreService } from '../services/score.service';
import type { AuthService } from '../services/auth.service';
import type { EmployeeService } from '../services/employee.service';
import type { HolidayService } from '../services/holidays/holiday.service';
import type { LeaveServices } from '../services/leave/leave-services';
import type { AuditService } from '../services/audit/audit.service';
import type { CorrectionService } from '../services/corrections/correction.service';
import { auditRoutes } from './routes/audit.routes';
import { correctionRoutes } from './routes/correction.routes';
import type { PayrollExport } from '../services/exports/payroll-export';
import type { TeamService } from '../services/team.service';
import type { Principal } from '../core/access';
import type { Logger } from '../logger';
import { ApiRouter } from './api-router';
import { assistantLimit } from './assistant-limit';
import { CursorSigner } from './cursor';
import { useDefaultHeaders } from './default-headers';
import { docsRouter } from './docs';
import { errorHandler, sendError } from './error-handler';
import { lastResortHandler } from './last-resort-handler';
import { requestContext } from './middleware/request-context';
import { buildOpenApiDocument } from './openapi';
import { Paginator } from './pagination';
import { insightTools } from './mcp/insight-tools';
import { documentMcp } from './mcp/mcp-document';
import { mcpRoutes } from './mcp/mcp.routes';
import { oauthMetadataRoutes } from './mcp/oauth-metadata.routes';
import { readTools } from './mcp/read-tools';
import { writeTools } from './mcp/write-tools';
import { limiter, rateLimitFields, UNLIMITED_PATHS, type LimiterStores } from './rate-limit';
import { accountRoutes } from './routes/account.routes';
import { assistantRoutes } from './routes/assistant.routes';
import { attendanceRoutes } from './routes/attendance.routes';
import type { LoginLimits } from './login-limits';
import { authRoutes } from './routes/auth.routes';
import { employeeRoutes } from './routes/employee.routes';
import { holidayRoutes } from './routes/holiday.routes';
import { exportRoutes } from './routes/export.routes';
import { leaveBalanceRoutes } from './routes/leave/leave-balance.routes';
import { leaveRequestRoutes } from './routes/leave/leave-request.routes';
import { leaveTypeRoutes } from './routes/leave/leave-type.routes';
import { importRoutes } from './routes/import.routes';
import { scoreRoutes } from './routes/score.routes';
import { serviceRoutes } from './routes/service.routes';
import { teamRoutes } from './routes/team.routes';
import { securityHeaders } from './security-headers';
import type { AppInfo } from './app-info';

export interface AppDeps {
  info: AppInfo;
  logger: Logger;
  services: { auth: AuthService; accounts: AccountService; teams: TeamService; employees: EmployeeService; attendance: AttendanceService; scores: ScoreService; imports: ImportService; holidays: HolidayService; leave: LeaveServices; corrections: CorrectionService; audit: AuditService; payroll: PayrollExport; assistant: AssistantService };
  /** The principal a bearer token speaks for; rejects with UnauthorizedError or ForbiddenError. */
  authenticate: (token: string) => Promise<Principal>;
  /**
   * False when an outside identity provider signs people in: the routes that
   * manage the service's own logins are then absent (404, and not documented).
   */
  localLogins: boolean;
  /** The issuer of the bearer tokens when it is not this service (the Cognito user pool's), for OAuth discovery; null for local logins. */
  tokenIssuer: string | null;
  /** Rejects when the database does not answer. */
  ping: () => Promise<void>;
  /** Signs list cursors. */
  cursorSecret: string;
  http: { corsOrigins: string[] | '*'; trustProxy: boolean | number | string; rateLimitPerMinute: number; bodyLimit: string; importMaxBytes: string; importMaxRows: number; loginLimits: LoginLimits; assistantRateLimitPerMinute: number };
  /** Where rate-limit counters live: shared (Redis) or, when it gives none, this process. */
  limiterStores: LimiterStores;
}

/** The whole HTTP API as an Express app; it never listens (server.ts and lambda.ts do). */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every body for an ETag; a conditional GET saves bandwidth only, as the body is built first.
  app.set('etag', false);
  app.set('trust proxy', deps.http.trustProxy);

  const security = securityHeaders();
  useDefaultHeaders(app, (res) => {
    const fields = [...security];
    const requestId = res.locals.requestId as string | undefined;
    if (requestId !== undefined) fields.push('X-Request-Id', requestId);
    const rateLimit = rateLimitFields(res);
    if (rateLimit) fields.push(...rateLimit);
    return fields;
  });
  app.use(requestContext(deps.logger));
  if (deps.http.corsOrigins === '*' || deps.http.corsOrigins.length > 0) {
    app.use(cors({ origin: deps.http.corsOrigins, exposedHeaders: ['X-Request-Id', 'Retry-After', 'RateLimit', 'RateLimit-Policy'], maxAge: 600 }));
  }
  // Per client address (behind a proxy, as TRUST_PROXY reveals it); health checks are the load balancer's own.
  app.use(
    limiter(
      { name: 'client', windowMs: 60_000, limit: deps.http.rateLimitPerMinute, message: 'Too many requests; slow down and try again shortly', skip: (req) => UNLIMITED_PATHS.includes(req.path) },
      deps.limiterStores,
    ),
  );

  const api = new ApiRouter({ authenticate: deps.authenticate, bodyLimit: deps.http.bodyLimit, tokenUrl: deps.localLogins ? '/token' : null });
  const pages = new Paginator(new CursorSigner(deps.cursorSecret));
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;
  const openApiDocument = () => (document ??= buildOpenApiDocument(api.registry, deps.info));
  // For whoever holds the app and must read its document past its rate limits: the tests' response validation.
  app.locals.openApiDocument = openApiDocument;

  serviceRoutes(api, deps.info, deps.ping, openApiDocument);
  authRoutes(api, deps.services.auth, deps.localLogins ? deps.http.loginLimits : null, deps.limiterStores);
  if (deps.localLogins) accountRoutes(api, deps.services.accounts, pages);
  teamRoutes(api, deps.services.teams, pages);
  // Before /employees/{employee_id} and friends, which /employees/bulk would otherwise match for other methods.
  const importLimits = { maxRows: deps.http.importMaxRows, maxBytes: deps.http.importMaxBytes };
  importRoutes(api, deps.services.imports, importLimits);
  employeeRoutes(api, deps.services.employees, pages);
  attendanceRoutes(api, deps.services.attendance, pages);
  holidayRoutes(api, deps.services.holidays, pages, importLimits);
  leaveTypeRoutes(api, deps.services.leave.types, pages);
  leaveRequestRoutes(api, deps.services.leave.requests, deps.services.leave.imports, pages, importLimits);
  leaveBalanceRoutes(api, deps.services.leave.balances, pages);
  correctionRoutes(api, deps.services.corrections, pages);
  auditRoutes(api, deps.services.audit, pages);
  exportRoutes(api, deps.services.payroll);
  scoreRoutes(api, deps.services.scores, pages);
  // One budget per login for the assistant's routes and MCP tool calls alike.
  const askLimit = assistantLimit(deps.http.assistantRateLimitPerMinute, deps.limiterStores);
  assistantRoutes(api, deps.services.assistant, deps.logger, askLimit);
  oauthMetadataRoutes(api, deps.localLogins ? null : deps.tokenIssuer);
  const tools = [...readTools(deps.services, pages), ...insightTools(deps.services), ...writeTools(deps.services)];
  documentMcp(api.registry, api.security);
  app.use(mcpRoutes({ authenticate: deps.authenticate, tools, info: deps.info, logger: deps.logger, bodyLimit: deps.http.bodyLimit, toolCallLimit: askLimit }));

  app.use('/docs', docsRouter(openApiDocument));
  app.use(api.finish());
  app.use((req, res) => sendError(res, 404, `There is no ${req.path}`));
  app.use(errorHandler(deps.logger));
  app.use(lastResortHandler(deps.logger));
  return app;
}
